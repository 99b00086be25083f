// The command-line contract (the project spec cli.md, docs/cli.md), driven as a separate process exactly as
// scripts and acceptance checks drive it: commands, exit codes, JSON keys.
#include "TestSupport.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace casetrack;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject error() const
    {
        return QJsonDocument::fromJson(err).object().value(QStringLiteral("error")).toObject();
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_recoveryKey;

    Run cli(const QStringList& args, const QByteArray& password = "secret-pw-violet-kettle",
            const QByteArray& input = {}, const QString& db = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CASETRACK_PASSWORD"));
        if (!password.isNull())
            env.insert(QStringLiteral("CASETRACK_PASSWORD"), QString::fromUtf8(password));
        process.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("--json")};
        all += args;
        process.start(QStringLiteral(CASETRACK_CLI_PATH), all);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString addCase(const QByteArray& facts)
    {
        const Run run = cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                             QString::fromUtf8(facts)});
        return run.object().value(QStringLiteral("id")).toString();
    }

    Run event(const QString& id, const QString& step, const QString& date, const QByteArray& data = {})
    {
        QStringList args{QStringLiteral("event"),
                         QStringLiteral("add"),
                         id,
                         QStringLiteral("--step"),
                         step,
                         QStringLiteral("--date"),
                         date,
                         QStringLiteral("--as-of"),
                         QStringLiteral("2025-03-01")};
        if (!data.isEmpty())
            args += {QStringLiteral("--data"), QString::fromUtf8(data)};
        return cli(args);
    }

