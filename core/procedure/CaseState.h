#pragma once

#include "calendar/DeadlineCounter.h"
#include "procedure/CaseFacts.h"
#include "procedure/Event.h"
#include "procedure/StepTable.h"
#include "util/Message.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casetrack {

// One step the case can or must take next (cli.md "next").
struct NextStep
{
    StepKind step = StepKind::CaseFiled;
    bool allowed = false;                  // could be recorded now (by a role that may record it)
    bool required = false;                 // the case cannot close without it (or its alternative)
    QString article;                       // the article that requires or refuses it
    Message reason;                        // when not allowed: what is missing and what to do
    std::optional<StepKind> alternativeTo; // another step that fulfils the same requirement
};

// The body whose decision it is (第四条, 第十二条, 第十五条).
enum class DecidingBody
{
    PartyGroup,           // 党组 (standard and transfer tracks)
    GrassrootsCommission, // 基层纪委 (第四条第二款)
    GrassrootsCommittee,  // 基层党委
    LocalCommission,      // 地方纪委 (第十二条)
};
// "party_group", ... as the JSON writes it and the document settings key their organs.
QString decidingBodyId(DecidingBody body);

// The decision once it has taken effect (第九条, 第四条第二款, 第十二条).
struct Decision
{
    // The sanction the deciding step named; unset only when its data names none (which the
    // recording checks refuse, so only a damaged record reads so).
    std::optional<Sanction> sanction;
    int probationYears = 0; // 1 or 2 with probation, else 0
    DecidingBody decidedBy = DecidingBody::PartyGroup;
    bool byAppeal = false; // the sanction an appeal outcome put in force (revoked: Sanction::None)
    QDate decidedOn;       // the date of the deciding step
    QDate effectiveOn;     // the meeting date; for a grassroots expulsion, the Party group's approval
    int seq = 0;           // the deciding event
};

// The deadlines of procedure.md "Deadlines", and a user's own rule (EngineSettings).
enum class DeadlineKind
{
    Announce,         // 第十条
    RecordFiling,     // 第十一条
    PersonnelChanges, // 《中国共产党纪律处分条例》第四十四条
    ExecutionReport,  // 第四十五条
    ProbationEnd,     // 第十二条
    Rule,             // a user's rule: CaseDeadline::ruleId
};

// "announce", "record_filing", ... as cli.md writes them; empty for DeadlineKind::Rule.
QString deadlineKindId(DeadlineKind kind);

// A deadline of the case.
struct CaseDeadline
{
    DeadlineKind kind = DeadlineKind::Announce;
    QString ruleId; // the user's rule, for DeadlineKind::Rule

    // The kind's id, or the rule's id (cli.md "deadlines": `kind`).
    QString id() const { return kind == DeadlineKind::Rule ? ruleId : deadlineKindId(kind); }
    Message label; // the spec's name, or the user's label (verbatim)
    QDate from;
    QDate due;
    QDate nominalDue;
    DeadlineStatus status = DeadlineStatus::Open;
    DeadlineStatus nominalStatus = DeadlineStatus::Open; // the same judgement against nominalDue
    QString article;                                     // empty for a user's rule
    Message explain;                                     // how the due date was reached
    QDate metOn;                                         // the met-by step's date, invalid when not met
    QList<int> unknownYears;                             // years the counting touched without a calendar
};

// A warning of the case state: a typed kind, the human text at the edge.
enum class WarningKind
{
    RulesVersion,    // 第十八条: decided (or filed) before the 2025 revision took effect
    ImpliedFact,     // principal_leader -> leadership_member
    CalendarMissing, // a deadline reaches a year without a holiday calendar
    PinnedTrack,     // the migration kept the track the case was recorded on
};

struct CaseWarning
{
    WarningKind kind;
    Message text;
};

// The informational periods after a sanction (《中国共产党纪律处分条例》第十条至第十三条).
enum class SanctionPeriodKind
{
    NoPromotion,    // 警告、严重警告: no promotion
    NoPost,         // 撤销党内职务: no comparable post
    Probation,      // 留党察看: the probation itself
    ReadmissionBar, // 开除党籍: no readmission
};
// "no_promotion", "no_post", "probation", "readmission_bar" as the JSON writes them.
QString sanctionPeriodKindId(SanctionPeriodKind kind);

struct SanctionPeriod
{
    SanctionPeriodKind kind = SanctionPeriodKind::NoPromotion;
    Message label;
    QDate from;  // the decision's effective date
    QDate until; // the last day of the period
    QString article;
};

// Where the case stands, for lists and filters; in procedure order.
enum class Stage
{
    New,             // no case_filed yet
    Investigation,   // filed, investigating
    Proposal,        // investigation concluded
    Review,          // transfer track: with the dispatched body
    Suggestion,      // ready to inform the Party group
    DecisionPending, // awaiting the decision
    Decided,         // decision effective, not announced
    Announced,       // announced, follow-up steps open
    Filing,          // record filing under way (第十一条)
    Appeal,          // an appeal awaits its decision
    Closed,
};

QList<Stage> allStages();
// "new", "investigation", ... as the CLI, the JSON and the stored summaries write them.
QString stageId(Stage stage);
bool stageFromId(const QString& id, Stage* out);
QStringList allStageIds();
Message stageName(Stage stage);
QString stageDisplayName(Stage stage);            // translated
QString stageDisplayName(const QString& stageId); // translated; the id itself when unknown

// The state of a case as of a date: a pure function of its record, the holiday calendar, the
// engine settings and the date (ProcedureEngine.h). The desktop, the CLI and every document
// show this same state.
struct CaseState
{
    QString id;
    CaseFacts facts;
    Track track = Track::Standard;
    Stage stage = Stage::New;
    bool closed = false;
    QDate asOf;
    QList<Event> events;          // all recorded, corrections included
    QList<Event> effectiveEvents; // after applying corrections (seq kept; corrections left out)
    QList<NextStep> next;
    std::optional<Decision> decision;
    QList<CaseDeadline> deadlines;
    QList<SanctionPeriod> sanctionPeriods;
    // The sanctions in force one after the other: the decision's, then each appeal outcome that
    // changed or revoked it ("none" after a revocation).
    QList<Decision> decisionHistory;
    // What the user should know but the engine does not refuse (procedure.md revision 2).
    QList<CaseWarning> warnings;
};

} // namespace casetrack
