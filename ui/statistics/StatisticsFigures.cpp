#include "statistics/StatisticsFigures.h"

#include "common/DisplayText.h"
#include "procedure/CaseState.h"
#include "procedure/CaseStatistics.h"
#include "procedure/EngineSettings.h"
#include "procedure/StepTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace casetrack {

namespace {

// The context of this file's messages (lupdate reads StatisticsFigures::tr).
class StatisticsFigures
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsFigures)
};

QString yearText(int year)
{
    return year == 0 ? StatisticsFigures::tr("全部年度") : StatisticsFigures::tr("%1年").arg(year);
}

// A count per named row, in the given order of ids, then any id the order does not know.
FigureSheet countSheet(const QString& title, const QString& rowHeader, const QMap<QString, int>& counts,
                       const QStringList& order, const std::function<QString(const QString&)>& name)
{
    FigureSheet sheet;
    sheet.title = title;
    sheet.headers = {rowHeader, StatisticsFigures::tr("案件数")};
    QStringList ids;
    for (const QString& id : order)
        if (counts.contains(id))
            ids.append(id);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!ids.contains(it.key()))
            ids.append(it.key());
    for (const QString& id : ids)
        sheet.rows.append({name(id), {double(counts.value(id))}});
    return sheet;
}

QString deadlineKindName(const QString& kind, const EngineSettings& settings)
{
    // The engine's own labels (context "Deadlines"), so the names match the deadlines page.
    static const QList<std::pair<const char*, const char*>> builtIn{
        {"announce", QT_TRANSLATE_NOOP("Deadlines", "宣布党纪处分决定")},
        {"record_filing", QT_TRANSLATE_NOOP("Deadlines", "报派出机构备案")},
        {"personnel_changes", QT_TRANSLATE_NOOP("Deadlines", "办理职务、工资等待遇变更手续")},
        {"execution_report", QT_TRANSLATE_NOOP("Deadlines", "报告处分决定执行情况")},
        {"probation_end", QT_TRANSLATE_NOOP("Deadlines", "留党察看期满处理")},
    };
    for (const auto& [id, source] : builtIn)
        if (kind == QLatin1String(id))
            return QCoreApplication::translate("Deadlines", source);
    for (const DeadlineRule& rule : settings.deadlineRules)
        if (rule.id == kind)
            return rule.label;
    return kind;
}

std::optional<double> count(qsizetype n)
{
    return double(n);
}

} // namespace

QString statisticsFigureName(const QString& id)
{
    static const QList<std::pair<const char*, const char*>> names{
        {"stage", QT_TRANSLATE_NOOP("StatisticsFigures", "各阶段案件数")},
        {"track", QT_TRANSLATE_NOOP("StatisticsFigures", "各程序案件数")},
        {"sanction", QT_TRANSLATE_NOOP("StatisticsFigures", "各处分种类案件数")},
        {"unit", QT_TRANSLATE_NOOP("StatisticsFigures", "各单位案件数")},
        {"compliance", QT_TRANSLATE_NOOP("StatisticsFigures", "期限遵守情况")},
        {"durations", QT_TRANSLATE_NOOP("StatisticsFigures", "办理用时中位数")},
    };
    for (const auto& [known, name] : names)
        if (id == QLatin1String(known))
            return StatisticsFigures::tr(name);
    return id;
}

QList<StatisticsFigure> statisticsFigures(const YearFigures& f, int year, const EngineSettings& settings)
{
    const QString when = yearText(year);
    QList<StatisticsFigure> out;

    out.append(
        {QStringLiteral("stage"), StatisticsFigure::Chart::Bars, StatisticsFigures::tr("案件数"),
         countSheet(StatisticsFigures::tr("各阶段案件数（%1）").arg(when), StatisticsFigures::tr("阶段"),
                    f.byStage, allStageIds(), [](const QString& id) { return stageDisplayName(id); })});

    QStringList tracks;
    for (Track track : allTracks())
        tracks.append(trackId(track));
    out.append({QStringLiteral("track"), StatisticsFigure::Chart::Bars, StatisticsFigures::tr("案件数"),
                countSheet(StatisticsFigures::tr("各程序案件数（%1）").arg(when),
                           StatisticsFigures::tr("程序"), f.byTrack, tracks, trackName)});

    QStringList sanctions;
    for (const SanctionDefinition& s : sanctionTable())
        sanctions.append(s.id);
    sanctions.append(QString()); // no decision yet: last
    out.append({QStringLiteral("sanction"), StatisticsFigure::Chart::Bars, StatisticsFigures::tr("案件数"),
                countSheet(StatisticsFigures::tr("各处分种类案件数（%1）").arg(when),
                           StatisticsFigures::tr("处分"), f.bySanction, sanctions, [](const QString& id) {
                               return id.isEmpty() ? StatisticsFigures::tr("尚未决定")
                                                   : sanctionDisplayName(id);
                           })});

    QStringList units = f.byUnit.keys();
    std::stable_sort(units.begin(), units.end(), [&](const QString& a, const QString& b) {
        return f.byUnit.value(a) > f.byUnit.value(b);
    });
    out.append({QStringLiteral("unit"), StatisticsFigure::Chart::Bars, StatisticsFigures::tr("案件数"),
                countSheet(StatisticsFigures::tr("各单位案件数（%1）").arg(when),
                           StatisticsFigures::tr("单位"), f.byUnit, units, [](const QString& unit) {
                               return unit.isEmpty() ? StatisticsFigures::tr("未填单位") : unit;
                           })});

    StatisticsFigure compliance{QStringLiteral("compliance"),
                                StatisticsFigure::Chart::StackedBars,
                                StatisticsFigures::tr("期限数"),
                                {}};
    compliance.sheet.title = StatisticsFigures::tr("期限遵守情况（%1，按到期年度）").arg(when);
    compliance.sheet.headers = {StatisticsFigures::tr("期限"), StatisticsFigures::tr("按期完成"),
                                StatisticsFigures::tr("逾期完成"), StatisticsFigures::tr("逾期未完成"),
                                StatisticsFigures::tr("未到期")};
    for (auto it = f.complianceByKind.cbegin(); it != f.complianceByKind.cend(); ++it) {
        const DeadlineCompliance& c = it.value();
        compliance.sheet.rows.append(
            {deadlineKindName(it.key(), settings),
             {double(c.metOnTime), double(c.metLate), double(c.overdue), double(c.open)}});
    }
    out.append(compliance);

    StatisticsFigure days{QStringLiteral("durations"),
                          StatisticsFigure::Chart::Medians,
                          StatisticsFigures::tr("天（中位数）"),
                          {}};
    days.sheet.title = StatisticsFigures::tr("办理用时中位数（%1，按决定生效年度）").arg(when);
    days.sheet.headers = {StatisticsFigures::tr("区间"), StatisticsFigures::tr("案件数"),
                          StatisticsFigures::tr("中位数（天）")};
    days.sheet.decimals = {1};
    const std::pair<QString, const QList<int>*> spans[] = {
        {StatisticsFigures::tr("立案至处分决定"), &f.filingToDecision},
        {StatisticsFigures::tr("处分决定至宣布"), &f.decisionToAnnouncement},
        {StatisticsFigures::tr("处分决定至备案"), &f.decisionToRecordFiling},
    };
    for (const auto& [label, samples] : spans)
        days.sheet.rows.append({label, {count(samples->size()), CaseStatistics::median(*samples)}});
    out.append(days);
    return out;
}

} // namespace casetrack
