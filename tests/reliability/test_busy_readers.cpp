// Readers while writers run (issue 9: "A busy database is called damaged": 12-14 % of reads
// failed). Every read must succeed, its access record included; a writer refused because another
// holds the lock must say "in use", never "damaged".
#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace casetrack::reliability;

class TestBusyReaders : public QObject
{
    Q_OBJECT

private slots:
    void readsNeverFailBesideWriters()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("busy.db"));
        QVERIFY(runCli(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                            QStringLiteral("--kdf"), QStringLiteral("fast")})
                    .exitCode == 0);
        const int rounds = scaled(60);
        int reads = 0, writes = 0, refusedWrites = 0;
        for (int round = 0; round < rounds; ++round) {
            std::vector<std::unique_ptr<QProcess>> writers, readers;
            for (int i = 0; i < 4; ++i) {
                const bool writer = i < 2;
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(cliEnvironment());
                QStringList args{QStringLiteral("--db"), db, QStringLiteral("--json")};
                if (writer)
                    args << QStringLiteral("case") << QStringLiteral("add") << QStringLiteral("--data")
                         << QStringLiteral("{\"subject\":{\"name\":\"并发%1-%2\"}}").arg(round).arg(i);
                else
                    args << (i == 2 ? QStringList{QStringLiteral("case"), QStringLiteral("list")}
                                    : QStringList{QStringLiteral("deadlines")});
                process->start(QStringLiteral(CASETRACK_CLI_PATH), args);
                process->closeWriteChannel();
                (writer ? writers : readers).push_back(std::move(process));
            }
            for (auto& reader : readers) {
                QVERIFY(reader->waitForFinished(30000));
                QVERIFY2(reader->exitCode() == 0, reader->readAllStandardError().constData());
                ++reads;
            }
            for (auto& writer : writers) {
                QVERIFY(writer->waitForFinished(30000));
                const QByteArray err = writer->readAllStandardError();
                if (writer->exitCode() == 0) {
                    ++writes;
                    continue;
                }
                // The other writer held the lock: "in use", naming it; never "damaged".
                QCOMPARE(writer->exitCode(), 6);
                QVERIFY2(err.contains("admin") && !err.contains("损坏"), err.constData());
                ++refusedWrites;
            }
        }
        qInfo("%d reads all succeeded; %d writes, %d refused as in use", reads, writes, refusedWrites);
        QVERIFY(writes > 0);
        QCOMPARE(runCli(db, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestBusyReaders)
#include "test_busy_readers.moc"
