// The encrypted database: create, open, wrong password, missing/foreign/corrupt files, the
// write lock, durability settings, and migration from schema version 1.
#include "LegacyDatabase.h"
#include "TestSupport.h"
#include "audit/AuditTrail.h"
#include "crypto/KeyFile.h"
#include "crypto/RecoveryKey.h"
#include "procedure/CaseFacts.h"
#include "storage/Database.h"
#include "storage/FailedAttempts.h"
#include "storage/Schema.h"
#include "storage/StorageErrors.h"

#include <QFile>
#include <QJsonObject>
#include <QtTest>

using namespace casetrack;
using casetrack::test::TestDatabase;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    static QString password() { return QString::fromLatin1(TestDatabase::kPassword); }
    static QString admin() { return QString::fromLatin1(TestDatabase::kAdmin); }

    static std::unique_ptr<Database> openRaw(const TestDatabase& db)
    {
        auto raw = Database::open(db.path, parseRecoveryKey(db.recoveryKey), Database::Mode::ReadWrite);
        return raw.ok() ? raw.take() : nullptr;
    }

private slots:
    void createsAndReopens()
    {
        TestDatabase db;
        QVERIFY(db.session);
        QCOMPARE(db.session->account().name, admin());
        QCOMPARE(db.session->account().role, Role::Administrator);
        QVERIFY(db.reopen());
        QCOMPARE(db.session->account().name, admin());
        QCOMPARE(Session::accountNames(db.path), QStringList{admin()});
    }

    void refusesToOverwrite()
    {
        TestDatabase db;
        db.session.reset();
        const QByteArray before = test::readFile(db.path);
        auto again = Session::create(db.path, admin(), password(), KdfProfile::Fast, nullptr);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Unavailable);
        QCOMPARE(test::readFile(db.path), before);
    }

    void recordsFastProfileInMetadata()
    {
        TestDatabase db;
        Statement stmt = db.session->database().prepare("SELECT value FROM meta WHERE key = 'kdf_profile'");
        QVERIFY(stmt.next());
        QCOMPARE(stmt.text(0), QStringLiteral("fast"));
    }

    void fileIsUnreadableWithoutTheKey()
    {
        TestDatabase db;
        CaseFacts facts;
        facts.subject.name = QStringLiteral("王秘密");
        facts.subject.unit = QStringLiteral("机密测试单位");
        QVERIFY(db.session->addCase(facts).ok());
        db.session.reset(); // checkpoints the WAL into the main file
        const QByteArray raw = test::readFile(db.path);
        QVERIFY(raw.size() > 1024);
        QVERIFY(!raw.startsWith("SQLite format 3"));
        QVERIFY(!raw.contains(QStringLiteral("王秘密").toUtf8()));
        QVERIFY(!raw.contains("case.create"));
        QVERIFY(
            !test::readFile(db.path + QStringLiteral("-wal")).contains(QStringLiteral("王秘密").toUtf8()));
        // Nor with a wrong key through SQLCipher.
        auto wrong = Database::open(db.path, SecureBytes::random(32), Database::Mode::ReadOnly);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Unavailable);
    }

    void wrongPasswordLeavesFileUnchanged()
    {
        TestDatabase db;
        db.session.reset();
        const QByteArray before = test::readFile(db.path);
        auto opened = Session::open(db.path, admin(), QStringLiteral("wrong"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Auth);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(test::readFile(db.path), before);
        QVERIFY(!QFile::exists(db.path + QStringLiteral("-wal")));
    }

    void unknownUserIsAuthError()
    {
        TestDatabase db;
        db.session.reset();
        auto opened = Session::open(db.path, QStringLiteral("nobody"), password());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Auth);
    }

    void missingFileIsUnavailable()
    {
        QTemporaryDir dir;
        auto opened = Session::open(dir.filePath(QStringLiteral("none.db")), admin(), password());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
    }

    void foreignFileIsUnavailable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is a text file, not a database\n");
        file.close();
        auto opened = Session::open(path, admin(), password());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
        QCOMPARE(test::readFile(path), QByteArray("this is a text file, not a database\n"));
    }

    void corruptFileIsUnavailable()
    {
        TestDatabase db;
        db.session.reset();
        QFile file(db.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(16); // keep SQLCipher's salt, destroy the encrypted first page
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        auto opened = Session::open(db.path, admin(), password());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
    }

    // A statement may be prepared from a temporary string (a query put together at run time):
    // its failure, found later while stepping, still names what the statement read. The caller's
    // text is overwritten rather than freed, so that a statement still reading it fails here in
    // every build, not only under the address sanitizer.
    void failureNamesTheStatementAfterItsTextIsGone()
    {
        TestDatabase db;
        Database& database = db.session->database();
        QVERIFY(!database.readFailure().isError());
        // abs() of the smallest integer fails while stepping, once a row of meta is read.
        QByteArray text("SELECT abs(-9223372036854775807 - 1) FROM meta  ");
        Statement stmt = database.prepare(text.constData());
        QVERIFY(stmt.isValid());
        text.replace("FROM meta  ", "FROM cases ");
        QVERIFY(!stmt.next());
        QVERIFY(stmt.failed());
        const Error failure = database.readFailure();
        QVERIFY(failure.isError());
        QVERIFY2(failure.message.contains(whatStatementTouches("SELECT 1 FROM meta")),
                 qPrintable(failure.message));
        QVERIFY(!failure.message.contains(whatStatementTouches("SELECT 1 FROM cases")));
    }

    void secondWriterIsRefusedNamingTheHolder()
    {
        TestDatabase db;
        QVERIFY(db.session);
        auto second = Session::open(db.path, admin(), password());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Unavailable);
        QVERIFY2(second.error().message.contains(admin()), qPrintable(second.error().message));
        // Readers are not blocked, and the first writer still works.
        auto reader = Session::open(db.path, admin(), password(), Session::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error().message));
        CaseFacts facts;
        facts.subject.name = QStringLiteral("李四");
        QVERIFY(db.session->addCase(facts).ok());
        QCOMPARE(reader.value()->caseCount(), 1);
        // Once the holder closes, the file opens again.
        db.session.reset();
        QVERIFY(db.reopen());
    }

    void durableSettings()
    {
        TestDatabase db;
        Statement mode = db.session->database().prepare("PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        Statement sync = db.session->database().prepare("PRAGMA synchronous");
        QVERIFY(sync.next());
        QCOMPARE(sync.integer(0), 2); // FULL
    }

    void failedAttemptsAreThrottled()
    {
        TestDatabase db;
        db.session.reset();
        for (int i = 0; i < FailedAttempts::kFreeAttempts; ++i)
            QCOMPARE(Session::open(db.path, admin(), QStringLiteral("nope")).error().code, ErrorCode::Auth);
        // Now even the right password waits.
        auto locked = Session::open(db.path, admin(), password());
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::Auth);
        // The counters live in the key file, next to the slot.
        Result<KeyFile> keys = KeyFile::load(db.path);
        QVERIFY(keys.ok() && keys->slot(admin()));
        const KeySlot slot = *keys->slot(admin());
        QCOMPARE(slot.failures, FailedAttempts::kFreeAttempts);
        QVERIFY(FailedAttempts::lockedUntil(slot).isValid());
        // The wait ends: 30 s after the fifth failure.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(31);
        QVERIFY(!FailedAttempts::lockedUntil(slot, later).isValid());
    }

    void migratesVersionOneDatabase()
    {
        // Exactly what schema version 1 created: a hand-entered holiday (audited), no
        // calendar_years table, a key file of format 1.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(test::writeLegacyDatabase(
            path, 1, {{admin(), QStringLiteral("administrator"), password()}}, [](Database& raw) {
                const QJsonObject day{{QStringLiteral("date"), QStringLiteral("2027-01-01")},
                                      {QStringLiteral("name"), QStringLiteral("元旦")},
                                      {QStringLiteral("isOffDay"), true}};
                return !raw.exec("INSERT INTO calendar_days(date, name, off_day) VALUES('2027-01-01', "
                                 "'元旦', 1)")
                            .isError() &&
                       !AuditTrail::append(raw, {0,
                                                 {},
                                                 QStringLiteral("admin"),
                                                 QStringLiteral("calendar.edit"),
                                                 QStringLiteral("2027-01-01"),
                                                 {},
                                                 day,
                                                 {},
                                                 {},
                                                 {}})
                            .isError();
            }));
        auto opened = Session::open(path, admin(), password());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Session& session = *opened.value();
        QCOMPARE(schemaVersion(session.database()), kSchemaVersion);
        // Version 2's table was filled from version 1's data: 2027 is now a known year.
        QVERIFY(session.calendar().knowsYear(2027));
        QVERIFY(session.calendar().isStatutoryHoliday(QDate(2027, 1, 1)));
        const auto records = session.auditRecords();
        QVERIFY(records.size() >= 2);
        // The migration, then the administrator's key slot upgrade (signed with its new key).
        QCOMPARE(records.at(records.size() - 2).action, QStringLiteral("schema.migrate"));
        QCOMPARE(records.at(records.size() - 2).before.toObject().value(QStringLiteral("version")).toInt(),
                 1);
        QCOMPARE(records.last().action, QStringLiteral("account.key_upgrade"));
        const AuditVerification verification = session.verifyAudit();
        QVERIFY2(verification.intact, qPrintable(verification.message));
    }

    void caseDocumentInputsAreStoredAndAudited()
    {
        TestDatabase db;
        CaseFacts facts;
        facts.subject.name = QStringLiteral("文某");
        const QString id = db.session->addCase(facts).value();
        const QJsonObject inputs{
            {QStringLiteral("basis"), QStringLiteral("《中国共产党纪律处分条例》第一百零一条")}};
        QVERIFY(!db.session->setCaseDocumentInputs(id, inputs).isError());
        QCOMPARE(db.session->caseDocumentInputs(id), inputs);
        QCOMPARE(db.session->auditRecords().last().action, QStringLiteral("case.document_inputs"));
        QCOMPARE(db.session->setCaseDocumentInputs(QStringLiteral("2099-99999"), inputs).code,
                 ErrorCode::Invalid);
        QVERIFY(
            !db.session
                 ->addAccount(QStringLiteral("auditor"), Role::Auditor, QStringLiteral("pw-violet-kettle"))
                 .isError());
        QVERIFY(db.reopen(QStringLiteral("auditor"), QStringLiteral("pw-violet-kettle")));
        QCOMPARE(db.session->setCaseDocumentInputs(id, {}).code, ErrorCode::Refused);
        QCOMPARE(db.session->caseDocumentInputs(id), inputs);
    }

    void refusesNewerSchema()
    {
        TestDatabase db;
        db.session.reset();
        {
            auto raw = openRaw(db);
            QVERIFY(raw);
            QVERIFY(!raw->exec("PRAGMA user_version = 99").isError());
        }
        auto opened = Session::open(db.path, admin(), password());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
