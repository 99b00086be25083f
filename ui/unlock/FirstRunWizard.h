#pragma once

#include "crypto/KdfParams.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casetrack {

class PasswordField;
class Session;

// The first run: where the database lives, the administrator and their password (twice, with a
// strength hint), then the recovery sheet, then (optionally) one's own organs for the documents.
// The database is created when the password page is committed (no way back from there), so that
// the recovery page can show the real recovery key and the organs page can register organs.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        LocationPage,
        AdminPage,
        RecoveryPage,
        OrgansPage // one's own Party group and stationed body; optional, registered on Finish
    };

    explicit FirstRunWizard(const QString& suggestedPath, KdfProfile profile, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // The unlocked session, once the database exists (after the password page).
    std::unique_ptr<Session> takeSession();
    Session* session() const { return m_session.get(); }
    QString databasePath() const;
    QString recoveryKey() const { return m_recoveryKey; }

private:
    friend class WizardAdminPage;
    bool createDatabase(QString* message);

    KdfProfile m_profile;
    std::unique_ptr<Session> m_session;
    QString m_recoveryKey;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_admin = nullptr;
    PasswordField* m_password = nullptr;
    PasswordField* m_repeat = nullptr;
    QPlainTextEdit* m_keyView = nullptr;
};

} // namespace casetrack
