#include "procedure/StepRules.h"

#include "util/TextCache.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <array>

namespace casetrack {

namespace {

QString trCached(const char* text)
{
    return cachedTranslation("ProcedureEngine", text);
}

// “name” of a step. Reasons quote step names all the time (every required step that cannot be
// taken yet, on every derivation), so each is made once per thread and language.
QString quoted(StepKind kind)
{
    struct Cache
    {
        unsigned generation = ~0u;
        std::array<QString, StepKindCount> texts;
    };
    thread_local Cache cache;
    const unsigned generation = translationGeneration();
    if (cache.generation != generation) {
        cache.texts.fill(QString());
        cache.generation = generation;
    }
    QString& text = cache.texts[size_t(kind)];
    if (text.isNull())
        text = trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "“%1”")).arg(stepDefinition(kind).name());
    return text;
}

QString describeThreshold(const Threshold& t)
{
    const QString fraction =
        t.numerator * 2 == t.denominator
            ? trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "半数"))
            : trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "%1/%2")).arg(t.numerator).arg(t.denominator);
    return t.strictlyMore ? trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "超过应到人数的%1")).arg(fraction)
                          : trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "达到应到人数的%1")).arg(fraction);
}

// Collects one verdict: the first refusal wins; prerequisites met record the latest date the
// step depends on (order by date).
class Check
{
public:
    Check(const RuleContext& c, StepKind kind, bool explain) : m_c(c), m_kind(kind), m_explain(explain) {}

    const CaseAnalysis& a() const { return m_c.analysis; }
    bool failed() const { return !m_verdict.allowed; }

    template <typename F> bool fail(const QString& article, F message)
    {
        if (failed())
            return false;
        m_verdict.allowed = false;
        m_verdict.article = article;
        if (m_explain)
            m_verdict.reason = message();
        return false;
    }

    void dependOn(int index)
    {
        if (index < 0)
            return;
        const QDate d = a().events()[index].date;
        if (!m_notBefore.isValid() || d > m_notBefore) {
            m_notBefore = d;
            m_dependency = index;
        }
    }

    // Requires `prereq` to have been recorded; `article` is the rule that requires it.
    bool need(StepKind prereq, const QString& article)
    {
        if (failed())
            return false;
        if (!a().has(prereq)) {
            return fail(article, [&] {
                return trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "须先记录%1，才能记录%2。"))
                    .arg(quoted(prereq), quoted(m_kind));
            });
        }
        dependOn(a().last(prereq));
        return true;
    }

    Verdict finish(const QDate& date)
    {
        if (!failed() && date.isValid() && m_notBefore.isValid() && date < m_notBefore) {
            const Event& dep = a().events()[m_dependency];
            StepKind depKind;
            stepKindFromId(dep.step, &depKind);
            QString article = stepDefinition(m_kind).article;
            if (article.isEmpty())
                article = stepDefinition(depKind).article;
            fail(article, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                                    "ProcedureEngine",
                                    "%1的日期 %2 "
                                    "早于它所依据的%3（第%4项，%5）。请核对日期：各步骤应按发生的先后记录。"))
                    .arg(quoted(m_kind), isoDate(date), quoted(depKind))
                    .arg(dep.seq)
                    .arg(isoDate(dep.date));
            });
        }
        return m_verdict;
    }

private:
    const RuleContext& m_c;
    StepKind m_kind;
    bool m_explain;
    Verdict m_verdict;
    QDate m_notBefore;
    int m_dependency = -1;
};

QString sanctionOfData(const QJsonObject* data)
{
    return data ? data->value(QLatin1String("sanction")).toString() : QString();
}

SanctionChoice choiceOfData(const QJsonObject& data)
{
    Event e;
    e.data = data;
    return sanctionOf(e);
}

