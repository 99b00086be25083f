// Revocation and re-keying (issue 9): after `user deactivate` (which re-keys) or `rekey`, the
// old key file, the old recovery key and the removed account's password open nothing; the other
// accounts take the new key over at their next unlock; the trail stays verifiable.
#include "KeyFileEdit.h"
#include "TestSupport.h"
#include "crypto/KeyFile.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

#include <algorithm>

using namespace casetrack;
using namespace casetrack::test;

namespace {

struct Run
{
    int code = -1;
    QJsonObject json;
    QByteArray err;
};

Run cli(const QString& db, const QString& user, const QString& password, const QStringList& args,
        const QString& newPassword = QStringLiteral("unused-violet-kettle"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASETRACK_PASSWORD"), password);
    env.insert(QStringLiteral("CASETRACK_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--json")};
    if (!user.isEmpty())
        all += {QStringLiteral("--user"), user};
    process.start(QStringLiteral(CASETRACK_CLI_PATH), all + args);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
            process.readAllStandardError()};
}

const QString kAdminPw = QStringLiteral("admin-pw-violet-kettle");
const QString kOfficerPw = QStringLiteral("officer-pw-violet-kettle");
const QString kAuditorPw = QStringLiteral("auditor-pw-violet-kettle");

// The files a re-key leaves when it stops after re-encrypting the database: the old key file
// still in place, the new one staged beside it as "<db>.rekey.keys".
bool leaveInterruptedRekey(const QString& databasePath, const QByteArray& oldKeys, const QByteArray& newKeys)
{
    const QString keys = KeyFile::pathFor(databasePath);
    QFile::remove(keys);
    QFile staged(KeyFile::pathFor(databasePath + QStringLiteral(".rekey")));
    QFile old(keys);
    return staged.open(QIODevice::WriteOnly) && staged.write(newKeys) == newKeys.size() &&
           old.open(QIODevice::WriteOnly) && old.write(oldKeys) == oldKeys.size();
}

} // namespace

class TestRekey : public QObject
{
    Q_OBJECT

private slots:
    void deactivationRekeysAndRevokes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.db"));
        const Run init = cli(db, {}, kAdminPw,
                             {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--kdf"), QStringLiteral("fast")});
        QCOMPARE(init.code, 0);
        const QString oldRecovery = init.json.value(QStringLiteral("recovery_key")).toString();
        QCOMPARE(cli(db, QStringLiteral("admin"), kAdminPw,
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("officer"),
                      QStringLiteral("--role"), QStringLiteral("case_officer")},
                     kOfficerPw)
                     .code,
                 0);
        QCOMPARE(cli(db, QStringLiteral("admin"), kAdminPw,
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("auditor"),
                      QStringLiteral("--role"), QStringLiteral("auditor")},
                     kAuditorPw)
                     .code,
                 0);
        QCOMPARE(cli(db, QStringLiteral("officer"), kOfficerPw,
                     {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral(
                          R"({"subject":{"name":"张三","unit":"某局"},"filing_body":"stationed_body"})")})
                     .code,
                 0);
        const QByteArray oldKeys = readFile(KeyFile::pathFor(db));

        const Run deactivate =
            cli(db, QStringLiteral("admin"), kAdminPw,
                {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("auditor")});
        QVERIFY2(deactivate.code == 0, deactivate.err.constData());
        const QString newRecovery = deactivate.json.value(QStringLiteral("recovery_key")).toString();
        QVERIFY(!newRecovery.isEmpty() && newRecovery != oldRecovery);
        QCOMPARE(deactivate.json.value(QStringLiteral("removed_slots")).toArray().first().toString(),
                 QStringLiteral("auditor"));

        // The old key and the old recovery key open nothing; the new one does.
        QVERIFY(!Database::open(db, parseRecoveryKey(oldRecovery), Database::Mode::ReadOnly).ok());
        QCOMPARE(Session::openWithRecoveryKey(db, oldRecovery).error().code, ErrorCode::Auth);
        QVERIFY(Database::open(db, parseRecoveryKey(newRecovery), Database::Mode::ReadOnly).ok());
        // The removed account is gone from the key file.
        QCOMPARE(
            cli(db, QStringLiteral("auditor"), kAuditorPw, {QStringLiteral("case"), QStringLiteral("list")})
                .code,
            3);

