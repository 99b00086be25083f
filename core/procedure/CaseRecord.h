#pragma once

#include "procedure/CaseFacts.h"
#include "procedure/Event.h"

#include <QList>
#include <QString>

namespace casetrack {

// Everything stored about one case: its facts and its append-only events (corrections included).
struct CaseRecord
{
    QString id;
    CaseFacts facts;
    QList<Event> events;
};

} // namespace casetrack
