#include "cases/CasesPage.h"

#include "cases/CaseFilterProxy.h"
#include "cases/CaseIndex.h"
#include "cases/CaseListModel.h"
#include "common/ColumnFitter.h"
#include "common/ElidedToolTips.h"
#include "documents/DocumentActions.h"
#include "procedure/CaseState.h"
#include "procedure/StepTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casetrack {

CasesPage::CasesPage(CaseIndex* index, QWidget* parent) : QWidget(parent), m_index(index)
{
    setObjectName(QStringLiteral("casesPage"));
    m_model = new CaseListModel(index, this);
    m_proxy = new CaseFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("按姓名、单位或案件编号查找（Ctrl+F）"));
    m_search->setAccessibleName(tr("查找案件"));
    m_search->setClearButtonEnabled(true);
    // Typing re-filters after a short pause, not on every keystroke of a fast typist.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        updateCount();
    });
    // Enter opens the first match (filtering first if the pause has not passed yet).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            m_proxy->setSearchText(m_search->text());
            updateCount();
        }
        if (m_proxy->rowCount() > 0) {
            const QModelIndex first = m_proxy->index(0, 0);
            m_table->setCurrentIndex(first);
            emit openCaseRequested(first.data(CaseListModel::CaseIdRole).toString());
        }
    });

    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("按阶段筛选"));
    m_stage->addItem(tr("全部阶段"), QString());
    for (const QString& stage : allStageIds())
        m_stage->addItem(stageDisplayName(stage), stage);
    m_track = new QComboBox;
    m_track->setObjectName(QStringLiteral("trackFilter"));
    m_track->setAccessibleName(tr("按程序筛选"));
    m_track->addItem(tr("全部程序"), QString());
    for (Track track : allTracks())
        m_track->addItem(trackDisplayName(track), trackId(track));
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setAccessibleName(tr("按立案年度筛选"));
    m_year->addItem(tr("全部年度"), 0);
    // The filters take the width of a short entry, not of their longest one (the popup lists
    // every entry whole), so the page fits a 1024-pixel screen in every language.
    for (QComboBox* combo : {m_stage, m_track, m_year}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_overdue = new QCheckBox(tr("已超期"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_dueSoon = new QCheckBox(tr("即将到期"));
    m_dueSoon->setObjectName(QStringLiteral("dueSoonFilter"));
    auto* newCase = new QPushButton(tr("新建案件…"));
    newCase->setObjectName(QStringLiteral("newCaseButton"));
    newCase->setToolTip(tr("新建案件（Ctrl+N）"));
    m_newCase = newCase;

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStage(m_stage->currentData().toString());
        updateCount();
    });
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTrack(m_track->currentData().toString());
        updateCount();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setYear(m_year->currentData().toInt());
        updateCount();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOverdueOnly(on);
        updateCount();
    });
    connect(m_dueSoon, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setDueSoonOnly(on);
        updateCount();
    });
    connect(newCase, &QPushButton::clicked, this, &CasesPage::newCaseRequested);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("案件列表"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Columns sized by their content, the spare width to the columns that carry text; what does
    // not fit is elided, with the whole text as a tooltip.
    m_columns = new ColumnFitter(
        m_table, {CaseListModel::Name, CaseListModel::Unit, CaseListModel::NextStep, CaseListModel::Track},
        {CaseListModel::Number, CaseListModel::Deadline});
    new ElidedToolTips(m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openCaseRequested(index.data(CaseListModel::CaseIdRole).toString());
    });

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("caseCount"));

    // Search and the actions on one row, the filters below: both fit a 1024-pixel screen in
    // every language.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_search, 1);
    actions->addWidget(newCase);
    addExportButton(actions, index, ExportDialog::List::Cases, m_proxy, this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stage);
    filters->addWidget(m_track);
    filters->addWidget(m_year);
    filters->addWidget(m_overdue);
    filters->addWidget(m_dueSoon);
    filters->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(index, &CaseIndex::loadingStarted, this, [this] { m_count->setText(tr("正在计算案件状态…")); });
    connect(index, &CaseIndex::reset, this, [this] {
        refreshYears();
        updateCount();
    });
    connect(index, &CaseIndex::caseChanged, this, [this] { updateCount(); });
    updateCount();
}

void CasesPage::setMayCreateCases(bool may, const QString& role)
{
    m_newCase->setEnabled(may);
    m_newCase->setToolTip(may ? tr("新建案件（Ctrl+N）") : tr("您的角色（%1）不能新建案件。").arg(role));
}

void CasesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString CasesPage::currentCaseId() const
{
    return m_table->currentIndex().data(CaseListModel::CaseIdRole).toString();
}

void CasesPage::updateCount()
{
    if (m_index->isLoading())
        return;
    m_count->setText(tr("共 %1 件，显示 %2 件").arg(m_model->rowCount()).arg(m_proxy->rowCount()));
}

void CasesPage::refreshYears()
{
    const int current = m_year->currentData().toInt();
    QSet<int> years;
    for (const CaseSummary& c : m_index->cases())
        if (c.year > 0)
            years.insert(c.year);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_year->addItem(tr("全部年度"), 0);
    for (int year : sorted)
        m_year->addItem(tr("%1年").arg(year), year);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
}

// The column layout (order, sort, and the widths if the user set them) is remembered; settings
// never hold case data.
void CasesPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("caseList/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("caseList/userWidths"), m_columns->userAdjusted());
}

void CasesPage::restoreLayout()
{
    QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("caseList/header")).toByteArray();
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state)) {
        m_columns->setUserAdjusted(settings.value(QStringLiteral("caseList/userWidths")).toBool());
        m_columns->fitColumns();
    }
}

} // namespace casetrack
