// Accounts: each has its own password and key slot; adding users and changing or resetting
// passwords never re-encrypts the data; the recovery key; the role permissions.
#include "TestSupport.h"
#include "accounts/Permissions.h"
#include "crypto/KeyFile.h"
#include "storage/Database.h"

#include <QtTest>

using namespace casetrack;
using casetrack::test::TestDatabase;

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    static QString admin() { return QString::fromLatin1(TestDatabase::kAdmin); }
    static QString password() { return QString::fromLatin1(TestDatabase::kPassword); }

private slots:
    void addedUserUnlocksWithOwnPassword()
    {
        TestDatabase db;
        QVERIFY(!db.session
                     ->addAccount(QStringLiteral("张承办"), Role::CaseOfficer,
                                  QStringLiteral("officer-pw-violet-kettle"))
                     .isError());
        QCOMPARE(Session::accountNames(db.path), (QStringList{admin(), QStringLiteral("张承办")}));
        QVERIFY(!db.reopen(QStringLiteral("张承办"), password()));
        QVERIFY(db.reopen(QStringLiteral("张承办"), QStringLiteral("officer-pw-violet-kettle")));
        QCOMPARE(db.session->account().role, Role::CaseOfficer);
        // A case officer manages no users.
        const Error refused =
            db.session->addAccount(QStringLiteral("x"), Role::Auditor, QStringLiteral("pw-violet-kettle"));
        QCOMPARE(refused.code, ErrorCode::Refused);
    }

    void duplicateAndEmptyNamesAreInvalid()
    {
        TestDatabase db;
        QCOMPARE(db.session->addAccount(admin(), Role::Auditor, QStringLiteral("pw-violet-kettle")).code,
                 ErrorCode::Invalid);
        QCOMPARE(
            db.session->addAccount(QStringLiteral("  "), Role::Auditor, QStringLiteral("pw-violet-kettle"))
                .code,
            ErrorCode::Invalid);
        QCOMPARE(db.session->addAccount(QStringLiteral("a"), Role::Auditor, QString()).code,
                 ErrorCode::Invalid);
    }

    void passwordChangeDoesNotReEncrypt()
    {
        TestDatabase db;
        db.session.reset();
        const QByteArray saltBefore = test::readFile(db.path).left(16);
        QVERIFY(db.reopen());
        QCOMPARE(
            db.session->changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("new-pw-violet-kettle"))
                .code,
            ErrorCode::Auth);
        QVERIFY(!db.session->changeOwnPassword(password(), QStringLiteral("new-pw-violet-kettle")).isError());
        QVERIFY(!db.reopen(admin(), password()));
        QVERIFY(db.reopen(admin(), QStringLiteral("new-pw-violet-kettle")));
        db.session.reset();
        // Same SQLCipher salt and the same data key: the recovery key still opens the file.
        QCOMPARE(test::readFile(db.path).left(16), saltBefore);
        QVERIFY(Session::openWithRecoveryKey(db.path, db.recoveryKey).ok());
    }

    void adminResetsAnotherPassword()
    {
        TestDatabase db;
        QVERIFY(!db.session
                     ->addAccount(QStringLiteral("office"), Role::PartyGroupOffice,
                                  QStringLiteral("old-violet-kettle"))
                     .isError());
        QVERIFY(!db.session->resetPassword(QStringLiteral("office"), QStringLiteral("fresh-violet-kettle"))
                     .isError());
        QCOMPARE(db.session->resetPassword(QStringLiteral("ghost"), QStringLiteral("x")).code,
                 ErrorCode::Invalid);
        QVERIFY(!db.reopen(QStringLiteral("office"), QStringLiteral("old-violet-kettle")));
        QVERIFY(db.reopen(QStringLiteral("office"), QStringLiteral("fresh-violet-kettle")));
    }

    void deactivatedAccountCannotUnlock()
    {
        TestDatabase db;
        QVERIFY(
            !db.session
                 ->addAccount(QStringLiteral("auditor"), Role::Auditor, QStringLiteral("pw-violet-kettle"))
                 .isError());
        QVERIFY(!db.session->setAccountActive(QStringLiteral("auditor"), false).isError());
        QCOMPARE(db.session->setAccountActive(admin(), false).code, ErrorCode::Refused); // self / last admin
        db.session.reset();
        auto opened = Session::open(db.path, QStringLiteral("auditor"), QStringLiteral("pw-violet-kettle"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Auth);
    }

    void recoveryKeyUnlocksAsAdministrator()
    {
        TestDatabase db;
        QVERIFY(!db.recoveryKey.isEmpty());
        QCOMPARE(db.recoveryKey.size(), 64 + 7); // eight groups of eight, dashed
        db.session.reset();
        auto recovered = Session::openWithRecoveryKey(
            db.path, db.recoveryKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY2(recovered.ok(), qPrintable(recovered.error().message));
        QCOMPARE(recovered.value()->account().role, Role::Administrator);
        QVERIFY(!recovered.value()
                     ->resetPassword(admin(), QStringLiteral("after-recovery-violet-kettle"))
                     .isError());
        recovered.value().reset();
        QVERIFY(db.reopen(admin(), QStringLiteral("after-recovery-violet-kettle")));
        db.session.reset();
        QString wrong = db.recoveryKey;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(Session::openWithRecoveryKey(db.path, wrong).error().code, ErrorCode::Auth);
    }

    void keyFileHoldsNoPlainKey()
    {
        TestDatabase db;
        const QByteArray keys = test::readFile(KeyFile::pathFor(db.path));
        QVERIFY(!keys.isEmpty());
        const QString compactKey = db.recoveryKey.remove(QLatin1Char('-'));
        QVERIFY(!keys.toLower().contains(compactKey.toLower().toLatin1()));
        QVERIFY(!keys.contains(QByteArray::fromHex(compactKey.toLatin1()).toBase64()));
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        const QList<Action> actions{Action::CreateCase,     Action::CorrectCaseFacts, Action::RecordStep,
                                    Action::ViewCases,      Action::ViewAudit,        Action::VerifyAudit,
                                    Action::ManageUsers,    Action::ChangeSettings,   Action::EditCalendar,
                                    Action::PrintDocuments, Action::ExportData,       Action::AttachMaterial,
                                    Action::RemoveMaterial};
        // Expected, row by role, in the order of `actions`.
        const QHash<Role, QList<bool>> expected{
            {Role::Administrator,
             {true, true, true, true, true, true, true, true, true, true, true, true, true}},
            {Role::CaseOfficer,
             {true, true, true, true, false, false, false, false, false, true, true, true, true}},
            {Role::Reviewer,
             {false, false, true, true, false, false, false, false, false, true, true, true, false}},
            {Role::PartyGroupOffice,
             {false, false, true, true, false, false, false, false, false, true, true, true, false}},
            {Role::GrassrootsCommission,
             {false, false, true, true, false, false, false, false, false, true, true, true, false}},
            {Role::Auditor,
             {false, false, false, true, true, true, false, false, false, true, true, false, false}},
        };
        for (Role role : allRoles()) {
            for (int i = 0; i < actions.size(); ++i)
                QTest::addRow("%s/%d", qPrintable(roleId(role)), i)
                    << role << actions[i] << expected[role][i];
        }
    }

    void permissionMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QCOMPARE(roleMay(role, action), allowed);
    }

    void roleIdsRoundTrip()
    {
        for (Role role : allRoles()) {
            Role back = Role::Auditor;
            QVERIFY(roleFromId(roleId(role), &back));
            QCOMPARE(back, role);
            QVERIFY(!roleDisplayName(role).isEmpty());
        }
        Role none;
        QVERIFY(!roleFromId(QStringLiteral("superuser"), &none));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
