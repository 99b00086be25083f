#include "statistics/FigureView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace casetrack {

namespace {

QString numberText(const std::optional<double>& value, bool decimal)
{
    if (!value)
        return QStringLiteral("—");
    return decimal ? QLocale().toString(*value, 'f', 1) : QLocale().toString(qint64(std::llround(*value)));
}

// The rows a chart draws: every row, or the first kMaxBars - 1 and one more that sums the rest.
QList<FigureRow> chartRows(const StatisticsFigure& figure)
{
    QList<FigureRow> rows;
    for (const FigureRow& row : figure.sheet.rows) {
        if (figure.chart == StatisticsFigure::Chart::Medians) {
            if (!row.values.isEmpty() && row.values.last())
                rows.append(row);
        } else {
            rows.append(row);
        }
    }
    if (rows.size() <= FigureView::kMaxBars || figure.chart == StatisticsFigure::Chart::Medians)
        return rows;
    FigureRow rest;
    const qsizetype merged = rows.size() - (FigureView::kMaxBars - 1);
    rest.label = FigureView::tr("其他（%1项）").arg(merged);
    rest.values = rows.at(FigureView::kMaxBars - 1).values;
    for (qsizetype i = FigureView::kMaxBars; i < rows.size(); ++i)
        for (qsizetype v = 0; v < rest.values.size() && v < rows.at(i).values.size(); ++v)
            rest.values[v] = rest.values.at(v).value_or(0) + rows.at(i).values.at(v).value_or(0);
    rows.resize(FigureView::kMaxBars - 1);
    rows.append(rest);
    return rows;
}

} // namespace

FigureView::FigureView(QWidget* parent) : QWidget(parent)
{
    m_chartView = new QChartView;
    m_chartView->setObjectName(QStringLiteral("figureChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setFocusPolicy(Qt::NoFocus); // nothing to do with the keyboard in a chart
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAlternatingRowColors(true);

    m_exportImage = new QPushButton(tr("导出图片…"));
    m_exportImage->setObjectName(QStringLiteral("figureExportImage"));
    m_exportTable = new QPushButton(tr("导出表格…"));
    m_exportTable->setObjectName(QStringLiteral("figureExportTable"));
    connect(m_exportImage, &QPushButton::clicked, this, &FigureView::exportImageRequested);
    connect(m_exportTable, &QPushButton::clicked, this, &FigureView::exportTableRequested);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    // The chart first: two thirds of the height (the table scrolls).
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({2000, 1000});
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportImage);
    buttons->addWidget(m_exportTable);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setExportEnabled(false);
}

void FigureView::setExportEnabled(bool enabled)
{
    m_exportImage->setEnabled(enabled);
    m_exportTable->setEnabled(enabled);
}

void FigureView::setFigure(const StatisticsFigure& figure)
{
    m_figure = figure;
    fillTable();
    QChart* old = m_chartView->chart();
    m_chartView->setChart(makeChart());
    delete old; // setChart leaves the old chart to its owner
}

void FigureView::fillTable()
{
    const FigureSheet& sheet = m_figure.sheet;
    m_table->clear();
    m_table->setColumnCount(int(sheet.headers.size()));
    m_table->setHorizontalHeaderLabels(sheet.headers);
    m_table->setRowCount(int(sheet.rows.size()));
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const FigureRow& row = sheet.rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.label));
        for (int v = 0; v < row.values.size(); ++v) {
            auto* item = new QTableWidgetItem(numberText(row.values.at(v), sheet.decimals.contains(v)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, v + 1, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < sheet.headers.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

QChart* FigureView::makeChart() const
{
    auto* chart = new QChart;
    chart->setTitle(m_figure.sheet.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // A horizontal bar chart draws its first category at the bottom: reversed, the first row is on
    // top, as in the table. (QBarCategoryAxis::setReverse did not take here.)
    QList<FigureRow> rows = chartRows(m_figure);
    std::reverse(rows.begin(), rows.end());
    const QStringList& headers = m_figure.sheet.headers;

    QStringList categories;
    for (const FigureRow& row : rows)
        categories.append(row.label);
    QAbstractBarSeries* series = nullptr;
    double top = 0;
    if (m_figure.chart == StatisticsFigure::Chart::StackedBars) {
        series = new QHorizontalStackedBarSeries;
        for (int v = 1; v < headers.size(); ++v) {
            auto* set = new QBarSet(headers.at(v));
            for (const FigureRow& row : rows)
                set->append(row.values.value(v - 1).value_or(0));
            series->append(set);
        }
        for (const FigureRow& row : rows) {
            double sum = 0;
            for (const std::optional<double>& value : row.values)
                sum += value.value_or(0);
            top = std::max(top, sum);
        }
    } else {
        series = new QHorizontalBarSeries;
        const bool medians = m_figure.chart == StatisticsFigure::Chart::Medians;
        auto* set = new QBarSet(medians ? headers.value(headers.size() - 1) : headers.value(1));
        for (const FigureRow& row : rows) {
            const double value = (medians ? row.values.last() : row.values.value(0)).value_or(0);
            set->append(value);
            top = std::max(top, value);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        chart->legend()->setVisible(false);
    }
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    // Whole-number ticks (counts, days) from 0: a step of 1, 2 or 5 times a power of ten that
    // gives at most about six ticks.
    const double wanted = std::max(1.0, top) / 5.0;
    double step = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (step * factor >= wanted) {
            step *= factor;
            break;
        }
    }
    step = std::max(1.0, std::round(step));
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(m_figure.valueAxis);
    valueAxis->setRange(0, step * std::ceil(std::max(1.0, top) / step));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

QImage FigureView::chartImage() const
{
    return m_chartView->grab().toImage();
}

} // namespace casetrack
