// Databases and key files from before bound slots (key file version 1, schema 2) still open;
// each slot is upgraded on its account's first read-write unlock, after which the old key file
// no longer opens that account.
#include "LegacyDatabase.h"
#include "TestSupport.h"
#include "crypto/KeyFile.h"

#include <QFile>
#include <QtTest>

using namespace casetrack;

namespace {

const QString kAdminPw = QStringLiteral("admin-pw");
const QString kOfficerPw = QStringLiteral("officer-pw");

int slotVersion(const QString& path, const QString& user)
{
    Result<KeyFile> keys = KeyFile::load(path);
    return keys.ok() && keys->slot(user) ? keys->slot(user)->version : -1;
}

} // namespace

class TestLegacyKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void versionOneOpensAndUpgrades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("legacy.db"));
        QVERIFY(test::writeLegacyDatabase(
            path, 2,
            {{QStringLiteral("admin"), QStringLiteral("administrator"), kAdminPw},
             {QStringLiteral("officer"), QStringLiteral("case_officer"), kOfficerPw}}));
        const QByteArray oldKeys = test::readFile(KeyFile::pathFor(path));

        {
            auto admin = Session::open(path, QStringLiteral("admin"), kAdminPw);
            QVERIFY2(admin.ok(), qPrintable(admin.error().message));
            QVERIFY(admin.value()->verifyAudit().intact);
        }
        QCOMPARE(slotVersion(path, QStringLiteral("admin")), 2);
        QCOMPARE(slotVersion(path, QStringLiteral("officer")), 1);

        // Read-only unlock of a version 1 slot works and changes nothing.
        QVERIFY(Session::open(path, QStringLiteral("officer"), kOfficerPw, Session::Access::ReadOnly).ok());
        QCOMPARE(slotVersion(path, QStringLiteral("officer")), 1);
        {
            auto officer = Session::open(path, QStringLiteral("officer"), kOfficerPw);
            QVERIFY2(officer.ok(), qPrintable(officer.error().message));
            const AuditVerification verification = officer.value()->verifyAudit();
            QVERIFY2(verification.intact, qPrintable(verification.message));
        }
        QCOMPARE(slotVersion(path, QStringLiteral("officer")), 2);
        QVERIFY(Session::open(path, QStringLiteral("admin"), kAdminPw).ok());

        // The old key file no longer opens the upgraded accounts.
        QFile file(KeyFile::pathFor(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(oldKeys);
        file.close();
        auto old = Session::open(path, QStringLiteral("admin"), kAdminPw);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().code, ErrorCode::Auth);
    }
};

QTEST_MAIN(TestLegacyKeyFile)
#include "test_legacy_keyfile.moc"
