// The one print and export path (issue 8, core/services): every document and list is written
// under a hidden name, recorded, and only then released under the name the user chose; a failed
// record leaves no file and no print job; unreadable document settings refuse instead of
// printing placeholders; the record says what, which cases, where, why and for whom.
#include "TestSupport.h"

#include "services/Session.h"
#include "services/StagedOutput.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;
using casetrack::test::TestDatabase;

namespace {

// The organs a document is signed and numbered by: without them it is refused (no placeholder
// on paper), which is not what these tests are about.
bool registerOrgans(Session& session)
{
    Organization group;
    group.kind = QStringLiteral("party_group");
    group.name = QStringLiteral("中共某某市财政局党组");
    group.shortName = QStringLiteral("市财政局党组");
    group.docPrefix = QStringLiteral("财党");
    group.isDefault = true;
    Organization stationed;
    stationed.kind = QStringLiteral("stationed_body");
    stationed.name = QStringLiteral("市纪委监委派驻市财政局纪检监察组");
    stationed.shortName = QStringLiteral("派驻纪检监察组");
    stationed.docPrefix = QStringLiteral("驻财纪");
    stationed.isDefault = true;
    return session.addOrganization(group).ok() && session.addOrganization(stationed).ok();
}

QString addCase(Session& session, const QString& name)
{
    if (session.organizations().ok() && session.organizations()->isEmpty() && !registerOrgans(session))
        return QString();
    CaseFacts facts;
    facts.subject.name = name;
    Result<QString> id = session.addCase(facts);
    return id.ok() ? id.value() : QString();
}

// Everything in the folder, hidden files included: a staged file left behind shows here.
QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The mode bits of owner, group and others (Qt's "User" bits repeat the owner's for our own files).
QFileDevice::Permissions modeBits(const QString& path)
{
    return QFileInfo(path).permissions() &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QJsonObject lastRecord(Session& session, QString* action = nullptr)
{
    const QList<AuditRecord> records = session.auditRecords();
    if (action)
        *action = records.last().action;
    return records.last().after.toObject();
}

// Holds SQLite's write lock from a second connection, so that the record of use cannot be
// appended (the session waits out its busy timeout and gives up): a failed audit write.
struct WriteLockHolder
{
    std::unique_ptr<Session> other;
    explicit WriteLockHolder(const TestDatabase& db)
    {
        Result<std::unique_ptr<Session>> opened =
            Session::open(db.path, QString::fromLatin1(TestDatabase::kAdmin),
                          QString::fromLatin1(TestDatabase::kPassword), Session::Access::ReadOnly);
        if (opened.ok() && !opened.value()->database().begin().isError())
            other = opened.take();
    }
    ~WriteLockHolder()
    {
        if (other)
            other->database().rollback();
    }
};

} // namespace

class TestOutputService : public QObject
{
    Q_OBJECT

private slots:
    void savedDocumentIsRecordedThenReleased()
    {
        TestDatabase db;
        const QString id = addCase(*db.session, QStringLiteral("孙八"));
        QVERIFY(!id.isEmpty());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("摘要.pdf"));
        const DocumentRequest request{DocumentKind::Summary,
                                      id,
                                      QDate::currentDate(),
                                      {},
                                      {QStringLiteral(" 报送备案 "), QStringLiteral("综合室")}};
        Result<RenderedDocument> saved = db.session->saveDocument(request, OutputFormat::Pdf, path);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(test::readFile(path).left(4), QByteArray("%PDF"));
        QCOMPARE(modeBits(path), kOwnerReadWrite);
        // Only the released file: nothing staged is left beside it.
        QCOMPARE(folderEntries(out.path()), QStringList{QStringLiteral("摘要.pdf")});

