#pragma once

#include "util/Error.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace casetrack {

class AccountDialog;

class Session;
class UsersModel;

// Administrators: add users, reset a password, deactivate or reactivate an account, re-encrypt
// the database. Passwords are per user (the core wraps the data key once per account); only
// "re-encrypt" changes the data key.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Session& session, QWidget* parent = nullptr);

    void reload();
    UsersModel* model() const { return m_model; }
    // 添加用户…: the dialog, open (window-modal); kept by the idle lock.
    AccountDialog* addUser();

private:
    QString selectedName() const;
    void resetPassword();
    void toggleActive();
    void report(const Error& error, const QString& done);

    Session& m_session;
    UsersModel* m_model;
    QTableView* m_view;
    QPushButton* m_toggle;
    QLabel* m_status;
};

} // namespace casetrack
