#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace casetrack {

class CaseIndex;
class DeadlinesModel;

// The deadlines dashboard: every open deadline across cases, grouped overdue / due soon /
// later. Double-click (or Enter) opens the case.
class DeadlinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinesPage(CaseIndex* index, QWidget* parent = nullptr);

    DeadlinesModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void setSummary(const QString& text);

signals:
    void openCaseRequested(const QString& caseId);

private:
    DeadlinesModel* m_model;
    QTreeView* m_view;
    QLabel* m_summary;
};

} // namespace casetrack
