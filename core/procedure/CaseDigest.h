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
    QString label;   // as derived (translated name, or the user's label)
    QString article; // empty for a user's rule
    QString explain; // how the due date was reached
    QDate due;

    bool operator==(const OpenDeadline& other) const
    {
        return label == other.label && article == other.article && explain == other.explain &&
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
    // The translation the deadline labels and explanations were made in (currentLanguage()).
    // Not part of ==: it says how to compare, see agrees().
    QString language;

    bool operator==(const CaseDigest& other) const;
    bool operator!=(const CaseDigest& other) const { return !(*this == other); }
};

CaseDigest digestCase(const CaseState& state);

// A stored digest tells the truth about a derived one: equal, or, when it was made in another
// language, equal but for the deadlines' labels and explanations (a database used in Chinese and
// in English is not damaged; the texts follow the next change of the case).
bool agrees(const CaseDigest& stored, const CaseDigest& derived);

// Open, due soon or overdue on `asOf`: the same judgement deriveState makes for a deadline that
// is not met (deadlineStatus with no met date).
DeadlineStatus openDeadlineStatus(const OpenDeadline& deadline, const QDate& asOf, int warningDays);

} // namespace casetrack
