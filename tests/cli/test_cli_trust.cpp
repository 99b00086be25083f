// The CLI side of issue 9 (storage and secrets): check, access records, audit list/export,
// backup/restore, the tests-only key derivation, file modes, input limits, no plaintext temp files.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace casetrack;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestCliTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QString& db = {}, bool json = true,
            const QProcessEnvironment& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASETRACK_PASSWORD"), QStringLiteral("trust-pw-violet-kettle"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), db.isEmpty() ? m_db : db};
        if (json)
            all << QStringLiteral("--json");
        process.start(QStringLiteral(CASETRACK_CLI_PATH), all + args);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QStringList actions(const QStringList& extra = {})
    {
        QStringList list;
        for (const QJsonValue& v :
             cli(QStringList{QStringLiteral("audit"), QStringLiteral("list")} + extra).array())
            list.append(v.toObject().value(QStringLiteral("action")).toString());
        return list;
    }

private slots:
    void initTestCase()
    {
        ::umask(022); // the programs must not depend on a careful umask
        qputenv("CASETRACK_ALLOW_TEST_KDF", "1");
        m_db = m_dir.filePath(QStringLiteral("trust.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--kdf"), QStringLiteral("fast")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral("{\"subject\":{\"name\":\"张三\",\"unit\":\"某局\"}}")})
                     .code,
                 0);
    }

    void fastKeyDerivationOnlyWhenTestsAskForIt()
    {
        QProcessEnvironment off;
        off.insert(QStringLiteral("CASETRACK_ALLOW_TEST_KDF"), QStringLiteral("0"));
        const QString other = m_dir.filePath(QStringLiteral("fast.db"));
        const Run refused = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a"),
                                 QStringLiteral("--kdf"), QStringLiteral("fast")},
                                other, true, off);
        QCOMPARE(refused.code, 5);
        QVERIFY(!QFile::exists(other));
        // A database made with it says so whenever it is opened (text mode: stderr).
        const Run opened = cli({QStringLiteral("case"), QStringLiteral("list")}, {}, false);
        QCOMPARE(opened.code, 0);
        QVERIFY2(opened.err.contains("fast"), opened.err.constData());
    }

    // A crash must not write the password or the key to a core file: the program turns core files
    // off first thing, whatever limit it was started with. Seen from outside while it waits for
    // its password on stdin.
    void noCoreFileWhileItWaitsForThePassword()
    {
        rlimit inherited{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &inherited), 0);
        if (inherited.rlim_max == 0)
            QSKIP("core files are off for this whole test run: nothing to tell apart");
        rlimit allowed = inherited;
        allowed.rlim_cur = inherited.rlim_max; // the child starts with core files allowed
        QCOMPARE(::setrlimit(RLIMIT_CORE, &allowed), 0);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CASETRACK_PASSWORD"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CASETRACK_CLI_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("case"), QStringLiteral("list")});
        // The child has its own copy of the limit once forked: ours goes back before any check.
        const bool restored = ::setrlimit(RLIMIT_CORE, &inherited) == 0;
        QVERIFY(process.waitForStarted());
        QVERIFY(restored);
        const QString limits = QStringLiteral("/proc/%1/limits").arg(process.processId());
        // Until both limits are 0 (or 5 s): the soft one alone may drop earlier, by the
        // sanitizers' start-up (ASan turns core files off on 64-bit), before main() runs.
        const QByteArray off("Max core file size 0 0 bytes ");
        QByteArray line;
        for (int tries = 0; tries < 100 && line != off; ++tries) {
            QTest::qWait(50);
            for (const QByteArray& l : test::readFile(limits).split('\n')) {
                if (l.startsWith("Max core file size"))
                    line = l.simplified() + ' ';
            }
        }
        QCOMPARE(line, off);
        QCOMPARE(process.state(), QProcess::Running); // still waiting: the limit was its own doing
        process.write("trust-pw-violet-kettle\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }

    void filesAreOwnerOnlyWhateverTheUmask()
    {
        for (const QString& path : QStringList{m_db, m_db + QStringLiteral(".keys")})
            QCOMPARE(modeOf(path), 0600);
        const QString out = m_dir.filePath(QStringLiteral("cases.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--out"), out})
                     .code,
                 0);
        QCOMPARE(modeOf(out), 0600);
    }

    void xlsxLeavesNoPlaintextInTmp()
    {
        QTemporaryDir tmp;
        QProcessEnvironment env;
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        const QString out = m_dir.filePath(QStringLiteral("cases.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("--out"), out},
                     {}, true, env)
                     .code,
                 0);
        QVERIFY(QFileInfo(out).size() > 0);
        QCOMPARE(modeOf(out), 0600);
        // No file at all under TMPDIR (Qt's own empty runtime folder may appear there).
        QDirIterator files(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
        // Nor beside the target once done.
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral(".casetrack-xlsx-*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    }

    void inputLimitsNameTheField()
    {
        const Run tooLong =
            cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                 QStringLiteral("{\"subject\":{\"name\":\"%1\"}}").arg(QString(65, QChar(0x5f20)))});
        QCOMPARE(tooLong.code, 5);
        QVERIFY2(QString::fromUtf8(tooLong.err).contains(QStringLiteral("subject.name")),
                 tooLong.err.constData());
        const Run control = cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                                 QStringLiteral("{\"subject\":{\"name\":\"a\\u0007b\"}}")});
        QCOMPARE(control.code, 5);
        QVERIFY2(QString::fromUtf8(control.err).contains(QStringLiteral("subject.name")),
                 control.err.constData());
    }

    void viewsAreRecordedAndListed()
    {
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("show"),
                      QStringLiteral("%1-00001").arg(QDate::currentDate().year())})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list")}).code, 0);
        QCOMPARE(cli({QStringLiteral("deadlines")}).code, 0);
        const QStringList access = actions({QStringLiteral("--kind"), QStringLiteral("access")});
        QVERIFY(access.contains(QStringLiteral("view.case")));
        QVERIFY(access.contains(QStringLiteral("view.list")));
        QVERIFY(access.contains(QStringLiteral("view.deadlines")));
        QVERIFY(!access.contains(QStringLiteral("case.create")));
        QVERIFY(actions({QStringLiteral("--kind"), QStringLiteral("change")})
                    .contains(QStringLiteral("case.create")));
        QVERIFY(actions({QStringLiteral("--since"), QStringLiteral("2999-01-01")}).isEmpty());
        const qsizetype listsBefore = actions().count(QStringLiteral("view.list"));
        // While another program holds the write lock, viewing still works and is recorded.
        {
            auto holder =
                Session::open(m_db, QStringLiteral("admin"), QStringLiteral("trust-pw-violet-kettle"));
            QVERIFY2(holder.ok(), qPrintable(holder.error().message));
            QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list")}).code, 0);
        }
        QCOMPARE(actions().count(QStringLiteral("view.list")), listsBefore + 1);
        const QString out = m_dir.filePath(QStringLiteral("audit.json"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out}).code,
                 0);
        QVERIFY(QJsonDocument::fromJson(test::readFile(out)).array().size() > 5);
        QCOMPARE(modeOf(out), 0600);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void backupIsVerifiedAndRestoreChecksFirst()
    {
        const QString copy = m_dir.filePath(QStringLiteral("backups/trust-copy.db"));
        const Run backup = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QVERIFY2(backup.code == 0, backup.err.constData());
        QVERIFY(backup.object().value(QStringLiteral("verified")).toBool());
        QCOMPARE(modeOf(copy), 0600);
        QCOMPARE(modeOf(copy + QStringLiteral(".keys")), 0600);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--out"), copy}).code, 5); // never overwrites
        QCOMPARE(cli({QStringLiteral("check")}, copy).code, 0);

        // A change after the backup, then a restore: the change is gone, the old file kept.
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                      QStringLiteral("{\"subject\":{\"name\":\"李四\"}}")})
                     .code,
                 0);
        const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), copy});
        QVERIFY2(restored.code == 0, restored.err.constData());
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list")}).array().size(), 1);
        QVERIFY(QFile::exists(m_db + QStringLiteral(".before-restore")));
        QVERIFY(actions().contains(QStringLiteral("database.restore")));

        // A damaged backup is refused before anything is replaced.
        const QString bad = m_dir.filePath(QStringLiteral("backups/bad.db"));
        QVERIFY(QFile::copy(copy, bad) &&
                QFile::copy(copy + QStringLiteral(".keys"), bad + QStringLiteral(".keys")));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(2 * 4096);
            file.write(QByteArray(4096, '\0'));
        }
        const QByteArray before = test::readFile(m_db);
        const Run refused = cli({QStringLiteral("restore"), QStringLiteral("--from"), bad});
        QCOMPARE(refused.code, 6);
        QCOMPARE(test::readFile(m_db), before);
    }

    void checkNamesTheDamage()
    {
        QCOMPARE(cli({QStringLiteral("check")}).code, 0);
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(m_db, damaged) &&
                QFile::copy(m_db + QStringLiteral(".keys"), damaged + QStringLiteral(".keys")));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(3 * 4096 + 200);
            file.write(QByteArray(64, '\x55'));
        }
        const Run check = cli({QStringLiteral("check")}, damaged);
        QCOMPARE(check.code, 6);
        QVERIFY2(QString::fromUtf8(check.err).contains(damaged), check.err.constData());
    }

    // Issue 13: the list summaries are checked against the events; a mismatch is reported (exit
    // 6, naming --repair) and repaired only when asked.
    void checkFindsAndRepairsSummaries()
    {
        const QString copy = m_dir.filePath(QStringLiteral("summaries.db"));
        QVERIFY(QFile::copy(m_db, copy) &&
                QFile::copy(m_db + QStringLiteral(".keys"), copy + QStringLiteral(".keys")));
        {
            auto session =
                Session::open(copy, QStringLiteral("admin"), QStringLiteral("trust-pw-violet-kettle"));
            QVERIFY2(session.ok(), qPrintable(session.error().message));
            QVERIFY(
                !session.value()->database().exec("UPDATE case_summaries SET stage = 'closed'").isError());
        }
        const Run found = cli({QStringLiteral("check")}, copy);
        QCOMPARE(found.code, 6);
        QVERIFY2(found.err.contains("--repair"), found.err.constData());
        const Run repaired = cli({QStringLiteral("check"), QStringLiteral("--repair")}, copy);
        QCOMPARE(repaired.code, 0);
        QCOMPARE(repaired.object().value(QStringLiteral("summaries_mismatched")).toArray().size(), 1);
        QVERIFY(repaired.object().value(QStringLiteral("summaries_repaired")).toBool());
        const Run again = cli({QStringLiteral("check")}, copy);
        QCOMPARE(again.code, 0);
        QVERIFY(again.object().value(QStringLiteral("summaries_mismatched")).toArray().isEmpty());
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, copy).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "test_cli_trust.moc"
