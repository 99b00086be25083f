#include "procedure/StepTable.h"

#include "procedure/StepFieldHelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace casetrack {

namespace {

using namespace stepfields;
using R = Role;

QList<StepDefinition> buildTable()
{
    // Roles by body (docs/roles.md). The administrator may record everything and is not listed.
    const R CO = R::CaseOfficer;
    const R RV = R::Reviewer;
    const R PG = R::PartyGroupOffice;
    const R GC = R::GrassrootsCommission;

    QList<StepField> decided = sanctionFields(true);
    decided += meetingFields();

    QList<StepDefinition> t = {
        {StepKind::CaseFiled,
         QStringLiteral("case_filed"),
         QT_TRANSLATE_NOOP("Steps", "立案审查调查"),
         QStringLiteral("第五条"),
         AllTracks,
         AllTracks,
         {text("number", QT_TRANSLATE_NOOP("StepFields", "立案编号")), note()},
         {CO},
         false,
         false},
        {StepKind::PrincipalNotified,
         QStringLiteral("principal_notified"),
         QT_TRANSLATE_NOOP("Steps", "向所在单位党组主要负责人通报"),
         QStringLiteral("第五条"),
         AllTracks,
         AllTracks,
         {note()},
         {CO},
         false,
         false},
        {StepKind::EarlyInterventionRequested,
         QStringLiteral("early_intervention_requested"),
         QT_TRANSLATE_NOOP("Steps", "商请派出机构提前介入审理"),
         QStringLiteral("第六条第三款"),
         TransferTracks,
         0,
         {note()},
         {CO},
         false,
         false},
        {StepKind::InvestigationConcluded,
         QStringLiteral("investigation_concluded"),
         QT_TRANSLATE_NOOP("Steps", "审查调查结束"),
         QStringLiteral("第六条"),
         AllTracks,
         AllTracks,
         {note()},
         {CO},
         false,
         false},
        {StepKind::ProposalMade,
         QStringLiteral("proposal_made"),
         QT_TRANSLATE_NOOP("Steps", "内部审理、集体研究，提出党纪处分建议"),
         QStringLiteral("第六条"),
         AllTracks,
         AllTracks,
         sanctionFields(true),
         {CO},
         false,
         true},
        {StepKind::PartyGroupInformedOfProposal,
         QStringLiteral("party_group_informed_of_proposal"),
         QT_TRANSLATE_NOOP("Steps", "将处分建议通报党组"),
         QStringLiteral("第六条"),
         TransferTracks,
         TransferTracks,
         {note()},
         {CO},
         false,
         false},
        {StepKind::TransferExemptionApproved,
         QStringLiteral("transfer_exemption_approved"),
         QT_TRANSLATE_NOOP("Steps", "敏感特殊案件经派出机关批准不移送审理"),
         QStringLiteral("第六条第二款"),
         TransferTracks,
         0,
         {note()},
         {CO},
         false,
         false},
        {StepKind::TransferredForReview,
         QStringLiteral("transferred_for_review"),
         QT_TRANSLATE_NOOP("Steps", "移送派出机构审理"),
         QStringLiteral("第六条"),
         TransferTracks,
         TransferTracks,
         {note()},
         {CO},
         false,
         false},
        {StepKind::ReviewFeedback,
         QStringLiteral("review_feedback"),
         QT_TRANSLATE_NOOP("Steps", "派出机构审理报告正式反馈"),
         QStringLiteral("第七条"),
         TransferTracks,
         TransferTracks,
         sanctionFields(true),
         {RV},
         false,
         true},
        {StepKind::ConsensusReached,
         QStringLiteral("consensus_reached"),
         QT_TRANSLATE_NOOP("Steps", "与派出机关有关部门沟通形成一致意见"),
         QStringLiteral("第八条第二款"),
         TransferTracks,
         TransferTracks,
         sanctionFields(false),
         {CO},
         false,
         false},
        {StepKind::PartyGroupInformedOfSuggestion,
         QStringLiteral("party_group_informed_of_suggestion"),
         QT_TRANSLATE_NOOP("Steps", "将党纪处分建议通报驻在单位党组"),
         QStringLiteral("第八条"),
         PartyGroupTracks,
         PartyGroupTracks,
         sanctionFields(false),
         {CO},
         false,
         true},
        {StepKind::PartyGroupDisagreed,
         QStringLiteral("party_group_disagreed"),
         QT_TRANSLATE_NOOP("Steps", "党组意见与处分建议不同"),
         QStringLiteral("第八条"),
         PartyGroupTracks,
         0,
         sanctionFields(true),
         {CO, PG},
         false,
         true},
        {StepKind::EscalatedToDispatchingOrgan,
         QStringLiteral("escalated_to_dispatching_organ"),
         QT_TRANSLATE_NOOP("Steps", "不能协商一致，报派出机关研究决定"),
         QStringLiteral("第八条"),
         PartyGroupTracks,
         0,
         {note()},
         {CO},
         false,
         true},
        {StepKind::DispatchingOrganRuled,
         QStringLiteral("dispatching_organ_ruled"),
         QT_TRANSLATE_NOOP("Steps", "派出机关研究决定"),
         QStringLiteral("第八条"),
         PartyGroupTracks,
         0,
         sanctionFields(true),
         {CO, RV},
         false,
         true},
        {StepKind::PartyGroupDecided,
         QStringLiteral("party_group_decided"),
         QT_TRANSLATE_NOOP("Steps", "党组会议集体讨论决定"),
         QStringLiteral("第九条"),
         PartyGroupTracks,
         PartyGroupTracks,
         decided,
         {CO, PG},
         false,
         false},
        {StepKind::GrassrootsCommissionApproved,
         QStringLiteral("grassroots_commission_approved"),
         QT_TRANSLATE_NOOP("Steps", "基层纪委审查批准"),
         QStringLiteral("第四条第二款"),
         GrassrootsTracks,
         GrassrootsTracks,
         sanctionFields(true) + countFields(true),
         {GC},
         false,
         true},
        {StepKind::GrassrootsCommitteeApproved,
         QStringLiteral("grassroots_committee_approved"),
         QT_TRANSLATE_NOOP("Steps", "报基层党委审议批准"),
         QStringLiteral("第四条第二款"),
         GrassrootsTracks,
         GrassrootsTracks,
         sanctionFields(true) + countFields(true),
         {GC},
         false,
         true},
        {StepKind::PartyGroupApprovedExpulsion,
         QStringLiteral("party_group_approved_expulsion"),
         QT_TRANSLATE_NOOP("Steps", "开除党籍报党组会议审议批准"),
         QStringLiteral("第四条第二款"),
         GrassrootsTracks,
         GrassrootsTracks,
         meetingFields() + QList<StepField>{note()},
         {PG},
         false,
         false},
        {StepKind::CompetentPartyGroupConsulted,
         QStringLiteral("competent_party_group_consulted"),
         QT_TRANSLATE_NOOP("Steps", "征求主管部门党组意见"),
         QStringLiteral("第十二条第二款"),
         L,
         L,
         {StepField{QStringLiteral("channel"),
                    FieldType::Choice,
                    true,
                    {QStringLiteral("stationed_body"), QStringLiteral("organ_commission")},
                    QT_TRANSLATE_NOOP("StepFields", "征求意见途径")},
          note()},
         // 第十二条第二款: the organ's own commission (机关纪委, a grassroots commission) may be
         // the channel, so its role may record the consultation too.
         {CO, GC},
         false,
         false},
        {StepKind::LocalCommissionDecided,
         QStringLiteral("local_commission_decided"),
         QT_TRANSLATE_NOOP("Steps", "地方纪委作出党纪处分决定"),
         QStringLiteral("第十二条"),
         L,
         L,
         sanctionFields(true) + countFields(true),
         {CO},
         false,
         false},
        {StepKind::LocalPartyOrgNotified,
         QStringLiteral("local_party_org_notified"),
         QT_TRANSLATE_NOOP("Steps", "向地方党组织通报处理结果"),
         QStringLiteral("第十二条"),
         PartyGroupTracks,
         PartyGroupTracks,
         {note()},
         {CO, PG},
         false,
         false},
        {StepKind::CompetentPartyGroupNotified,
         QStringLiteral("competent_party_group_notified"),
         QT_TRANSLATE_NOOP("Steps", "向（抄告）主管部门党组通报处理结果"),
         QStringLiteral("第十二条"),
         L,
         L,
         {note()},
         {CO, PG},
         false,
         false},
        {StepKind::StationedBodyNotified,
         QStringLiteral("stationed_body_notified"),
         QT_TRANSLATE_NOOP("Steps", "党纪处分决定正式通报派驻机构"),
         QStringLiteral("第十条"),
         PartyGroupTracks,
         PartyGroupTracks,
         {note()},
         {CO, PG},
         false,
         false},
        {StepKind::DecisionAnnounced,
         QStringLiteral("decision_announced"),
         QT_TRANSLATE_NOOP("Steps", "宣布党纪处分决定"),
         QStringLiteral("第十条"),
         AllTracks,
         AllTracks,
         {note()},
         {CO, PG, GC},
         false,
         true},
        {StepKind::RecordFiled,
         QStringLiteral("record_filed"),
         QT_TRANSLATE_NOOP("Steps", "基层纪委报派出机构备案"),
         QStringLiteral("第十一条"),
         PartyGroupTracks | GrassrootsTracks,
         PartyGroupTracks | GrassrootsTracks,
         {StepField{QStringLiteral("materials"),
                    FieldType::TextList,
                    false,
                    {},
                    QT_TRANSLATE_NOOP("StepFields", "备案材料")},
          note()},
         {GC},
         false,
         true},
        {StepKind::FilingReviewed,
         QStringLiteral("filing_reviewed"),
         QT_TRANSLATE_NOOP("Steps", "派出机构审核备案材料"),
         QStringLiteral("第十一条"),
         PartyGroupTracks | GrassrootsTracks,
         PartyGroupTracks | GrassrootsTracks,
         {StepField{QStringLiteral("result"),
                    FieldType::Choice,
                    true,
                    {QStringLiteral("accepted"), QStringLiteral("problems")},
                    QT_TRANSLATE_NOOP("StepFields", "审核结果")},
          text("problems", QT_TRANSLATE_NOOP("StepFields", "发现的问题")), note()},
         {RV},
         false,
         true},
        {StepKind::FilingProblemsResolved,
         QStringLiteral("filing_problems_resolved"),
         QT_TRANSLATE_NOOP("Steps", "督促解决备案问题"),
         QStringLiteral("第十一条"),
         PartyGroupTracks | GrassrootsTracks,
         PartyGroupTracks | GrassrootsTracks,
         {note()},
         {RV, GC},
         false,
         true},
        {StepKind::OrgDepartmentNotified,
         QStringLiteral("org_department_notified"),
         QT_TRANSLATE_NOOP("Steps", "通报中央组织部或本级党委组织部门"),
         QStringLiteral("第十一条第三款"),
         AllTracks,
         AllTracks,
         {note()},
         {CO, PG},
         false,
         false},
        {StepKind::RectificationRecorded,
         QStringLiteral("rectification_recorded"),
         QT_TRANSLATE_NOOP("Steps", "以案促改、以案促治措施"),
         QStringLiteral("第十三条"),
         AllTracks,
         0,
         {text("measures", QT_TRANSLATE_NOOP("StepFields", "措施"), true), note()},
         {CO, PG, GC},
         true,
         true},
        {StepKind::QualityEvaluated,
         QStringLiteral("quality_evaluated"),
         QT_TRANSLATE_NOOP("Steps", "案件质量评查"),
         QStringLiteral("第十四条"),
         AllTracks,
         0,
         {text("result", QT_TRANSLATE_NOOP("StepFields", "评查结果"), true),
          text("issues", QT_TRANSLATE_NOOP("StepFields", "发现的问题")), note()},
         {RV},
         true,
         true},
        {StepKind::ClosedWithoutSanction,
         QStringLiteral("closed_without_sanction"),
         QT_TRANSLATE_NOOP("Steps", "不予党纪处分，结案"),
         QStringLiteral("第八条"),
         AllTracks,
         AllTracks,
         {note()},
         {CO},
         false,
         false},
        {StepKind::Correction,
         QStringLiteral("correction"),
         QT_TRANSLATE_NOOP("Steps", "更正"),
         QString(),
         AllTracks,
         0,
         {StepField{QStringLiteral("target_seq"),
                    FieldType::EventSeq,
                    true,
                    {},
                    QT_TRANSLATE_NOOP("StepFields", "更正的记录序号")},
          text("reason", QT_TRANSLATE_NOOP("StepFields", "更正理由"), true),
          StepField{QStringLiteral("replacement"),
                    FieldType::Object,
                    false,
                    {},
                    QT_TRANSLATE_NOOP("StepFields", "更正后的内容")},
          StepField{QStringLiteral("retract"),
                    FieldType::Bool,
                    false,
                    {},
                    QT_TRANSLATE_NOOP("StepFields", "撤销该记录")}},
         {CO, RV, PG, GC},
         true,
         true},
    };
    t += revisionTwoSteps();
    std::sort(t.begin(), t.end(),
              [](const StepDefinition& a, const StepDefinition& b) { return a.kind < b.kind; });
    Q_ASSERT(t.size() == StepKindCount);
    for (int i = 0; i < t.size(); ++i)
        Q_ASSERT(int(t[i].kind) == i);
    return t;
}

struct Tables
{
    QList<StepDefinition> steps = buildTable();
    QHash<QString, StepKind> byId;
    // roleMask[kind]: bit per Role that may record it.
    unsigned roleMask[StepKindCount] = {};
    QList<SanctionDefinition> sanctions = {
        {Sanction::Warning, QStringLiteral("warning"), QT_TRANSLATE_NOOP("Sanctions", "警告"),
         QStringLiteral("第十条"), true},
        {Sanction::SeriousWarning, QStringLiteral("serious_warning"),
         QT_TRANSLATE_NOOP("Sanctions", "严重警告"), QStringLiteral("第十条"), true},
        {Sanction::RemovalFromPost, QStringLiteral("removal_from_post"),
         QT_TRANSLATE_NOOP("Sanctions", "撤销党内职务"), QStringLiteral("第十一条"), true},
        {Sanction::Probation, QStringLiteral("probation"), QT_TRANSLATE_NOOP("Sanctions", "留党察看"),
         QStringLiteral("第十二条"), true},
        {Sanction::Expulsion, QStringLiteral("expulsion"), QT_TRANSLATE_NOOP("Sanctions", "开除党籍"),
         QStringLiteral("第十三条"), true},
        // Not a sanction: that none is due (a proposal, review, suggestion, view or ruling).
        {Sanction::None, QStringLiteral("none"), QT_TRANSLATE_NOOP("Sanctions", "不予党纪处分"),
         QStringLiteral("第八条"), false},
    };

