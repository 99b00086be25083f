// The case view's materials (issue 12), offscreen: attaching through the dialog and by dropping
// a file on the case view, opening through a 0600 copy in a 0700 folder that is removed again,
// exporting with purpose and recipient, removing with a reason, and the record-filing step
// picking its materials from the attachments.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "case/AttachMaterialDialog.h"
#include "case/CaseView.h"
#include "case/MaterialExportDialog.h"
#include "case/MaterialPicker.h"
#include "case/MaterialTempFiles.h"
#include "case/MaterialsPanel.h"
#include "case/RemoveMaterialDialog.h"
#include "case/StepDialog.h"
#include "case/StepFieldsEditor.h"
#include "services/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace casetrack;

namespace {

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// QFileInfo::permissions() also reports the "user" bits; only the owner/group/other ones matter.
QFileDevice::Permissions modeBits(const QString& path)
{
    return QFileInfo(path).permissions() &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

} // namespace

class TestMaterialsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QString m_caseId;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    qint64 attach(const QByteArray& content = QByteArrayLiteral("%PDF-1.4 minutes"))
    {
        const Result<CaseMaterial> m = m_session->attachMaterial(
            m_caseId, {QStringLiteral("meeting_minutes"), QDate(2025, 2, 3), QStringLiteral("党组会议纪要"),
                       QStringLiteral("纪要.pdf"), content});
        return m.ok() ? m->id : 0;
    }

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::createDatabase(m_dir->filePath(QStringLiteral("m.db")));
        QVERIFY(m_session);
        CaseFacts facts;
        facts.subject.name = QStringLiteral("周某");
        facts.subject.appointedByPartyGroup = true;
        auto id = m_session->addCase(facts);
        QVERIFY(id.ok());
        m_caseId = id.value();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void attachThroughTheDialog()
    {
        CaseView view(*m_session);
        view.showCase(m_caseId);
        MaterialsPanel* panel = view.materials();
        QCOMPARE(panel->table()->rowCount(), 0);
        // Under the timeline, the deadlines tab first; the materials tab says how many.
        QTabWidget* tabs = view.detailTabs();
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("案件材料"));
        QPointer<AttachMaterialDialog> dialog =
            panel->openAttachDialog({writeFile(QStringLiteral("审理报告.pdf"), QByteArrayLiteral("report"))});
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("materialType"));
        type->setCurrentIndex(type->findData(QStringLiteral("review_report")));
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("materialDescription")),
                       QStringLiteral("审理报告定稿"));
        dialog->findChild<QPushButton*>(QStringLiteral("materialAttach"))->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(tabs->currentWidget(), panel); // what was just attached is in view
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("案件材料（1）"));
        const CaseMaterial& m = panel->materials().first();
        QCOMPARE(m.type, QStringLiteral("review_report"));
        QCOMPARE(m.description, QStringLiteral("审理报告定稿"));
        QCOMPARE(m.fileName, QStringLiteral("审理报告.pdf"));
        QCOMPARE(m.date, QDate::currentDate());
        QCOMPARE(m_session->auditRecords().last().action, QStringLiteral("material.add"));
    }

    void aFileAboveTheLimitIsNamedAndNotAttached()
    {
        CaseView view(*m_session);
        view.showCase(m_caseId);
        const QString big = m_dir->filePath(QStringLiteral("big.pdf"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxMaterialBytes + 1)); // sparse
        file.close();
        QPointer<AttachMaterialDialog> dialog = view.materials()->openAttachDialog({big});
        QVERIFY(dialog->statusText().contains(QStringLiteral("big.pdf")));
        QVERIFY(dialog->statusText().contains(QStringLiteral("50 MiB")));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("materialAttach"))->isEnabled());
        dialog->attach();
        QVERIFY(m_session->caseMaterials(m_caseId)->isEmpty());
        dialog->reject();
    }

    void dropAFileOnTheCaseView()
    {
        CaseView view(*m_session);
        view.resize(1024, 768);
        view.show();
        view.showCase(m_caseId);
        const QString path = writeFile(QStringLiteral("决定书.pdf"), QByteArrayLiteral("decision"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at(view.width() / 2, view.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &drop);
        QVERIFY(drop.isAccepted());
        QPointer<AttachMaterialDialog> dialog = view.findChild<AttachMaterialDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->files(), QStringList{path});
        dialog->findChild<QPushButton*>(QStringLiteral("materialAttach"))->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(view.materials()->materials().size(), 1);
        QCOMPARE(view.materials()->materials().first().fileName, QStringLiteral("决定书.pdf"));

        // Text that is not a file is not taken.
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &other);
        QVERIFY(!other.isAccepted());
    }

    void openWritesAPrivateCopyThatIsRemoved()
    {
        const QByteArray content = QByteArrayLiteral("%PDF-1.4 minutes with seal");
        const qint64 id = attach(content);
        QVERIFY(id > 0);
        QString opened;
        QFileDevice::Permissions fileMode, folderMode;
        QByteArray seen;
        {
            CaseView view(*m_session);
            view.showCase(m_caseId);
            MaterialsPanel* panel = view.materials();
            panel->setViewer([&](const QString& path) {
                opened = path;
                fileMode = modeBits(path);
                folderMode = modeBits(QFileInfo(path).absolutePath());
                seen = test::readFile(path);
                return true;
            });
            panel->table()->selectRow(0);
            const Error error = panel->openSelected();
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QCOMPARE(seen, content);
            QCOMPARE(fileMode, kOwnerReadWrite);
            QCOMPARE(folderMode, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QCOMPARE(modeBits(panel->tempFiles().folder()),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("纪要.pdf"));
            QCOMPARE(m_session->auditRecords().last().action, QStringLiteral("view.material"));
            QVERIFY(QFileInfo::exists(opened));
        }
        // The view is gone (as at lock and exit): so are the copy and its folder.
        QVERIFY(!QFileInfo::exists(opened));
        QVERIFY(!QFileInfo::exists(QFileInfo(opened).absolutePath()));
    }

    void anotherCaseRemovesTheCopies()
    {
        QVERIFY(attach() > 0);
        CaseView view(*m_session);
        view.showCase(m_caseId);
        view.materials()->setViewer([](const QString&) { return true; });
        view.materials()->table()->selectRow(0);
        QVERIFY(!view.materials()->openSelected().isError());
        const QString folder = view.materials()->tempFiles().folder();
        QVERIFY(QFileInfo::exists(folder));
        CaseFacts facts;
        facts.subject.name = QStringLiteral("吴某");
        view.showCase(m_session->addCase(facts).value());
        QVERIFY(!QFileInfo::exists(folder));
    }

    void copiesOfAProcessThatIsGoneAreRemovedAtStart()
    {
        // A finished process's id: its folder is what a crash leaves behind.
        QProcess done;
        done.start(QStringLiteral("true"));
        QVERIFY(done.waitForStarted());
        const qint64 pid = done.processId();
        QVERIFY(done.waitForFinished());
        const QString stale =
            MaterialTempFiles::baseFolder() + QStringLiteral("/casetrack-materials-%1-test").arg(pid);
        QVERIFY(QDir().mkpath(stale + QStringLiteral("/1")));
        QFile copy(stale + QStringLiteral("/1/left.pdf"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.close();
        const QString live =
            MaterialTempFiles::baseFolder() +
            QStringLiteral("/casetrack-materials-%1-test").arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(live));
        QVERIFY(MaterialTempFiles::removeStale() >= 1);
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(live)); // this process still runs
        QVERIFY(QDir(live).removeRecursively());
    }

    void exportNeedsPurposeAndRecipient()
    {
        QVERIFY(attach(QByteArrayLiteral("minutes")) > 0);
        CaseView view(*m_session);
        view.showCase(m_caseId);
        view.materials()->table()->selectRow(0);
        QPointer<MaterialExportDialog> dialog = view.materials()->openExportDialog();
        QVERIFY(dialog);
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("materialExport"));
        const QString out = m_dir->filePath(QStringLiteral("exported.pdf"));
        test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("materialExportPath")), out);
        QVERIFY(!button->isEnabled());
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("materialExportPurpose")),
                       QStringLiteral("备案"));
        QVERIFY(!button->isEnabled());
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("materialExportRecipient")),
                       QStringLiteral("市纪委"));
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(test::readFile(out), QByteArrayLiteral("minutes"));
        QCOMPARE(modeBits(out), kOwnerReadWrite);
        const AuditRecord use = m_session->auditRecords().last();
        QCOMPARE(use.action, QStringLiteral("export"));
        QCOMPARE(use.after.toObject().value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("市纪委"));
    }

    void removeNeedsAReason()
    {
        QVERIFY(attach() > 0);
        CaseView view(*m_session);
        view.showCase(m_caseId);
        view.materials()->table()->selectRow(0);
        QPointer<RemoveMaterialDialog> dialog = view.materials()->openRemoveDialog();
        QVERIFY(dialog);
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("materialRemove"));
        QVERIFY(!button->isEnabled());
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("materialRemoveReason")),
                       QStringLiteral("重复上传"));
        button->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(view.materials()->table()->rowCount(), 0);
        QCOMPARE(m_session->auditRecords().last().action, QStringLiteral("material.remove"));
    }

    void recordFilingPicksItsMaterials()
    {
        QVERIFY(attach() > 0);
        StepDialog dialog(*m_session, m_caseId, QStringLiteral("record_filed"));
        auto* picker = dialog.findChild<MaterialPicker*>();
        QVERIFY(picker);
        QPointer<MaterialPickerDialog> pick = picker->openPicker();
        QCOMPARE(pick->list()->count(), 1);
        pick->list()->item(0)->setCheckState(Qt::Checked);
        pick->findChild<QPushButton*>(QStringLiteral("materialPickerOk"))->click();
        QTRY_VERIFY(!pick);
        QCOMPARE(dialog.editor()->data().value(QStringLiteral("materials")).toArray(),
                 QJsonArray{QStringLiteral("党组会议纪要")});
        // Picking again does not list it twice.
        picker->addLines({QStringLiteral("党组会议纪要")});
        QCOMPARE(dialog.editor()->data().value(QStringLiteral("materials")).toArray().size(), 1);
        // Steps without a materials field have no picker.
        StepDialog other(*m_session, m_caseId, QStringLiteral("case_filed"));
        QVERIFY(!other.findChild<MaterialPicker*>());
    }
};

QTEST_MAIN(TestMaterialsUi)
#include "test_materials_ui.moc"
