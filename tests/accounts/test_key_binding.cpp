// Accounts bound to their key slots (issue 9): a slot under another name, for an account the
// database does not know or has deactivated, or made by an insider with the database key, does
// not open the database (exit 3) and the attempt is counted; throttling lives in the key file
// and holds against parallel attempts and deleted files; a damaged slot says so (exit 6).
#include "KeyFileEdit.h"
#include "TestSupport.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeySlotCrypto.h"
#include "crypto/RecoveryKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace casetrack;
using namespace casetrack::test;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QProcess* startCli(const QString& db, const QString& user, const QString& password, const QStringList& args,
                   const QString& newPassword = {})
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASETRACK_PASSWORD"), password);
    env.insert(QStringLiteral("CASETRACK_NEW_PASSWORD"),
               newPassword.isEmpty() ? QStringLiteral("x") : newPassword);
    process->setProcessEnvironment(env);
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--json")};
    if (!user.isEmpty())
        all += {QStringLiteral("--user"), user};
    process->start(QStringLiteral(CASETRACK_CLI_PATH), all + args);
    process->closeWriteChannel();
    return process;
}

Run cli(const QString& db, const QString& user, const QString& password, const QStringList& args,
        const QString& newPassword = {})
{
    std::unique_ptr<QProcess> process(startCli(db, user, password, args, newPassword));
    process->waitForFinished(60000);
    return {process->exitCode(), process->readAllStandardOutput(), process->readAllStandardError()};
}

const QString kAdminPw = QStringLiteral("admin-pw-violet-kettle");
const QString kAuditorPw = QStringLiteral("auditor-pw-violet-kettle");

} // namespace

