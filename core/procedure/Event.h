#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace casetrack {

// One recorded step of a case, as stored: append-only. `seq` numbers a case's events from 1.
struct Event
{
    int seq = 0;
    QString step;     // a step id of ../shared/spec/procedure.md, e.g. "case_filed"
    QDate date;       // the day it happened
    QJsonObject data; // step-specific fields
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace casetrack
