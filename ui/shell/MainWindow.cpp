#include "shell/MainWindow.h"

#include "audit/AuditPage.h"
#include "calendar/CalendarPage.h"
#include "case/CaseView.h"
#include "cases/CaseIndex.h"
#include "cases/CasesPage.h"
#include "cases/NewCaseDialog.h"
#include "common/ElidedLabel.h"
#include "common/Reopenable.h"
#include "deadlines/DeadlinesPage.h"
#include "home/HomePage.h"
#include "services/Session.h"
#include "settings/SettingsPage.h"
#include "shell/AboutDialog.h"
#include "statistics/StatisticsPage.h"
#include "users/ChangePasswordDialog.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace casetrack {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_index(new CaseIndex(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CaseTrack 党纪处分程序跟踪"));

    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("导航"));
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));

    m_home = new HomePage(m_index, session.account().role);
    m_cases = new CasesPage(m_index);
    m_cases->setMayCreateCases(session.mayDo(Action::CreateCase), roleDisplayName(session.account().role));
    m_caseView = new CaseView(session);
    m_deadlines = new DeadlinesPage(m_index);
    m_calendar = new CalendarPage(session);
    m_settings = new SettingsPage(session);
    m_statistics = new StatisticsPage(session);
    if (session.mayDo(Action::ViewAudit))
        m_audit = new AuditPage(session);
    if (session.mayDo(Action::ManageUsers))
        m_users = new UsersPage(session);

    // The list rows map to Page values through their data; absent pages have no row.
    auto addPage = [this](Page page, const QString& label, QWidget* widget) {
        m_stack->insertWidget(int(page), widget);
        if (page == CaseDetail)
            return;
        auto* item = new QListWidgetItem(label, m_nav);
        item->setData(Qt::UserRole, int(page));
    };
    addPage(Home, tr("首页"), m_home);
    addPage(Cases, tr("案件"), m_cases);
    addPage(Deadlines, tr("期限"), m_deadlines);
    addPage(Statistics, tr("统计"), m_statistics);
    addPage(Calendar, tr("节假日"), m_calendar);
    addPage(Audit, tr("审计"), m_audit ? static_cast<QWidget*>(m_audit) : new QWidget);
    addPage(Users, tr("用户"), m_users ? static_cast<QWidget*>(m_users) : new QWidget);
    addPage(Settings, tr("设置"), m_settings);
    addPage(CaseDetail, QString(), m_caseView);
    for (int row = m_nav->count() - 1; row >= 0; --row) {
        const Page page = Page(m_nav->item(row)->data(Qt::UserRole).toInt());
        if ((page == Audit && !m_audit) || (page == Users && !m_users))
            delete m_nav->takeItem(row);
    }
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) +
                         4 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) + 24);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(m_nav->item(row)->data(Qt::UserRole).toInt());
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* file = new ElidedLabel(tr("数据库：%1").arg(QDir::toNativeSeparators(session.path())));
    file->setObjectName(QStringLiteral("statusDatabase"));
    auto* user =
        new QLabel(tr("用户：%1（%2）").arg(session.account().name, roleDisplayName(session.account().role)));
    user->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(file, 1);
    if (session.usesTestKdf()) {
        auto* warning = new QLabel(tr("警告：测试用数据库（fast 密钥派生），不得存放真实案件"));
        warning->setObjectName(QStringLiteral("statusTestKdf"));
        warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        statusBar()->addWidget(warning);
    }
    // The deadline counts stay in view and follow every change (not a message that goes stale).
    m_deadlineCounts = new QLabel;
    m_deadlineCounts->setObjectName(QStringLiteral("statusDeadlines"));
    statusBar()->addPermanentWidget(m_deadlineCounts);
    statusBar()->addPermanentWidget(user);

    buildMenus();

    connect(m_home, &HomePage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_cases, &CasesPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_cases, &CasesPage::newCaseRequested, this, &MainWindow::newCase);
    connect(m_deadlines, &DeadlinesPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_caseView, &CaseView::caseChanged, m_index, &CaseIndex::updateCase);
    connect(m_caseView, &CaseView::backRequested, this, [this] { showPage(Cases); });
    connect(m_settings, &SettingsPage::idleMinutesChanged, this, &MainWindow::idleMinutesChanged);
    connect(m_settings, &SettingsPage::engineSettingsChanged, m_index, &CaseIndex::reload);
    connect(m_calendar, &CalendarPage::calendarChanged, m_index, &CaseIndex::reload);
    connect(m_index, &CaseIndex::reset, this, [this] {
        if (m_summaryPending) {
            m_summaryPending = false;
            showUnlockSummary();
        }
    });
    // The counts follow the index's one change signal, as the start page does.
    connect(m_index, &CaseIndex::changed, this, [this] {
        updateDeadlineCounts();
        notifyDueSoon();
    });
    connect(m_index, &CaseIndex::readFailed, this, [this](const QString& message) {
        QMessageBox::critical(this, tr("数据库无法完整读取"), message);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QStringLiteral("CaseTrack"));
        m_tray->show();
    }
    // Deadlines become due soon as days pass while the app runs: every hour the summaries are
    // read again and their statuses computed for the new date (no history is derived).
    auto* hourly = new QTimer(this);
    hourly->setInterval(60 * 60 * 1000);
    connect(hourly, &QTimer::timeout, m_index, &CaseIndex::reload);
    hourly->start();

    showPage(Home);
    m_index->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("文件(&F)"));
    QAction* lock = fileMenu->addAction(tr("立即锁定(&L)"), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    QAction* password = fileMenu->addAction(tr("修改我的密码(&P)…"), this, [this] {
        auto* dialog = new ChangePasswordDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { statusBar()->showMessage(tr("密码已修改。"), 5000); });
        dialog->open();
    });
    password->setObjectName(QStringLiteral("actionChangePassword"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("退出(&Q)"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* caseMenu = menuBar()->addMenu(tr("案件(&C)"));
    QAction* create = caseMenu->addAction(tr("新建案件(&N)…"), this, &MainWindow::newCase);
    create->setObjectName(QStringLiteral("actionNewCase"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    create->setEnabled(m_session.mayDo(Action::CreateCase));
    QAction* find = caseMenu->addAction(tr("查找案件(&F)"), this, [this] {
        showPage(Cases);
        m_cases->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction* record = caseMenu->addAction(tr("记录下一步骤(&R)…"), this, &MainWindow::recordNextStep);
    record->setObjectName(QStringLiteral("actionRecordNext"));
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction* reload = caseMenu->addAction(tr("重新计算(&U)"), m_index, &CaseIndex::reload);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* view = menuBar()->addMenu(tr("查看(&V)"));
    for (int row = 0; row < m_nav->count(); ++row) {
        QAction* go =
            view->addAction(m_nav->item(row)->text(), this, [this, row] { m_nav->setCurrentRow(row); });
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + row)));
    }

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    QAction* about = help->addAction(tr("关于 CaseTrack(&A)"), this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showPage(Page page)
{
    if (page == Audit && !m_audit)
        return;
    if (page == Users && !m_users)
        return;
    m_stack->setCurrentIndex(int(page));
    const QSignalBlocker block(m_nav);
    for (int row = 0; row < m_nav->count(); ++row) {
        const Page itemPage = Page(m_nav->item(row)->data(Qt::UserRole).toInt());
        if (itemPage == page || (page == CaseDetail && itemPage == Cases))
            m_nav->setCurrentRow(row);
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::openCase(const QString& caseId)
{
    if (caseId.isEmpty())
        return;
    m_caseView->showCase(caseId);
    showPage(CaseDetail);
}

void MainWindow::newCase()
{
    if (!m_session.mayDo(Action::CreateCase))
        return;
    auto* dialog = new NewCaseDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("new_case")}}); // kept by the idle lock
    connect(dialog, &NewCaseDialog::caseCreated, this, [this](const QString& id) {
        m_index->updateCase(id);
        openCase(id);
    });
    dialog->open();
}

void MainWindow::recordNextStep()
{
    if (currentPage() == Cases && !m_cases->currentCaseId().isEmpty())
        openCase(m_cases->currentCaseId());
    if (currentPage() == CaseDetail)
        m_caseView->recordNextStep();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_cases->saveLayout();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_cases->restoreLayout();
}

void MainWindow::showUnlockSummary()
{
    if (m_index->isLoading()) {
        m_summaryPending = true;
        return;
    }
    const auto [overdue, dueSoon] = deadlineCounts();
    if (overdue == 0 && dueSoon == 0) {
        m_lastSummary = tr("没有超期或即将到期的期限。");
        statusBar()->showMessage(m_lastSummary, 10000);
        return;
    }
    m_lastSummary = tr("%1 项期限已超期，%2 项即将到期。").arg(overdue).arg(dueSoon);
    // The start page, the first page after unlock, lists them; the deadlines page says it too.
    statusBar()->showMessage(m_lastSummary, 10000);
    m_deadlines->setSummary(m_lastSummary);
}

std::pair<int, int> MainWindow::deadlineCounts() const
{
    int overdue = 0, dueSoon = 0;
    for (const DeadlineEntry& d : m_index->deadlines()) {
        if (d.status == DeadlineStatus::Overdue)
            ++overdue;
        else if (d.status == DeadlineStatus::DueSoon)
            ++dueSoon;
    }
    return {overdue, dueSoon};
}

void MainWindow::updateDeadlineCounts()
{
    if (m_index->isLoading())
        return;
    const auto [overdue, dueSoon] = deadlineCounts();
    m_deadlineCounts->setText(tr("超期 %1 项 · 即将到期 %2 项").arg(overdue).arg(dueSoon));
    m_deadlineCounts->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                                : QString());
    // The deadlines page's headline says the same, never an older count.
    if (!m_lastSummary.isEmpty()) {
        m_lastSummary = tr("%1 项期限已超期，%2 项即将到期。").arg(overdue).arg(dueSoon);
        m_deadlines->setSummary(m_lastSummary);
    }
}

// A tray message when a deadline becomes due soon while the app runs (once per deadline).
void MainWindow::notifyDueSoon()
{
    QStringList fresh;
    for (const DeadlineEntry& d : m_index->deadlines()) {
        if (d.status != DeadlineStatus::DueSoon)
            continue;
        const QString key =
            d.caseId + QLatin1Char('|') + d.labelCode + QLatin1Char('|') + d.due.toString(Qt::ISODate);
        if (!m_notified.contains(key)) {
            m_notified.insert(key);
            fresh.append(tr("%1：%2").arg(d.name, d.labelText()));
        }
    }
    if (!m_primed) {
        m_primed = true;
        return;
    }
    if (fresh.isEmpty() || !m_tray)
        return;
    m_tray->showMessage(tr("期限即将到期"), fresh.mid(0, 5).join(QLatin1Char('\n')),
                        QSystemTrayIcon::Warning);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    emit closing();
    event->accept();
}

} // namespace casetrack