// 第九条: the collective decision's figures against the configured thresholds.
void checkQuorum(Check& check, const EngineSettings& settings, const QJsonObject* data)
{
    if (!data || check.failed())
        return;
    const int total = data->value(QLatin1String("members_total")).toInt();
    const int present = data->value(QLatin1String("members_present")).toInt();
    const int votes = data->value(QLatin1String("votes_for")).toInt();
    const QString article = QStringLiteral("第九条");
    if (!settings.quorum.isMetBy(present, total)) {
        check.fail(article, [&] {
            return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                              "党组会议应到 %1 人、实到 %2 人：实到人数须%3（至少 %4 "
                                              "人）。党组集体讨论决定党员处分事项，"
                                              "不允许任何个人或者少数人擅自决定和批准；请在符合人数要求的党组"
                                              "会议上讨论后再记录。"))
                .arg(total)
                .arg(present)
                .arg(describeThreshold(settings.quorum))
                .arg(settings.quorum.minimumFor(total));
        });
        return;
    }
    if (!settings.majority.isMetBy(votes, total)) {
        check.fail(article, [&] {
            return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                              "党组会议应到 %1 人、同意 %2 人：同意人数须%3（至少 %4 "
                                              "人）。未达到的，不能以党组名义作出决定。"))
                .arg(total)
                .arg(votes)
                .arg(describeThreshold(settings.majority))
                .arg(settings.majority.minimumFor(total));
        });
    }
}

bool isBeforeDecisionStep(StepKind kind)
{
    switch (kind) {
    case StepKind::PrincipalNotified:
    case StepKind::EarlyInterventionRequested:
    case StepKind::InvestigationConcluded:
    case StepKind::ProposalMade:
    case StepKind::PartyGroupInformedOfProposal:
    case StepKind::TransferExemptionApproved:
    case StepKind::TransferredForReview:
    case StepKind::ReviewFeedback:
    case StepKind::ConsensusReached:
    case StepKind::PartyGroupInformedOfSuggestion:
    case StepKind::PartyGroupDisagreed:
    case StepKind::EscalatedToDispatchingOrgan:
    case StepKind::DispatchingOrganRuled:
    case StepKind::CompetentPartyGroupConsulted:
    case StepKind::ClosedWithoutSanction:
        return true;
    default:
        return false;
    }
}

// Steps that need the decision in force.
bool needsDecision(StepKind kind)
{
    switch (kind) {
    case StepKind::LocalPartyOrgNotified:
    case StepKind::CompetentPartyGroupNotified:
    case StepKind::StationedBodyNotified:
    case StepKind::DecisionAnnounced:
    case StepKind::RecordFiled:
    case StepKind::OrgDepartmentNotified:
    case StepKind::RectificationRecorded:
        return true;
    default:
        return false;
    }
}

// A recommendation of `none` leads to closure, not to a decision.
void refuseIfNoneRecommended(Check& check, const QJsonObject* data)
{
    if (check.failed() || !check.a().recommendsNone())
        return;
    if (data && !sanctionOfData(data).isEmpty() && sanctionOfData(data) != QLatin1String("none"))
        return; // a revised suggestion with a sanction
    const Event* r = check.a().recommendation();
    StepKind kind;
    stepKindFromId(r->step, &kind);
    check.fail(stepDefinition(kind).article, [&] {
        return trCached(QT_TRANSLATE_NOOP(
                            "ProcedureEngine",
                            "最新的%1（第%"
                            "2项）为不予党纪处分：应记录“不予党纪处分，结案”；如建议有误，请先更正该记录。"))
            .arg(quoted(kind))
            .arg(r->seq);
    });
}

