#include "documents/FollowUpValues.h"

#include "documents/CaseValues.h"
#include "documents/DocumentApplicability.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

QString dataSanction(const Event& e)
{
    return sanctionText(e.data.value(QStringLiteral("sanction")).toString(),
                        e.data.value(QStringLiteral("probation_years")).toInt());
}

// The sanction in force just before event `seq`: the history entry that was current then.
const Decision* inForceBefore(const CaseState& state, int seq)
{
    const Decision* found = nullptr;
    for (const Decision& d : state.decisionHistory) {
        if (d.seq < seq)
            found = &d;
    }
    return found;
}

void addEscalation(const CaseState& state, QHash<QString, QString>& t)
{
    // 第八条: the Party group's differing view, then the stationed body's request for a ruling.
    const Event* disagreed = latestEvent(state, "party_group_disagreed");
    t.insert(QStringLiteral("disagreement.sanction"), disagreed ? dataSanction(*disagreed) : QString());
    t.insert(QStringLiteral("disagreement.date"), disagreed ? chineseDate(disagreed->date) : QString());
    const Event* escalated = latestEvent(state, "escalated_to_dispatching_organ");
    t.insert(QStringLiteral("escalation.date"), escalated ? chineseDate(escalated->date) : QString());
}

void addConsultation(const CaseState& state, const DocumentSettings& settings, QHash<QString, QString>& t)
{
    // 第十二条第二款: asked through the stationed body or the organ's own commission.
    const Event* consulted = latestEvent(state, "competent_party_group_consulted");
    t.insert(QStringLiteral("consultation.date"), consulted ? chineseDate(consulted->date) : QString());
    QString channel;
    if (consulted) {
        const QString id = consulted->data.value(QStringLiteral("channel")).toString();
        channel = id == QLatin1String("organ_commission")
                      ? QCoreApplication::translate("Documents", "经机关纪委")
                      : QCoreApplication::translate("Documents", "经%1")
                            .arg(settings.bodyName(QStringLiteral("stationed_body")));
    }
    t.insert(QStringLiteral("consultation.channel"), channel);
}

void addExecution(const CaseState& state, QHash<QString, QString>& t)
{
    // 条例第四十四条、第四十五条: what the report can state as done, and nothing else: the dates
    // of the recorded steps, never a date typed for another document.
    const Event* announced = latestEvent(state, "decision_announced");
    t.insert(QStringLiteral("execution.announced_on"), announced ? chineseDate(announced->date) : QString());
    const Event* archived = latestEvent(state, "archived_to_personnel_file");
    t.insert(QStringLiteral("execution.archived"),
             archived ? QCoreApplication::translate("Documents", "处分决定材料已于%1归入%2同志档案。")
                            .arg(chineseDate(archived->date), state.facts.subject.name)
                      : QCoreApplication::translate("Documents", "处分决定材料尚未归入本人档案。"));
    QString personnel;
    if (state.decision && sanctionSeverity(state.decision->sanction) >= RemovalFromPostSeverity) {
        const Event* done = latestEvent(state, "personnel_changes_completed");
        personnel = done ? QCoreApplication::translate(
                               "Documents", "职务、工资、工作及其他有关待遇变更手续已于%1办理完毕。")
                               .arg(chineseDate(done->date))
                         : QCoreApplication::translate(
                               "Documents", "职务、工资、工作及其他有关待遇变更手续尚未办理完毕。");
    } else {
        personnel = QCoreApplication::translate("Documents", "本处分不涉及职务、工资等待遇变更。");
    }
    t.insert(QStringLiteral("execution.personnel"), personnel);
    const Event* reported = latestEvent(state, "execution_reported");
    t.insert(QStringLiteral("execution.reported_on"), reported ? chineseDate(reported->date) : QString());
}

