// The password policy (core/accounts/PasswordPolicy, zxcvbn) and the service layer's refusal of
// a weak password wherever one is set: the first administrator, a new account, a change, a reset.
#include "TestSupport.h"
#include "accounts/PasswordPolicy.h"
#include "services/Session.h"

#include <QtTest>

using namespace casetrack;
using casetrack::test::TestDatabase;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("CASETRACK_ALLOW_TEST_KDF", "1"); }

    void weakPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        for (const char* weak :
             {"12345678", "password1", "qwertyuiop", "aaaaaaaaaaaa", "abcdefgh1", "19720514"})
            QTest::newRow(weak) << QString::fromLatin1(weak);
    }

    void weakPasswordsAreRefused()
    {
        QFETCH(QString, password);
        const PasswordAssessment assessed = assessPassword(password);
        QVERIFY2(!assessed.acceptable, qPrintable(password));
        QVERIFY(assessed.score < kMinimumPasswordScore);
        QVERIFY(!assessed.reason.isEmpty());
    }

    void reasonNamesThePattern_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("named");
        QTest::newRow("common") << QStringLiteral("12345678") << QStringLiteral("常用密码");
        QTest::newRow("sequence") << QStringLiteral("lmnopqrstu") << QStringLiteral("连续");
        QTest::newRow("keyboard") << QStringLiteral("asdfghjkl;") << QStringLiteral("键盘");
    }

    void reasonNamesThePattern()
    {
        QFETCH(QString, password);
        QFETCH(QString, named);
        const QString reason = assessPassword(password).reason;
        QVERIFY2(reason.contains(named), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("容易被猜到")));
    }

    void strongPasswordsAreAccepted_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("phrase") << QStringLiteral("correct horse battery");
        QTest::newRow("random") << QStringLiteral("kx9-Vw2q-Pm7");
        QTest::newRow("chinese") << QStringLiteral("春眠不觉晓处处闻啼鸟");
    }

    void strongPasswordsAreAccepted()
    {
        QFETCH(QString, password);
        const PasswordAssessment assessed = assessPassword(password);
        QVERIFY2(assessed.acceptable, qPrintable(assessed.reason));
        QVERIFY(assessed.score >= kMinimumPasswordScore);
        QVERIFY(assessed.reason.isEmpty());
    }

    // The user's own name makes a password guessable.
    void userNameCounts()
    {
        const QString password = QStringLiteral("zhangwei-zhangwei");
        QVERIFY(assessPassword(password).score >
                assessPassword(password, {QStringLiteral("zhangwei")}).score);
    }

    void serviceLayerRefusesWeakPasswords()
    {
        TestDatabase db;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        // The first administrator.
        auto created = Session::create(path, QStringLiteral("admin"), QStringLiteral("12345678"),
                                       KdfProfile::Fast, nullptr);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::Invalid);
        QVERIFY(created.error().message.contains(QStringLiteral("容易被猜到")));
        QVERIFY(!QFile::exists(path)); // refused before anything was written

        Session* session = db.session.get();
        QVERIFY(session);
        const int before = session->accounts().size();
        // A new account, a reset and a change: each refused, nothing changed.
        Error added =
            session->addAccount(QStringLiteral("officer"), Role::CaseOfficer, QStringLiteral("12345678"));
        QCOMPARE(added.code, ErrorCode::Invalid);
        QCOMPARE(session->accounts().size(), before);
        QCOMPARE(
            session->resetPassword(QString::fromLatin1(TestDatabase::kAdmin), QStringLiteral("password1"))
                .code,
            ErrorCode::Invalid);
        QCOMPARE(
            session
                ->changeOwnPassword(QString::fromLatin1(TestDatabase::kPassword), QStringLiteral("qwerty123"))
                .code,
            ErrorCode::Invalid);
        // The old password still opens the database.
        QVERIFY(db.reopen());
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "test_password_policy.moc"