class TestKeyBinding : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A database made by the CLI with an administrator and an auditor; returns its path.
    QString makeDatabase(QString* recoveryKey = nullptr)
    {
        const QString db = m_dir.filePath(QStringLiteral("db%1.db").arg(++m_count));
        const Run init = cli(db, {}, kAdminPw,
                             {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--kdf"), QStringLiteral("fast")});
        if (init.code != 0)
            return {};
        if (recoveryKey)
            *recoveryKey =
                QJsonDocument::fromJson(init.out).object().value(QStringLiteral("recovery_key")).toString();
        const Run add = cli(db, QStringLiteral("admin"), kAdminPw,
                            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("auditor"),
                             QStringLiteral("--role"), QStringLiteral("auditor")},
                            kAuditorPw);
        return add.code == 0 ? db : QString();
    }

    static QStringList accountNamesWithRecovery(const QString& db, const QString& recoveryKey)
    {
        auto session = Session::openWithRecoveryKey(db, recoveryKey);
        QStringList names;
        if (session.ok()) {
            for (const Account& account : session.value()->accounts())
                names.append(account.name);
        }
        return names;
    }

    static int failuresOf(const QString& db, const QString& user)
    {
        return slotOf(readKeyFile(db), user).value(QStringLiteral("failures")).toInt();
    }

private slots:
    void auditorSlotUnderAdminNameIsRefused()
    {
        // The reproduction of the issue: copy the auditor's slot under the name admin.
        QString recovery;
        const QString db = makeDatabase(&recovery);
        QVERIFY(!db.isEmpty());
        QJsonObject forged = slotOf(readKeyFile(db), QStringLiteral("auditor"));
        forged.insert(QStringLiteral("user"), QStringLiteral("admin"));
        writeKeyFile(db, withSlot(readKeyFile(db), forged));

        const Run run = cli(db, QStringLiteral("admin"), kAuditorPw,
                            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mallory"),
                             QStringLiteral("--role"), QStringLiteral("administrator")});
        QCOMPARE(run.code, 3);
        QVERIFY(!accountNamesWithRecovery(db, recovery).contains(QStringLiteral("mallory")));
        QCOMPARE(failuresOf(db, QStringLiteral("admin")), 1); // the attempt is recorded
    }

    void insiderMadeSlotIsRefused()
    {
        // An insider who knows the database key wraps it under their own password with a valid
        // AEAD for the name admin: the database's verifier and admin's signing key do not match.
        QString recovery;
        const QString db = makeDatabase(&recovery);
        QVERIFY(!db.isEmpty());
        const QJsonObject keys = readKeyFile(db);
        const QString adminId =
            slotOf(keys, QStringLiteral("admin")).value(QStringLiteral("account_id")).toString();
        const SecureBytes key = parseRecoveryKey(recovery);
        const KeySlot forged =
            wrapSlot(keys.value(QStringLiteral("database_id")).toString(), QStringLiteral("admin"), adminId,
                     key, newSigningSecret(), kAuditorPw, newKdfParams(KdfProfile::Fast));
        Result<KeyFile> loaded = KeyFile::load(db);
        QVERIFY(loaded.ok());
        loaded->putSlot(forged);
        QVERIFY(!loaded->save(db).isError());

        const Run run =
            cli(db, QStringLiteral("admin"), kAuditorPw, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains("admin"));
        QCOMPARE(failuresOf(db, QStringLiteral("admin")), 1);

        // The same for a name the database does not know at all.
        loaded->putSlot(wrapSlot(keys.value(QStringLiteral("database_id")).toString(),
                                 QStringLiteral("ghost"), adminId, key, newSigningSecret(), kAuditorPw,
                                 newKdfParams(KdfProfile::Fast)));
        QVERIFY(!loaded->save(db).isError());
        QCOMPARE(
            cli(db, QStringLiteral("ghost"), kAuditorPw, {QStringLiteral("user"), QStringLiteral("list")})
                .code,
            3);
    }

    void deactivatedAccountIsRefused()
    {
        const QString db = makeDatabase();
        QVERIFY(!db.isEmpty());
        {
            auto admin = Session::open(db, QStringLiteral("admin"), kAdminPw);
            QVERIFY(admin.ok());
            QVERIFY(!admin.value()->setAccountActive(QStringLiteral("auditor"), false).isError());
        }
        const Run run =
            cli(db, QStringLiteral("auditor"), kAuditorPw, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(run.code, 3);
        QCOMPARE(failuresOf(db, QStringLiteral("auditor")), 1);
    }

    void keyFileCarriesNoRole()
    {
        const QString db = makeDatabase();
        QVERIFY(!db.isEmpty());
        const QByteArray text = QJsonDocument(readKeyFile(db)).toJson();
        QVERIFY(!text.contains("role"));
        QVERIFY(!text.contains("administrator"));
    }

    void parallelWrongPasswordsAreAllCounted()
    {
        const QString db = makeDatabase();
        QVERIFY(!db.isEmpty());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 30; ++i)
            processes.emplace_back(startCli(db, QStringLiteral("auditor"), QStringLiteral("wrong-%1").arg(i),
                                            {QStringLiteral("user"), QStringLiteral("list")}));
        int lockedOut = 0;
        for (auto& process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 3);
            if (process->readAllStandardError().contains("锁定"))
                ++lockedOut;
        }
        // Tried one at a time: exactly five were tried and counted, every other was turned away.
        const QJsonObject slot = slotOf(readKeyFile(db), QStringLiteral("auditor"));
        QCOMPARE(slot.value(QStringLiteral("failures")).toInt(), 5);
        QCOMPARE(slot.value(QStringLiteral("failures_total")).toString(), QStringLiteral("5"));
        QCOMPARE(lockedOut, 25);
        // The right password waits too, and deleting the old counter file changes nothing.
        QFile::remove(db + QStringLiteral(".attempts"));
        QCOMPARE(
            cli(db, QStringLiteral("auditor"), kAuditorPw, {QStringLiteral("user"), QStringLiteral("list")})
                .code,
            3);
        // Other accounts are not locked.
        QCOMPARE(
            cli(db, QStringLiteral("admin"), kAdminPw, {QStringLiteral("user"), QStringLiteral("list")}).code,
            0);
    }

    void failedUnlocksReachTheTrailAndResetsAreNoticed()
    {
        const QString db = makeDatabase();
        QVERIFY(!db.isEmpty());
        const QStringList list{QStringLiteral("user"), QStringLiteral("list")};
        for (int i = 0; i < 2; ++i)
            QCOMPARE(cli(db, QStringLiteral("auditor"), QStringLiteral("wrong"), list).code, 3);
        auto lastAction = [&]() {
            auto admin = Session::open(db, QStringLiteral("admin"), kAdminPw, Session::Access::ReadOnly);
            return admin.ok() ? admin.value()->auditRecords().last() : AuditRecord();
        };
        QVERIFY(Session::open(db, QStringLiteral("auditor"), kAuditorPw).ok());
        AuditRecord noted = lastAction();
        QCOMPARE(noted.action, QStringLiteral("account.failed_unlocks"));
        QCOMPARE(noted.target, QStringLiteral("auditor"));
        QCOMPARE(noted.after.toObject().value(QStringLiteral("failures_total")).toInteger(), 2);

        // Another failure, then the counter is deleted from the key file by hand.
        QCOMPARE(cli(db, QStringLiteral("auditor"), QStringLiteral("wrong"), list).code, 3);
        QJsonObject slot = slotOf(readKeyFile(db), QStringLiteral("auditor"));
        for (const char* key : {"failures", "failures_total", "last_failure"})
            slot.remove(QLatin1String(key));
        writeKeyFile(db, withSlot(readKeyFile(db), slot));
        QVERIFY(Session::open(db, QStringLiteral("auditor"), kAuditorPw).ok());
        noted = lastAction();
        QCOMPARE(noted.action, QStringLiteral("account.failure_counter_reset"));
        const Run verified =
            cli(db, QStringLiteral("admin"), kAdminPw, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.code == 0, verified.err.constData());
    }

    void flippedBitInSlotSaysDamaged()
    {
        const QString db = makeDatabase();
        QVERIFY(!db.isEmpty());
        QJsonObject slot = slotOf(readKeyFile(db), QStringLiteral("auditor"));
        QByteArray wrapped =
            QByteArray::fromBase64(slot.value(QStringLiteral("wrapped")).toString().toLatin1());
        wrapped[7] = static_cast<char>(wrapped[7] ^ 0x04);
        slot.insert(QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64()));
        writeKeyFile(db, withSlot(readKeyFile(db), slot));
        for (int i = 0; i < 7; ++i) {
            const Run run = cli(db, QStringLiteral("auditor"), kAuditorPw,
                                {QStringLiteral("user"), QStringLiteral("list")});
            QCOMPARE(run.code, 6);
            QVERIFY2(run.err.contains("损坏"), run.err.constData());
        }
        QCOMPARE(failuresOf(db, QStringLiteral("auditor")), 0); // never counted as a wrong password
        QCOMPARE(
            cli(db, QStringLiteral("admin"), kAdminPw, {QStringLiteral("user"), QStringLiteral("list")}).code,
            0);
    }
};

QTEST_MAIN(TestKeyBinding)
#include "test_key_binding.moc"