void addProbation(const CaseState& state, const DocumentSettings& settings, QHash<QString, QString>& t)
{
    // 条例第十二条: restored, extended by one year, or expelled.
    const Event* concluded = latestEvent(state, "probation_concluded");
    const QString outcome =
        concluded ? concluded->data.value(QStringLiteral("outcome")).toString() : QString();
    const QString name = state.facts.subject.name;
    const QString by =
        state.decision ? settings.bodyName(decidingBodyId(state.decision->decidedBy)) : QString();
    QString title;
    QString sentence;
    if (outcome == QLatin1String("restored")) {
        title = QCoreApplication::translate("Documents", "关于恢复%1同志党员权利的决定").arg(name);
        sentence =
            QCoreApplication::translate("Documents", "留党察看期满，经%1研究，决定恢复%2同志党员权利。")
                .arg(by, name);
    } else if (outcome == QLatin1String("extended")) {
        title = QCoreApplication::translate("Documents", "关于延长%1同志留党察看期限的决定").arg(name);
        sentence = QCoreApplication::translate("Documents",
                                               "留党察看期满，经%1研究，决定延长%2同志留党察看期限一年。")
                       .arg(by, name);
    } else if (outcome == QLatin1String("expelled")) {
        title = QCoreApplication::translate("Documents", "关于开除%1党籍的决定").arg(name);
        sentence = QCoreApplication::translate("Documents", "经%1研究，决定开除%2党籍。").arg(by, name);
    }
    t.insert(QStringLiteral("probation.title"), title);
    t.insert(QStringLiteral("probation.sentence"), sentence);
    t.insert(QStringLiteral("probation.concluded_on"), concluded ? chineseDate(concluded->date) : QString());
}

void addAppeal(const CaseState& state, const DocumentSettings& settings, QHash<QString, QString>& t)
{
    // 党章第四条: the appeal, the sanction it was against, and the outcome from its date.
    const Event* filed = latestEvent(state, "appeal_filed");
    const Event* decided = latestEvent(state, "appeal_decided");
    t.insert(QStringLiteral("appeal.filed_on"), filed ? chineseDate(filed->date) : QString());
    t.insert(QStringLiteral("appeal.decided_on"), decided ? chineseDate(decided->date) : QString());
    const Decision* original = decided ? inForceBefore(state, decided->seq) : nullptr;
    t.insert(QStringLiteral("appeal.original_sanction"),
             original ? sanctionText(original->sanction, original->probationYears) : QString());
    t.insert(QStringLiteral("appeal.original_decided_by"),
             original ? settings.bodyName(decidingBodyId(original->decidedBy)) : QString());
    t.insert(QStringLiteral("appeal.original_decided_on"),
             original ? chineseDate(original->decidedOn) : QString());
    QString sentence;
    if (decided && original) {
        const QString outcome = decided->data.value(QStringLiteral("outcome")).toString();
        if (outcome == QLatin1String("upheld"))
            sentence = QCoreApplication::translate("Documents", "决定维持原处分决定。");
        else if (outcome == QLatin1String("changed"))
            sentence = QCoreApplication::translate("Documents", "决定将原%1处分变更为%2处分，自%3起生效。")
                           .arg(sanctionText(original->sanction, original->probationYears),
                                dataSanction(*decided), chineseDate(decided->date));
        else if (outcome == QLatin1String("revoked"))
            sentence = QCoreApplication::translate("Documents", "决定撤销原%1处分，自%2起生效。")
                           .arg(sanctionText(original->sanction, original->probationYears),
                                chineseDate(decided->date));
    }
    t.insert(QStringLiteral("appeal.sentence"), sentence);
}

} // namespace

void addFollowUpValues(const CaseState& state, const DocumentSettings& settings,
                       QHash<QString, QString>& values)
{
    addEscalation(state, values);
    addConsultation(state, settings, values);
    addExecution(state, values);
    addProbation(state, settings, values);
    addAppeal(state, settings, values);
}

} // namespace casetrack
