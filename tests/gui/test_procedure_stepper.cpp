// The procedure stepper of the case view: the steps of the case's track in order, done with
// their date, the current ones, refused with the engine's reason and the rest, for a case on
// each of the five tracks, in Chinese and in English, reachable from the keyboard.
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "case/ProcedureStepper.h"
#include "common/DisplayDate.h"
#include "procedure/TrackSteps.h"
#include "services/Session.h"
#include "util/Translations.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace casetrack;

namespace {

CaseFacts factsFor(const QString& track)
{
    CaseFacts facts;
    facts.subject.name = QStringLiteral("测试") + track;
    facts.subject.unit = QStringLiteral("办公厅");
    facts.subject.position = QStringLiteral("处长");
    facts.subject.appointedByPartyGroup = true;
    if (track == QLatin1String("transfer"))
        facts.subject.leadershipMember = true;
    if (track == QLatin1String("grassroots") || track == QLatin1String("grassroots_transfer")) {
        facts.subject.appointedByPartyGroup = false;
        facts.decisionRoute = DecisionRoute::Grassroots;
    }
    if (track == QLatin1String("grassroots_transfer"))
        facts.subject.keySupervisionTarget = true;
    if (track == QLatin1String("local")) {
        facts.subject.orgRelationLocal = true;
        facts.subject.localCommitteeMember = true;
    }
    return facts;
}

// The step that only this track requires (for alternatives: the first of the pair).
StepKind trackMark(const QString& track)
{
    if (track == QLatin1String("transfer"))
        return StepKind::TransferredForReview;
    if (track == QLatin1String("grassroots"))
        return StepKind::GrassrootsCommissionApproved;
    if (track == QLatin1String("grassroots_transfer"))
        return StepKind::TransferredForReview;
    if (track == QLatin1String("local"))
        return StepKind::LocalCommissionDecided;
    return StepKind::PartyGroupDecided;
}

} // namespace

