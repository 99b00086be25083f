// The corruption campaign: hundreds of damaged variants of the database, its WAL (a crash
// snapshot) and the key file. Each one ends in a clear error (exit 3, 6 or 7, with a message) or
// in the full, correct data; never exit 0 with wrong data, never a crash or a hang (issue 9:
// "Damage is read as data", "A damaged WAL silently rolls back").
#include "CliRunner.h"
#include "procedure/CaseFacts.h"
#include "services/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace casetrack::reliability;

namespace {

const QStringList kSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                            QStringLiteral(".keys")};

void copySet(const QString& from, const QString& to)
{
    // A fresh throttle and no lock for every variant: each starts from the same state.
    QFile::remove(to + QStringLiteral(".attempts"));
    QFile::remove(to + QStringLiteral(".lock"));
    for (const QString& suffix : kSuffixes) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            QFile::copy(from + suffix, to + suffix);
    }
}

// One kind of damage at a random place: a zeroed page, a flipped bit, a run of random bytes,
// or a truncation.
QString damage(const QString& path, QRandomGenerator& random)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return QStringLiteral("missing");
    const qint64 size = file.size();
    if (size == 0)
        return QStringLiteral("empty");
    switch (random.bounded(4)) {
    case 0: {
        const qint64 page = random.bounded(qMax<qint64>(1, size / 4096));
        file.seek(page * 4096);
        file.write(QByteArray(int(qMin<qint64>(4096, size - page * 4096)), '\0'));
        return QStringLiteral("zero page %1").arg(page);
    }
    case 1: {
        const qint64 offset = qint64(random.bounded(quint64(size)));
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(char(byte ^ (1 << random.bounded(8))));
        return QStringLiteral("flip bit at %1").arg(offset);
    }
    case 2: {
        const qint64 offset = qint64(random.bounded(quint64(size)));
        QByteArray noise(int(qMin<qint64>(1 + random.bounded(64), size - offset)), '\0');
        for (char& c : noise)
            c = char(random.bounded(256));
        file.seek(offset);
        file.write(noise);
        return QStringLiteral("noise at %1").arg(offset);
    }
    default: {
        const qint64 length = qint64(random.bounded(quint64(size)));
        file.resize(length);
        return QStringLiteral("truncate to %1").arg(length);
    }
    }
}

} // namespace

class TestCorruption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clean;   // closed cleanly: database and key file
    QString m_crashed; // a snapshot taken while a writer had committed into the WAL
    QByteArray m_cleanList, m_crashedList;

    static QStringList listArgs()
    {
        return {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--as-of"),
                QStringLiteral("2025-06-01")};
    }

    static QString facts(int n)
    {
        return QStringLiteral("{\"subject\":{\"name\":\"被审查人%1\",\"unit\":\"%2\"}}")
            .arg(n)
            .arg(QString(40, QChar(0x5355)));
    }

    // Runs `case list` on a damaged copy and judges the outcome.
    QMap<QString, int> m_outcomes; // "-wal exit 6" -> how many, for the log

    void judge(const QString& db, const QByteArray& expected, const QString& what, int* errors, int* intact)
    {
        const CliRun run = runCli(db, listArgs(), 30000);
        QVERIFY2(!run.timedOut, qPrintable(QStringLiteral("hang: ") + what));
        QVERIFY2(!run.crashed, qPrintable(QStringLiteral("crash: ") + what));
        ++m_outcomes[what.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 1) +
                     QStringLiteral(" exit %1").arg(run.exitCode)];
        if (run.exitCode == 0) {
            QVERIFY2(QJsonDocument::fromJson(run.out) == QJsonDocument::fromJson(expected),
                     qPrintable(QStringLiteral("exit 0 with wrong data: ") + what));
            ++*intact;
            return;
        }
        QVERIFY2(run.exitCode == 3 || run.exitCode == 6 || run.exitCode == 7,
                 qPrintable(QStringLiteral("exit %1 for %2: %3")
                                .arg(run.exitCode)
                                .arg(what, QString::fromUtf8(run.err))));
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(QStringLiteral("no message: ") + what));
        ++*errors;
    }

private slots:
    void initTestCase()
    {
        m_clean = m_dir.filePath(QStringLiteral("clean.db"));
        QVERIFY(runCli(m_clean, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                                 QStringLiteral("--kdf"), QStringLiteral("fast")})
                    .exitCode == 0);
        for (int i = 1; i <= 25; ++i)
            QVERIFY(runCli(m_clean, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                                     facts(i)})
                        .exitCode == 0);
        const CliRun list = runCli(m_clean, listArgs());
        QVERIFY(list.exitCode == 0);
        m_cleanList = list.out;

        // The crash snapshot: a writer (this process, through the core) commits more cases into
        // the WAL, and the files are copied while it still has them open, as kill -9 leaves them.
        m_crashed = m_dir.filePath(QStringLiteral("crashed.db"));
        const QString walSource = m_dir.filePath(QStringLiteral("walsource.db"));
        copySet(m_clean, walSource);
        QVERIFY(makeWalSnapshot(walSource, m_crashed));
        const QString probe = m_dir.filePath(QStringLiteral("probe.db"));
        copySet(m_crashed, probe);
        const CliRun snapshotList = runCli(probe, listArgs());
        QVERIFY2(snapshotList.exitCode == 0, snapshotList.err.constData());
        m_crashedList = snapshotList.out;
        QVERIFY(QJsonDocument::fromJson(m_crashedList).array().size() > 25);
    }

    void damagedFilesNeverGiveWrongData()
    {
        const int variants = scaled(520);
        QRandomGenerator random(9);
        int errors = 0, intact = 0;
        const QString work = m_dir.filePath(QStringLiteral("variant.db"));
        for (int i = 0; i < variants; ++i) {
            // A third each: the database, the WAL of the crash snapshot, the key file.
            const int target = i % 3;
            const QString& base = target == 1 ? m_crashed : (i % 2 ? m_crashed : m_clean);
            copySet(base, work);
            const QString suffix = target == 0   ? QString()
                                   : target == 1 ? QStringLiteral("-wal")
                                                 : QStringLiteral(".keys");
            const QString what =
                QStringLiteral("#%1 %2%3: ")
                    .arg(i)
                    .arg(base == m_clean ? QStringLiteral("clean") : QStringLiteral("crashed"), suffix) +
                damage(work + suffix, random);
            judge(work, base == m_clean ? m_cleanList : m_crashedList, what, &errors, &intact);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d variants: %d clear errors, %d with the full correct data", variants, errors, intact);
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            qInfo("  %s: %d", qPrintable(it.key()), it.value());
        QVERIFY(errors > variants / 4);
    }

private:
    // Opens `source` read-write through the core, commits more cases without closing, and
    // copies the database, -wal, -shm and key file to `snapshot` while it is still open.
    static bool makeWalSnapshot(const QString& source, const QString& snapshot)
    {
        auto session =
            casetrack::Session::open(source, QStringLiteral("admin"), QString::fromLatin1(kPassword));
        if (!session.ok())
            return false;
        for (int i = 26; i <= 30; ++i) {
            casetrack::CaseFacts facts;
            facts.subject.name = QStringLiteral("被审查人%1").arg(i);
            if (!session.value()->addCase(facts).ok())
                return false;
        }
        copySet(source, snapshot);
        return QFile::exists(snapshot + QStringLiteral("-wal"));
    }
};

QTEST_GUILESS_MAIN(TestCorruption)
#include "test_corruption.moc"
