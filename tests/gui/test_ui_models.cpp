// QAbstractItemModelTester on every item model of the desktop, over a small real database.
#include "GuiTestSupport.h"
#include "audit/AuditModel.h"
#include "calendar/CalendarDaysModel.h"
#include "case/CaseDeadlinesModel.h"
#include "case/TimelineModel.h"
#include "cases/CaseFilterProxy.h"
#include "cases/CaseIndex.h"
#include "cases/CaseListModel.h"
#include "cases/MergeRuns.h"
#include "cases/PinyinOrder.h"
#include "deadlines/DeadlinesModel.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "users/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace casetrack;

namespace {
QString addCase(Session& s, const QString& name, const QString& unit, const QDate& filed, bool decide)
{
    CaseFacts facts;
    facts.subject.name = name;
    facts.subject.unit = unit;
    facts.subject.appointedByPartyGroup = true; // the standard track: Party-group decision
    auto id = s.addCase(facts);
    if (!id.ok())
        return {};
    auto record = [&](const char* step, const QDate& date, QJsonObject data = {}) {
        Event e;
        e.step = QLatin1String(step);
        e.date = date;
        e.data = data;
        auto r = s.recordEvent(id.value(), e);
        if (!r.ok())
            qWarning("%s refused: %s", step, qPrintable(r.error().message));
    };
    record("case_filed", filed, {{QStringLiteral("number"), QStringLiteral("案-%1").arg(name)}});
    if (decide) {
        record("principal_notified", filed);
        record("investigation_concluded", filed.addDays(10));
        record("subject_heard", filed.addDays(10));
        record("proposal_made", filed.addDays(12), {{QStringLiteral("sanction"), QStringLiteral("warning")}});
        record("party_group_informed_of_suggestion", filed.addDays(13));
        record("party_group_decided", filed.addDays(14),
               {{QStringLiteral("sanction"), QStringLiteral("warning")},
                {QStringLiteral("members_total"), 7},
                {QStringLiteral("members_present"), 5},
                {QStringLiteral("votes_for"), 5}});
    }
    return id.value();
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_session = test::createDatabase(m_dir.filePath(QStringLiteral("m.db")));
        QVERIFY(m_session);
        const QDate today = QDate::currentDate();
        QVERIFY(
            !addCase(*m_session, QStringLiteral("张三"), QStringLiteral("财务处"), today.addDays(-60), true)
                 .isEmpty());
        QVERIFY(
            !addCase(*m_session, QStringLiteral("李四"), QStringLiteral("办公室"), today.addDays(-30), true)
                 .isEmpty());
        m_lastId = addCase(*m_session, QStringLiteral("王五"), QStringLiteral("人事处"), today, false);
        QVERIFY(!m_lastId.isEmpty());
    }

