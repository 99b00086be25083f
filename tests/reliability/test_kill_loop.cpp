// kill -9 at random moments during CLI writes: no acknowledged write is lost, no stale lock ever
// locks anyone out, and the audit trail stays intact (issue 9: "One unlucky crash locks everyone
// out"; the 729-kill result to keep).
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace casetrack::reliability;

class TestKillLoop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    static QString facts(int n)
    {
        return QStringLiteral("{\"subject\":{\"name\":\"被审查人%1\",\"unit\":\"某单位\"}}").arg(n);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("kill.db"));
        const CliRun init =
            runCli(m_db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                          QStringLiteral("--kdf"), QStringLiteral("fast")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void killsDuringWritesLoseNothingAcknowledged()
    {
        const int kills = scaled(300);
        QRandomGenerator random(20260130); // reproducible; the seed is in the log on failure
        // How long one write takes here (start-up to commit), so that kills land anywhere in
        // it; adapted below so that about half of the writes finish.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i)
            QVERIFY(runCli(m_db, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                                  facts(0)})
                        .exitCode == 0);
        int window = int(qBound(qint64(20), clock.elapsed() * 2 / 3, qint64(3000)));
        QSet<QString> acknowledged{QStringLiteral("被审查人0")};
        int killed = 0, finished = 0, lockouts = 0, n = 1;
        while (killed < kills) {
            ++n;
            if (n % 40 == 0 && finished * 3 < n) // most runs killed before they could finish
                window = window * 5 / 4;
            QProcess process;
            process.setProcessEnvironment(cliEnvironment());
            process.start(QStringLiteral(CASETRACK_CLI_PATH),
                          {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("case"),
                           QStringLiteral("add"), QStringLiteral("--data"), facts(n)});
            process.closeWriteChannel();
            const int delay = int(random.bounded(window));
            if (process.waitForFinished(delay)) {
                ++finished;
                if (process.exitCode() == 0)
                    acknowledged.insert(QStringLiteral("被审查人%1").arg(n));
                else if (process.exitCode() == 6)
                    ++lockouts; // nobody else runs: "in use" can only be a stale lock
                else
                    QFAIL(qPrintable(QStringLiteral("write %1 failed: %2")
                                         .arg(n)
                                         .arg(QString::fromUtf8(process.readAllStandardError()))));
                continue;
            }
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10000);
            ++killed;
        }
        qInfo("kills %d, writes finished %d, acknowledged %lld, window %d ms", killed, finished,
              qint64(acknowledged.size()), window);
        QCOMPARE(lockouts, 0);

        // Every acknowledged write is there, and the next write works at once.
        const CliRun after =
            runCli(m_db, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"), facts(0)});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        const CliRun list = runCli(m_db, {QStringLiteral("case"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QSet<QString> present;
        for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array())
            present.insert(value.toObject()
                               .value(QStringLiteral("subject"))
                               .toObject()
                               .value(QStringLiteral("name"))
                               .toString());
        const QSet<QString> lost = acknowledged - present;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.values()).join(QLatin1Char(','))));
        const CliRun verify = runCli(m_db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        const CliRun check = runCli(m_db, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "test_kill_loop.moc"
