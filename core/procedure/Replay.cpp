// Replaying a history under (possibly corrected) facts, and what the state tells besides the
// rules: the decision history and the warnings.
#include "procedure/Replay.h"

#include "procedure/Requirements.h"
#include "util/DateText.h"

#include <QCoreApplication>

namespace casetrack {

QList<ReplayFailure> replayHistory(const CaseFacts& facts, const QList<Event>& effective,
                                   const EngineSettings& settings)
{
    QList<ReplayFailure> failures;
    CaseAnalysis prefix(facts);
    for (const Event& e : effective) {
        StepKind kind;
        if (!stepKindFromId(e.step, &kind) || kind == StepKind::Correction ||
            kind == StepKind::FactsCorrected)
            continue;
        const bool closed = prefix.has(StepKind::CaseFiled) && allDone(requirementsOf(prefix));
        const RuleContext context{prefix, settings, closed};
        const Verdict v = evaluateStep(context, kind, &e.data, e.date, true);
        // A refused step is left out of what follows, so the steps that depend on it are named
        // too (they would be orphaned).
        if (!v.allowed)
            failures.append({e.seq, e.step, v});
        else
            prefix.add(e);
    }
    return failures;
}

QList<Decision> decisionHistoryOf(const CaseAnalysis& a)
{
    QList<Decision> history;
    if (!a.decision())
        return history;
    history.append(*a.decision());
    const QList<SanctionSegment>& segments = a.segments();
    for (int i = 1; i < segments.size(); ++i) {
        Decision d = *a.decision();
        d.sanction = segments[i].choice.sanction;
        d.probationYears = segments[i].choice.probationYears;
        d.decidedOn = segments[i].from;
        d.effectiveOn = segments[i].from;
        d.seq = a.events()[segments[i].startIndex].seq;
        d.byAppeal = true;
        history.append(d);
    }
    return history;
}

namespace {

// 第十八条: the revised regulation is in force from 2025-05-26.
const QDate kRevisionInForce(2025, 5, 26);

Message trText(const char* text)
{
    return Message("ProcedureEngine", text);
}

} // namespace

QList<CaseWarning> warningsOf(const CaseAnalysis& a, const QList<CaseDeadline>& deadlines)
{
    QList<CaseWarning> warnings;
    const CaseFacts& f = a.facts();
    // For a grassroots expulsion the date it took effect (the Party group's approval).
    const QDate decided = a.decision() ? a.decision()->effectiveOn : QDate();
    const QDate dated = decided.isValid() ? decided : a.lastDate(StepKind::CaseFiled);
    if (dated.isValid() && dated < kRevisionInForce)
        warnings.append(
            {WarningKind::RulesVersion,
             (decided.isValid()
                  ? trText(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "处分决定于 %1 作出，早于修订后的规定施行之日（2025年5月26日，"
                                             "第十八条）；CaseTrack 仍按2025年修订的文本检验。"))
                  : trText(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "本案于 %1 立案，早于修订后的规定施行之日（2025年5月26日，"
                                             "第十八条）；CaseTrack 仍按2025年修订的文本检验。")))
                 .arg(isoDate(dated))});
    for (const QString& fact : f.implied) {
        if (fact == QLatin1String("subject.leadership_member"))
            warnings.append(
                {WarningKind::ImpliedFact,
                 trText(QT_TRANSLATE_NOOP("ProcedureEngine",
                                          "被审查调查人为正职领导干部（principal_leader），已视为领导班子成员"
                                          "（leadership_member 记为 true），适用第六条移送审理。"))});
    }
    if (!f.legacyTrack.isEmpty()) {
        CaseFacts unpinned = f;
        unpinned.legacyTrack.clear();
        if (trackForFacts(unpinned) != a.track())
            warnings.append(
                {WarningKind::PinnedTrack,
                 trText(QT_TRANSLATE_NOOP(
                            "ProcedureEngine",
                            "本案在程序修订（第2版）之前登记，仍按登记时的“%1”程序办理；按现行规则应适用"
                            "“%2”程序（第六条）。如需改按现行规则，请更正案件信息。"))
                     .arg(trackNameText(a.track()), trackNameText(trackForFacts(unpinned)))});
    }
    QList<int> years;
    for (const CaseDeadline& d : deadlines) {
        for (int y : d.unknownYears) {
            if (!years.contains(y))
                years.append(y);
        }
    }
    std::sort(years.begin(), years.end());
    for (int y : years)
        warnings.append(
            {WarningKind::CalendarMissing,
             trText(QT_TRANSLATE_NOOP("ProcedureEngine",
                                      "期限计算涉及 %1 年，但尚未导入该年的节假日安排：到期日按周末推算，"
                                      "请导入国务院办公厅当年的放假通知后再核对。"))
                 .arg(y)});
    return warnings;
}

} // namespace casetrack
