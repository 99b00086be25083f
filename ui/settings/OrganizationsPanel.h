#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casetrack {

class OrganizationDialog;
class Session;

// 发文和收文机构 (issue 11): the organs registered in the database, one row each (kind, full name,
// 发文机关标志, prefix, 印发机关, default), with 添加机构… and 编辑… for those who may change the
// settings. Cases name their organs from this list; documents are never issued by a placeholder.
class OrganizationsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit OrganizationsPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    // The dialogs the buttons open (window-modal, deleted on close); edit needs a selected row.
    OrganizationDialog* openAddDialog();
    OrganizationDialog* openEditDialog();

private:
    Session& m_session;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QLabel* m_status;
};

} // namespace casetrack
