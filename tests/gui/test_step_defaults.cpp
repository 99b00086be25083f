// Defaults a step dialog carries forward from the case: the decision opens on the sanction that
// was proposed (the defect: it defaulted to 警告 after a 严重警告 proposal). Offscreen.
#include "GuiTestSupport.h"
#include "case/StepDialog.h"
#include "case/StepFieldsEditor.h"
#include "services/Session.h"

#include <QComboBox>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace casetrack;

class TestStepDefaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::createDatabase(m_dir->filePath(QStringLiteral("s.db")));
        QVERIFY(m_session);
        CaseFacts facts;
        facts.subject.name = QStringLiteral("周某");
        facts.subject.appointedByPartyGroup = true; // the standard track: Party-group decision
        auto id = m_session->addCase(facts);
        QVERIFY(id.ok());
        m_caseId = id.value();
        const QDate filed = QDate::currentDate().addDays(-30);
        record("case_filed", filed);
        record("principal_notified", filed);
        record("investigation_concluded", filed.addDays(10));
        record("subject_heard", filed.addDays(10));
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void decisionDefaultsToTheProposedSanction()
    {
        record("proposal_made", QDate::currentDate().addDays(-18),
               {{QStringLiteral("sanction"), QStringLiteral("serious_warning")}});
        record("party_group_informed_of_suggestion", QDate::currentDate().addDays(-17));
        if (QTest::currentTestFailed())
            return;
        StepDialog dialog(*m_session, m_caseId, QStringLiteral("party_group_decided"));
        auto* sanction = dialog.findChild<QComboBox*>(QStringLiteral("field_sanction"));
        QVERIFY(sanction);
        QCOMPARE(sanction->currentData().toString(), QStringLiteral("serious_warning"));
        // The carried value is what would be saved.
        QCOMPARE(dialog.editor()->data().value(QStringLiteral("sanction")).toString(),
                 QStringLiteral("serious_warning"));
    }

    // "No sanction" may be proposed but never decided: the decision keeps its own default.
    void proposalOfNoSanctionIsNotCarriedIntoADecision()
    {
        record("proposal_made", QDate::currentDate().addDays(-18),
               {{QStringLiteral("sanction"), QStringLiteral("none")}});
        record("party_group_informed_of_suggestion", QDate::currentDate().addDays(-17));
        if (QTest::currentTestFailed())
            return;
        StepDialog dialog(*m_session, m_caseId, QStringLiteral("party_group_decided"));
        auto* sanction = dialog.findChild<QComboBox*>(QStringLiteral("field_sanction"));
        QVERIFY(sanction);
        QVERIFY(sanction->currentData().toString() != QStringLiteral("none"));
        QCOMPARE(sanction->findData(QStringLiteral("none")), -1);
    }

private:
    void record(const char* step, const QDate& date, const QJsonObject& data = {})
    {
        Event e;
        e.step = QLatin1String(step);
        e.date = date;
        e.data = data;
        auto r = m_session->recordEvent(m_caseId, e);
        QVERIFY2(r.ok(), qPrintable(QLatin1String(step) + QLatin1String(": ") +
                                    (r.ok() ? QString() : r.error().message)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QString m_caseId;
};

QTEST_MAIN(TestStepDefaults)
#include "test_step_defaults.moc"