private slots:
    // A new database for every test function, so that each passes alone and in any order.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The tests-only key derivation, explicitly (init --kdf fast is refused otherwise).
        qputenv("CASETRACK_ALLOW_TEST_KDF", "1");
        m_db = m_dir->filePath(QStringLiteral("cli.db"));
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                             QStringLiteral("--kdf"), QStringLiteral("fast")});
        QCOMPARE(run.code, 0);
        m_recoveryKey = run.object().value(QStringLiteral("recovery_key")).toString();
        QVERIFY(!m_recoveryKey.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("event add"));
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("show")}).code, 2);
        const Run unknownOption =
            cli({QStringLiteral("deadlines"), QStringLiteral("--bogus"), QStringLiteral("1")});
        QCOMPARE(unknownOption.code, 2);
        QCOMPARE(unknownOption.error().value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        QCOMPARE(cli({QStringLiteral("--version")}).code, 0);
    }

    void initRefusesExistingFileAndBadProfile()
    {
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("x")}).code, 6);
        const QString other = m_dir->filePath(QStringLiteral("other.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("x"),
                      QStringLiteral("--kdf"), QStringLiteral("weak")},
                     "pw-violet-kettle", {}, other)
                     .code,
                 5);
        QVERIFY(!QFile::exists(other));
    }

    void authAndUnavailable()
    {
        const QByteArray before = test::readFile(m_db);
        const Run wrong = cli({QStringLiteral("case"), QStringLiteral("list")}, "not-the-password");
        QCOMPARE(wrong.code, 3);
        QCOMPARE(wrong.error().value(QStringLiteral("code")).toString(), QStringLiteral("auth"));
        QCOMPARE(test::readFile(m_db), before);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("case"),
                      QStringLiteral("list")})
                     .code,
                 3);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list")}, "pw-violet-kettle", {},
                     m_dir->filePath(QStringLiteral("missing.db")))
                     .code,
                 6);
        const QString foreign = m_dir->filePath(QStringLiteral("foreign.db"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const Run run =
            cli({QStringLiteral("case"), QStringLiteral("list")}, "pw-violet-kettle", {}, foreign);
        QCOMPARE(run.code, 6);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("unavailable"));
    }

    void passwordFromStandardInput()
    {
        const Run run =
            cli({QStringLiteral("case"), QStringLiteral("list")}, QByteArray(), "secret-pw-violet-kettle\n");
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.trimmed().startsWith('['));
    }

    void invalidInput()
    {
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral("{not json")})
                     .code,
                 5);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral("{\"subject\":{\"name\":\"甲\"},\"colour\":\"red\"}")})
                     .code,
                 5);
        const QString id = addCase(R"({"subject":{"name":"乙"}})");
        QVERIFY(!id.isEmpty());
        QCOMPARE(event(id, QStringLiteral("case_filed"), QStringLiteral("2025-02-30")).code, 5);
        QCOMPARE(event(id, QStringLiteral("no_such_step"), QStringLiteral("2025-01-02")).code, 5);
        QCOMPARE(
            event(id, QStringLiteral("case_filed"), QDate::currentDate().addDays(400).toString(Qt::ISODate))
                .code,
            5);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--as-of"),
                      QStringLiteral("2025-13-01")})
                     .code,
                 5);
    }

    void passwordAndDataBothFromStandardInput()
    {
        const Run run = cli(
            {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"), QStringLiteral("-")},
            QByteArray(), "secret-pw-violet-kettle\n{\"subject\":{\"name\":\"戊\"}}\n");
        QCOMPARE(run.code, 0);
        QCOMPARE(
            run.object().value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("戊"));
    }

    void caseAddReadsStandardInput()
    {
        const Run run = cli(
            {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"), QStringLiteral("-")},
            "secret-pw-violet-kettle", R"({"subject":{"name":"丙","unit":"某厅"}})");
        QCOMPARE(run.code, 0);
        QCOMPARE(
            run.object().value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("丙"));
    }

    void standardTrackToDecisionWithDeadlines()
    {
        const QString id = addCase(
            R"({"subject":{"name":"张三","unit":"某局","appointed_by_party_group":true},"filing_body":"stationed_body"})");
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("show"), id})
                     .object()
                     .value(QStringLiteral("track"))
                     .toString(),
                 QStringLiteral("standard"));
        QCOMPARE(event(id, QStringLiteral("case_filed"), QStringLiteral("2025-01-02")).code, 0);
        // Refused: a decision before the proposal, naming its article.
        const Run early =
            event(id, QStringLiteral("party_group_decided"), QStringLiteral("2025-01-31"),
                  R"({"sanction":"warning","members_total":7,"members_present":5,"votes_for":5})");
        QCOMPARE(early.code, 4);
        QCOMPARE(early.error().value(QStringLiteral("code")).toString(), QStringLiteral("refused"));
        QVERIFY(!early.error().value(QStringLiteral("article")).toString().isEmpty());
        QCOMPARE(event(id, QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")).code, 0);
        QCOMPARE(event(id, QStringLiteral("investigation_concluded"), QStringLiteral("2025-01-10")).code, 0);
        QCOMPARE(event(id, QStringLiteral("subject_heard"), QStringLiteral("2025-01-12")).code, 0);
        QCOMPARE(event(id, QStringLiteral("proposal_made"), QStringLiteral("2025-01-15"),
                       R"({"sanction":"warning"})")
                     .code,
                 0);
        QCOMPARE(event(id, QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-01-20"))
                     .code,
                 0);
        // 第九条: 3 of 7 present is a minority.
        const Run minority =
            event(id, QStringLiteral("party_group_decided"), QStringLiteral("2025-01-31"),
                  R"({"sanction":"warning","members_total":7,"members_present":3,"votes_for":3})");
        QCOMPARE(minority.code, 4);
        QCOMPARE(minority.error().value(QStringLiteral("article")).toString(), QStringLiteral("第九条"));
        const Run decided =
            event(id, QStringLiteral("party_group_decided"), QStringLiteral("2025-01-31"),
                  R"({"sanction":"warning","members_total":7,"members_present":5,"votes_for":4})");
        QCOMPARE(decided.code, 0);
        const QJsonObject state = decided.object();
        for (const char* key :
             {"id", "subject", "filing_body", "track", "stage", "closed", "events", "next", "decision",
              "deadlines", "decision_route", "bodies", "warnings", "sanction_periods"})
            QVERIFY2(state.contains(QLatin1String(key)), key);
        QCOMPARE(state.value(QStringLiteral("decision_route")).toString(), QStringLiteral("party_group"));
        // Decided before the 2025 revision took effect: a warning (第十八条).
        QCOMPARE(state.value(QStringLiteral("warnings")).toArray().size(), 1);
        for (const QJsonValue& d : state.value(QStringLiteral("deadlines")).toArray())
            QVERIFY(d.toObject().contains(QStringLiteral("nominal_status")));
        const QJsonObject decision = state.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("sanction")).toString(), QStringLiteral("warning"));
        QCOMPARE(decision.value(QStringLiteral("decided_by")).toString(), QStringLiteral("party_group"));
        QCOMPARE(decision.value(QStringLiteral("effective_on")).toString(), QStringLiteral("2025-01-31"));
        const QJsonObject firstEvent = state.value(QStringLiteral("events")).toArray().first().toObject();
        for (const char* key : {"seq", "step", "date", "data", "recorded_by", "recorded_at"})
            QVERIFY2(firstEvent.contains(QLatin1String(key)), key);
        QCOMPARE(firstEvent.value(QStringLiteral("recorded_by")).toString(), QStringLiteral("admin"));

        // The spec's worked example: 2025-01-31 + 1 month = 2025-02-28.
        QJsonObject announce;
        for (const QJsonValue& value : state.value(QStringLiteral("deadlines")).toArray()) {
            if (value.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("announce"))
                announce = value.toObject();
        }
        QCOMPARE(announce.value(QStringLiteral("from")).toString(), QStringLiteral("2025-01-31"));
        QCOMPARE(announce.value(QStringLiteral("due")).toString(), QStringLiteral("2025-02-28"));
        QCOMPARE(announce.value(QStringLiteral("article")).toString(), QStringLiteral("第十条"));

        // deadlines: one object per deadline with the contract's keys; overdue by March 2025.
        const Run deadlines =
            cli({QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("2025-03-05")});
        QCOMPARE(deadlines.code, 0);
        bool found = false;
        for (const QJsonValue& value : deadlines.array()) {
            const QJsonObject d = value.toObject();
            for (const char* key : {"case_id", "kind", "from", "due", "nominal_due", "status", "article"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
            if (d.value(QStringLiteral("case_id")).toString() == id &&
                d.value(QStringLiteral("kind")).toString() == QLatin1String("announce")) {
                QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
                found = true;
            }
        }
        QVERIFY(found);
        const Run overdue = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--overdue"),
                                 QStringLiteral("--as-of"), QStringLiteral("2025-03-05")});
        QCOMPARE(overdue.code, 0);
        QStringList ids;
        for (const QJsonValue& value : overdue.array())
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.contains(id));
        const Run early2 = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--overdue"),
                                QStringLiteral("--as-of"), QStringLiteral("2025-02-01")});
        QVERIFY(!early2.out.contains(id.toUtf8()));
        const Run within =
            cli({QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("2025-02-01"),
                 QStringLiteral("--within"), QStringLiteral("30")});
        QCOMPARE(within.code, 0);
        QVERIFY(within.out.contains(id.toUtf8()));
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--stage"),
                      QStringLiteral("nowhere")})
                     .code,
                 5);
    }

    // Issue 11: `print` gives the issuing organ's next 发文字号 and prints it as "number"; a
    // reprint keeps it; a typed number another document holds is refused (exit 4).
    void printGivesTheOrgansNextNumber()
    {
        QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral(R"({"kind": "party_group", "name": "中共某某市财政局党组"})")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral(R"({"kind": "stationed_body", "name": "市纪委监委驻市财政局纪检监察组",
                                         "doc_prefix": "驻财纪"})")})
                     .code,
                 0);
        const QString first =
            addCase(R"({"subject":{"name":"甲某","unit":"某局","appointed_by_party_group":true}})");
        const QString second =
            addCase(R"({"subject":{"name":"乙某","unit":"某局","appointed_by_party_group":true}})");
        QCOMPARE(event(first, QStringLiteral("case_filed"), QStringLiteral("2025-01-02")).code, 0);
        QCOMPARE(event(second, QStringLiteral("case_filed"), QStringLiteral("2025-01-03")).code, 0);
        auto print = [&](const QString& id, const QString& file, const QString& inputs = {}) {
            QStringList args{QStringLiteral("print"), QStringLiteral("notice-principal"), id,
                             QStringLiteral("--out"), m_dir->filePath(file)};
            if (!inputs.isEmpty())
                args << QStringLiteral("--inputs") << inputs;
            return cli(args);
        };
        const Run one = print(first, QStringLiteral("1.pdf"));
        QCOMPARE(one.code, 0);
        QCOMPARE(one.object().value(QStringLiteral("number")).toString(),
                 QStringLiteral("驻财纪〔2025〕1号"));
        QCOMPARE(print(second, QStringLiteral("2.pdf")).object().value(QStringLiteral("number")).toString(),
                 QStringLiteral("驻财纪〔2025〕2号"));
        QCOMPARE(print(first, QStringLiteral("1b.pdf")).object().value(QStringLiteral("number")).toString(),
                 QStringLiteral("驻财纪〔2025〕1号"));
        const Run taken = print(second, QStringLiteral("taken.pdf"), QStringLiteral(R"({"sequence": 1})"));
        QCOMPARE(taken.code, 4);
        QVERIFY2(taken.error().value(QStringLiteral("message")).toString().contains(first),
                 taken.err.constData());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("taken.pdf"))));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void printAndExportAreAudited()
    {
        const QString id =
            addCase(R"({"subject":{"name":"印某","unit":"某局","appointed_by_party_group":true}})");
        QCOMPARE(event(id, QStringLiteral("case_filed"), QStringLiteral("2025-01-02")).code, 0);
        const QString pdf = m_dir->filePath(QStringLiteral("notice.pdf"));
        // No organ registered: the notice would name placeholder organs, so it is refused.
        const Run placeholder = cli(
            {QStringLiteral("print"), QStringLiteral("notice-principal"), id, QStringLiteral("--out"), pdf});
        QCOMPARE(placeholder.code, 4);
        QVERIFY2(placeholder.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("party_group")),
                 placeholder.err.constData());
        QVERIFY(!QFile::exists(pdf));
        // org add / org list (cli.md): printed with its id; the first of a kind is the default.
        const Run group = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                               QStringLiteral(R"({"kind": "party_group", "name": "中共某某市财政局党组",
                                  "short_name": "市财政局党组", "doc_prefix": "财党", "default": true})")});
        QCOMPARE(group.code, 0);
        QVERIFY(group.object().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("org-")));
        QCOMPARE(group.object().value(QStringLiteral("doc_prefix")).toString(), QStringLiteral("财党"));
        QCOMPARE(
            cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                 QStringLiteral(R"({"kind": "stationed_body", "name": "市纪委监委驻市财政局纪检监察组"})")})
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral(R"({"kind": "city_hall", "name": "x"})")})
                     .code,
                 5);
        const Run listed = cli({QStringLiteral("org"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.array().size(), 2);
        QCOMPARE(listed.array().at(1).toObject().value(QStringLiteral("default")).toBool(), true);
        const Run printed =
            cli({QStringLiteral("print"), QStringLiteral("notice-principal"), id, QStringLiteral("--out"),
                 pdf, QStringLiteral("--purpose"), QStringLiteral("通报"), QStringLiteral("--recipient"),
                 QStringLiteral("党组书记")});
        QCOMPARE(printed.code, 0);
        QVERIFY(printed.err.isEmpty());
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));
        // Word and WPS: the same document as DOCX (a ZIP package).
        const QString docx = m_dir->filePath(QStringLiteral("notice.docx"));
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("notice-principal"), id,
                      QStringLiteral("--out"), docx, QStringLiteral("--purpose"), QStringLiteral("通报")})
                     .code,
                 0);
        QVERIFY(test::readFile(docx).startsWith("PK"));
        // A kind that does not belong to the case's procedure: refused with the reason.
        const Run foreign = cli({QStringLiteral("print"), QStringLiteral("notice-competent-party-group"), id,
                                 QStringLiteral("--out"), m_dir->filePath(QStringLiteral("foreign.pdf"))});
        QCOMPARE(foreign.code, 4);
        QCOMPARE(foreign.error().value(QStringLiteral("article")).toString(), QStringLiteral("第十二条"));
        // Too early for a decision: refused with its article, nothing written.
        const QString decision = m_dir->filePath(QStringLiteral("decision.pdf"));
        const Run early =
            cli({QStringLiteral("print"), QStringLiteral("decision"), id, QStringLiteral("--out"), decision});
        QCOMPARE(early.code, 4);
        QVERIFY(!early.error().value(QStringLiteral("article")).toString().isEmpty());
        QVERIFY(!QFile::exists(decision));
        QCOMPARE(
            cli({QStringLiteral("print"), QStringLiteral("decree"), id, QStringLiteral("--out"), pdf}).code,
            2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("summary"), id, QStringLiteral("--out"),
                      m_dir->filePath(QStringLiteral("x.doc"))})
                     .code,
                 5);

        const QString csv = m_dir->filePath(QStringLiteral("cases.csv"));
        const Run exported = cli({QStringLiteral("export"), QStringLiteral("cases"),
                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                  csv, QStringLiteral("--purpose"), QStringLiteral("季度统计")});
        QCOMPARE(exported.code, 0);
        QVERIFY(test::readFile(csv).startsWith("\xEF\xBB\xBF"));
        QVERIFY(test::readFile(csv).contains("印某"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"),
                      QStringLiteral("docx"), QStringLiteral("--out"), csv})
                     .code,
                 5);
        // Names go into a calendar only on request (--include-names), and the audit says so.
        const QString ics = m_dir->filePath(QStringLiteral("d.ics"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("deadlines"), QStringLiteral("--format"),
                      QStringLiteral("ics"), QStringLiteral("--out"), ics, QStringLiteral("--include-names"),
                      QStringLiteral("--purpose"), QStringLiteral("提醒")})
                     .code,
                 0);

        auto session = Session::open(m_db, QStringLiteral("admin"), QStringLiteral("secret-pw-violet-kettle"),
                                     Session::Access::ReadOnly);
        QVERIFY(session.ok());
        QStringList uses;
        for (const AuditRecord& record : session.value()->auditRecords()) {
            if (record.action == QLatin1String("print") || record.action == QLatin1String("export"))
                uses.append(record.action + QLatin1Char(':') +
                            record.after.toObject().value(QStringLiteral("purpose")).toString());
        }
        QCOMPARE(uses, (QStringList{QStringLiteral("print:通报"), QStringLiteral("print:通报"),
                                    QStringLiteral("export:季度统计"), QStringLiteral("export:提醒")}));
        QVERIFY(session.value()
                    ->auditRecords()
                    .last()
                    .after.toObject()
                    .value(QStringLiteral("include_names"))
                    .toBool());
    }

    // cli.md "case correct": only the keys given; refused (4) naming the steps; no reason: usage (2).
    void caseCorrect()
    {
        const QString id = addCase(R"({"subject":{"name":"张散","appointed_by_party_group":true}})");
        QVERIFY(!id.isEmpty());
        auto correct = [&](const QByteArray& data, const QString& reason) {
            QStringList args{QStringLiteral("case"), QStringLiteral("correct"), id, QStringLiteral("--data"),
                             QString::fromUtf8(data)};
            if (!reason.isNull())
                args += {QStringLiteral("--reason"), reason};
            return cli(args);
        };
        QCOMPARE(correct(R"({"subject":{"name":"张三"}})", QString()).code, 2);
        QCOMPARE(correct(R"({"subject":{"nam":"张三"}})", QStringLiteral("录错")).code, 5);
        QCOMPARE(correct(R"({"decision_route":"grassroots"})", QStringLiteral("录错")).code, 5);
        for (const char* step :
             {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
            QCOMPARE(event(id, QLatin1String(step), QStringLiteral("2025-01-10")).code, 0);
        QCOMPARE(event(id, QStringLiteral("proposal_made"), QStringLiteral("2025-01-15"),
                       R"({"sanction":"warning"})")
                     .code,
                 0);
        QCOMPARE(event(id, QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-01-20"))
                     .code,
                 0);
        // A leadership member would need the transfer chain the suggestion skipped.
        const Run refused = correct(R"({"subject":{"leadership_member":true}})", QStringLiteral("漏填"));
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("party_group_informed_of_suggestion")),
                 refused.err.constData());
        const Run renamed = correct(R"({"subject":{"name":"张三"}})", QStringLiteral("姓名录错"));
        QCOMPARE(renamed.code, 0);
        const QJsonObject state = renamed.object();
        QCOMPARE(state.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("张三"));
        QCOMPARE(state.value(QStringLiteral("subject"))
                     .toObject()
                     .value(QStringLiteral("appointed_by_party_group"))
                     .toBool(),
                 true); // merged, not replaced
        QCOMPARE(state.value(QStringLiteral("events"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("step"))
                     .toString(),
                 QStringLiteral("facts_corrected"));
        // A step dated after --as-of is invalid (5).
        QCOMPARE(event(id, QStringLiteral("party_group_disagreed"), QStringLiteral("2025-03-02"),
                       R"({"sanction":"serious_warning"})")
                     .code,
                 5);
    }

    // A case's bodies name registered organs of their kind (procedure.md "Bodies"); anything else
    // is invalid (5) with the field named, and nothing is created or changed.
    void caseBodiesCheckedAgainstRegistry()
    {
        const QString group =
            cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                 QStringLiteral(R"({"kind": "party_group", "name": "中共某某市财政局党组"})")})
                .object()
                .value(QStringLiteral("id"))
                .toString();
        const QString stationed =
            cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--data"),
                 QStringLiteral(R"({"kind": "stationed_body", "name": "市纪委监委驻市财政局纪检监察组"})")})
                .object()
                .value(QStringLiteral("id"))
                .toString();
        QVERIFY(!group.isEmpty() && !stationed.isEmpty());
        auto add = [&](const QString& bodies) {
            return cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                        QStringLiteral(R"({"subject":{"name":"林某"},"bodies":%1})").arg(bodies)});
        };
        const Run unknown = add(QStringLiteral(R"({"party_group":"org-99"})"));
        QCOMPARE(unknown.code, 5);
        QVERIFY2(unknown.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("bodies.party_group")),
                 unknown.err.constData());
        const Run wrongKind = add(QStringLiteral(R"({"party_group":"%1"})").arg(stationed));
        QCOMPARE(wrongKind.code, 5);
        QVERIFY2(wrongKind.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("bodies.party_group")),
                 wrongKind.err.constData());
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list")}).array().size(), 0);
        const Run added =
            add(QStringLiteral(R"({"party_group":"%1","stationed_body":"%2"})").arg(group, stationed));
        QCOMPARE(added.code, 0);
        const QString id = added.object().value(QStringLiteral("id")).toString();
        const Run corrected =
            cli({QStringLiteral("case"), QStringLiteral("correct"), id, QStringLiteral("--data"),
                 QStringLiteral(R"({"bodies":{"stationed_body":"%1"}})").arg(group),
                 QStringLiteral("--reason"), QStringLiteral("机构录错")});
        QCOMPARE(corrected.code, 5);
        QVERIFY(corrected.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("bodies.stationed_body")));
        const QJsonObject shown = cli({QStringLiteral("case"), QStringLiteral("show"), id}).object();
        QCOMPARE(shown.value(QStringLiteral("bodies"))
                     .toObject()
                     .value(QStringLiteral("stationed_body"))
                     .toString(),
                 stationed);
    }

    void calendarImport()
    {
        const QString good = test::dataDir() + QStringLiteral("/holidays-cn/2025.json");
        const Run ok = cli({QStringLiteral("calendar"), QStringLiteral("import"), good});
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.object().value(QStringLiteral("year")).toInt(), 2025);
        const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-13-01", "isOffDay": true}]})");
        file.close();
        const Run refused = cli({QStringLiteral("calendar"), QStringLiteral("import"), bad});
        QCOMPARE(refused.code, 5);
        QVERIFY(!refused.error().value(QStringLiteral("message")).toString().isEmpty());
    }

    void usersAndTheUserOption()
    {
        QProcessEnvironment env;
        qputenv("CASETRACK_NEW_PASSWORD", "officer-pw-violet-kettle");
        const Run added = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("officer"),
                               QStringLiteral("--role"), QStringLiteral("case_officer")});
        qunsetenv("CASETRACK_NEW_PASSWORD");
        QCOMPARE(added.code, 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("king")})
                     .code,
                 5);
        // Two accounts now: --user is required.
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list")}).code, 2);
        const Run list = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                              QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.array().size(), 2);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("officer"), QStringLiteral("case"),
                      QStringLiteral("list")},
                     "officer-pw-violet-kettle")
                     .code,
                 0);
        // A case officer manages no users.
        qputenv("CASETRACK_NEW_PASSWORD", "x");
        const Run refused = cli({QStringLiteral("--user"), QStringLiteral("officer"), QStringLiteral("user"),
                                 QStringLiteral("reset"), QStringLiteral("admin")},
                                "officer-pw-violet-kettle");
        qunsetenv("CASETRACK_NEW_PASSWORD");
        QCOMPARE(refused.code, 4);
    }

    // A weak password is refused wherever the command line sets one, with the reason, and
    // nothing is created (zxcvbn, docs/security.md).
    void weakPasswordsRefused()
    {
        const QString other = m_dir->filePath(QStringLiteral("weak.db"));
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--kdf"), QStringLiteral("fast")},
                             "12345678", {}, other);
        QCOMPARE(init.code, 5);
        QVERIFY2(
            init.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("容易被猜到")),
            init.err.constData());
        QVERIFY(!QFile::exists(other));

        qputenv("CASETRACK_NEW_PASSWORD", "12345678");
        const Run added = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("officer"),
                               QStringLiteral("--role"), QStringLiteral("case_officer")});
        qunsetenv("CASETRACK_NEW_PASSWORD");
        QCOMPARE(added.code, 5);
        QVERIFY2(
            added.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("常用密码")),
            added.err.constData());
        const Run list = cli({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.contains("officer"));
    }

    void lockedDatabaseNamesTheHolder()
    {
        auto holder = Session::open(m_db, QStringLiteral("admin"), QStringLiteral("secret-pw-violet-kettle"));
        QVERIFY2(holder.ok(), qPrintable(holder.error().message));
        const Run run = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("case"),
                             QStringLiteral("add"), QStringLiteral("--data"),
                             QStringLiteral("{\"subject\":{\"name\":\"丁\"}}")});
        QCOMPARE(run.code, 6);
        QVERIFY2(run.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("admin")),
                 run.err.constData());
        // Reading is still possible.
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("case"),
                      QStringLiteral("list")})
                     .code,
                 0);
    }

    void auditVerifyCatchesTampering()
    {
        // Records 2 and 3 (after the creation): two cases.
        QVERIFY(!addCase(R"({"subject":{"name":"庚"}})").isEmpty());
        QVERIFY(!addCase(R"({"subject":{"name":"辛"}})").isEmpty());
        const Run intact = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"),
                                QStringLiteral("verify")});
        QCOMPARE(intact.code, 0);
        QCOMPARE(intact.object().value(QStringLiteral("intact")).toBool(), true);
        {
            auto raw = Database::open(m_db, parseRecoveryKey(m_recoveryKey), Database::Mode::ReadWrite);
            QVERIFY(raw.ok());
            QVERIFY(!raw.value()->exec("DROP TRIGGER audit_no_update").isError());
            QVERIFY(!raw.value()->exec("UPDATE audit SET user = 'mallory' WHERE seq = 3").isError());
        }
        const Run tampered = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"),
                                  QStringLiteral("verify")});
        QCOMPARE(tampered.code, 7);
        QCOMPARE(tampered.object().value(QStringLiteral("first_bad_seq")).toInt(), 3);
        QCOMPARE(tampered.error().value(QStringLiteral("code")).toString(), QStringLiteral("tampered"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