void checkDecisionSteps(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data)
{
    const CaseAnalysis& a = c.analysis;
    const QString art = stepDefinition(kind).article;
    if (kind == StepKind::DecisionAnnounced && a.expulsionAwaitingPartyGroup()) {
        check.fail(QStringLiteral("第四条第二款"), [&] {
            return trCached(QT_TRANSLATE_NOOP(
                "ProcedureEngine",
                "开除党籍处分还须报党组会议审议批准，批准后才生效：请先记录“开除党籍报党组会议审议批准”。"));
        });
        return;
    }
    if (!a.decision()) {
        const QString article = kind == StepKind::RecordFiled || kind == StepKind::StationedBodyNotified
                                    ? art
                                    : (kind == StepKind::DecisionAnnounced ? QStringLiteral("第十条") : art);
        check.fail(article, [&] {
            return trCached(QT_TRANSLATE_NOOP(
                                "ProcedureEngine",
                                "尚未作出（或尚未生效）党纪处分决定，不能记录%1。请先记录处分决定。"))
                .arg(quoted(kind));
        });
        return;
    }
    check.dependOn(a.decidingIndex());
    if (a.decision()->effectiveOn != a.decision()->decidedOn)
        check.dependOn(a.last(StepKind::PartyGroupApprovedExpulsion));
    switch (kind) {
    case StepKind::LocalPartyOrgNotified:
        if (!a.facts().subject.orgRelationLocal)
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有党的组织关系在地方、干部管理权限在主管部门党组的党员干部，才向地方党组织通报处"
                    "理结果；"
                    "本案不属于此情形（如有误，请更正案件信息）。"));
            });
        break;
    case StepKind::RecordFiled:
        if (a.has(StepKind::RecordFiled) && !a.filingProblemsOpen() &&
            a.last(StepKind::FilingReviewed) < a.last(StepKind::RecordFiled))
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                  "已报派出机构备案（第%1项），请等待派出机构审核。"))
                    .arg(a.lastEvent(StepKind::RecordFiled)->seq);
            });
        else if (a.filingAccepted())
            check.fail(art, [&] {
                return trCached(
                    QT_TRANSLATE_NOOP("ProcedureEngine", "备案材料已经派出机构审核通过，无需再次报备。"));
            });
        break;
    case StepKind::OrgDepartmentNotified:
        if (a.facts().subject.filedWith == QLatin1String("none"))
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "被处分人不是向党中央或者本级地方党委备案的党员干部，无需通报组织部门（如有误，请更"
                    "正案件信息 filed_with）。"));
            });
        break;
    default:
        break;
    }
    Q_UNUSED(data);
}

} // namespace

