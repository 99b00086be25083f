#include "home/HomePage.h"

#include "cases/CaseIndex.h"
#include "common/ArticleText.h"
#include "common/DisplayDate.h"
#include "common/ElidedToolTips.h"
#include "home/HomeFigures.h"
#include "procedure/CaseState.h"
#include "procedure/StepTable.h"
#include "services/Session.h"

#include <QColor>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace casetrack {

namespace {

QString stepName(const QString& stepId)
{
    const StepDefinition* def = findStep(stepId);
    return def ? def->name() : stepId;
}

QStandardItem* cell(const QString& text, const QString& caseId)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(caseId, HomePage::CaseIdRole);
    return item;
}

// A list with nothing in it says so in one row that opens nothing.
void addEmptyRow(QStandardItemModel* model, const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    model->appendRow(item);
}

} // namespace

HomePage::HomePage(CaseIndex* index, Role role, QWidget* parent)
    : QWidget(parent), m_index(index), m_role(role)
{
    setObjectName(QStringLiteral("homePage"));
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("homeHeadline"));
    m_headline->setWordWrap(true);

    m_deadlines = new QStandardItemModel(this);
    m_deadlinesView = makeList(QStringLiteral("homeDeadlines"), tr("需要关注的期限"), m_deadlines,
                               {tr("到期日"), tr("状态"), tr("姓名"), tr("期限")}, 3);
    m_waiting = new QStandardItemModel(this);
    m_waitingView = makeList(QStringLiteral("homeWaiting"), tr("等待我的角色办理的案件"), m_waiting,
                             {tr("案件编号"), tr("姓名"), tr("下一步")}, 2);
    m_recent = new QStandardItemModel(this);
    m_recentView = makeList(QStringLiteral("homeRecent"), tr("最近记录的步骤"), m_recent,
                            {tr("记录时间"), tr("姓名"), tr("步骤"), tr("记录人")}, 2);

    auto group = [](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title);
        (new QVBoxLayout(box))->addWidget(content);
        return box;
    };
    m_deadlinesTitle = new QLabel;
    m_deadlinesTitle->setWordWrap(true);
    auto* deadlinesContent = new QWidget;
    auto* deadlinesLayout = new QVBoxLayout(deadlinesContent);
    deadlinesLayout->setContentsMargins(0, 0, 0, 0);
    deadlinesLayout->addWidget(m_deadlinesTitle);
    deadlinesLayout->addWidget(m_deadlinesView, 1);

    m_stagesBox = new QWidget;
    m_stagesBox->setObjectName(QStringLiteral("homeStages"));
    m_stagesBox->setAccessibleName(tr("各阶段案件数"));
    m_stagesGrid = new QGridLayout(m_stagesBox);
    m_stagesGrid->setContentsMargins(0, 0, 0, 0);

    auto* grid = new QGridLayout;
    grid->addWidget(group(tr("超期和即将到期的期限"), deadlinesContent), 0, 0);
    grid->addWidget(group(tr("等待%1办理的案件").arg(roleDisplayName(role)), m_waitingView), 0, 1);
    grid->addWidget(group(tr("各阶段案件数"), m_stagesBox), 1, 0, Qt::AlignTop);
    grid->addWidget(group(tr("最近记录的步骤"), m_recentView), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(grid, 1);

    connect(index, &CaseIndex::changed, this, &HomePage::refresh);
    refresh();
}

QTreeView* HomePage::makeList(const QString& objectName, const QString& accessibleName,
                              QStandardItemModel* model, const QStringList& columns, int textColumn)
{
    model->setHorizontalHeaderLabels(columns);
    auto* view = new QTreeView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Dates, names and numbers whole; the step or deadline name takes the rest and is elided
    // (whole in its tooltip), so no list scrolls sideways at 1024 px.
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(textColumn, QHeaderView::Stretch);
    new ElidedToolTips(view);
    connect(view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.siblingAtColumn(0).data(CaseIdRole).toString();
        if (!id.isEmpty())
            emit openCaseRequested(id);
    });
    return view;
}

void HomePage::refresh()
{
    if (m_index->isLoading())
        return; // the index signals `changed` once every row is in
    fillDeadlines();
    fillWaiting();
    fillStages();
    fillRecent();
    m_cases = int(m_index->cases().size());
    int open = 0;
    for (const CaseSummary& c : m_index->cases())
        open += c.closed ? 0 : 1;
    const QDate asOf = m_index->asOf().isValid() ? m_index->asOf() : QDate::currentDate();
    m_headline->setText(tr("今天是%1。超期 %2 项，即将到期 %3 项；共 %4 件案件，其中 %5 件未结案。")
                            .arg(displayDate(asOf))
                            .arg(m_overdue)
                            .arg(m_dueSoon)
                            .arg(m_cases)
                            .arg(open));
}

