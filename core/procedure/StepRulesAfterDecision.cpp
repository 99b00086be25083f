// The life of a decision after it is made (procedure.md revision 2, step 11): the personnel file
// and personnel changes (《中国共产党纪律处分条例》第四十四条), the execution report (第四十五条),
// the end of 留党察看 (第十二条) and appeals (党章第四条).
#include "procedure/RuleCheck.h"

namespace casetrack::rules {

namespace {

QString outcomeOf(const QJsonObject* data)
{
    return data ? data->value(QLatin1String("outcome")).toString() : QString();
}

// The sanction in force must be a sanction (not revoked); false after a refusal.
bool needSanctionInForce(Check& check, StepKind kind)
{
    const CaseAnalysis& a = check.a();
    const QString art = stepDefinition(kind).article;
    if (!a.decision()) {
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "尚未作出（或尚未生效）党纪处分决定，不能记录%1。请先记录处分决定。"))
                .arg(quoted(kind));
        });
        return false;
    }
    const SanctionSegment* current = a.currentSegment();
    check.dependOn(current->startIndex);
    if (current->revoked) {
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                         "处分已经申诉撤销（第%1项），没有正在执行的处分，不能记录%2。"))
                .arg(a.events()[current->startIndex].seq)
                .arg(quoted(kind));
        });
        return false;
    }
    return true;
}

bool refuseIfDoneSince(Check& check, StepKind kind)
{
    const CaseAnalysis& a = check.a();
    const SanctionSegment* current = a.currentSegment();
    if (!a.hasAfter(kind, current->startIndex))
        return false;
    return check.fail(stepDefinition(kind).article, [&] {
        return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "%1已经记录（第%2项）；如有错误，请记录更正。"))
            .arg(quoted(kind))
            .arg(a.lastEvent(kind)->seq);
    });
}

bool needHeavySanction(Check& check, StepKind kind)
{
    const SanctionSegment* current = check.a().currentSegment();
    if (sanctionSeverity(current->choice.sanction) >= RemovalFromPostSeverity)
        return true;
    return check.fail(stepDefinition(kind).article, [&] {
        return msg(QT_TRANSLATE_NOOP(
                       "ProcedureEngine",
                       "正在执行的处分为%1：只有撤销党内职务、留党察看、开除党籍才须办理职务、工资等"
                       "待遇变更手续。"))
            .arg(describeSanction(current->choice));
    });
}

void checkExtension(Check& check, const QJsonObject* data)
{
    if (!needSanctionInForce(check, StepKind::PersonnelChangesExtended) ||
        !needHeavySanction(check, StepKind::PersonnelChangesExtended))
        return;
    const CaseAnalysis& a = check.a();
    const QString art = stepDefinition(StepKind::PersonnelChangesExtended).article;
    if (a.hasAfter(StepKind::PersonnelChangesCompleted, a.currentSegment()->startIndex)) {
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "变更手续已经办理完毕，无需延长期限。"));
        });
        return;
    }
    if (!data)
        return;
    const QDate from = a.currentSegment()->from;
    const QDate until = parseIsoDate(data->value(QLatin1String("until")).toString());
    const QDate latest = from.addMonths(6);
    if (until <= from || until > latest)
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "延长至 %1 无效：特殊情况下经批准可以适当延长办理期限，但最长不得超过六个月"
                           "（处分自 %2 生效，最迟延长至 %3）。"))
                .arg(isoDate(until), isoDate(from), isoDate(latest));
        });
}

void checkProbation(Check& check, const QJsonObject* data, const QDate& date)
{
    const StepKind kind = StepKind::ProbationConcluded;
    if (!needSanctionInForce(check, kind))
        return;
    const CaseAnalysis& a = check.a();
    const QString art = stepDefinition(kind).article;
    const ProbationState p = a.probation();
    if (!p.inForce) {
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "正在执行的处分不是留党察看，不能记录%1。"))
                .arg(quoted(kind));
        });
        return;
    }
    if (p.concluded) {
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "留党察看已经期满处理（第%1项）。"))
                .arg(a.lastEvent(kind)->seq);
        });
        return;
    }
    const QString outcome = outcomeOf(data);
    if (outcome == QLatin1String("extended")) {
        if (p.extended || a.currentSegment()->choice.probationYears != 1) {
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "留党察看期限只能由一年延长一年，且只能延长一次；留党察看二年或已延长的，"
                    "期满应恢复党员权利或者开除党籍。"));
            });
            return;
        }
    }
    const QDate end = outcome == QLatin1String("extended") ? p.firstEnd : p.periodEnd;
    if ((outcome == QLatin1String("restored") || outcome == QLatin1String("extended")) && date.isValid() &&
        date < end)
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "留党察看期至 %1（含当日）届满；恢复党员权利或者延长察看期，须在期满之日或者"
                           "之后处理（%2 尚未期满）。察看期间确有违纪的，可以开除党籍。"))
                .arg(isoDate(end), isoDate(date));
        });
}

void checkAppeal(Check& check, StepKind kind, const QJsonObject* data)
{
    const CaseAnalysis& a = check.a();
    const QString art = stepDefinition(kind).article;
    if (kind == StepKind::AppealFiled) {
        if (!needSanctionInForce(check, kind))
            return;
        if (a.appealOpen())
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "申诉（第%1项）尚未处理，请先记录“申诉处理决定”。"))
                    .arg(a.lastEvent(StepKind::AppealFiled)->seq);
            });
        return;
    }
    if (!a.appealOpen()) {
        check.fail(art, [&] {
            return msg(
                QT_TRANSLATE_NOOP("ProcedureEngine", "没有待处理的申诉，请先记录“受处分党员提出申诉”。"));
        });
        return;
    }
    check.dependOn(a.last(StepKind::AppealFiled));
    if (data && outcomeOf(data) == QLatin1String("changed") &&
        choiceOfData(*data) == a.currentSegment()->choice)
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "变更后的处分（%1）与正在执行的处分相同：请记录为“维持”（upheld）。"))
                .arg(describeSanction(choiceOfData(*data)));
        });
}

} // namespace

bool checkLifeAfterDecision(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data,
                            const QDate& date)
{
    Q_UNUSED(c);
    switch (kind) {
    case StepKind::ArchivedToPersonnelFile:
        // Required again after an appeal that changed or revoked the sanction.
        if (check.a().decision()) {
            check.dependOn(check.a().currentSegment()->startIndex);
            refuseIfDoneSince(check, kind);
        } else {
            needSanctionInForce(check, kind);
        }
        return true;
    case StepKind::PersonnelChangesCompleted:
        if (needSanctionInForce(check, kind) && needHeavySanction(check, kind))
            refuseIfDoneSince(check, kind);
        return true;
    case StepKind::PersonnelChangesExtended:
        checkExtension(check, data);
        return true;
    case StepKind::ExecutionReported:
        if (needSanctionInForce(check, kind))
            refuseIfDoneSince(check, kind);
        return true;
    case StepKind::ProbationConcluded:
        checkProbation(check, data, date);
        return true;
    case StepKind::AppealFiled:
    case StepKind::AppealDecided:
        checkAppeal(check, kind, data);
        return true;
    default:
        return false;
    }
}

} // namespace casetrack::rules
