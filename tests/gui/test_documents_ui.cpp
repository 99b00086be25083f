// The documents on the desktop (issue 5), driven by objectName offscreen on a demo database:
// per-case document texts saved and reloaded, a decision saved as PDF (and painted through a
// QPrinter as the preview does), refusals with their article, purpose and recipient required,
// every print and export audited, deadlines exported as CSV and ICS, the case list as XLSX.
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "cases/CaseIndex.h"
#include "cases/CasesPage.h"
#include "common/ExportFolder.h"
#include "deadlines/DeadlinesPage.h"
#include "documents/DocumentInputsDialog.h"
#include "documents/DocumentSettingsDialog.h"
#include "documents/Documents.h"
#include "documents/ExportDialog.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/PrintDocumentDialog.h"
#include "services/Session.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPrintPreviewWidget>
#include <QTest>
#include <QTimer>

using namespace casetrack;

namespace {

QByteArray head(const QString& path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    // pdftotext may put spaces between full-width characters of a spaced-out line.
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
}

} // namespace

class TestDocumentsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_session = test::createDatabase(m_dir.filePath(QStringLiteral("d.db")));
        QVERIFY(m_session);
        QCOMPARE(fillDemoData(*m_session), 0);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1200, 800);
        m_window->show();
        QTRY_VERIFY(!m_window->caseIndex()->isLoading());
        for (const CaseSummary& c : m_window->caseIndex()->cases()) {
            if (c.name == QStringLiteral("周建华"))
                m_decided = c.id;
            if (c.name == QStringLiteral("刘洋"))
                m_undecided = c.id;
        }
        QVERIFY(!m_decided.isEmpty());
        QVERIFY(!m_undecided.isEmpty());
    }

    void documentInputsSavedAndReloaded()
    {
        m_window->openCase(m_decided);
        CaseView* view = m_window->caseView();
        view->findChild<QPushButton*>(QStringLiteral("documentInputsButton"))->click();
        QPointer<DocumentInputsDialog> dialog =
            view->findChild<DocumentInputsDialog*>(QStringLiteral("documentInputsDialog"));
        QVERIFY(dialog);
        // Another test may have stored inputs for this case already: every field is replaced, as a
        // user selecting the old text and typing over it would.
        // A line break inside a paragraph is joined; a blank line starts the next paragraph.
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("inputFacts"))
            ->setPlainText(QStringLiteral("周建华同志违规收受礼金，\n数额较大。\n\n案发后主动退缴。"));
        test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("inputBasis")),
                       QStringLiteral("《中国共产党纪律处分条例》第一百零一条"));
        dialog->findChild<QSpinBox*>(QStringLiteral("inputSequence"))->setValue(3);
        test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("inputCopyTo")),
                       QStringLiteral("中央组织部"));
        test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("inputAnnouncer")),
                       QStringLiteral("赵组长"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("documentInputsSave")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        const QJsonObject stored = m_session->caseDocumentInputs(m_decided);
        QCOMPARE(stored.value(QStringLiteral("violation_facts")).toArray(),
                 (QJsonArray{QStringLiteral("周建华同志违规收受礼金，数额较大。"),
                             QStringLiteral("案发后主动退缴。")}));
        QCOMPARE(stored.value(QStringLiteral("sequence")).toInt(), 3);
        QCOMPARE(stored.value(QStringLiteral("announcer")).toString(), QStringLiteral("赵组长"));

        // Opened again, the dialog shows what was stored.
        view->findChild<QPushButton*>(QStringLiteral("documentInputsButton"))->click();
        dialog = view->findChild<DocumentInputsDialog*>(QStringLiteral("documentInputsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("inputFacts"))->toPlainText(),
                 QStringLiteral("周建华同志违规收受礼金，数额较大。\n\n案发后主动退缴。"));
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("inputSequence"))->value(), 3);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("inputCopyTo"))->text(),
                 QStringLiteral("中央组织部"));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void decisionSavedAsPdfAndAudited()
    {
        // What the decision must state (as documentInputsSavedAndReloaded types it), stored here
        // so that this test does not depend on another having run first.
        QVERIFY(!m_session
                     ->setCaseDocumentInputs(
                         m_decided,
                         {{QStringLiteral("violation_facts"),
                           QJsonArray{QStringLiteral("周建华同志违规收受礼金，数额较大。"),
                                      QStringLiteral("案发后主动退缴。")}},
                          {QStringLiteral("basis"), QStringLiteral("《中国共产党纪律处分条例》第一百零一条")},
                          {QStringLiteral("sequence"), 3},
                          {QStringLiteral("copy_to"), QStringLiteral("中央组织部")},
                          {QStringLiteral("announcer"), QStringLiteral("赵组长")}})
                     .isError());
        m_window->openCase(m_decided);
        CaseView* view = m_window->caseView();
        auto* open = view->findChild<QPushButton*>(QStringLiteral("printDocumentButton"));
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        open->click();
        QPointer<PrintDocumentDialog> dialog =
            view->findChild<PrintDocumentDialog*>(QStringLiteral("printDocumentDialog"));
        QVERIFY(dialog);
        auto* decision = dialog->findChild<QRadioButton*>(QStringLiteral("document_decision"));
        QVERIFY(decision->isEnabled());
        QVERIFY(decision->isChecked()); // the decision is offered first when the case has one
        auto* pdf = dialog->findChild<QPushButton*>(QStringLiteral("savePdf"));
        auto* odt = dialog->findChild<QPushButton*>(QStringLiteral("saveOdt"));
        // Purpose and recipient are required (第二十五条、第二十九条).
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("printRule"))
                    ->text()
                    .contains(QStringLiteral("第二十九条")));
        QVERIFY(!pdf->isEnabled());
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("printPurpose")),
                       QStringLiteral("报送备案"));
        QVERIFY(!pdf->isEnabled());
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("printRecipient")),
                       QStringLiteral("中央组织部干部监督局"));
        QVERIFY(pdf->isEnabled());
        QVERIFY(odt->isEnabled()); // a decision is a letter-type document

        const QString path = m_dir.filePath(QStringLiteral("决定.pdf"));
        QString suggested;
        dialog->setFileChooser([&](const QString& s, const QString&) {
            suggested = s;
            return path;
        });
        const int auditBefore = m_session->auditRecords().size();
        QTest::mouseClick(pdf, Qt::LeftButton);
        QVERIFY2(QFile::exists(path), qPrintable(dialog->statusText()));
        QVERIFY(suggested.endsWith(QStringLiteral(".pdf")));
        QCOMPARE(head(path, 4), QByteArray("%PDF"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("周建华")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("案发后主动退缴")), qPrintable(text)); // the stored facts

        const QList<AuditRecord> records = m_session->auditRecords();
        QCOMPARE(records.size(), auditBefore + 1);
        const AuditRecord& use = records.last();
        QCOMPARE(use.action, QStringLiteral("print"));
        QCOMPARE(use.target, m_decided);
        const QJsonObject details = use.after.toObject();
        QCOMPARE(details.value(QStringLiteral("document")).toString(), QStringLiteral("decision"));
        QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(details.value(QStringLiteral("purpose")).toString(), QStringLiteral("报送备案"));
        QCOMPARE(details.value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("中央组织部干部监督局"));
        QCOMPARE(details.value(QStringLiteral("cases")).toArray(), QJsonArray{m_decided});

        // The filing form is a table form: PDF only.
        QVERIFY(dialog->selectDocument(DocumentKind::FilingForm));
        QVERIFY(pdf->isEnabled());
        QVERIFY(!odt->isEnabled());

        // What the print preview and the printer get: the laid-out pages painted on a QPrinter.
        QVERIFY(dialog->selectDocument(DocumentKind::Decision));
        const QString printed = m_dir.filePath(QStringLiteral("printer.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(dialog->printTo(printer));
        QCOMPARE(head(printed, 4), QByteArray("%PDF"));
        QVERIFY(pdfText(printed).contains(QStringLiteral("周建华")));
        QCOMPARE(m_session->auditRecords().last().after.toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("printer"));
        // The preview shows the pages and hands nothing over: no record. Its print button would
        // go through printTo (the record first), never print by itself.
        const int beforePreview = m_session->auditRecords().size();
        int previewPages = -1;
        bool previewSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto* preview = dialog->findChild<DocumentPreviewDialog*>(QStringLiteral("printPreviewDialog"));
            if (!preview)
                return;
            previewSeen = true;
            auto* pages = preview->findChild<QPrintPreviewWidget*>(QStringLiteral("printPreviewPages"));
            QTRY_VERIFY(pages->pageCount() > 0);
            previewPages = pages->pageCount();
            // For a look at the window (CASETRACK_KEEP_SCREENSHOTS names a folder).
            if (const QString keep = qEnvironmentVariable("CASETRACK_KEEP_SCREENSHOTS"); !keep.isEmpty()) {
                preview->resize(1000, 740);
                QTest::qWait(200);
                preview->grab().save(QDir(keep).filePath(QStringLiteral("print-preview.png")));
            }
            preview->findChild<QPushButton*>(QStringLiteral("previewClose"))->click();
        });
        dialog->findChild<QPushButton*>(QStringLiteral("printPreview"))->click();
        QVERIFY(previewSeen);
        QVERIFY(previewPages > 0);
        QCOMPARE(m_session->auditRecords().size(), beforePreview);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void refusedDocumentDisabledWithArticle()
    {
        m_window->openCase(m_undecided);
        CaseView* view = m_window->caseView();
        view->findChild<QPushButton*>(QStringLiteral("printDocumentButton"))->click();
        QPointer<PrintDocumentDialog> dialog =
            view->findChild<PrintDocumentDialog*>(QStringLiteral("printDocumentDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("document_decision"))->isEnabled());
        QVERIFY(!dialog->selectDocument(DocumentKind::Decision));
        const QString refusal = dialog->refusalText(DocumentKind::Decision);
        QVERIFY2(refusal.contains(QStringLiteral("第")) && refusal.contains(QStringLiteral("条")),
                 qPrintable(refusal));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("documentNote_decision"))->text(), refusal);
        // The summary is available for every case.
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("document_summary"))->isEnabled());
        QVERIFY(dialog->currentKind() != DocumentKind::Decision);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void deadlinesExportedAsCsvAndIcs()
    {
        m_window->showPage(MainWindow::Deadlines);
        DeadlinesPage* page = m_window->deadlinesPage();
        auto* open = page->findChild<QPushButton*>(QStringLiteral("exportDeadlinesButton"));
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

        struct Run
        {
            const char* format;
            const char* file;
            const char* scope;
        };
        for (const Run& run : {Run{"csv", "期限.csv", "exportShown"}, Run{"ics", "期限.ics", "exportAll"}}) {
            const QString formatId = QString::fromLatin1(run.format);
            open->click();
            QPointer<ExportDialog> dialog = page->findChild<ExportDialog*>(QStringLiteral("exportDialog"));
            QVERIFY(dialog);
            auto* start = dialog->findChild<QPushButton*>(QStringLiteral("exportStart"));
            auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(formatId));
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"))
                        ->text()
                        .endsWith(QStringLiteral(".") + formatId));
            const QString path = m_dir.filePath(QString::fromUtf8(run.file));
            dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"))->setText(path);
            dialog->findChild<QRadioButton*>(QString::fromLatin1(run.scope))->setChecked(true);
            QVERIFY(!start->isEnabled());
            test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("exportPurpose")),
                           QStringLiteral("督办"));
            QVERIFY(!start->isEnabled());
            test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("exportRecipient")),
                           QStringLiteral("综合室"));
            QVERIFY(start->isEnabled());
            QTest::mouseClick(start, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
            QVERIFY2(dialog->statusText().contains(QStringLiteral("已导出")),
                     qPrintable(dialog->statusText()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(file.readAll());
            if (formatId == QLatin1String("ics")) {
                QVERIFY(content.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
                QVERIFY(content.contains(QStringLiteral("BEGIN:VEVENT")));
                // The box was not ticked: case numbers and deadline kinds only, no names.
                QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("exportIncludeNames"))->isVisible());
                for (const char* name : {"周建华", "李明", "王芳", "张伟", "刘洋"})
                    QVERIFY2(!content.contains(QString::fromUtf8(name)), name);
            } else {
                QVERIFY2(content.contains(QStringLiteral("刘洋")) || content.contains(QStringLiteral("李明")),
                         qPrintable(content));
            }
            const AuditRecord use = m_session->auditRecords().last();
            QCOMPARE(use.action, QStringLiteral("export"));
            QCOMPARE(use.target, QStringLiteral("deadlines"));
            const QJsonObject details = use.after.toObject();
            QCOMPARE(details.value(QStringLiteral("format")).toString(), formatId);
            QCOMPARE(details.value(QStringLiteral("purpose")).toString(), QStringLiteral("督办"));
            QCOMPARE(details.value(QStringLiteral("recipient")).toString(), QStringLiteral("综合室"));
            QVERIFY(!details.value(QStringLiteral("cases")).toArray().isEmpty());
            dialog->reject();
            QTRY_VERIFY(!dialog);
        }
    }

    // The defect: on a fresh account the suggested ~/Documents did not exist and the export
    // failed with libxlsxwriter's English "Usually a permissions error".
    void exportGoesToAnExistingOrNewFolder()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        QCOMPARE(defaultExportFolder(home + QStringLiteral("/Documents"), home), home);
        QVERIFY(QDir().mkpath(home + QStringLiteral("/Documents")));
        QCOMPARE(defaultExportFolder(home + QStringLiteral("/Documents"), home),
                 home + QStringLiteral("/Documents"));

        m_window->showPage(MainWindow::Cases);
        CasesPage* page = m_window->casesPage();
        page->findChild<QPushButton*>(QStringLiteral("exportCasesButton"))->click();
        QPointer<ExportDialog> dialog = page->findChild<ExportDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        auto* pathEdit = dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"));
        QVERIFY(QFileInfo(QFileInfo(QDir::fromNativeSeparators(pathEdit->text())).absolutePath()).isDir());
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("exportPurpose")),
                       QStringLiteral("统计"));
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("exportRecipient")),
                       QStringLiteral("办公厅"));
        auto* start = dialog->findChild<QPushButton*>(QStringLiteral("exportStart"));

        // A folder that is not there yet is created.
        const QString fresh = m_dir.filePath(QStringLiteral("新文件夹/下一级/案件.xlsx"));
        pathEdit->setText(fresh);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("已导出")), qPrintable(dialog->statusText()));
        QCOMPARE(head(fresh, 2), QByteArray("PK"));

        // A folder that cannot be made (a file is in its way): said in Chinese, nothing written.
        const QString blocker = m_dir.filePath(QStringLiteral("一个文件"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const int records = int(m_session->auditRecords().size());
        pathEdit->setText(blocker + QStringLiteral("/案件.xlsx"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("不是文件夹")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!dialog->statusText().contains(QStringLiteral("Usually")));
        QCOMPARE(int(m_session->auditRecords().size()), records);
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // The writers themselves say what is wrong in the user's language.
        const Error error =
            exportCases({}, ExportFormat::Xlsx, m_dir.filePath(QStringLiteral("无此文件夹/x.xlsx")));
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(QStringLiteral("不存在")), qPrintable(error.message));
        QVERIFY(!error.message.contains(QStringLiteral("Usually")));
    }

    void caseListExportedAsXlsx()
    {
        QCOMPARE(
            ExportDialog::defaultFileName(ExportDialog::List::Cases, ExportFormat::Xlsx, QDate(2025, 1, 31)),
            QStringLiteral("案件清单-2025年1月31日.xlsx"));
        m_window->showPage(MainWindow::Cases);
        CasesPage* page = m_window->casesPage();
        page->findChild<QPushButton*>(QStringLiteral("exportCasesButton"))->click();
        QPointer<ExportDialog> dialog = page->findChild<ExportDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        QCOMPARE(format->findData(QStringLiteral("ics")), -1); // calendars are for deadlines
        const QString path = m_dir.filePath(QStringLiteral("案件.xlsx"));
        dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"))->setText(path);
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("exportPurpose")),
                       QStringLiteral("统计"));
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("exportRecipient")),
                       QStringLiteral("办公厅"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportStart")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QCOMPARE(head(path, 2), QByteArray("PK")); // a zip container
        const QJsonObject details = m_session->auditRecords().last().after.toObject();
        QCOMPARE(details.value(QStringLiteral("cases")).toArray().size(), m_session->caseCount());
        QCOMPARE(details.value(QStringLiteral("scope")).toString(), QStringLiteral("shown"));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void documentSettingsStored()
    {
        m_window->showPage(MainWindow::Settings);
        SettingsPage* page = m_window->settingsPage();
        page->findChild<QPushButton*>(QStringLiteral("documentSettingsButton"))->click();
        QPointer<DocumentSettingsDialog> dialog =
            page->findChild<DocumentSettingsDialog*>(QStringLiteral("documentSettingsDialog"));
        QVERIFY(dialog);
        auto* group = dialog->findChild<QLineEdit*>(QStringLiteral("docSetting_party_group"));
        QCOMPARE(group->text(), DocumentSettings::defaults().partyGroup);
        group->setText(QStringLiteral("中共示范部党组"));
        dialog->findChild<QLineEdit*>(QStringLiteral("docSignature_party_group"))
            ->setText(QStringLiteral("中共示范部党组（印）"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("docSettingsSave")), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        Result<DocumentSettings> stored =
            DocumentSettings::fromJson(m_session->setting(QStringLiteral("documents")));
        QVERIFY(stored.ok());
        QCOMPARE(stored->partyGroup, QStringLiteral("中共示范部党组"));
        QCOMPARE(stored->signatureFor(QStringLiteral("party_group")), QStringLiteral("中共示范部党组（印）"));
    }

    // A test that failed half-way must not leave its dialog for the next one to find.
    void cleanup()
    {
        for (QDialog* dialog : m_window->findChildren<QDialog*>())
            delete dialog;
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_decided;
    QString m_undecided;
};

QTEST_MAIN(TestDocumentsUi)
#include "test_documents_ui.moc"
