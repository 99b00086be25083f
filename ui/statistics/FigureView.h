#pragma once

#include "statistics/StatisticsFigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QTableWidget;

namespace casetrack {

// One figure of the statistics page: its chart above, the same numbers as a table below, and
// the buttons that export them (导出图片 as PNG, 导出表格 as XLSX; StatisticsPage does the export).
class FigureView : public QWidget
{
    Q_OBJECT
public:
    explicit FigureView(QWidget* parent = nullptr);

    void setFigure(const StatisticsFigure& figure);
    const StatisticsFigure& figure() const { return m_figure; }
    // The chart as shown, for 导出图片.
    QImage chartImage() const;
    QChartView* chartView() const { return m_chartView; }
    QTableWidget* table() const { return m_table; }
    // Off while there is nothing to export (before the first count, or while counting).
    void setExportEnabled(bool enabled);

    // At most this many bars; the rest of a long list (units) is drawn as one "其他" bar. The
    // table always lists every row.
    static constexpr int kMaxBars = 12;

signals:
    void exportImageRequested();
    void exportTableRequested();

private:
    void fillTable();
    QChart* makeChart() const;

    StatisticsFigure m_figure;
    QChartView* m_chartView;
    QTableWidget* m_table;
    QPushButton* m_exportImage;
    QPushButton* m_exportTable;
};

} // namespace casetrack
