#include "statistics/StatisticsPage.h"

#include "common/DisplayDate.h"
#include "common/ErrorText.h"
#include "documents/FigureExport.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "statistics/FigureExportDialog.h"
#include "statistics/FigureView.h"
#include "statistics/StatisticsFigures.h"
#include "util/DateText.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casetrack {

StatisticsPage::StatisticsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("statisticsYear"));
    m_year->setAccessibleName(tr("年度"));
    m_year->addItem(tr("全部年度"), 0);
    auto* yearLabel = new QLabel(tr("年度(&Y)："));
    yearLabel->setBuddy(m_year);
    m_refresh = new QPushButton(tr("重新统计"));
    m_refresh->setObjectName(QStringLiteral("statisticsRefresh"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("statisticsProgress"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_refresh);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &StatisticsPage::refresh);
    connect(m_year, &QComboBox::currentIndexChanged, this, &StatisticsPage::showFigures);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &StatisticsPage::finished);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    m_status->setText(tr("显示本页时统计全部案件。"));
}

StatisticsPage::~StatisticsPage()
{
    // The pool thread reads through the session: it must be done before the session can go.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

// Six chart views were a sixth of building the main window (docs/benchmarks.md), and many
// sessions never open this page: they are made when it is first shown.
void StatisticsPage::ensureViews()
{
    if (!m_views.isEmpty())
        return;
    const std::pair<const char*, QString> tabs[] = {
        {"stage", tr("按阶段")}, {"track", tr("按程序")},        {"sanction", tr("按处分")},
        {"unit", tr("按单位")},  {"compliance", tr("期限遵守")}, {"durations", tr("办理用时")},
    };
    for (const auto& [id, title] : tabs) {
        auto* view = new FigureView;
        view->setObjectName(QStringLiteral("figure_%1").arg(QLatin1String(id)));
        m_tabs->addTab(view, title);
        m_views.append(view);
        connect(view, &FigureView::exportImageRequested, this, [this, view] { exportImage(view); });
        connect(view, &FigureView::exportTableRequested, this, [this, view] { exportTable(view); });
    }
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    ensureViews();
    QWidget::showEvent(event);
    if (!m_statistics && !m_counting)
        refresh();
}

void StatisticsPage::refresh()
{
    if (m_counting)
        return;
    m_counting = true;
    m_asOf = QDate::currentDate();
    m_refresh->setEnabled(false);
    for (FigureView* view : m_views)
        view->setExportEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("正在统计…"));
    // Settings and the calendar are read here, on the UI thread; the pool thread reads only the
    // case records (the connection is FULLMUTEX, as for the case index and the exports).
    Session* session = &m_session;
    const HolidayCalendar calendar = m_session.calendar();
    const EngineSettings settings = m_session.engineSettings();
    const QDate asOf = m_asOf;
    m_watcher.setFuture(QtConcurrent::run([=](QPromise<Outcome>& promise) {
        const QList<CaseRecord> records = session->loadAllCases();
        promise.setProgressRange(0, int(records.size()));
        Outcome out;
        out.cases = int(records.size());
        out.statistics = countCases(records, calendar, settings, asOf, [&](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        promise.addResult(std::move(out));
    }));
}

void StatisticsPage::finished()
{
    m_counting = false;
    m_refresh->setEnabled(true);
    m_progress->setVisible(false);
    if (m_watcher.future().resultCount() == 0)
        return; // cancelled: the page is going away
    Outcome out = m_watcher.result();
    // Damage is an error, never data: no figures from records not read in full. And a view of
    // every case is on the record before anything is shown.
    Error error = m_session.readFailure();
    if (!error.isError() && out.statistics)
        error = m_session.recordAccess(
            QStringLiteral("view.statistics"), QStringLiteral("statistics"),
            QJsonObject{{QStringLiteral("as_of"), isoDate(m_asOf)}, {QStringLiteral("cases"), out.cases}});
    if (error.isError() || !out.statistics) {
        m_statistics.reset();
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_status->setText(error.isError() ? errorText(error) : tr("统计已取消。"));
        showFigures();
        return;
    }
    m_statistics = std::move(out.statistics);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("截至 %1，共 %2 件案件。").arg(displayDate(m_asOf)).arg(out.cases));

    const int chosen = year();
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_year->addItem(tr("全部年度"), 0);
    const QList<int> years = m_statistics->years();
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        m_year->addItem(tr("%1年").arg(*it), *it);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    showFigures();
    emit counted();
}

int StatisticsPage::year() const
{
    return m_year->currentData().toInt();
}

void StatisticsPage::setYear(int year)
{
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

QList<int> StatisticsPage::offeredYears() const
{
    QList<int> out;
    for (int i = 0; i < m_year->count(); ++i)
        out.append(m_year->itemData(i).toInt());
    return out;
}

FigureView* StatisticsPage::figureView(const QString& id) const
{
    for (FigureView* view : m_views)
        if (view->figure().id == id)
            return view;
    return nullptr;
}

QString StatisticsPage::statusText() const
{
    return m_status->text();
}

void StatisticsPage::showFigures()
{
    const YearFigures figures = m_statistics ? m_statistics->figures(year()) : YearFigures();
    const QList<StatisticsFigure> all = statisticsFigures(figures, year(), m_session.engineSettings());
    for (int i = 0; i < m_views.size() && i < all.size(); ++i) {
        m_views[i]->setFigure(all.at(i));
        m_views[i]->setExportEnabled(m_statistics.has_value());
    }
}

QJsonObject StatisticsPage::useOf(const FigureView* view) const
{
    // Figures, not cases: the record says which figure of which count, not a list of case ids.
    return {{QStringLiteral("target"), QStringLiteral("statistics")},
            {QStringLiteral("figure"), view->figure().id},
            {QStringLiteral("year"), year() == 0 ? QJsonValue(QStringLiteral("all")) : QJsonValue(year())},
            {QStringLiteral("as_of"), isoDate(m_asOf)},
            {QStringLiteral("case_count"), m_statistics ? m_statistics->caseCount() : 0}};
}

void StatisticsPage::exportImage(FigureView* view)
{
    if (!m_statistics)
        return;
    const QImage image = view->chartImage();
    auto* dialog = new FigureExportDialog(
        m_session, FigureExportDialog::Format::Png, view->figure().sheet.title, useOf(view),
        [image](const QString& path) {
            if (image.save(path, "PNG"))
                return Error::ok();
            return Error::make(ErrorCode::Unavailable,
                               tr("无法写入图片 %1。请检查文件夹是否可写、磁盘是否已满。")
                                   .arg(QDir::toNativeSeparators(path)));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StatisticsPage::exportTable(FigureView* view)
{
    if (!m_statistics)
        return;
    const FigureSheet sheet = view->figure().sheet;
    auto* dialog = new FigureExportDialog(
        m_session, FigureExportDialog::Format::Xlsx, sheet.title, useOf(view),
        [sheet](const QString& path) { return exportFigureSheet(sheet, path); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace casetrack
