#pragma once

#include "accounts/Role.h"
#include "util/Message.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casetrack {

// The procedure as data (../shared/spec/procedure.md, "Steps"): one row per step with its article,
// the tracks it belongs to, the data it takes and the roles that may record it. The engine, the
// step dialog of the desktop, the CLI and the documents all read this one table.

// The five tracks of the spec ("Tracks: which steps a case needs", revision 2).
enum class Track
{
    Standard,           // 第八条, 第九条
    Transfer,           // 第六条 to 第八条
    Grassroots,         // 第四条第二款
    Local,              // 第十二条
    GrassrootsTransfer, // 第六条 then 第四条第二款
};

QList<Track> allTracks();
QString trackId(Track track); // "standard", "transfer", "grassroots", "local", "grassroots_transfer"
bool trackFromId(const QString& id, Track* out);
QString trackDisplayName(Track track); // translated
Message trackNameText(Track track);
QString trackArticle(Track track);   // "第八条", "第六条", "第四条第二款", "第十二条"
bool isPartyGroupTrack(Track track); // standard, transfer
bool isGrassrootsTrack(Track track); // grassroots, grassroots_transfer
bool isTransferTrack(Track track);   // transfer, grassroots_transfer

// Every step id of the spec, in the table's order. Used as an index: the engine never compares
// step strings once an event has been parsed.
enum class StepKind
{
    CaseFiled,
    PrincipalNotified,
    EarlyInterventionRequested,
    InvestigationConcluded,
    ProposalMade,
    PartyGroupInformedOfProposal,
    TransferExemptionApproved,
    TransferredForReview,
    ReviewFeedback,
    ConsensusReached,
    PartyGroupInformedOfSuggestion,
    PartyGroupDisagreed,
    EscalatedToDispatchingOrgan,
    EscalationWithdrawn,
    DispatchingOrganRuled,
    SubjectHeard,
    PartyGroupDecided,
    GrassrootsCommissionApproved,
    GrassrootsCommitteeApproved,
    PartyGroupApprovedExpulsion,
    PartyGroupRejectedExpulsion,
    CompetentPartyGroupConsulted,
    LocalCommissionDecided,
    LocalPartyOrgNotified,
    CompetentPartyGroupNotified,
    StationedBodyNotified,
    DecisionAnnounced,
    RecordFiled,
    FilingReviewed,
    FilingProblemsResolved,
    OrgDepartmentNotified,
    RectificationRecorded,
    ArchivedToPersonnelFile,
    PersonnelChangesExtended,
    PersonnelChangesCompleted,
    ExecutionReported,
    ProbationConcluded,
    AppealFiled,
    AppealDecided,
    QualityEvaluated,
    ClosedWithoutSanction,
    Correction,
    FactsCorrected, // recorded by `case correct` only (Session::correctFacts)
};
constexpr int StepKindCount = int(StepKind::FactsCorrected) + 1;

// The kinds of value a step's data field holds; the step dialog picks its editor from this.
enum class FieldType
{
    Text,           // a line or paragraph of text
    TextList,       // a JSON array of texts (record_filed.materials)
    Integer,        // a non-negative whole number (members_total, ...)
    Sanction,       // a sanction id of sanctionTable()
    ProbationYears, // 1 or 2, only with sanction = probation
    Choice,         // one of StepField::choices
    Bool,           // true/false (correction.retract)
    EventSeq,       // the seq of an earlier event of the same case (correction.target_seq)
    Object,         // a JSON object (correction.replacement)
    Date,           // YYYY-MM-DD (personnel_changes_extended.until)
    RecusalList,    // a JSON array of {name, reason} (回避 members of a meeting)
};

struct StepField
{
    QString name; // the JSON key, e.g. "members_total"
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList choices;     // for FieldType::Choice
    const char* labelSource; // Chinese source text, translated by label()

    QString label() const; // translated, context "StepFields"
};

