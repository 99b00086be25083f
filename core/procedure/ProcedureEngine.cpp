#include "procedure/ProcedureEngine.h"

#include "procedure/CaseAnalysis.h"
#include "procedure/Deadlines.h"
#include "procedure/Replay.h"
#include "procedure/Requirements.h"
#include "procedure/StepData.h"
#include "procedure/StepRules.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QSet>

namespace casetrack {

namespace {

// Refusals of a step being recorded: made once, for the person who asked, in their language.
QString translated(const char* text)
{
    return QCoreApplication::translate("ProcedureEngine", text);
}

const Event* findBySeq(const QList<Event>& events, int seq)
{
    for (const Event& e : events) {
        if (e.seq == seq)
            return &e;
    }
    return nullptr;
}

// The step a correction finally amends (a correction of a correction reaches the original).
const Event* ultimateTarget(const QList<Event>& events, const Event& correction, int depth = 0)
{
    const Event* t = findBySeq(events, correction.data.value(QLatin1String("target_seq")).toInt(-1));
    if (!t || depth > 64)
        return nullptr;
    if (t->step == QLatin1String("correction"))
        return ultimateTarget(events, *t, depth + 1);
    return t;
}

Error checkCorrection(const CaseRecord& record, const Event& candidate, Role role,
                      const EngineSettings& settings)
{
    const int targetSeq = candidate.data.value(QLatin1String("target_seq")).toInt();
    const Event* target = findBySeq(record.events, targetSeq);
    if (!target)
        return Error::make(
            ErrorCode::Invalid,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine", "要更正的第%1项记录不存在。")).arg(targetSeq));
    if (target->step == QLatin1String("facts_corrected"))
        return Error::make(
            ErrorCode::Refused,
            translated(
                QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "第%1项是案件信息的更正，不能用“更正”修改或撤销；请再用 case correct 更正案件信息。"))
                .arg(targetSeq),
            QStringLiteral("第五条"));
    const bool targetIsCorrection = target->step == QLatin1String("correction");
    if (targetIsCorrection && !candidate.data.value(QLatin1String("retract")).toBool())
        return Error::make(
            ErrorCode::Invalid,
            translated(QT_TRANSLATE_NOOP(
                "ProcedureEngine",
                "更正记录只能撤销（retract: true），不能修改；如需改为其他内容，请撤销后重新更正原记录。")));
    const Event* original = targetIsCorrection ? ultimateTarget(record.events, *target) : target;
    const StepDefinition* originalStep = original ? findStep(original->step) : nullptr;
    const QString article =
        originalStep && !originalStep->article.isEmpty() ? originalStep->article : QStringLiteral("第五条");
    // docs/roles.md: a role corrects only the steps it may record itself.
    if (originalStep && !mayRecordStep(role, originalStep->kind))
        return Error::make(ErrorCode::Refused,
                           translated(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                        "您的角色（%1）不能记录“%2”，因此也不能更正该记录。"))
                               .arg(roleDisplayName(role), originalStep->name()),
                           article);
    if (!targetIsCorrection && originalStep) {
        const QJsonObject replacement = candidate.data.value(QLatin1String("replacement")).toObject();
        if (replacement.contains(QLatin1String("data"))) {
            if (Error e =
                    validateStepData(*originalStep, replacement.value(QLatin1String("data")).toObject());
                e.isError())
                return e;
        }
    }

    // Already retracted (or a correction no longer in force)?
    QList<Event> withCandidate = record.events;
    const QList<Event> before = effectiveEvents(record.events);
    if (!targetIsCorrection && !findBySeq(before, targetSeq))
        return Error::make(
            ErrorCode::Refused,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine", "第%1项记录已被撤销，不能再更正。"))
                .arg(targetSeq),
            article);

    Event appended = candidate;
    if (appended.seq <= 0) {
        int maxSeq = 0;
        for (const Event& e : record.events)
            maxSeq = qMax(maxSeq, e.seq);
        appended.seq = maxSeq + 1;
    }
    withCandidate.append(appended);
    const QList<Event> after = effectiveEvents(withCandidate);

