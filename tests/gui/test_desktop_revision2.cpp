// Procedure revision 2 in the desktop (issue 10), driven by objectName offscreen: the new-case
// route choice and inline fact checks, every step revision 2 added recorded through the step
// dialog with its fields, the case view's decision history, deadlines and warnings, and the
// 更正案件信息 dialog's replayed preview before saving.
#include "GuiTestSupport.h"
#include "WidgetScan.h"
#include "case/CaseDeadlinesModel.h"
#include "case/CaseView.h"
#include "case/FactCorrectionDialog.h"
#include "case/RecusalEditor.h"
#include "case/StepDialog.h"
#include "case/StepFieldsEditor.h"
#include "cases/NewCaseDialog.h"
#include "common/DateField.h"
#include "common/DisplayText.h"
#include "procedure/StepTable.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace casetrack;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

void setCombo(QWidget* root, const char* name, const QString& data)
{
    auto* combo = root->findChild<QComboBox*>(QLatin1String(name));
    QVERIFY2(combo, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void setSpin(QWidget* root, const char* name, int value)
{
    auto* spin = root->findChild<QSpinBox*>(QLatin1String(name));
    QVERIFY2(spin, name);
    spin->setValue(value);
}

} // namespace

class TestDesktopRevision2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = test::createDatabase(m_dir->filePath(QStringLiteral("r2.db")));
        QVERIFY(m_session);
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    // 第四条第二款 "也可以": the Party group by default, the grassroots route by choice; the
    // combinations core refuses show inline in the dialog's words, with 保存 off.
    void newCaseRouteAndFacts()
    {
        Organization group;
        group.kind = QStringLiteral("party_group");
        group.name = QStringLiteral("中共某某市财政局党组");
        auto added = m_session->addOrganization(group);
        QVERIFY(added.ok());
        NewCaseDialog dialog(*m_session);
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("newCaseSave"));
        auto* route = dialog.findChild<QComboBox*>(QStringLiteral("decisionRoute"));
        QVERIFY(route);
        QCOMPARE(route->currentData().toString(), QStringLiteral("party_group"));
        test::typeText(dialog.findChild<QLineEdit*>(QStringLiteral("subjectName")), QStringLiteral("周某"));
        QVERIFY2(dialog.trackText().contains(QStringLiteral("党组讨论决定")), qPrintable(dialog.trackText()));
        QVERIFY(save->isEnabled());
        setCombo(&dialog, "decisionRoute", QStringLiteral("grassroots"));
        QVERIFY2(dialog.trackText().contains(QStringLiteral("基层")), qPrintable(dialog.trackText()));
        // Appointed by the Party group: the grassroots route is not open (第四条第一款).
        dialog.findChild<QCheckBox*>(QStringLiteral("appointedByPartyGroup"))->setChecked(true);
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("处分决定方式")) &&
                     !dialog.errorText().contains(QStringLiteral("decision_route")),
                 qPrintable(dialog.errorText()));
        dialog.findChild<QCheckBox*>(QStringLiteral("appointedByPartyGroup"))->setChecked(false);
        QVERIFY(save->isEnabled());
        // Not managed by the Party group: outside the regulation (第三条).
        dialog.findChild<QCheckBox*>(QStringLiteral("managedByPartyGroup"))->setChecked(false);
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("第三条")), qPrintable(dialog.errorText()));
        dialog.findChild<QCheckBox*>(QStringLiteral("managedByPartyGroup"))->setChecked(true);
        // A principal leader is a leadership member: said inline, not refused.
        auto* implied = dialog.findChild<QLabel*>(QStringLiteral("impliedFacts"));
        QVERIFY(implied->text().isEmpty());
        dialog.findChild<QCheckBox*>(QStringLiteral("principalLeader"))->setChecked(true);
        QVERIFY(!implied->text().isEmpty());
        QVERIFY(save->isEnabled());
        dialog.findChild<QCheckBox*>(QStringLiteral("principalLeader"))->setChecked(false);
        setCombo(&dialog, "filingBody", QStringLiteral("organ_commission"));
        setCombo(&dialog, "body_party_group", added->id);
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("body_dispatched_body"))->isEnabled()); // none
        QSignalSpy created(&dialog, &NewCaseDialog::caseCreated);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(created.size(), 1);
        auto record = m_session->loadCase(created.at(0).at(0).toString());
        QVERIFY(record.ok());
        QVERIFY(record->facts.decisionRoute == DecisionRoute::Grassroots);
        QCOMPARE(record->facts.filingBody, QStringLiteral("organ_commission"));
        QCOMPARE(record->facts.bodies.value(QStringLiteral("party_group")), added->id);
        QCOMPARE(int(record->events.size()), 1); // case_filed
    }

    // Every step revision 2 added, through the step dialog with all its fields.
    void newStepsThroughDialog()
    {
        // Standard track to a probation decision with a member who withdrew (回避).
        const QString id = addCase(QJsonObject{{QStringLiteral("appointed_by_party_group"), true}});
        for (const char* step : {"case_filed", "principal_notified", "investigation_concluded"})
            QVERIFY(recordDirect(id, step, "2025-07-01"));
        record(id, "subject_heard", "2025-07-02", [](QWidget* e) {
            test::typeText(e->findChild<QPlainTextEdit*>(QStringLiteral("field_statement")),
                           QStringLiteral("本人对事实无异议"));
            e->findChild<QCheckBox*>(QStringLiteral("field_accepted_facts"))->setChecked(true);
        });
        QVERIFY(recordDirect(id, "proposal_made", "2025-07-03",
                             {{QStringLiteral("sanction"), QStringLiteral("probation")},
                              {QStringLiteral("probation_years"), 1}}));
        QVERIFY(recordDirect(id, "party_group_informed_of_suggestion", "2025-07-04"));
        record(id, "party_group_decided", "2025-07-10", [](QWidget* e) {
            setCombo(e, "field_sanction", QStringLiteral("probation"));
            setSpin(e, "field_probation_years", 1);
            setSpin(e, "field_members_total", 9);
            setSpin(e, "field_members_present", 7);
            setSpin(e, "field_votes_for", 6);
            test::typeText(e->findChild<QLineEdit*>(QStringLiteral("field_meeting")),
                           QStringLiteral("党组会议纪要〔2025〕9号"));
            e->findChild<RecusalEditor*>(QStringLiteral("field_recused"))
                ->setMembers({QJsonObject{{QStringLiteral("name"), QStringLiteral("李某")},
                                          {QStringLiteral("reason"), QStringLiteral("近亲属")}}});
        });
        QVERIFY(recordDirect(id, "decision_announced", "2025-07-15"));
        record(id, "archived_to_personnel_file", "2025-07-16", {});
        record(id, "personnel_changes_extended", "2025-07-20", [](QWidget* e) {
            e->findChild<DateField*>(QStringLiteral("field_until"))->setDate(day("2025-10-10"));
            test::typeText(e->findChild<QLineEdit*>(QStringLiteral("field_approved_by")),
                           QStringLiteral("驻在单位党组"));
        });
        record(id, "personnel_changes_completed", "2025-09-01", {});
        record(id, "execution_reported", "2026-01-09", {});
        record(id, "probation_concluded", "2026-07-13",
               [](QWidget* e) { setCombo(e, "field_outcome", QStringLiteral("restored")); });
        auto stored = m_session->loadCase(id);
        QVERIFY(stored.ok());
        auto dataOf = [&](const char* step) {
            for (const Event& e : stored->events)
                if (e.step == QLatin1String(step))
                    return e.data;
            return QJsonObject();
        };
        QCOMPARE(dataOf("subject_heard").value(QStringLiteral("statement")).toString(),
                 QStringLiteral("本人对事实无异议"));
        QCOMPARE(dataOf("subject_heard").value(QStringLiteral("accepted_facts")).toBool(), true);
        QCOMPARE(dataOf("party_group_decided").value(QStringLiteral("recused")).toArray().size(), 1);
        QCOMPARE(dataOf("personnel_changes_extended").value(QStringLiteral("until")).toString(),
                 QStringLiteral("2025-10-10"));
        QCOMPARE(dataOf("probation_concluded").value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("restored"));

        // Appeals on a warning: changed to 撤销党内职务.
        const QString appealed = decidedWarning();
        record(appealed, "appeal_filed", "2025-08-01", [](QWidget* e) {
            test::typeText(e->findChild<QPlainTextEdit*>(QStringLiteral("field_text")),
                           QStringLiteral("认为处分过重"));
        });
        record(appealed, "appeal_decided", "2025-09-01", [](QWidget* e) {
            setCombo(e, "field_outcome", QStringLiteral("changed"));
            setCombo(e, "field_sanction", QStringLiteral("removal_from_post"));
        });

        // An escalation withdrawn with its reason (第八条).
        const QString escalated = addCase(QJsonObject{{QStringLiteral("appointed_by_party_group"), true}});
        for (const char* step :
             {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
            QVERIFY(recordDirect(escalated, step, "2025-07-01"));
        QVERIFY(recordDirect(escalated, "proposal_made", "2025-07-02",
                             {{QStringLiteral("sanction"), QStringLiteral("warning")}}));
        QVERIFY(recordDirect(escalated, "party_group_informed_of_suggestion", "2025-07-03"));
        QVERIFY(recordDirect(escalated, "party_group_disagreed", "2025-07-04",
                             {{QStringLiteral("sanction"), QStringLiteral("serious_warning")}}));
        QVERIFY(recordDirect(escalated, "escalated_to_dispatching_organ", "2025-07-05"));
        record(escalated, "escalation_withdrawn", "2025-07-06", [](QWidget* e) {
            test::typeText(e->findChild<QLineEdit*>(QStringLiteral("field_reason")),
                           QStringLiteral("党组同意原建议"));
        });

        // A grassroots expulsion the Party group meeting rejects (第四条第二款).
        const QString rejected = addCase({}, QStringLiteral("grassroots"));
        for (const char* step :
             {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
            QVERIFY(recordDirect(rejected, step, "2025-07-01"));
        QVERIFY(recordDirect(rejected, "proposal_made", "2025-07-02",
                             {{QStringLiteral("sanction"), QStringLiteral("expulsion")}}));
        QVERIFY(recordDirect(rejected, "grassroots_committee_approved", "2025-07-05",
                             {{QStringLiteral("sanction"), QStringLiteral("expulsion")},
                              {QStringLiteral("members_total"), 9},
                              {QStringLiteral("members_present"), 6},
                              {QStringLiteral("votes_for"), 5}}));
        record(rejected, "party_group_rejected_expulsion", "2025-07-10", [](QWidget* e) {
            setSpin(e, "field_members_total", 7);
            setSpin(e, "field_members_present", 5);
            test::typeText(e->findChild<QLineEdit*>(QStringLiteral("field_reason")),
                           QStringLiteral("情节尚不足以开除党籍"));
            e->findChild<RecusalEditor*>(QStringLiteral("field_recused"))
                ->setMembers({QJsonObject{{QStringLiteral("name"), QStringLiteral("赵某")}}});
        });
        // Every step of the table (but the two with their own dialogs) has an editor per field.
        for (const StepDefinition& step : stepTable()) {
            if (step.id == QLatin1String("correction") || step.id == QLatin1String("facts_corrected"))
                continue;
            StepFieldsEditor editor(step, m_session->engineSettings());
            for (const StepField& field : step.fields) {
                QWidget* w = editor.findChild<QWidget*>(QStringLiteral("field_") + field.name);
                QVERIFY2(w, qPrintable(step.id + QLatin1Char('.') + field.name));
            }
        }
    }

    // The quorum line counts the members who withdrew: present + recused may not exceed total.
    void recusalCountsInQuorum()
    {
        const StepDefinition* step = findStep(QStringLiteral("party_group_decided"));
        QVERIFY(step);
        StepFieldsEditor editor(*step, m_session->engineSettings());
        setSpin(&editor, "field_members_total", 7);
        setSpin(&editor, "field_members_present", 7);
        setSpin(&editor, "field_votes_for", 6);
        QVERIFY2(editor.quorumText().contains(QStringLiteral("符合要求")), qPrintable(editor.quorumText()));
        editor.findChild<RecusalEditor*>(QStringLiteral("field_recused"))
            ->setMembers({QJsonObject{{QStringLiteral("name"), QStringLiteral("李某")}}});
        QVERIFY2(editor.quorumText().contains(QStringLiteral("回避")), qPrintable(editor.quorumText()));
        QCOMPARE(editor.data()
                     .value(QStringLiteral("recused"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("李某")));
        // A grassroots meeting is checked against its own thresholds (第四条第二款), not 第九条.
        const StepDefinition* grassroots = findStep(QStringLiteral("grassroots_committee_approved"));
        QVERIFY(grassroots);
        StepFieldsEditor approval(*grassroots, m_session->engineSettings());
        setSpin(&approval, "field_members_total", 9);
        setSpin(&approval, "field_members_present", 6);
        setSpin(&approval, "field_votes_for", 5);
        QVERIFY2(approval.quorumText().contains(QStringLiteral("第四条第二款")) &&
                     !approval.quorumText().contains(QStringLiteral("第九条")),
                 qPrintable(approval.quorumText()));
    }

    // The decision in force and its history through an appeal, the execution deadlines, the
    // warnings (a decision before the 2025 revision took effect, 第十八条).
    void caseViewShowsDecisionHistory()
    {
        const QString id = decidedWarning("2025-05-20");
        QVERIFY(recordDirect(id, "appeal_filed", "2025-08-01"));
        QVERIFY(recordDirect(id, "appeal_decided", "2025-09-01",
                             {{QStringLiteral("outcome"), QStringLiteral("changed")},
                              {QStringLiteral("sanction"), QStringLiteral("removal_from_post")}}));
        CaseView view(*m_session);
        view.resize(1024, 768);
        view.showCase(id);
        const QString header = view.findChild<QLabel*>(QStringLiteral("caseHeader"))->text();
        QVERIFY2(header.contains(QStringLiteral("现行处分")) &&
                     header.contains(QStringLiteral("撤销党内职务")) &&
                     header.contains(QStringLiteral("处分沿革")) && header.contains(QStringLiteral("警告（")),
                 qPrintable(header));
        QStringList kinds;
        for (const CaseDeadline& d : view.state().deadlines)
            kinds.append(d.id());
        QVERIFY2(kinds.contains(QStringLiteral("personnel_changes")) &&
                     kinds.contains(QStringLiteral("execution_report")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QCOMPARE(view.deadlines()->rowCount(), int(view.state().deadlines.size()));
        auto* warnings = view.findChild<QLabel*>(QStringLiteral("caseWarnings"));
        QVERIFY(!view.state().warnings.isEmpty());
        QVERIFY2(warnings->text().contains(view.state().warnings.first().text.toString().left(6)),
                 qPrintable(warnings->text()));
    }

    // 更正案件信息: a preview before saving; a refusal names the orphaned steps and saves nothing;
    // a harmless correction saves, audited as a facts_corrected event.
    void factCorrectionPreviewsBeforeSaving()
    {
        const QString id = decidedWarning();
        CaseView view(*m_session);
        view.showCase(id);
        auto* button = view.findChild<QPushButton*>(QStringLiteral("correctFacts"));
        QVERIFY(button && button->isEnabled());
        FactCorrectionDialog* dialog = view.openFactCorrectionDialog();
        QVERIFY(dialog);
        auto* preview = dialog->findChild<QPushButton*>(QStringLiteral("factPreview"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("factSave"));
        QVERIFY(!preview->isEnabled() && !save->isEnabled()); // nothing changed yet
        test::typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("factReason")),
                       QStringLiteral("漏填"));
        dialog->findChild<QCheckBox*>(QStringLiteral("factLeadership"))->setChecked(true);
        QCOMPARE(dialog->patch(), (QJsonObject{{QStringLiteral("subject"),
                                                QJsonObject{{QStringLiteral("leadership_member"), true}}}}));
        QVERIFY(!save->isEnabled()); // not previewed
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        const QString refused = dialog->previewText();
        QVERIFY2(refused.contains(QStringLiteral("不能保存")) &&
                     refused.contains(stepName(QStringLiteral("party_group_decided"))) &&
                     !refused.contains(QStringLiteral("party_group_decided")) &&
                     refused.contains(QStringLiteral("程序：")),
                 qPrintable(refused));
        QCOMPARE(int(m_session->loadCase(id)->events.size()), 8); // nothing saved
        // Back to the recorded value, and a name corrected instead.
        dialog->findChild<QCheckBox*>(QStringLiteral("factLeadership"))->setChecked(false);
        test::replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("factName")), QStringLiteral("张叁"));
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY2(dialog->previewText().contains(QStringLiteral("可以保存")),
                 qPrintable(dialog->previewText()));
        QVERIFY(save->isEnabled());
        // Any edit after the preview asks for a new one.
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("factUnit")), QStringLiteral("某处"));
        QVERIFY(!save->isEnabled());
        dialog->findChild<QLineEdit*>(QStringLiteral("factUnit"))->clear();
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto stored = m_session->loadCase(id);
        QCOMPARE(stored->facts.subject.name, QStringLiteral("张叁"));
        QCOMPARE(stored->events.last().step, QStringLiteral("facts_corrected"));
        QCOMPARE(stored->events.last().data.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("漏填"));
        QCOMPARE(view.state().facts.subject.name, QStringLiteral("张叁")); // the view refreshed
    }

    // The organs a case names are corrected too; saved through the service like the other facts.
    void factCorrectionNamesAnOrgan()
    {
        Organization group;
        group.kind = QStringLiteral("party_group");
        group.name = QStringLiteral("中共某某市财政局党组");
        auto added = m_session->addOrganization(group);
        QVERIFY(added.ok());
        const QString id = decidedWarning();
        FactCorrectionDialog dialog(*m_session, id);
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("factBody_stationed_body"))->isEnabled());
        setCombo(&dialog, "factBody_party_group", added->id);
        QCOMPARE(dialog.patch(), (QJsonObject{{QStringLiteral("bodies"),
                                               QJsonObject{{QStringLiteral("party_group"), added->id}}}}));
        test::typeText(dialog.findChild<QPlainTextEdit*>(QStringLiteral("factReason")),
                       QStringLiteral("补录机构"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("factPreview")), Qt::LeftButton);
        QVERIFY2(dialog.previewText().contains(QStringLiteral("可以保存")), qPrintable(dialog.previewText()));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("factSave")), Qt::LeftButton);
        QCOMPARE(m_session->loadCase(id)->facts.bodies.value(QStringLiteral("party_group")), added->id);
    }

    // The birth and Party-joining dates are corrected here too: typed, checked inline (nothing is
    // previewed while a date is not a date), saved, and removed again by clearing the field.
    void factCorrectionOfDates()
    {
        const QString id = decidedWarning();
        {
            FactCorrectionDialog dialog(*m_session, id);
            auto* birth = dialog.findChild<QLineEdit*>(QStringLiteral("factBirthDateText"));
            QVERIFY(birth);
            auto* preview = dialog.findChild<QPushButton*>(QStringLiteral("factPreview"));
            test::typeText(dialog.findChild<QPlainTextEdit*>(QStringLiteral("factReason")),
                           QStringLiteral("据干部档案补录"));
            test::typeText(birth, QStringLiteral("1972-13-40"));
            QVERIFY(!preview->isEnabled());
            QVERIFY2(dialog.previewText().contains(QStringLiteral("不是日期")),
                     qPrintable(dialog.previewText()));
            test::replaceText(birth, QStringLiteral("19720514"));
            QCOMPARE(dialog.patch(),
                     (QJsonObject{{QStringLiteral("subject"), QJsonObject{{QStringLiteral("birth_date"),
                                                                           QStringLiteral("1972-05-14")}}}}));
            QTest::mouseClick(preview, Qt::LeftButton);
            QVERIFY2(dialog.previewText().contains(QStringLiteral("可以保存")),
                     qPrintable(dialog.previewText()));
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("factSave")), Qt::LeftButton);
            QCOMPARE(m_session->loadCase(id)->facts.subject.birthDate, QDate(1972, 5, 14));
        }
        {
            FactCorrectionDialog dialog(*m_session, id);
            auto* birth = dialog.findChild<QLineEdit*>(QStringLiteral("factBirthDateText"));
            QVERIFY(!birth->text().isEmpty()); // shows the recorded date
            QVERIFY(dialog.patch().isEmpty());
            birth->clear();
            QCOMPARE(dialog.patch(),
                     (QJsonObject{{QStringLiteral("subject"),
                                   QJsonObject{{QStringLiteral("birth_date"), QJsonValue()}}}}));
            test::typeText(dialog.findChild<QPlainTextEdit*>(QStringLiteral("factReason")),
                           QStringLiteral("误录，删除"));
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("factPreview")), Qt::LeftButton);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("factSave")), Qt::LeftButton);
            QVERIFY(!m_session->loadCase(id)->facts.subject.birthDate.isValid());
        }
    }

