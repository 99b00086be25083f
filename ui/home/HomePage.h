#pragma once

#include "accounts/Role.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace casetrack {

class CaseIndex;

// 首页, the first page after unlock: what needs attention today. Overdue and due-soon
// deadlines, the cases waiting for a step the user's role records, how many cases stand at
// each stage, and the latest recorded steps. Every figure comes from the case index (the
// stored summaries, no history) and is recomputed on its one change signal, like the status
// bar's counts; the recent steps are read from the events table's newest rows.
// Enter or a double click on a row opens its case.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    // How many recent steps are listed.
    static constexpr int RecentCount = 10;
    // The deadline and waiting lists show at most this many rows (with 100,000 cases an
    // administrator has every open case waiting); a last row says how many more there are.
    static constexpr int ListLimit = 100;
    // The case id of a row, in every list of the page.
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    HomePage(CaseIndex* index, Role role, QWidget* parent = nullptr);

    void refresh();

    QTreeView* deadlinesView() const { return m_deadlinesView; }
    QTreeView* waitingView() const { return m_waitingView; }
    QTreeView* recentView() const { return m_recentView; }
    // The figures as shown: overdue deadlines, due soon, open cases waiting, all cases.
    int overdueCount() const { return m_overdue; }
    int dueSoonCount() const { return m_dueSoon; }
    int caseCount() const { return m_cases; }

signals:
    void openCaseRequested(const QString& caseId);

private:
    // `textColumn` takes the width left (and elides); the others fit their content.
    QTreeView* makeList(const QString& objectName, const QString& accessibleName, QStandardItemModel* model,
                        const QStringList& columns, int textColumn);
    void fillDeadlines();
    void fillWaiting();
    void fillStages();
    void fillRecent();

    CaseIndex* m_index;
    Role m_role;
    QLabel* m_headline;
    QLabel* m_deadlinesTitle;
    QStandardItemModel* m_deadlines;
    QTreeView* m_deadlinesView;
    QStandardItemModel* m_waiting;
    QTreeView* m_waitingView;
    QWidget* m_stagesBox;
    QGridLayout* m_stagesGrid;
    QStandardItemModel* m_recent;
    QTreeView* m_recentView;
    int m_overdue = 0;
    int m_dueSoon = 0;
    int m_cases = 0;
};

} // namespace casetrack
