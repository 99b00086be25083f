#pragma once

#include "procedure/Organization.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class Session;

// 添加机构 / 编辑机构: one organ that issues or receives documents — its kind, full name, 发文机关
// 标志, 发文字号 prefix, 印发机关, and whether it is the default of its kind. Saved through the
// service (audited); a refusal shows in the dialog and nothing closes.
class OrganizationDialog : public QDialog
{
    Q_OBJECT
public:
    // A new organ when `existing` has no id; else that organ, whose kind stays.
    OrganizationDialog(Session& session, const Organization& existing, QWidget* parent = nullptr);

    Organization organization() const;

signals:
    void saved();

private:
    void save();
    void update();

    Session& m_session;
    Organization m_existing;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QLineEdit* m_prefix;
    QLineEdit* m_printingOffice;
    QCheckBox* m_default;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace casetrack
