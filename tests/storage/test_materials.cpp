// Case materials (issue 12): files attached to a case inside the encrypted database. Attaching,
// opening, exporting and removing are checked, limited, role-aware and audited, and `audit
// verify` reports a material row or content that the signed trail does not explain.
#include "TestSupport.h"

#include "audit/AuditTrail.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/MaterialStore.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

namespace {

QString addCase(Session& s)
{
    CaseFacts facts;
    facts.subject.name = QStringLiteral("张某");
    facts.subject.unit = QStringLiteral("市财政局");
    facts.subject.appointedByPartyGroup = true;
    const Result<QString> id = s.addCase(facts);
    return id.ok() ? id.value() : QString();
}

Session::MaterialInput scan(const QByteArray& content = QByteArrayLiteral("%PDF-1.4 scanned decision"))
{
    return {QStringLiteral("decision"), QDate(2026, 3, 2), QStringLiteral("处分决定书盖章扫描件"),
            QStringLiteral("决定书.pdf"), content};
}

qint64 recordCount(Session& s)
{
    return s.auditRecords().size();
}

bool reportsTable(const AuditVerification& v, const QString& table)
{
    for (const QString& problem : v.problems) {
        if (problem.contains(table))
            return true;
    }
    return false;
}

} // namespace

class TestMaterials : public QObject
{
    Q_OBJECT

private slots:
    void attachedMaterialIsListedOpenedAndAudited()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const QByteArray content = QByteArrayLiteral("%PDF-1.4 scanned decision with the seal");
        const Result<CaseMaterial> added = s.attachMaterial(id, scan(content));
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        QCOMPARE(added->sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256));

        const Result<QList<CaseMaterial>> list = s.caseMaterials(id);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const CaseMaterial& m = list->first();
        QCOMPARE(m.type, QStringLiteral("decision"));
        QCOMPARE(m.date, QDate(2026, 3, 2));
        QCOMPARE(m.description, QStringLiteral("处分决定书盖章扫描件"));
        QCOMPARE(m.fileName, QStringLiteral("决定书.pdf"));
        QCOMPARE(m.size, content.size());
        QCOMPARE(m.addedBy, QStringLiteral("admin"));

        // The attachment's record carries the hash; the view is recorded before the bytes return.
        const AuditRecord attached = s.auditRecords().last();
        QCOMPARE(attached.action, QStringLiteral("material.add"));
        QCOMPARE(attached.target, id);
        QCOMPARE(attached.after.toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(added->sha256.toHex()));
        const Result<QByteArray> opened = s.openMaterial(m.id);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), content);
        const AuditRecord viewed = s.auditRecords().last();
        QCOMPARE(viewed.action, QStringLiteral("view.material"));
        QCOMPARE(viewed.after.toObject().value(QStringLiteral("material")).toInteger(), m.id);

        const AuditVerification verified = s.verifyAudit();
        QVERIFY2(verified.intact, qPrintable(verified.message));
    }

    void sizeLimitIsStatedAndNothingIsWritten()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const qint64 before = recordCount(s);
        const Result<CaseMaterial> tooBig =
            s.attachMaterial(id, scan(QByteArray(kMaxMaterialBytes + 1, 'x')));
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, ErrorCode::Invalid);
        QVERIFY2(tooBig.error().message.contains(QStringLiteral("50 MiB（52428800 字节）")),
                 qPrintable(tooBig.error().message));
        const Result<CaseMaterial> empty = s.attachMaterial(id, scan(QByteArray()));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::Invalid);
        QCOMPARE(recordCount(s), before);
        QVERIFY(s.caseMaterials(id)->isEmpty());
        // Exactly at the limit is accepted.
        const Result<CaseMaterial> atLimit = s.attachMaterial(id, scan(QByteArray(kMaxMaterialBytes, 'y')));
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.error().message));
        QCOMPARE(atLimit->size, kMaxMaterialBytes);
    }

    void badInputIsRefusedWithoutChange()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const qint64 before = recordCount(s);
        Session::MaterialInput control = scan();
        control.description = QStringLiteral("第一行\n第二行");
        QCOMPARE(s.attachMaterial(id, control).error().code, ErrorCode::Invalid);
        Session::MaterialInput type = scan();
        type.type = QStringLiteral("photo");
        const Result<CaseMaterial> badType = s.attachMaterial(id, type);
        QCOMPARE(badType.error().code, ErrorCode::Invalid);
        QVERIFY(badType.error().message.contains(QStringLiteral("review_report")));
        Session::MaterialInput future = scan();
        future.date = QDate::currentDate().addDays(1);
        QCOMPARE(s.attachMaterial(id, future).error().code, ErrorCode::Invalid);
        QCOMPARE(s.attachMaterial(QStringLiteral("2026-99999"), scan()).error().code, ErrorCode::Invalid);
        QCOMPARE(recordCount(s), before);

        // A name is kept without folders or control characters.
        Session::MaterialInput path = scan();
        path.fileName = QStringLiteral("../../etc/pass\nwd");
        QCOMPARE(s.attachMaterial(id, path)->fileName, QStringLiteral("passwd"));
        path.fileName = QStringLiteral("C:\\Users\\x\\.hidden.pdf");
        QCOMPARE(s.attachMaterial(id, path)->fileName, QStringLiteral("hidden.pdf"));
        QCOMPARE(sanitizedMaterialFileName(QStringLiteral("..")), QStringLiteral("材料"));
        QCOMPARE(sanitizedMaterialFileName(QString(300, QLatin1Char('a')) + QStringLiteral(".pdf")).size(),
                 120);
        QVERIFY(sanitizedMaterialFileName(QString(300, QLatin1Char('a')) + QStringLiteral(".pdf"))
                    .endsWith(QStringLiteral(".pdf")));
    }

    void exportNeedsPurposeAndRecipientAndIsPrivate()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const QByteArray content = QByteArrayLiteral("meeting minutes");
        const qint64 material = s.attachMaterial(id, scan(content))->id;
        const QString out = db.dir.filePath(QStringLiteral("out.pdf"));
        const qint64 before = recordCount(s);
        QCOMPARE(s.exportMaterial(material, out, QString(), QStringLiteral("市纪委")).code,
                 ErrorCode::Invalid);
        QCOMPARE(s.exportMaterial(material, out, QStringLiteral("备案"), QStringLiteral("  ")).code,
                 ErrorCode::Invalid);
        QCOMPARE(recordCount(s), before);
        QVERIFY(!QFileInfo::exists(out));

        const Error exported =
            s.exportMaterial(material, out, QStringLiteral("报送备案"), QStringLiteral("市纪委"));
        QVERIFY2(!exported.isError(), qPrintable(exported.message));
        QCOMPARE(test::readFile(out), content);
        // Owner read and write, nothing for group and others.
        QCOMPARE(QFileInfo(out).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const AuditRecord use = s.auditRecords().last();
        QCOMPARE(use.action, QStringLiteral("export"));
        QCOMPARE(use.after.toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("报送备案"));
        QCOMPARE(use.after.toObject().value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("市纪委"));
        QCOMPARE(use.after.toObject().value(QStringLiteral("material")).toInteger(), material);
        QVERIFY(s.verifyAudit().intact);
    }

    void removalIsRecordedNotDeleted()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const qint64 material = s.attachMaterial(id, scan())->id;
        QCOMPARE(s.removeMaterial(material, QStringLiteral(" ")).code, ErrorCode::Invalid);
        QVERIFY(!s.removeMaterial(material, QStringLiteral("误传了别的案件的文件")).isError());
        QCOMPARE(s.auditRecords().last().action, QStringLiteral("material.remove"));
        QVERIFY(s.caseMaterials(id)->isEmpty());
        const QList<CaseMaterial> all = s.caseMaterials(id, true).value();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().removed);
        QCOMPARE(all.first().removalReason, QStringLiteral("误传了别的案件的文件"));
        QCOMPARE(s.openMaterial(material).error().code, ErrorCode::Refused);
        QCOMPARE(s.removeMaterial(material, QStringLiteral("再次")).code, ErrorCode::Invalid);
        // The tables refuse a delete even from inside the app's own connection.
        QVERIFY(s.database().exec("DELETE FROM case_materials").isError());
        QVERIFY(s.database().exec("DELETE FROM case_material_removals").isError());
        QVERIFY(s.verifyAudit().intact);
    }

    void rolesDecideWhoAttachesAndRemoves()
    {
        test::TestDatabase db;
        const QString id = addCase(*db.session);
        const qint64 material = db.session->attachMaterial(id, scan())->id;
        QVERIFY(
            !db.session
                 ->addAccount(QStringLiteral("auditor"), Role::Auditor, QStringLiteral("pw-violet-kettle"))
                 .isError());
        QVERIFY(
            !db.session
                 ->addAccount(QStringLiteral("reviewer"), Role::Reviewer, QStringLiteral("pw-amber-lantern"))
                 .isError());
        QVERIFY(db.reopen(QStringLiteral("auditor"), QStringLiteral("pw-violet-kettle")));
        QCOMPARE(db.session->attachMaterial(id, scan()).error().code, ErrorCode::Refused);
        QCOMPARE(db.session->removeMaterial(material, QStringLiteral("理由")).code, ErrorCode::Refused);
        QVERIFY(db.session->openMaterial(material).ok()); // reading is every role's, audited
        QVERIFY(db.reopen(QStringLiteral("reviewer"), QStringLiteral("pw-amber-lantern")));
        QVERIFY(db.session->attachMaterial(id, scan()).ok());
        QCOMPARE(db.session->removeMaterial(material, QStringLiteral("理由")).code, ErrorCode::Refused);
        QCOMPARE(db.session->caseMaterials(id)->size(), 2);
        QVERIFY(db.session->verifyAudit().intact);
    }

    void verifyReportsTamperedContent()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const qint64 material = s.attachMaterial(id, scan())->id;
        // An insider with the key drops the trigger and swaps the file (hash column kept).
        QVERIFY(!s.database().exec("DROP TRIGGER case_materials_no_update").isError());
        QVERIFY(
            !s.database().exec("UPDATE case_materials SET content = X'2550444620666f72676564'").isError());
        const AuditVerification v = s.verifyAudit();
        QVERIFY(!v.intact);
        QVERIFY2(reportsTable(v, QString::number(material)), qPrintable(v.message));
        QCOMPARE(s.openMaterial(material).error().code, ErrorCode::Tampered);
    }

    void verifyReportsContentAndHashSwappedTogether()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        QVERIFY(s.attachMaterial(id, scan()).ok());
        const QByteArray forged = QByteArrayLiteral("forged decision");
        const QByteArray hash = QCryptographicHash::hash(forged, QCryptographicHash::Sha256);
        QVERIFY(!s.database().exec("DROP TRIGGER case_materials_no_update").isError());
        Statement update =
            s.database().prepare("UPDATE case_materials SET content = ?, sha256 = ?, size = ?");
        update.bind(1, forged).bind(2, hash).bind(3, qint64(forged.size()));
        QVERIFY(update.run());
        const AuditVerification v = s.verifyAudit();
        QVERIFY(!v.intact);
        QVERIFY2(reportsTable(v, QStringLiteral("case_materials")), qPrintable(v.message));
    }

    void verifyReportsRowsNoRecordExplains()
    {
        test::TestDatabase db;
        Session& s = *db.session;
        const QString id = addCase(s);
        const qint64 material = s.attachMaterial(id, scan())->id;
        // A second row put in by hand, with a consistent hash: no record explains it.
        CaseMaterial extra = s.material(material).value();
        extra.id = material + 1;
        QVERIFY(MaterialStore(s.database()).insert(extra, scan().content));
        AuditVerification v = s.verifyAudit();
        QVERIFY(!v.intact);
        QVERIFY(reportsTable(v, QStringLiteral("case_materials")));

        // A removal no record explains hides a material: reported too.
        test::TestDatabase other;
        const QString otherCase = addCase(*other.session);
        const qint64 hidden = other.session->attachMaterial(otherCase, scan())->id;
        QVERIFY(MaterialStore(other.session->database())
                    .recordRemoval(hidden, QStringLiteral("admin"), QDateTime::currentDateTime(),
                                   QStringLiteral("x")));
        v = other.session->verifyAudit();
        QVERIFY(!v.intact);
        QVERIFY(reportsTable(v, QStringLiteral("case_material_removals")));
    }

    void schemaSixMigratesToCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.db"));
        const SecureBytes key = SecureBytes::random(32);
        auto db = Database::open(path, key, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(!createSchema(*db.value(), 6).isError());
        QCOMPARE(schemaVersion(*db.value()), 6);
        int from = 0;
        QVERIFY(!migrateSchema(*db.value(), &from).isError());
        QCOMPARE(from, 6);
        QCOMPARE(schemaVersion(*db.value()), kSchemaVersion);
        // Version 7's materials and version 8's document numbers.
        Statement tables =
            db.value()->prepare("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                "('case_materials', 'case_material_removals', 'document_numbers')");
        QVERIFY(tables.next());
        QCOMPARE(tables.integer(0), 3);
    }

    void releaseTwoDatabaseTakesMaterialsAfterMigration()
    {
        QTemporaryDir dir;
        const QString source = test::dataDir() + QStringLiteral("/migration-v2");
        const QString path = dir.filePath(QStringLiteral("release2.db"));
        QVERIFY(QFile::copy(source + QStringLiteral("/release2.db"), path));
        QVERIFY(QFile::copy(source + QStringLiteral("/release2.db.keys"), path + QStringLiteral(".keys")));
        QFile password(source + QStringLiteral("/password.txt"));
        QVERIFY(password.open(QIODevice::ReadOnly));
        auto session =
            Session::open(path, QStringLiteral("admin"), QString::fromUtf8(password.readAll()).trimmed());
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        Session& s = *session.value();
        QCOMPARE(schemaVersion(s.database()), kSchemaVersion);
        QVERIFY(s.attachMaterial(QStringLiteral("2026-00001"), scan()).ok());
        const AuditVerification v = s.verifyAudit();
        QVERIFY2(v.intact, qPrintable(v.message));
    }
};

QTEST_GUILESS_MAIN(TestMaterials)
#include "test_materials.moc"