    Tables()
    {
        for (const StepDefinition& def : steps) {
            byId.insert(def.id, def.kind);
            unsigned mask = 1u << unsigned(Role::Administrator);
            for (Role role : def.roles)
                mask |= 1u << unsigned(role);
            roleMask[int(def.kind)] = mask;
        }
        Q_ASSERT(sanctions.size() == SanctionCount);
        for (int i = 0; i < sanctions.size(); ++i)
            Q_ASSERT(int(sanctions[i].kind) == i);
    }
};

const Tables& tables()
{
    static const Tables instance;
    return instance;
}

} // namespace

QString StepField::label() const
{
    return Message("StepFields", labelSource).toString();
}

QString StepDefinition::name() const
{
    return nameText().toString();
}

const StepField* StepDefinition::field(const QString& fieldName) const
{
    for (const StepField& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QString SanctionDefinition::name() const
{
    return nameText().toString();
}

QList<Track> allTracks()
{
    return {Track::Standard, Track::Transfer, Track::Grassroots, Track::GrassrootsTransfer, Track::Local};
}

QString trackId(Track track)
{
    switch (track) {
    case Track::Standard:
        return QStringLiteral("standard");
    case Track::Transfer:
        return QStringLiteral("transfer");
    case Track::Grassroots:
        return QStringLiteral("grassroots");
    case Track::Local:
        return QStringLiteral("local");
    case Track::GrassrootsTransfer:
        return QStringLiteral("grassroots_transfer");
    }
    return {};
}

bool trackFromId(const QString& id, Track* out)
{
    for (Track track : allTracks()) {
        if (trackId(track) == id) {
            *out = track;
            return true;
        }
    }
    return false;
}

Message trackNameText(Track track)
{
    switch (track) {
    case Track::Standard:
        return Message("Tracks", QT_TRANSLATE_NOOP("Tracks", "党组讨论决定"));
    case Track::Transfer:
        return Message("Tracks", QT_TRANSLATE_NOOP("Tracks", "移送派出机构审理"));
    case Track::Grassroots:
        return Message("Tracks", QT_TRANSLATE_NOOP("Tracks", "基层纪委、基层党委批准"));
    case Track::Local:
        return Message("Tracks", QT_TRANSLATE_NOOP("Tracks", "地方纪委决定"));
    case Track::GrassrootsTransfer:
        return Message("Tracks", QT_TRANSLATE_NOOP("Tracks", "移送审理后由基层纪委、基层党委批准"));
    }
    return {};
}

QString trackDisplayName(Track track)
{
    return trackNameText(track).toString();
}

bool isPartyGroupTrack(Track track)
{
    return track == Track::Standard || track == Track::Transfer;
}

bool isGrassrootsTrack(Track track)
{
    return track == Track::Grassroots || track == Track::GrassrootsTransfer;
}

bool isTransferTrack(Track track)
{
    return track == Track::Transfer || track == Track::GrassrootsTransfer;
}

QString trackArticle(Track track)
{
    switch (track) {
    case Track::Standard:
        return QStringLiteral("第八条");
    case Track::Transfer:
        return QStringLiteral("第六条");
    case Track::Grassroots:
        return QStringLiteral("第四条第二款");
    case Track::Local:
        return QStringLiteral("第十二条");
    case Track::GrassrootsTransfer:
        return QStringLiteral("第六条");
    }
    return {};
}

const QList<StepDefinition>& stepTable()
{
    return tables().steps;
}

namespace {

// Every derivation looks up the step of every event (effectiveEvents, then CaseAnalysis), and
// hashing the id is most of that. Loaded events share one QString per step id, so the same few
// data pointers come back again and again: a small per-thread memo of data pointer -> kind skips
// the hash. A hit is confirmed by comparing the text, because a freed string's pointer may be
// reused by another one.
bool lookUpKind(const Tables& t, const QString& id, StepKind* out)
{
    struct Slot
    {
        const QChar* text = nullptr;
        StepKind kind = StepKind::CaseFiled;
    };
    thread_local Slot memo[64];
    Slot& slot = memo[(quintptr(id.constData()) >> 4) & 63];
    if (slot.text == id.constData() && t.steps[int(slot.kind)].id == id) {
        *out = slot.kind;
        return true;
    }
    const auto it = t.byId.constFind(id);
    if (it == t.byId.constEnd())
        return false;
    slot.text = id.constData();
    slot.kind = *it;
    *out = *it;
    return true;
}

} // namespace

const StepDefinition* findStep(const QString& id)
{
    const Tables& t = tables();
    StepKind kind;
    return lookUpKind(t, id, &kind) ? &t.steps[int(kind)] : nullptr;
}

const StepDefinition& stepDefinition(StepKind kind)
{
    return tables().steps[int(kind)];
}

bool stepKindFromId(const QString& id, StepKind* out)
{
    return lookUpKind(tables(), id, out);
}

bool mayRecordStep(Role role, StepKind kind)
{
    return (tables().roleMask[int(kind)] & (1u << unsigned(role))) != 0;
}

bool mayRecordStep(Role role, const QString& stepId)
{
    StepKind kind;
    return stepKindFromId(stepId, &kind) && mayRecordStep(role, kind);
}

const QList<SanctionDefinition>& sanctionTable()
{
    return tables().sanctions;
}

const SanctionDefinition& sanctionDefinition(Sanction sanction)
{
    return tables().sanctions[int(sanction)];
}

const SanctionDefinition* findSanction(const QString& id)
{
    for (const SanctionDefinition& s : tables().sanctions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

std::optional<Sanction> sanctionFromId(const QString& id)
{
    const SanctionDefinition* s = findSanction(id);
    return s ? std::optional<Sanction>(s->kind) : std::nullopt;
}

QString sanctionId(Sanction sanction)
{
    return sanctionDefinition(sanction).id;
}

QString sanctionId(const std::optional<Sanction>& sanction)
{
    return sanction ? sanctionId(*sanction) : QString();
}

int sanctionSeverity(const std::optional<Sanction>& sanction)
{
    if (!sanction || *sanction == Sanction::None)
        return 0;
    return int(*sanction) + 1;
}

Message sanctionName(const std::optional<Sanction>& sanction)
{
    return sanction ? sanctionDefinition(*sanction).nameText() : Message();
}

QString sanctionDisplayName(const std::optional<Sanction>& sanction)
{
    return sanctionName(sanction).toString();
}

QString sanctionDisplayName(const QString& id)
{
    const SanctionDefinition* s = findSanction(id);
    return s ? s->name() : id;
}

} // namespace casetrack