void HomePage::fillDeadlines()
{
    m_deadlines->setRowCount(0);
    const QList<DeadlineEntry>& deadlines = m_index->deadlines();
    const AttentionDeadlines attention = attentionDeadlines(deadlines, ListLimit);
    m_overdue = attention.overdue;
    m_dueSoon = attention.dueSoon;
    for (int position : attention.first) {
        const DeadlineEntry& d = deadlines[position];
        const bool overdue = d.status == DeadlineStatus::Overdue;
        QList<QStandardItem*> row{cell(displayDate(d.due), d.caseId),
                                  cell(overdue ? tr("已超期") : tr("即将到期"), d.caseId),
                                  cell(d.name, d.caseId), cell(localizeArticles(d.labelText()), d.caseId)};
        const QString tip =
            QStringLiteral("%1 %2\n%3").arg(d.caseNumber, d.name, localizeArticles(d.explainText()));
        for (QStandardItem* item : row) {
            item->setToolTip(tip);
            if (overdue)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
        m_deadlines->appendRow(row);
    }
    const int total = m_overdue + m_dueSoon;
    if (total == 0)
        addEmptyRow(m_deadlines, tr("没有超期或即将到期的期限。"));
    else if (total > ListLimit)
        addEmptyRow(m_deadlines, tr("另有 %1 项未列出，见“期限”页。").arg(total - ListLimit));
    const int warningDays = m_index->session().engineSettings().warningDays;
    m_deadlinesTitle->setText(
        tr("已超期的，以及 %1 天内到期的（天数见“设置”）。按回车或双击打开案件。").arg(warningDays));
}

void HomePage::fillWaiting()
{
    m_waiting->setRowCount(0);
    const QList<CaseSummary>& cases = m_index->cases();
    const WaitingCases waiting = casesWaitingFor(m_role, cases, ListLimit);
    for (int row : waiting.first) {
        const CaseSummary& c = cases[row];
        m_waiting->appendRow({cell(c.number, c.id), cell(c.name, c.id), cell(stepName(c.nextStep), c.id)});
    }
    if (waiting.total == 0)
        addEmptyRow(m_waiting, tr("没有等待您的角色办理的案件。"));
    else if (waiting.total > ListLimit)
        addEmptyRow(m_waiting, tr("另有 %1 件未列出。").arg(waiting.total - ListLimit));
}

void HomePage::fillStages()
{
    while (QLayoutItem* item = m_stagesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<StageCount> counts = stageCounts(m_index->cases());
    int row = 0;
    for (const StageCount& s : counts) {
        auto* name = new QLabel(stageDisplayName(s.stage));
        auto* count = new QLabel(QString::number(s.count));
        count->setObjectName(QStringLiteral("stageCount_") + s.stage);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Two columns of stage/count pairs keep the box short.
        const int column = (row % 2) * 3;
        m_stagesGrid->addWidget(name, row / 2, column);
        m_stagesGrid->addWidget(count, row / 2, column + 1);
        ++row;
    }
    if (counts.isEmpty())
        m_stagesGrid->addWidget(new QLabel(tr("还没有案件。")), 0, 0);
    m_stagesGrid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(QStringLiteral("党党")));
    m_stagesGrid->setColumnStretch(5, 1);
}

void HomePage::fillRecent()
{
    m_recent->setRowCount(0);
    const QList<RecentEvent> recent = m_index->session().recentEvents(RecentCount);
    // Only the few cases named: one pass over the rows, no index of all of them.
    QHash<QString, const CaseSummary*> byId;
    for (const RecentEvent& e : recent)
        byId.insert(e.caseId, nullptr);
    for (const CaseSummary& c : m_index->cases()) {
        if (auto it = byId.find(c.id); it != byId.end())
            *it = &c;
    }
    for (const RecentEvent& e : recent) {
        const CaseSummary* c = byId.value(e.caseId);
        // Today's steps by their time alone: the column stays short.
        const QString time = e.recordedAt.time().toString(QStringLiteral("HH:mm"));
        const QString when = e.recordedAt.date() == QDate::currentDate()
                                 ? time
                                 : QStringLiteral("%1 %2").arg(displayDate(e.recordedAt.date()), time);
        QList<QStandardItem*> row{cell(when, e.caseId), cell(c ? c->name : e.caseId, e.caseId),
                                  cell(stepName(e.step), e.caseId), cell(e.recordedBy, e.caseId)};
        const QString tip = tr("%1 %2：%3（%4）")
                                .arg(c ? c->number : e.caseId, c ? c->name : QString(), stepName(e.step),
                                     displayDate(e.date));
        for (QStandardItem* item : row)
            item->setToolTip(tip);
        m_recent->appendRow(row);
    }
    if (recent.isEmpty())
        addEmptyRow(m_recent, tr("还没有记录的步骤。"));
}

} // namespace casetrack
