#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace casetrack {

class AuditModel;
class Session;

// The audit trail (administrators and auditors): browse, filter, verify the hash chain.
// Records cannot be edited or deleted from here, or from anywhere in the app.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Session& session, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    void verify();
    QString verifyResult() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    Session& m_session;
    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_result;
};

} // namespace casetrack