    // The corrected history must still follow the procedure; failures it already had before the
    // correction (recorded under other settings, imported) are not held against it.
    QSet<int> failedBefore;
    for (const ReplayFailure& f : replayHistory(record.facts, before, settings))
        failedBefore.insert(f.seq);
    for (const ReplayFailure& f : replayHistory(record.facts, after, settings)) {
        if (failedBefore.contains(f.seq))
            continue;
        const Event* e = findBySeq(after, f.seq);
        const StepDefinition* def = e ? findStep(e->step) : nullptr;
        return Error::make(
            ErrorCode::Refused,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine",
                                         "更正后，第%1项“%2”将不符合程序：%3 请先更正或撤销相关记录。"))
                .arg(f.seq)
                .arg(def ? def->name() : QString(), f.verdict.reason.toString()),
            f.verdict.article);
    }
    return Error::ok();
}

} // namespace

CaseState deriveState(const CaseRecord& record, const HolidayCalendar& calendar,
                      const EngineSettings& settings, const QDate& asOf)
{
    CaseState state;
    state.id = record.id;
    state.facts = record.facts;
    state.asOf = asOf;
    state.events = record.events;
    state.effectiveEvents = effectiveEvents(record.events);

    CaseAnalysis a(record.facts);
    a.addAll(state.effectiveEvents);
    const Requirements requirements = requirementsOf(a);
    state.closed = a.has(StepKind::CaseFiled) && allDone(requirements);
    state.track = a.track();
    state.stage = stageOf(a, state.closed);
    state.next = nextSteps(RuleContext{a, settings, state.closed}, requirements);
    state.decision = a.decisionInForce();
    state.decisionHistory = decisionHistoryOf(a);
    state.deadlines = deadlinesOf(a, calendar, settings, asOf);
    state.sanctionPeriods = sanctionPeriodsOf(a);
    state.warnings = warningsOf(a, state.deadlines);
    return state;
}

Error checkEvent(const CaseRecord& record, const Event& candidate, Role role, const HolidayCalendar& calendar,
                 const EngineSettings& settings)
{
    Q_UNUSED(calendar); // no rule depends on the calendar today; kept for rules that will
    const StepDefinition* def = findStep(candidate.step);
    if (!def)
        return Error::make(
            ErrorCode::Invalid,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine", "未知的步骤 %1。")).arg(candidate.step));
    if (!candidate.date.isValid())
        return Error::make(
            ErrorCode::Invalid,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine", "“%1”缺少有效日期，请按 YYYY-MM-DD 填写。"))
                .arg(def->name()));
    if (Error e = validateStepData(*def, candidate.data); e.isError())
        return e;
    if (!mayRecordStep(role, def->kind)) {
        QStringList who;
        for (Role r : def->roles)
            who.append(roleDisplayName(r));
        who.append(roleDisplayName(Role::Administrator));
        return Error::make(
            ErrorCode::Refused,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine", "您的角色（%1）不能记录“%2”；该步骤由%3记录。"))
                .arg(roleDisplayName(role), def->name(), joinList(who)),
            def->article.isEmpty() ? trackArticle(trackForFacts(record.facts)) : def->article);
    }
    if (def->kind == StepKind::Correction)
        return checkCorrection(record, candidate, role, settings);
    if (def->kind == StepKind::FactsCorrected)
        return Error::make(
            ErrorCode::Refused,
            translated(QT_TRANSLATE_NOOP("ProcedureEngine",
                                         "案件信息的更正不作为步骤记录：请用 case correct（或“更正案件信息”）"
                                         "写明理由更正，历史记录将按更正后的信息重新检验。")),
            QStringLiteral("第五条"));

    CaseAnalysis a(record.facts);
    a.addAll(effectiveEvents(record.events));
    const bool closed = a.has(StepKind::CaseFiled) && allDone(requirementsOf(a));
    const Verdict v =
        evaluateStep(RuleContext{a, settings, closed}, def->kind, &candidate.data, candidate.date, true);
    if (!v.allowed)
        return Error::make(ErrorCode::Refused, v.reason.toString(), v.article);
    return Error::ok();
}

} // namespace casetrack
