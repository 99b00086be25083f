// 设置 → 发文和收文机构 (issue 11): organs registered, corrected and made default in the desktop,
// through the service (audited, and explained by audit verify); a role that may not change the
// settings sees the list but cannot add or edit.
#include "GuiTestSupport.h"
#include "services/Session.h"
#include "settings/OrganizationDialog.h"
#include "settings/OrganizationsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

namespace {

QString cell(QTableWidget* table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

void fill(OrganizationDialog* dialog, const QString& name, const QString& prefix)
{
    test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("organizationName")), name);
    test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("organizationPrefix")), prefix);
}

} // namespace

class TestOrganizationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
    }

    // Each test on a database of its own, so that each passes alone and in any order.
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("organs%1.db").arg(++m_count));
        m_session = test::createDatabase(m_path);
        QVERIFY(m_session);
        QVERIFY(!m_session->addAccount(kReviewer, Role::Reviewer, test::kPassword).isError());
    }

    void addEditAndDefault()
    {
        OrganizationsPanel panel(*m_session);
        panel.show();
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("organizations"));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("organizationsStatus"))
                    ->text()
                    .contains(QStringLiteral("尚未登记")));

        // The first Party group: the default of its kind whether ticked or not.
        OrganizationDialog* dialog = panel.openAddDialog();
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("organizationSave"));
        QVERIFY(!save->isEnabled()); // no name yet
        fill(dialog, QStringLiteral("中共某市财政局党组"), QStringLiteral("财党"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 1), QStringLiteral("中共某市财政局党组"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("财党"));
        QCOMPARE(cell(table, 0, 5), QStringLiteral("默认"));

        // A second one, ticked as default, takes the flag.
        dialog = panel.openAddDialog();
        fill(dialog, QStringLiteral("中共某市审计局党组"), QStringLiteral("审党"));
        dialog->findChild<QCheckBox*>(QStringLiteral("organizationDefault"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("organizationSave")),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, 5), QString());
        QCOMPARE(cell(table, 1, 5), QStringLiteral("默认"));

        // The first corrected: its kind cannot change, its default cannot be switched off here.
        auto* edit = panel.findChild<QPushButton*>(QStringLiteral("editOrganization"));
        QVERIFY(!edit->isEnabled()); // nothing selected
        table->selectRow(0);
        QVERIFY(edit->isEnabled());
        dialog = panel.openEditDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("organizationKind"))->isEnabled());
        fill(dialog, QStringLiteral("中共某市财政局党组（更正）"), QStringLiteral("财党"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("organizationSave")),
                          Qt::LeftButton);
        QCOMPARE(cell(table, 0, 1), QStringLiteral("中共某市财政局党组（更正）"));
        table->selectRow(1);
        dialog = panel.openEditDialog();
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("organizationDefault"))->isEnabled());
        dialog->reject();

        // In the database, on the record, and explained by the signed trail.
        auto organs = m_session->organizations();
        QVERIFY(organs.ok());
        QCOMPARE(organs->size(), 2);
        QCOMPARE(organs->at(0).name, QStringLiteral("中共某市财政局党组（更正）"));
        QVERIFY(!organs->at(0).isDefault && organs->at(1).isDefault);
        QStringList actions;
        for (const AuditRecord& r : m_session->auditRecords())
            if (r.action.startsWith(QLatin1String("organization.")))
                actions.append(r.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("organization.add"), QStringLiteral("organization.add"),
                                       QStringLiteral("organization.update")}));
        QVERIFY(m_session->verifyAudit().intact);
    }

    // A bad name (a pasted control character) is refused in the dialog, which stays open.
    void refusalStaysInTheDialog()
    {
        OrganizationsPanel panel(*m_session);
        OrganizationDialog* dialog = panel.openAddDialog();
        // Pasted, not typed: a key press would not carry the control character.
        dialog->findChild<QLineEdit*>(QStringLiteral("organizationName"))
            ->setText(QStringLiteral("中共某市\x01党组"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("organizationSave")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("organizationError"))->text().isEmpty());
        dialog->reject();
    }

    void reviewerOnlyReads()
    {
        Organization organ;
        organ.kind = QStringLiteral("party_group");
        organ.name = QStringLiteral("中共某市财政局党组");
        QVERIFY(m_session->addOrganization(organ).ok());
        // Read-only beside the administrator's session, which holds the write lock.
        auto reviewer = Session::open(m_path, kReviewer, test::kPassword, Session::Access::ReadOnly);
        QVERIFY2(reviewer.ok(), qPrintable(reviewer.error().message));
        OrganizationsPanel panel(*reviewer.value());
        auto* add = panel.findChild<QPushButton*>(QStringLiteral("addOrganization"));
        QVERIFY(!add->isEnabled());
        QVERIFY(!add->toolTip().isEmpty());
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("organizations"));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("editOrganization"))->isEnabled());
    }

private:
    const QString kReviewer = QStringLiteral("审理员乙");
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestOrganizationsPage)
#include "test_organizations_page.moc"