Verdict evaluateStep(const RuleContext& c, StepKind kind, const QJsonObject* data, const QDate& date,
                     bool explain)
{
    const CaseAnalysis& a = c.analysis;
    const StepDefinition& def = stepDefinition(kind);
    Check check(c, kind, explain);

    // 第五条: everything starts with the filing, once.
    if (kind == StepKind::CaseFiled) {
        if (a.has(StepKind::CaseFiled))
            check.fail(def.article, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                                    "ProcedureEngine",
                                    "本案已于 %1 立案（第%2项）；立案只记录一次，如有错误请记录更正。"))
                    .arg(isoDate(a.lastDate(StepKind::CaseFiled)))
                    .arg(a.lastEvent(StepKind::CaseFiled)->seq);
            });
        return check.finish(date);
    }
    if (!check.need(StepKind::CaseFiled, QStringLiteral("第五条")))
        return check.finish(date);

    if (c.closed && !def.allowedWhenClosed) {
        check.fail(def.article.isEmpty() ? QStringLiteral("第十条") : def.article, [&] {
            return trCached(QT_TRANSLATE_NOOP(
                                "ProcedureEngine",
                                "本案已结案，只能记录更正、案件质量评查和以案促改措施；不能再记录%1。"))
                .arg(quoted(kind));
        });
        return check.finish(date);
    }
    if (!def.onTrack(a.track())) {
        check.fail(trackArticle(a.track()), [&] {
            return trCached(
                       QT_TRANSLATE_NOOP("ProcedureEngine", "本案适用“%1”程序（%2），不经过%3这一步骤。"))
                .arg(trackDisplayName(a.track()), trackArticle(a.track()), quoted(kind));
        });
        return check.finish(date);
    }
    if (!def.repeatable && a.has(kind)) {
        check.fail(def.article.isEmpty() ? trackArticle(a.track()) : def.article, [&] {
            return trCached(
                       QT_TRANSLATE_NOOP("ProcedureEngine", "%1已经记录（第%2项）；如有错误，请记录更正。"))
                .arg(quoted(kind))
                .arg(a.lastEvent(kind)->seq);
        });
        return check.finish(date);
    }
    if (isBeforeDecisionStep(kind) && a.decisionRecorded()) {
        check.fail(QStringLiteral("第九条"), [&] {
            return trCached(QT_TRANSLATE_NOOP(
                                "ProcedureEngine",
                                "本案已作出处分决定（第%1项），不能再记录%2；如决定有误，请更正决定记录。"))
                .arg(a.events()[a.decidingIndex()].seq)
                .arg(quoted(kind));
        });
        return check.finish(date);
    }
    if (needsDecision(kind)) {
        checkDecisionSteps(check, c, kind, data);
        return check.finish(date);
    }

    const QString art = def.article;
    switch (kind) {
    case StepKind::CaseFiled:
    case StepKind::Correction:
        break;
    case StepKind::PrincipalNotified:
        if (a.facts().filingBody != QLatin1String("stationed_body"))
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                    "ProcedureEngine", "本案由地方纪委立案，不由派驻机构向所在单位党组主要负责人通报。"));
            });
        break;
    case StepKind::EarlyInterventionRequested:
        if (!a.facts().majorComplex)
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有重大、疑难、复杂案件才可以商请派出机构提前介入审理；本案未标记为重大、疑难、复杂"
                    "（如属此类，请先更正案件信息 major_complex）。"));
            });
        else if (a.exempted())
            check.fail(QStringLiteral("第六条第二款"), [&] {
                return trCached(
                    QT_TRANSLATE_NOOP("ProcedureEngine", "本案已经派出机关批准不移送审理，无需提前介入。"));
            });
        else if (a.has(StepKind::TransferredForReview))
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                  "案件已移送派出机构审理，提前介入须在移送之前商请。"));
            });
        break;
    case StepKind::InvestigationConcluded:
        break;
    case StepKind::ProposalMade:
        if (check.need(StepKind::InvestigationConcluded, art)) {
            if (a.has(StepKind::TransferredForReview))
                check.fail(QStringLiteral("第七条"), [&] {
                    return trCached(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "案件已移送派出机构审理，处分建议以派出机构的审理报告为准，请记录“派出机构审理"
                        "报告正式反馈”。"));
                });
            else if (a.has(StepKind::PartyGroupInformedOfSuggestion))
                check.fail(QStringLiteral("第八条"), [&] {
                    return trCached(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "处分建议已通报党组；修改后的建议请记录为新的“将党纪处分建议通报驻在单位党组”。"));
                });
        }
        break;
    case StepKind::PartyGroupInformedOfProposal:
        check.need(StepKind::ProposalMade, art);
        break;
    case StepKind::TransferExemptionApproved:
        if (check.need(StepKind::ProposalMade, art) && a.has(StepKind::TransferredForReview))
            check.fail(art, [&] {
                return trCached(
                    QT_TRANSLATE_NOOP("ProcedureEngine", "案件已移送派出机构审理，不能再批准不移送。"));
            });
        break;
    case StepKind::TransferredForReview:
        if (a.exempted())
            check.fail(QStringLiteral("第六条第二款"), [&] {
                return trCached(
                           QT_TRANSLATE_NOOP("ProcedureEngine", "本案已经派出机关批准不移送派出机构审理（第%"
                                                                "1项）；如批准有误，请先更正该记录。"))
                    .arg(a.lastEvent(StepKind::TransferExemptionApproved)->seq);
            });
        else if (check.need(StepKind::PartyGroupInformedOfProposal, art))
            check.need(StepKind::ProposalMade, art);
        break;
    case StepKind::ReviewFeedback:
        check.need(StepKind::TransferredForReview, art);
        break;
    case StepKind::ConsensusReached:
        if (!a.facts().subject.principalLeader)
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有领导班子成员中的正职领导干部的案件，才须与派出机关有关部门沟通形成一致意见。"));
            });
        else if (a.exempted())
            check.fail(QStringLiteral("第六条第二款"), [&] {
                return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                  "本案经批准不移送审理，没有派出机构的审理意见可供沟通。"));
            });
        else
            check.need(StepKind::ReviewFeedback, art);
        break;
    case StepKind::PartyGroupInformedOfSuggestion:
        if (a.track() == Track::Transfer) {
            if (a.exempted()) {
                if (check.need(StepKind::PartyGroupInformedOfProposal, QStringLiteral("第六条")))
                    check.need(StepKind::TransferExemptionApproved, QStringLiteral("第六条第二款"));
            } else if (check.need(StepKind::ReviewFeedback, art) && a.facts().subject.principalLeader) {
                if (check.need(StepKind::ConsensusReached, QStringLiteral("第八条第二款")) &&
                    a.last(StepKind::ConsensusReached) < a.last(StepKind::ReviewFeedback))
                    check.fail(QStringLiteral("第八条第二款"), [&] {
                        return trCached(QT_TRANSLATE_NOOP(
                            "ProcedureEngine",
                            "派出机构的审理意见在沟通形成一致意见之后又有新的反馈：请与派出机关有关部门"
                            "重新沟通，"
                            "记录“与派出机关有关部门沟通形成一致意见”。"));
                    });
            }
        } else {
            check.need(StepKind::ProposalMade, art);
        }
        refuseIfNoneRecommended(check, data);
        break;
    case StepKind::PartyGroupDisagreed:
        if (check.need(StepKind::PartyGroupInformedOfSuggestion, art) && data) {
            const SanctionChoice view = choiceOfData(*data);
            if (view == a.suggestion())
                check.fail(art, [&] {
                    return trCached(QT_TRANSLATE_NOOP(
                                        "ProcedureEngine",
                                        "党组意见（%"
                                        "1）与处分建议相同，不属于意见不同；请直接记录党组会议的决定。"))
                        .arg(describeSanction(view));
                });
        }
        break;
    case StepKind::EscalatedToDispatchingOrgan:
        if (check.need(StepKind::PartyGroupDisagreed, art)) {
            if (a.last(StepKind::PartyGroupDisagreed) < a.last(StepKind::PartyGroupInformedOfSuggestion))
                check.fail(art, [&] {
                    return trCached(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "最新的处分建议通报之后，党组没有提出不同意见；请先记录“党组意见与处分建议不同”。"));
                });
            else if (a.last(StepKind::EscalatedToDispatchingOrgan) > a.last(StepKind::PartyGroupDisagreed))
                check.fail(art, [&] {
                    return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                      "已报派出机关研究决定，请记录“派出机关研究决定”。"));
                });
        }
        break;
    case StepKind::DispatchingOrganRuled:
        if (check.need(StepKind::EscalatedToDispatchingOrgan, art)) {
            if (a.last(StepKind::EscalatedToDispatchingOrgan) <
                a.last(StepKind::PartyGroupInformedOfSuggestion))
                check.fail(art, [&] {
                    return trCached(
                        QT_TRANSLATE_NOOP("ProcedureEngine", "最新的处分建议通报之后没有报派出机关，请先记录“"
                                                             "不能协商一致，报派出机关研究决定”。"));
                });
            else if (a.last(StepKind::DispatchingOrganRuled) > a.last(StepKind::EscalatedToDispatchingOrgan))
                check.fail(art, [&] {
                    return trCached(
                               QT_TRANSLATE_NOOP("ProcedureEngine", "派出机关已经作出研究决定（第%1项）。"))
                        .arg(a.lastEvent(StepKind::DispatchingOrganRuled)->seq);
                });
        }
        break;
    case StepKind::PartyGroupDecided: {
        if (!check.need(StepKind::PartyGroupInformedOfSuggestion, QStringLiteral("第八条")))
            break;
        refuseIfNoneRecommended(check, nullptr);
        if (a.last(StepKind::DispatchingOrganRuled) > a.last(StepKind::PartyGroupInformedOfSuggestion))
            check.dependOn(a.last(StepKind::DispatchingOrganRuled));
        if (data && !check.failed()) {
            bool byRuling = false;
            const SanctionChoice required = a.binding(&byRuling);
            const SanctionChoice decided = choiceOfData(*data);
            if (decided != required) {
                const bool escalated = a.last(StepKind::EscalatedToDispatchingOrgan) >
                                       a.last(StepKind::PartyGroupInformedOfSuggestion);
                check.fail(QStringLiteral("第八条"), [&] {
                    if (byRuling)
                        return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                          "党组决定（%1）须与派出机关的研究决定（%2）一致。"))
                            .arg(describeSanction(decided), describeSanction(required));
                    if (escalated)
                        return trCached(
                                   QT_TRANSLATE_NOOP(
                                       "ProcedureEngine",
                                       "党组决定（%1）与处分建议（%"
                                       "2）不同，且已报派出机关研究决定：请等待并先记录“派出机关研究决定”。"))
                            .arg(describeSanction(decided), describeSanction(required));
                    return trCached(
                               QT_TRANSLATE_NOOP("ProcedureEngine",
                                                 "党组决定（%1）与处分建议（%"
                                                 "2）不同。请先记录“党组意见与处分建议不同”：协商一致的，"
                                                 "记录修改后的“将党纪处分建议通报驻在单位党组”；不能协商一致"
                                                 "的，报派出机关研究决"
                                                 "定。"))
                        .arg(describeSanction(decided), describeSanction(required));
                });
            }
        }
        checkQuorum(check, c.settings, data);
        break;
    }
    case StepKind::GrassrootsCommissionApproved:
    case StepKind::GrassrootsCommitteeApproved:
        if (check.need(StepKind::ProposalMade, art)) {
            const int other = a.decidingIndex();
            if (other >= 0)
                check.fail(art, [&] {
                    return trCached(
                               QT_TRANSLATE_NOOP("ProcedureEngine",
                                                 "本案已由基层组织批准（第%"
                                                 "1项）；基层纪委审查批准与报基层党委审议批准只记录其一。"))
                        .arg(a.events()[other].seq);
                });
            refuseIfNoneRecommended(check, nullptr);
        }
        break;
    case StepKind::PartyGroupApprovedExpulsion: {
        const int approval = a.decidingIndex();
        if (approval < 0 || sanctionOf(a.events()[approval]).sanction != QLatin1String("expulsion")) {
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP(
                    "ProcedureEngine", "只有基层纪委或基层党委批准开除党籍处分后，才须报党组会议审议批准。"));
            });
            break;
        }
        check.dependOn(approval);
        checkQuorum(check, c.settings, data);
        break;
    }
    case StepKind::CompetentPartyGroupConsulted:
        break;
    case StepKind::LocalCommissionDecided:
        if (check.need(StepKind::ProposalMade, art)) {
            if (a.facts().filingBody == QLatin1String("local_commission") &&
                a.facts().subject.localCommitteeMember)
                check.need(StepKind::CompetentPartyGroupConsulted, QStringLiteral("第十二条第二款"));
            refuseIfNoneRecommended(check, nullptr);
        }
        break;
    case StepKind::FilingReviewed:
        if (check.need(StepKind::RecordFiled, art)) {
            const int review = a.last(StepKind::FilingReviewed);
            if (review > a.last(StepKind::RecordFiled) && review > a.last(StepKind::FilingProblemsResolved))
                check.fail(art, [&] {
                    return a.filingAccepted()
                               ? trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "备案材料已审核通过。"))
                               : trCached(QT_TRANSLATE_NOOP(
                                     "ProcedureEngine",
                                     "备案材料已审核并反馈问题，请先记录“督促解决备案问题”或重新报备。"));
                });
        }
        break;
    case StepKind::FilingProblemsResolved:
        if (check.need(StepKind::FilingReviewed, art) && !a.filingProblemsOpen())
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP("ProcedureEngine", "最新的备案审核没有发现待解决的问题。"));
            });
        break;
    case StepKind::QualityEvaluated:
        if (!a.decision() && !a.has(StepKind::ClosedWithoutSanction))
            check.fail(art, [&] {
                return trCached(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                  "案件质量评查在作出处分决定（或不予处分结案）之后进行。"));
            });
        else {
            check.dependOn(a.decision() ? a.decidingIndex() : a.last(StepKind::ClosedWithoutSanction));
        }
        break;
    case StepKind::ClosedWithoutSanction:
        if (!a.recommendsNone())
            check.fail(a.track() == Track::Transfer ? QStringLiteral("第七条") : QStringLiteral("第六条"),
                       [&] {
                           return trCached(QT_TRANSLATE_NOOP(
                               "ProcedureEngine",
                               "只有最新的处分建议或审理意见为“不予党纪处分”时，才能不予处分结案。"));
                       });
        else {
            check.dependOn(a.last(StepKind::ProposalMade));
            check.dependOn(a.last(StepKind::ReviewFeedback));
        }
        break;
    default:
        break;
    }
    return check.finish(date);
}

} // namespace casetrack