        // The officer takes the new key over at the next unlock, then no longer needs the seal.
        QVERIFY(!slotOf(readKeyFile(db), QStringLiteral("officer"))
                     .value(QStringLiteral("pending"))
                     .toString()
                     .isEmpty());
        QCOMPARE(cli(db, QStringLiteral("officer"), kOfficerPw,
                     {QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("officer-pw-2"))
                     .code,
                 0);
        QVERIFY(slotOf(readKeyFile(db), QStringLiteral("officer"))
                    .value(QStringLiteral("pending"))
                    .isUndefined());
        QCOMPARE(cli(db, QStringLiteral("officer"), QStringLiteral("officer-pw-2"),
                     {QStringLiteral("case"), QStringLiteral("list")})
                     .code,
                 0);
        const Run verified =
            cli(db, QStringLiteral("admin"), kAdminPw, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.code == 0, verified.err.constData());

        // The old key file, with every old password, opens nothing.
        QFile keys(KeyFile::pathFor(db));
        QVERIFY(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keys.write(oldKeys);
        keys.close();
        for (const auto& [user, password] :
             {std::pair{QStringLiteral("admin"), kAdminPw}, std::pair{QStringLiteral("officer"), kOfficerPw},
              std::pair{QStringLiteral("auditor"), kAuditorPw}}) {
            const Run old = cli(db, user, password, {QStringLiteral("case"), QStringLiteral("list")});
            QVERIFY2(old.code == 3 || old.code == 6, old.err.constData());
        }
    }

    void rekeyIsForAdministrators()
    {
        TestDatabase db;
        QVERIFY(!db.session->addAccount(QStringLiteral("officer"), Role::CaseOfficer, kOfficerPw).isError());
        QVERIFY(db.reopen(QStringLiteral("officer"), kOfficerPw));
        QCOMPARE(db.session->rekey(kOfficerPw).error().code, ErrorCode::Refused);
        QVERIFY(db.reopen());
        QCOMPARE(db.session->rekey(QStringLiteral("wrong")).error().code, ErrorCode::Auth);
        Result<QString> rekeyed = db.session->rekey(QString::fromLatin1(TestDatabase::kPassword));
        QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.error().message));
        QVERIFY(db.session->verifyAudit().intact);
        QVERIFY(db.reopen());
        QVERIFY(db.reopen(QStringLiteral("officer"), kOfficerPw));
        db.session.reset();
        QVERIFY(Session::openWithRecoveryKey(db.path, rekeyed.value()).ok());
        QCOMPARE(Session::openWithRecoveryKey(db.path, db.recoveryKey).error().code, ErrorCode::Auth);
    }

    // A re-key that stopped after re-encrypting the file and before its new key file was put in
    // place: unlocking says so and what to do, rather than calling the file damaged; done as said,
    // the database opens with everything in it.
    // A re-key that stopped after re-encrypting the file (the old key file still in place, the
    // new one beside it) is finished at the next unlock with a password of the new key file, and
    // recorded; a password the new key file does not know changes nothing and names the cause.
    void interruptedRekeyIsCompleted()
    {
        TestDatabase db;
        QVERIFY(!db.session->addAccount(QStringLiteral("officer"), Role::CaseOfficer, kOfficerPw).isError());
        const QString keys = KeyFile::pathFor(db.path);
        const QString staged = KeyFile::pathFor(db.path + QStringLiteral(".rekey"));
        const QByteArray oldKeys = readFile(keys);
        QVERIFY(db.session->rekey(QString::fromLatin1(TestDatabase::kPassword)).ok());
        const QByteArray newKeys = readFile(keys);
        const Result<KeyFile> rekeyed = KeyFile::load(db.path);
        QVERIFY(rekeyed.ok());
        db.session.reset();
        QVERIFY(leaveInterruptedRekey(db.path, oldKeys, newKeys));
        // A wrong password: refused as a wrong password, the files as they were.
        auto wrong =
            Session::open(db.path, QString::fromLatin1(TestDatabase::kAdmin), QStringLiteral("not-it"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Auth);
        QVERIFY(QFile::exists(staged));
        // The administrator's password: the re-key is finished and recorded.
        QVERIFY(db.reopen());
        QVERIFY(!QFile::exists(staged));
        // The new key file in place (its anchor and counters move with the unlock).
        const Result<KeyFile> inPlace = KeyFile::load(db.path);
        QVERIFY(inPlace.ok());
        QCOMPARE(inPlace->keyCheck, rekeyed->keyCheck);
        const QList<AuditRecord> records = db.session->auditRecords();
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const AuditRecord& r) {
            return r.action == QLatin1String("database.rekey_completed");
        }));
        QVERIFY(db.session->verifyAudit().intact);
        db.session.reset();
        // Another account finishes it too: its slot in the new key file holds the new key sealed
        // to its signing key.
        QVERIFY(leaveInterruptedRekey(db.path, oldKeys, newKeys));
        auto officer = Session::open(db.path, QStringLiteral("officer"), kOfficerPw);
        QVERIFY2(officer.ok(), qPrintable(officer.error().message));
        QVERIFY(!QFile::exists(staged));
    }

    // The new key file beside a database that its key does not open (a damaged or foreign file):
    // nothing is replaced, and the message names the unfinished re-key.
    void unprovenRekeyIsOnlyNamed()
    {
        TestDatabase db;
        const QString keys = KeyFile::pathFor(db.path);
        const QString staged = KeyFile::pathFor(db.path + QStringLiteral(".rekey"));
        const QByteArray oldKeys = readFile(keys);
        QVERIFY(db.session->rekey(QString::fromLatin1(TestDatabase::kPassword)).ok());
        const QByteArray newKeys = readFile(keys);
        db.session.reset();
        // The database is damaged: neither key opens it.
        QFile file(db.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(QByteArray(4096, 'x')), 4096);
        file.close();
        QVERIFY(leaveInterruptedRekey(db.path, oldKeys, newKeys));
        auto refused = Session::open(db.path, QString::fromLatin1(TestDatabase::kAdmin),
                                     QString::fromLatin1(TestDatabase::kPassword));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unavailable);
        QVERIFY2(refused.error().message.contains(QStringLiteral("重新加密没有完成")) &&
                     refused.error().message.contains(staged),
                 qPrintable(refused.error().message));
        QVERIFY(QFile::exists(staged));
        QCOMPARE(readFile(keys), oldKeys);
    }
};

QTEST_MAIN(TestRekey)
#include "test_rekey.moc"