class TestProcedureStepper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_session = test::createDatabase(m_dir.filePath(QStringLiteral("stepper.db")));
        QVERIFY(m_session);
        const QDate filed = QDate::currentDate().addDays(-20);
        for (const QString& track :
             {QStringLiteral("standard"), QStringLiteral("transfer"), QStringLiteral("grassroots"),
              QStringLiteral("grassroots_transfer"), QStringLiteral("local")}) {
            auto id = m_session->addCase(factsFor(track));
            QVERIFY2(id.ok(), qPrintable(track + QLatin1Char(' ') + id.error().message));
            Event filing;
            filing.step = QStringLiteral("case_filed");
            filing.date = filed;
            filing.data = {{QStringLiteral("number"), QStringLiteral("立%1号").arg(m_ids.size() + 1)}};
            auto recorded = m_session->recordEvent(id.value(), filing);
            QVERIFY2(recorded.ok(), qPrintable(recorded.error().message));
            m_ids.insert(track, id.value());
        }
    }

    void cleanup() { installTranslations(QStringLiteral("zh_CN")); }

    void eachTrack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("track");
        for (const char* language : {"zh_CN", "en"})
            for (const char* track : {"standard", "transfer", "grassroots", "grassroots_transfer", "local"})
                QTest::addRow("%s %s", language, track)
                    << QString::fromLatin1(language) << QString::fromLatin1(track);
    }

    void eachTrack()
    {
        QFETCH(QString, language);
        QFETCH(QString, track);
        installTranslations(language);
        CaseView view(*m_session);
        view.resize(1024, 700);
        view.show();
        view.showCase(m_ids.value(track));
        QCOMPARE(trackId(view.state().track), track);

        ProcedureStepper* stepper = view.stepper();
        const QList<TrackStep>& steps = stepper->steps();
        QCOMPARE(steps.size(), trackSteps(view.state()).size());
        QCOMPARE(stepper->labels().size(), steps.size());
        QVERIFY(steps.size() >= 8);

        // Filed: the first step is done, with its date in the interface language.
        QCOMPARE(steps[0].kind, StepKind::CaseFiled);
        QCOMPARE(steps[0].status, TrackStepStatus::Done);
        const QString filed = displayDate(QDate::currentDate().addDays(-20));
        QVERIFY2(stepper->labels()[0]->text().contains(filed), qPrintable(stepper->labels()[0]->text()));
        // The name may be elided on the step; the tooltip and accessible name carry it whole.
        QVERIFY(stepper->labels()[0]->toolTip().contains(stepDefinition(StepKind::CaseFiled).name()));
        QVERIFY(stepper->labels()[0]->accessibleName().contains(stepDefinition(StepKind::CaseFiled).name()));
        // Then what can be recorded now, and the rest; nothing after an open step is "refused"
        // (it waits for the step before it). Only case_filed is recorded: nothing else is done.
        QVERIFY(std::any_of(steps.cbegin(), steps.cend(),
                            [](const TrackStep& s) { return s.status == TrackStepStatus::Current; }));
        bool open = false;
        for (const TrackStep& s : steps) {
            if (open)
                QVERIFY(s.status != TrackStepStatus::Refused && s.status != TrackStepStatus::Done);
            open = open || s.status != TrackStepStatus::Done;
        }
        QCOMPARE(steps.last().status, TrackStepStatus::Remaining);
        // The track's own step is there, in the order of the track.
        int mark = -1;
        for (int i = 0; i < steps.size(); ++i)
            if (steps[i].kind == trackMark(track))
                mark = i;
        QVERIFY2(mark > 0, qPrintable(track));
        if (track.startsWith(QLatin1String("grassroots"))) {
            // 基层纪委 or 基层党委: one step of the track, both names.
            int pair = -1;
            for (int i = 0; i < steps.size(); ++i)
                if (steps[i].kind == StepKind::GrassrootsCommissionApproved)
                    pair = i;
            QVERIFY(pair > 0);
            QVERIFY(steps[pair].alternative == StepKind::GrassrootsCommitteeApproved);
            QVERIFY(stepper->labels()[pair]->toolTip().contains(
                stepDefinition(StepKind::GrassrootsCommitteeApproved).name()));
        }

        // Texts in the interface language: English articles, nothing left in Chinese form.
        static const QRegularExpression chineseArticle(QStringLiteral("第[一二三四五六七八九十百]+条"));
        for (QLabel* label : stepper->labels()) {
            QVERIFY(!label->toolTip().isEmpty());
            QVERIFY(!label->accessibleName().isEmpty());
            if (language == QLatin1String("en")) {
                QVERIFY2(!chineseArticle.match(label->toolTip()).hasMatch(), qPrintable(label->toolTip()));
                QVERIFY2(!label->text().contains(QStringLiteral("党")), qPrintable(label->text()));
            }
        }
        // Above the timeline, and wrapped within the view's width.
        auto* timeline = view.findChild<QTableView*>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QVERIFY(stepper->mapTo(&view, QPoint(0, 0)).y() < timeline->mapTo(&view, QPoint(0, 0)).y());
        for (QLabel* label : stepper->labels())
            QVERIFY(label->geometry().right() <= stepper->width());
    }

    void refusedStepShowsTheReason()
    {
        ProcedureStepper stepper;
        TrackStep done{StepKind::CaseFiled, std::nullopt, TrackStepStatus::Done, QDate(2025, 1, 2), {}, {}};
        TrackStep refused{StepKind::DecisionAnnounced,
                          std::nullopt,
                          TrackStepStatus::Refused,
                          {},
                          Message::verbatim(QStringLiteral("须先作出决定。")),
                          QStringLiteral("第十条")};
        TrackStep remaining{StepKind::RecordFiled, std::nullopt, TrackStepStatus::Remaining, {}, {}, {}};
        stepper.setSteps({done, refused, remaining});
        stepper.show();
        QLabel* label = stepper.labels()[1];
        QVERIFY(label->toolTip().contains(QStringLiteral("须先作出决定。")));
        QVERIFY(label->toolTip().contains(QStringLiteral("第十条")));
        QVERIFY(label->accessibleName().contains(ProcedureStepper::statusText(TrackStepStatus::Refused)));
        QVERIFY(label->text().startsWith(QStringLiteral("✕")));
        QVERIFY(stepper.labels()[0]->text().contains(displayDate(QDate(2025, 1, 2))));
        // The first step not done is where the keyboard starts; arrows, Home and End move.
        QCOMPARE(stepper.focusedStep(), 1);
        stepper.setFocus();
        QTest::keyClick(&stepper, Qt::Key_Right);
        QCOMPARE(stepper.focusedStep(), 2);
        QTest::keyClick(&stepper, Qt::Key_Right);
        QCOMPARE(stepper.focusedStep(), 2);
        QTest::keyClick(&stepper, Qt::Key_Home);
        QCOMPARE(stepper.focusedStep(), 0);
        QVERIFY(stepper.accessibleDescription().contains(stepDefinition(StepKind::CaseFiled).name()));
        QTest::keyClick(&stepper, Qt::Key_End);
        QCOMPARE(stepper.focusedStep(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QHash<QString, QString> m_ids;
};

QTEST_MAIN(TestProcedureStepper)
#include "test_procedure_stepper.moc"