        QString action;
        const QJsonObject record = lastRecord(*db.session, &action);
        QCOMPARE(action, QStringLiteral("print"));
        QCOMPARE(record.value(QStringLiteral("document")).toString(), QStringLiteral("summary"));
        QCOMPARE(record.value(QStringLiteral("cases")).toArray(), QJsonArray{id});
        QCOMPARE(record.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(record.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(record.value(QStringLiteral("purpose")).toString(), QStringLiteral("报送备案"));
        QCOMPARE(record.value(QStringLiteral("recipient")).toString(), QStringLiteral("综合室"));

        // Saved again under the same name: the file is replaced, still one file.
        QVERIFY(db.session->saveDocument(request, OutputFormat::Odt, path).ok());
        QCOMPARE(folderEntries(out.path()), QStringList{QStringLiteral("摘要.pdf")});
        QCOMPARE(test::readFile(path).left(2), QByteArray("PK"));
    }

    void unstatedUseIsRecordedAsNotStated()
    {
        TestDatabase db;
        const QString id = addCase(*db.session, QStringLiteral("孙八"));
        QTemporaryDir out;
        const DocumentRequest request{DocumentKind::Summary, id, {}, {}, {}};
        QVERIFY(
            db.session->saveDocument(request, OutputFormat::Pdf, out.filePath(QStringLiteral("a.pdf"))).ok());
        const QJsonObject record = lastRecord(*db.session);
        QVERIFY(!record.value(QStringLiteral("purpose")).toString().isEmpty());
        QVERIFY(!record.value(QStringLiteral("recipient")).toString().isEmpty());
    }

    void noRecordNoDocument()
    {
        TestDatabase db;
        const QString id = addCase(*db.session, QStringLiteral("孙八"));
        QTemporaryDir out;
        const int recordsBefore = db.session->auditRecords().size();
        const DocumentRequest request{
            DocumentKind::Summary, id, {}, {}, {QStringLiteral("报送"), QStringLiteral("综合室")}};
        // Everything but the record would succeed.
        QVERIFY(db.session->previewDocument(request).ok());
        WriteLockHolder lock(db);
        QVERIFY(lock.other);

        // A saved document: refused, and neither the file nor a staged copy exists.
        const QString path = out.filePath(QStringLiteral("摘要.pdf"));
        Result<RenderedDocument> saved = db.session->saveDocument(request, OutputFormat::Pdf, path);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Unavailable);
        QCOMPARE(folderEntries(out.path()), QStringList());

        // A print job: no pages are handed over to paint.
        QVERIFY(!db.session->documentForPrinter(request, QStringLiteral("Office-Printer")).ok());

        // A list: the same.
        ListExportRequest list;
        list.format = ExportFormat::Csv;
        list.use = request.use;
        QVERIFY(!db.session->exportList(list, out.filePath(QStringLiteral("案件.csv"))).ok());
        QCOMPARE(folderEntries(out.path()), QStringList());

        lock.other->database().rollback();
        lock.other.reset();
        QCOMPARE(db.session->auditRecords().size(), recordsBefore);
    }

    void printerGetsPagesOnlyOnceRecorded()
    {
        TestDatabase db;
        const QString id = addCase(*db.session, QStringLiteral("孙八"));
        const DocumentRequest request{
            DocumentKind::Summary, id, {}, {}, {QStringLiteral("存档"), QStringLiteral("档案室")}};
        // The preview shows the pages and records nothing.
        const int before = db.session->auditRecords().size();
        Result<LaidOutDocument> preview = db.session->previewDocument(request);
        QVERIFY(preview.ok());
        QVERIFY(!preview->pages.isEmpty());
        QCOMPARE(db.session->auditRecords().size(), before);

        Result<LaidOutDocument> laid =
            db.session->documentForPrinter(request, QStringLiteral("Office-Printer"));
        QVERIFY(laid.ok());
        QCOMPARE(laid->pages.size(), preview->pages.size());
        QString action;
        const QJsonObject record = lastRecord(*db.session, &action);
        QCOMPARE(action, QStringLiteral("print"));
        QCOMPARE(record.value(QStringLiteral("format")).toString(), QStringLiteral("printer"));
        QCOMPARE(record.value(QStringLiteral("file")).toString(), QStringLiteral("Office-Printer"));
        QCOMPARE(record.value(QStringLiteral("purpose")).toString(), QStringLiteral("存档"));
    }

