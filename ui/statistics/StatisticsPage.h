#pragma once

#include "procedure/CaseStatistics.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace casetrack {

class FigureView;
class Session;

// 统计: the figures of procedure/CaseStatistics as charts with their tables, for one year or all.
// Counting reads and derives every case (deadline compliance and durations need the histories),
// so it runs on a pool thread with a progress bar: when the page is first shown, and again on
// 重新统计 (never by itself: each count is a view of every case, on the record as
// "view.statistics"). Another year is shown from the same count.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(Session& session, QWidget* parent = nullptr);
    ~StatisticsPage() override;

    // Counts again (also the first time); ignored while a count runs.
    void refresh();
    bool isCounting() const { return m_counting; }
    bool hasFigures() const { return m_statistics.has_value(); }
    // 0: all years.
    int year() const;
    void setYear(int year);
    QList<int> offeredYears() const;
    // Built on first use (the page's first show, or this call).
    QList<FigureView*> figureViews()
    {
        ensureViews();
        return m_views;
    }
    FigureView* figureView(const QString& id) const;
    QString statusText() const;

signals:
    void counted();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureViews();
    struct Outcome
    {
        std::optional<CaseStatistics> statistics;
        int cases = 0;
    };

    void finished();
    void showFigures();
    void exportImage(FigureView* view);
    void exportTable(FigureView* view);
    QJsonObject useOf(const FigureView* view) const;

    Session& m_session;
    QComboBox* m_year;
    QPushButton* m_refresh;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTabWidget* m_tabs;
    QList<FigureView*> m_views;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<CaseStatistics> m_statistics;
    QDate m_asOf;
    bool m_counting = false;
};

} // namespace casetrack
