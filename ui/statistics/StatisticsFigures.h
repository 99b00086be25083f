#pragma once

#include "documents/FigureExport.h"

#include <QList>
#include <QString>

namespace casetrack {

struct EngineSettings;
struct YearFigures;

// One chart of the statistics page with its table: the table is what the chart draws and what
// 导出表格 writes.
struct StatisticsFigure
{
    enum class Chart
    {
        Bars,        // one bar per row (the first figure column)
        StackedBars, // one bar per row, stacked from every figure column
        Medians      // one bar per row: the median column (the last), rows without one left out
    };

    QString id; // "stage", "track", ... : the object name of its tab and part of the file name
    Chart chart = Chart::Bars;
    QString valueAxis; // the value axis title
    FigureSheet sheet; // sheet.title is the chart title
};

// A figure's name without its year, in the interface language ("各阶段案件数"), for the audit
// page, which records the id; an id it does not know is returned as it is.
QString statisticsFigureName(const QString& id);

// The page's figures for `figures` (one year, or all years when `year` is 0), named in the
// interface language: stages in procedure order, tracks in the table's order, sanctions from the
// lightest, units by number of cases. `settings` names the users' own deadline rules.
QList<StatisticsFigure> statisticsFigures(const YearFigures& figures, int year,
                                          const EngineSettings& settings);

} // namespace casetrack
