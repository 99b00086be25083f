#pragma once

#include "calendar/DeadlineCounter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casetrack {

struct CaseState;

// An open (not yet met) deadline as the lists show it. Its status is not kept: it changes with
// the date alone and is computed from `due` when shown (openDeadlineStatus).
struct OpenDeadline
{
    // The name and the explanation as messages in their stored form (Message::encode): the same
    // in every language, translated only when shown (labelText(), explainText()).
    QString labelCode;
    QString article;     // empty for a user's rule
    QString explainCode; // how the due date was reached
    QDate due;

    QString labelText() const;
    QString explainText() const;

    bool operator==(const OpenDeadline& other) const
    {
        return labelCode == other.labelCode && article == other.article && explainCode == other.explainCode &&
               due == other.due;
    }
    bool operator!=(const OpenDeadline& other) const { return !(*this == other); }
};

// What the case list, the start page and the deadline dashboard show of one case. It is kept per
// case in the encrypted database (storage/SummaryStore.h), written in the same transaction as
// every change of the case, so that listing 100,000 cases needs no history. It depends on the
// case's record, the calendar and the engine settings, never on today's date: the full state
// stays the truth and this is checked against it (Session::checkSummaries).
struct CaseDigest
{
    QString id;
    QString number; // case_filed's number, or the id
    QString name;
    QString unit;
    QString track;    // id
    QString stage;    // id
    QString nextStep; // id of the first required step not done yet, empty when closed
    QString sanction; // id, empty before a decision
    int year = 0;     // of the first effective event, 0 before any
    bool closed = false;
    QList<OpenDeadline> deadlines; // in the state's order

    bool operator==(const CaseDigest& other) const;
    bool operator!=(const CaseDigest& other) const { return !(*this == other); }
};

CaseDigest digestCase(const CaseState& state);

// Open, due soon or overdue on `asOf`: the same judgement deriveState makes for a deadline that
// is not met (deadlineStatus with no met date).
DeadlineStatus openDeadlineStatus(const OpenDeadline& deadline, const QDate& asOf, int warningDays);

} // namespace casetrack