    void caseListAndProxy()
    {
        CaseIndex index(*m_session);
        QSignalSpy reset(&index, &CaseIndex::reset);
        CaseListModel model(&index);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        index.reload();
        QTRY_COMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("张"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("处"));
        QCOMPARE(proxy.rowCount(), 2); // 财务处, 人事处
        proxy.setSearchText(QStringLiteral("案-李"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        proxy.setOverdueOnly(true);
        QCOMPARE(proxy.rowCount(), 1); // decided 46 days ago, not announced: 第十条 overdue
        proxy.setOverdueOnly(false);
        proxy.setStage(QStringLiteral("investigation"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStage(QString());
        proxy.setYear(1999);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setYear(0);
        proxy.sort(CaseListModel::Deadline);
        // One case changes: one row updated, no reset.
        index.updateCase(m_lastId);
        QCOMPARE(model.rowCount(), 3);

        DeadlinesModel deadlines(&index);
        QAbstractItemModelTester t3(&deadlines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(deadlines.rowCount(), 3);
        QVERIFY(deadlines.groupSize(DeadlinesModel::OverdueGroup) >= 1);
        index.reload();
        QTRY_COMPARE(reset.count(), 2);
    }

    // Issue 13: sorting is a permutation over keys each row has (names in pinyin order), the
    // search filters on folded keys, the empty search gives the sorted list back, and rows
    // added or changed are merged into the order, with the current row following its case.
    void caseListSortsAndFiltersOnKeys()
    {
        CaseIndex index(*m_session);
        QSignalSpy reset(&index, &CaseIndex::reset);
        CaseListModel model(&index);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        index.reload();
        QTRY_COMPARE(reset.count(), 1);
        auto names = [&] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out.append(proxy.index(row, CaseListModel::Name).data().toString());
            return out;
        };
        // Pinyin: li, wang, zhang (code points would give 张, 李, 王).
        proxy.sort(CaseListModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三")}));
        proxy.sort(CaseListModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("张三"), QStringLiteral("王五"), QStringLiteral("李四")}));
        // Units: ban, cai, ren.
        proxy.sort(CaseListModel::Unit, Qt::AscendingOrder);
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("李四"), QStringLiteral("张三"), QStringLiteral("王五")}));

        const QPersistentModelIndex current = proxy.index(1, 0); // 张三
        proxy.sort(CaseListModel::Name, Qt::AscendingOrder);
        QCOMPARE(current.row(), 2);
        QCOMPARE(current.data(CaseListModel::CaseIdRole), proxy.index(2, 0).data(CaseListModel::CaseIdRole));

        proxy.setSearchText(QStringLiteral("处"));
        QCOMPARE(names(), (QStringList{QStringLiteral("王五"), QStringLiteral("张三")}));
        proxy.setSearchText(QStringLiteral("财务处")); // narrower: only the rows shown are tested
        QCOMPARE(names(), QStringList{QStringLiteral("张三")});
        proxy.setSearchText(QStringLiteral("人事处")); // not narrower: every row again
        QCOMPARE(names(), QStringList{QStringLiteral("王五")});
        proxy.setSearchText(QString());
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三")}));
        proxy.setStage(QStringLiteral("investigation"));
        proxy.setSearchText(QStringLiteral("王"));
        QCOMPARE(names(), QStringList{QStringLiteral("王五")});
        proxy.setSearchText(QString());
        QCOMPARE(names(), QStringList{QStringLiteral("王五")}); // the stage filter stays
        proxy.setStage(QString());

        QVERIFY(!current.isValid()); // 张三 was filtered out by a search meanwhile

        // A row that changes is merged into the order where its keys put it.
        QCOMPARE(proxy.rowCount(), 3);
        const QPersistentModelIndex zhang = proxy.index(2, 0);
        index.updateCase(m_lastId);
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三")}));
        QCOMPARE(zhang.row(), 2);
        QCOMPARE(zhang.data(CaseListModel::CaseIdRole), proxy.index(2, 0).data(CaseListModel::CaseIdRole));
        // Every column sorts, both ways, and keeps every row.
        for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(proxy.rowCount(), 3);
            }
        }
        // By deadline: the nearest first, cases without an open deadline last.
        proxy.sort(CaseListModel::Deadline, Qt::AscendingOrder);
        QDate previous;
        bool without = false;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex cell = proxy.index(row, CaseListModel::Deadline);
            if (cell.data(CaseListModel::DeadlineStatusRole).toInt() < 0) {
                without = true;
                continue;
            }
            QVERIFY(!without);
            const QDate due = cell.data(CaseListModel::SortRole).toDate();
            QVERIFY(!previous.isValid() || previous <= due);
            previous = due;
        }
    }

    // Issue 13: the index is made in parts on several threads. The ranks made from the distinct
    // texts equal those of sorting every text by its key, then by position (texts with equal
    // keys, "第3组" and "第03组", keep their order); merging the parts' runs equals one stable sort.
    void ranksAndMergesEqualOneSort()
    {
        const QStringList texts{QStringLiteral("张三"),   QStringLiteral("李四"),  QStringLiteral("张三"),
                                QStringLiteral("王五"),   QStringLiteral("第3组"), QStringLiteral("第03组"),
                                QStringLiteral("第11组"), QStringLiteral("李四"),  QString(),
                                QStringLiteral("张三"),   QStringLiteral("Abc"),   QStringLiteral("第3组")};
        const PinyinOrder order = PinyinOrder::of(texts);
        QList<int> byKey(texts.size());
        std::iota(byKey.begin(), byKey.end(), 0);
        std::stable_sort(byKey.begin(), byKey.end(),
                         [&](int a, int b) { return order.key(texts[a]) < order.key(texts[b]); });
        QList<int> expected(texts.size());
        for (qsizetype i = 0; i < byKey.size(); ++i)
            expected[byKey[i]] = int(i);
        const QList<int> ranks = pinyinRanks(order, texts);
        QCOMPARE(ranks, expected);
        QVERIFY(ranks[1] < ranks[3] && ranks[3] < ranks[0]);                          // li, wang, zhang
        QVERIFY(ranks[4] < ranks[5] && ranks[5] < ranks[11] && ranks[11] < ranks[6]); // 3 = 03 < 11
        // Names and units are ranked in one order: it knows the characters of both lists,
        // the zeros that pad "3" included, and nothing else.
        const PinyinOrder both = PinyinOrder::of({QStringLiteral("张三")}, {QStringLiteral("第3组")});
        QVERIFY(both.knows(QStringLiteral("张三")) && both.knows(QStringLiteral("第3组")));
        QVERIFY(!both.knows(QStringLiteral("李四")));

        using Item = std::pair<int, int>; // (key, where it came from)
        QList<QList<Item>> runs{{{1, 0}, {3, 0}, {3, 1}}, {{0, 1}, {3, 2}}, {}, {{3, 3}, {5, 3}}};
        QList<Item> laidEnd;
        for (const QList<Item>& run : std::as_const(runs))
            laidEnd += run;
        const auto byFirst = [](const Item& a, const Item& b) { return a.first < b.first; };
        std::stable_sort(laidEnd.begin(), laidEnd.end(), byFirst);
        QCOMPARE(mergeRuns(runs, byFirst), laidEnd);
    }

    // A case whose summary row is missing is an error of the whole read, never a shorter list.
    void aMissingSummaryIsAnErrorNotAShorterList()
    {
        QTemporaryDir dir;
        std::unique_ptr<Session> session = test::createDatabase(dir.filePath(QStringLiteral("m.db")));
        QVERIFY(session);
        const QDate today = QDate::currentDate();
        QStringList ids;
        for (const char* name : {"张三", "王五", "李四", "赵六", "钱七"})
            ids.append(addCase(*session, QString::fromUtf8(name), QStringLiteral("财务处"), today, false));
        Statement remove = session->database().prepare("DELETE FROM case_summaries WHERE case_id = ?");
        remove.bind(1, ids[2]);
        QVERIFY(remove.run());
        CaseIndex index(*session);
        QSignalSpy failed(&index, &CaseIndex::readFailed);
        QSignalSpy reset(&index, &CaseIndex::reset);
        CaseListModel model(&index);
        index.reload();
        QTRY_COMPARE(reset.count(), 1);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("check --repair")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(index.deadlines().isEmpty());

        // Repaired from the events: every case is back.
        QStringList mismatched;
        QVERIFY(!session->checkSummaries(true, &mismatched).isError());
        QCOMPARE(mismatched, QStringList{ids[2]});
        index.reload();
        QTRY_COMPARE(reset.count(), 2);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    void aNewCaseIsMergedIntoTheSortedList()
    {
        QTemporaryDir dir;
        std::unique_ptr<Session> session = test::createDatabase(dir.filePath(QStringLiteral("n.db")));
        QVERIFY(session);
        const QDate today = QDate::currentDate();
        QVERIFY(!addCase(*session, QStringLiteral("张三"), QStringLiteral("财务处"), today, false).isEmpty());
        QVERIFY(!addCase(*session, QStringLiteral("王五"), QStringLiteral("人事处"), today, false).isEmpty());
        CaseIndex index(*session);
        QSignalSpy reset(&index, &CaseIndex::reset);
        CaseListModel model(&index);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CaseListModel::Name, Qt::AscendingOrder);
        index.reload();
        QTRY_COMPARE(reset.count(), 1);
        QCOMPARE(proxy.rowCount(), 2);
        const QString added =
            addCase(*session, QStringLiteral("艾一"), QStringLiteral("办公室"), today, false);
        QVERIFY(!added.isEmpty());
        index.updateCase(added);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(0, CaseListModel::Name).data().toString(), QStringLiteral("艾一")); // ai
        QCOMPARE(proxy.index(2, CaseListModel::Name).data().toString(), QStringLiteral("张三"));
        // The same cases read again: rows refreshed in place, no row lost or doubled.
        index.reload();
        QTRY_COMPARE(reset.count(), 2);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(0, CaseListModel::Name).data().toString(), QStringLiteral("艾一"));
    }

    void caseModels()
    {
        auto record = m_session->loadCase(m_session->loadAllCases().first().id);
        QVERIFY(record.ok());
        const CaseState state = deriveState(record.value(), m_session->calendar(),
                                            m_session->engineSettings(), QDate::currentDate());
        TimelineModel timeline;
        QAbstractItemModelTester t1(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setEvents(state.events);
        QCOMPARE(timeline.rowCount(), state.events.size());
        CaseDeadlinesModel deadlines;
        QAbstractItemModelTester t2(&deadlines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        deadlines.setDeadlines(state.deadlines, state.asOf);
        QCOMPARE(deadlines.rowCount(), state.deadlines.size());
    }

    void otherModels()
    {
        AuditModel audit(*m_session);
        QAbstractItemModelTester t1(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(audit.rowCount() > 0);
        audit.reload();
        UsersModel users;
        QAbstractItemModelTester t2(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.setAccounts(m_session->accounts());
        QCOMPARE(users.rowCount(), 1);
        CalendarDaysModel days;
        QAbstractItemModelTester t3(&days, QAbstractItemModelTester::FailureReportingMode::QtTest);
        days.setDays(m_session->calendar().daysOfYear(2025));
        QVERIFY(days.rowCount() > 20);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QString m_lastId;
};

QTEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