// Bit set of tracks.
using TrackMask = unsigned;
constexpr TrackMask trackBit(Track track)
{
    return 1u << unsigned(track);
}
constexpr TrackMask AllTracks = 0x1Fu;

struct StepDefinition
{
    StepKind kind;
    QString id;              // "case_filed", ...
    const char* nameSource;  // Chinese source text of the name, translated by name()
    QString article;         // "第五条", "第六条第三款", ...
    TrackMask tracks;        // the tracks on which it may be recorded at all
    TrackMask requiredOn;    // the tracks on which it can be required (facts decide; see docs)
    QList<StepField> fields; // the data it takes
    QList<Role> roles;       // who may record it besides the administrator
    bool allowedWhenClosed;  // correction, quality_evaluated, rectification_recorded
    bool repeatable;         // may be recorded more than once (revisions, re-filings, ...)

    QString name() const; // translated, context "Steps"
    Message nameText() const { return Message("Steps", nameSource); }
    bool onTrack(Track track) const { return (tracks & trackBit(track)) != 0; }
    const StepField* field(const QString& name) const;
};

// The rows added by revision 2 (StepTableRevision2.cpp), merged into the table by kind.
QList<StepDefinition> revisionTwoSteps();

// The whole table, in procedure order.
const QList<StepDefinition>& stepTable();
// nullptr for an unknown id. A hash lookup.
const StepDefinition* findStep(const QString& id);
// Never fails: every StepKind has its row.
const StepDefinition& stepDefinition(StepKind kind);
bool stepKindFromId(const QString& id, StepKind* out);

// The role matrix of docs/roles.md: the administrator may record everything, the auditor
// nothing, the other roles the steps of their body. False for an unknown step id.
bool mayRecordStep(Role role, const QString& stepId);
bool mayRecordStep(Role role, StepKind kind);

// Sanctions (《中国共产党纪律处分条例》第八条) and `none` (不予党纪处分: a proposal, review,
// suggestion, the Party group's view, a consensus or a ruling; never a decision). In order of
// severity: the table below and sanctionSeverity() rely on it.
enum class Sanction
{
    Warning,         // 警告
    SeriousWarning,  // 严重警告
    RemovalFromPost, // 撤销党内职务
    Probation,       // 留党察看
    Expulsion,       // 开除党籍
    None,            // 不予党纪处分
};
constexpr int SanctionCount = int(Sanction::None) + 1;

struct SanctionDefinition
{
    Sanction kind;
    QString id;             // "warning", ... as the CLI, the JSON and the step data write it
    const char* nameSource; // Chinese source text
    QString article;        // the article of 《中国共产党纪律处分条例》 that defines its effects
    bool isSanction;        // false for "none"

    QString name() const; // translated, context "Sanctions"
    Message nameText() const { return Message("Sanctions", nameSource); }
};

// In the order of enum Sanction.
const QList<SanctionDefinition>& sanctionTable();
const SanctionDefinition& sanctionDefinition(Sanction sanction);
const SanctionDefinition* findSanction(const QString& id);
// Unset for an id the table does not know.
std::optional<Sanction> sanctionFromId(const QString& id);
QString sanctionId(Sanction sanction);
// "" when none is named (an event without a sanction).
QString sanctionId(const std::optional<Sanction>& sanction);

// 1 warning, 2 serious_warning, 3 removal_from_post, 4 probation, 5 expulsion; 0 for none and
// when none is named.
int sanctionSeverity(const std::optional<Sanction>& sanction);
constexpr int RemovalFromPostSeverity = 3;

// The name of a sanction; empty when none is named.
Message sanctionName(const std::optional<Sanction>& sanction);
QString sanctionDisplayName(const std::optional<Sanction>& sanction);
// For ids read from storage or step data: the name, or the id itself when unknown.
QString sanctionDisplayName(const QString& id);

} // namespace casetrack