private:
    QString addCase(const QJsonObject& subject, const QString& route = QStringLiteral("party_group"))
    {
        QJsonObject s = subject;
        s.insert(QStringLiteral("name"), QStringLiteral("张三"));
        auto facts =
            CaseFacts::fromJson({{QStringLiteral("subject"), s}, {QStringLiteral("decision_route"), route}});
        if (!facts.ok())
            qFatal("facts: %s", qPrintable(facts.error().message));
        auto id = m_session->addCase(facts.value());
        return id.ok() ? id.value() : QString();
    }

    bool recordDirect(const QString& id, const char* step, const char* date, const QJsonObject& data = {})
    {
        Event e;
        e.step = QLatin1String(step);
        e.date = day(date);
        e.data = data;
        auto recorded = m_session->recordEvent(id, e);
        if (!recorded.ok())
            qWarning("%s: %s", step, qPrintable(recorded.error().message));
        return recorded.ok();
    }

    // A standard-track case with a warning decided on `decidedOn` and announced (8 events).
    QString decidedWarning(const char* decidedOn = "2025-07-10")
    {
        const QString id = addCase(QJsonObject{{QStringLiteral("appointed_by_party_group"), true}});
        for (const char* step :
             {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
            recordDirect(id, step, "2025-05-02");
        recordDirect(id, "proposal_made", "2025-05-03",
                     {{QStringLiteral("sanction"), QStringLiteral("warning")}});
        recordDirect(id, "party_group_informed_of_suggestion", "2025-05-04");
        recordDirect(id, "party_group_decided", decidedOn,
                     {{QStringLiteral("sanction"), QStringLiteral("warning")},
                      {QStringLiteral("members_total"), 7},
                      {QStringLiteral("members_present"), 6},
                      {QStringLiteral("votes_for"), 5}});
        recordDirect(id, "decision_announced", "2025-07-15");
        return id;
    }

    // The step's dialog as a user fills it: date, then `fill`, then 保存.
    void record(const QString& id, const char* step, const char* date,
                const std::function<void(QWidget*)>& fill)
    {
        StepDialog dialog(*m_session, id, QLatin1String(step));
        QVERIFY2(dialog.editor(), step);
        dialog.editor()->setDate(day(date));
        if (fill)
            fill(dialog.editor());
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(dialog.canSave(),
                 qPrintable(QLatin1String(step) + QStringLiteral(": ") + dialog.refusalText()));
        const int before = int(m_session->loadCase(id)->events.size());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("stepSave")), Qt::LeftButton);
        auto stored = m_session->loadCase(id);
        QCOMPARE(int(stored->events.size()), before + 1);
        QCOMPARE(stored->events.last().step, QString::fromLatin1(step));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestDesktopRevision2)
#include "test_desktop_revision2.moc"
