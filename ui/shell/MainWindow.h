#pragma once

#include <QMainWindow>
#include <QSet>

#include <utility>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace casetrack {

class AuditPage;
class CalendarPage;
class CaseIndex;
class CasesPage;
class CaseView;
class DeadlinesPage;
class HomePage;
class Session;
class SettingsPage;
class StatisticsPage;
class UsersPage;

// The shell: navigation on the left (首页, 案件, 期限, 统计, 节假日, 审计, 用户, 设置), the pages on the right,
// menus, and a status bar naming the database and the user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Home, // 首页, the first page after unlock
        Cases,
        Deadlines,
        Statistics,
        Calendar,
        Audit,
        Users,
        Settings,
        CaseDetail
    };

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    void openCase(const QString& caseId);
    void newCase();
    void recordNextStep();

    void saveLayout();
    void restoreLayout();
    // After unlock: what is overdue or due soon (once the case states are derived).
    void showUnlockSummary();

    CaseIndex* caseIndex() const { return m_index; }
    HomePage* homePage() const { return m_home; }
    CasesPage* casesPage() const { return m_cases; }
    CaseView* caseView() const { return m_caseView; }
    DeadlinesPage* deadlinesPage() const { return m_deadlines; }
    CalendarPage* calendarPage() const { return m_calendar; }
    AuditPage* auditPage() const { return m_audit; }
    UsersPage* usersPage() const { return m_users; }
    SettingsPage* settingsPage() const { return m_settings; }
    StatisticsPage* statisticsPage() const { return m_statistics; }
    QString lastSummary() const { return m_lastSummary; }

signals:
    void lockRequested();
    void idleMinutesChanged(int minutes);
    void closing();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void notifyDueSoon();
    void updateDeadlineCounts();
    std::pair<int, int> deadlineCounts() const; // overdue, due soon

    Session& m_session;
    CaseIndex* m_index;
    HomePage* m_home;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    CasesPage* m_cases;
    CaseView* m_caseView;
    DeadlinesPage* m_deadlines;
    CalendarPage* m_calendar;
    AuditPage* m_audit = nullptr;
    UsersPage* m_users = nullptr;
    SettingsPage* m_settings;
    StatisticsPage* m_statistics;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_summaryPending = false;
    bool m_primed = false; // the first load's due-soon deadlines go into the unlock summary, not the tray
    QString m_lastSummary;
    QLabel* m_deadlineCounts = nullptr;
    QSet<QString> m_notified; // deadlines already announced by the tray, "case|label|due"
};

} // namespace casetrack
