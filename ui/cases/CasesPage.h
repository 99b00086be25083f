#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace casetrack {

class CaseFilterProxy;
class ColumnFitter;
class CaseIndex;
class CaseListModel;

// The case list with its search box and filters. Double-click or Enter opens a case.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(CaseIndex* index, QWidget* parent = nullptr);

    // The new-case button is off, with the reason as its tooltip, for a role that may not create.
    void setMayCreateCases(bool may, const QString& role);
    void focusSearch();
    QString currentCaseId() const;
    CaseFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    void saveLayout() const;
    void restoreLayout();

signals:
    void openCaseRequested(const QString& caseId);
    void newCaseRequested();

private:
    void updateCount();
    void refreshYears();

    CaseIndex* m_index;
    CaseListModel* m_model;
    CaseFilterProxy* m_proxy;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QComboBox* m_stage;
    QComboBox* m_track;
    QComboBox* m_year;
    QCheckBox* m_overdue;
    QCheckBox* m_dueSoon;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_newCase;
    ColumnFitter* m_columns;
};

} // namespace casetrack
