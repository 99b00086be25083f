#pragma once

#include "procedure/StepRules.h"
#include "util/DateText.h"

#include <QCoreApplication>

namespace casetrack::rules {

// Internal to the step rules (StepRules*.cpp): the verdict being built and message helpers.

// A reason in the engine's words; the front end translates it when it shows it.
inline Message msg(const char* text)
{
    return Message("ProcedureEngine", text);
}

// “name” of a step.
inline Message quoted(StepKind kind)
{
    return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "“%1”")).arg(stepDefinition(kind).nameText());
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
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "须先记录%1，才能记录%2。"))
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
                return msg(QT_TRANSLATE_NOOP(
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

QString sanctionOfData(const QJsonObject* data);
SanctionChoice choiceOfData(const QJsonObject& data);

void checkSuggestion(Check& check, const QJsonObject* data);

// StepRulesDecision.cpp
bool isBeforeDecisionStep(StepKind kind);
bool needsDecision(StepKind kind);
void refuseIfBindingNone(Check& check);
void refuseWhilePendingEscalation(Check& check);
void checkPartyGroupDecided(Check& check, const RuleContext& c, const QJsonObject* data);
void checkGrassrootsApproval(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data);
void checkPartyGroupOnExpulsion(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data);
void checkLocalDecided(Check& check, const RuleContext& c, const QJsonObject* data);
void checkDecisionSteps(Check& check, const RuleContext& c, StepKind kind);

// 第九条 (Party group), 第四条第二款 (grassroots), 第十二条 (local): the meeting's figures against the
// configured thresholds. `votes`: whether votes_for counts (not for a rejection).
void checkMeeting(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data);

// The steps after a decision (procedure.md revision 2): personnel file, personnel changes,
// execution report, probation end, appeals. Returns false when `kind` is not one of them.
bool checkLifeAfterDecision(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data,
                            const QDate& date);

} // namespace casetrack::rules