    void unreadableDocumentSettingsRefuse()
    {
        TestDatabase db;
        const QString id = addCase(*db.session, QStringLiteral("孙八"));
        // Settings that do not parse as document settings: damage, not a reason for blanks.
        QVERIFY(!db.session
                     ->setSetting(QStringLiteral("documents"), QJsonObject{{QStringLiteral("signatures"),
                                                                            QStringLiteral("not an object")}})
                     .isError());
        QTemporaryDir out;
        const int before = db.session->auditRecords().size();
        Result<RenderedDocument> saved =
            db.session->saveDocument({DocumentKind::Summary, id, {}, {}, {}}, OutputFormat::Pdf,
                                     out.filePath(QStringLiteral("a.pdf")));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Unavailable);
        QVERIFY2(saved.error().message.contains(QStringLiteral("文书设置")),
                 qPrintable(saved.error().message));
        QCOMPARE(folderEntries(out.path()), QStringList());
        QCOMPARE(db.session->auditRecords().size(), before);
    }

    void listExportOfTheShownCases()
    {
        TestDatabase db;
        const QString first = addCase(*db.session, QStringLiteral("孙八"));
        const QString second = addCase(*db.session, QStringLiteral("周九"));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("案件.csv"));
        ListExportRequest request;
        request.format = ExportFormat::Csv;
        request.cases = QStringList{second};
        request.use = {QStringLiteral("汇报"), QStringLiteral("党组办公室")};
        Result<QStringList> ids = db.session->exportList(request, path);
        QVERIFY2(ids.ok(), qPrintable(ids.error().message));
        QCOMPARE(ids.value(), QStringList{second});
        const QString csv = QString::fromUtf8(test::readFile(path));
        QVERIFY(csv.contains(QStringLiteral("周九")));
        QVERIFY(!csv.contains(QStringLiteral("孙八")));
        QCOMPARE(folderEntries(out.path()), QStringList{QStringLiteral("案件.csv")});

        QString action;
        const QJsonObject record = lastRecord(*db.session, &action);
        QCOMPARE(action, QStringLiteral("export"));
        QCOMPARE(record.value(QStringLiteral("target")).toString(), QStringLiteral("cases"));
        QCOMPARE(record.value(QStringLiteral("cases")).toArray(), QJsonArray{second});
        QCOMPARE(record.value(QStringLiteral("scope")).toString(), QStringLiteral("shown"));
        QCOMPARE(record.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(record.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());

        // Every case when none is named; a format the list cannot take leaves nothing behind.
        request.cases.reset();
        ids = db.session->exportList(request, path);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 2);
        QVERIFY(ids->contains(first));
        request.format = ExportFormat::Ics; // a calendar of cases: Invalid
        QVERIFY(!db.session->exportList(request, out.filePath(QStringLiteral("案件.ics"))).ok());
        QCOMPARE(folderEntries(out.path()), QStringList{QStringLiteral("案件.csv")});
    }

    void stagedOutputIsRemovedUnlessReleased()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("list.csv"));
        {
            Result<StagedOutput> staged = StagedOutput::beside(path);
            QVERIFY(staged.ok());
            QVERIFY(QFileInfo(staged->path()).isHidden());
            QCOMPARE(QFileInfo(staged->path()).absolutePath(), QFileInfo(path).absolutePath());
            QCOMPARE(modeBits(staged->path()), kOwnerReadWrite);
            QFile file(staged->path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("data");
        }
        QCOMPARE(folderEntries(out.path()), QStringList());

        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        Result<StagedOutput> staged = StagedOutput::beside(path);
        QVERIFY(staged.ok());
        QFile file(staged->path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("new");
        file.close();
        QVERIFY(!staged->release().isError());
        QCOMPARE(test::readFile(path), QByteArray("new"));
        QCOMPARE(folderEntries(out.path()), QStringList{QStringLiteral("list.csv")});

        // No folder to write in: said, with the path.
        Result<StagedOutput> nowhere = StagedOutput::beside(out.filePath(QStringLiteral("missing/x.csv")));
        QVERIFY(!nowhere.ok());
        QCOMPARE(nowhere.error().code, ErrorCode::Unavailable);
        QVERIFY(nowhere.error().message.contains(QStringLiteral("x.csv")));
    }
};

QTEST_MAIN(TestOutputService)
#include "test_output_service.moc"
