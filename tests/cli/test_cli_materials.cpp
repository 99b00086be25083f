// casetrack-cli case material add|list|export|remove (issue 12), driven as a separate process:
// exit codes, JSON keys, the size limit, the audit records, the exported file's mode.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
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
    QString message() const
    {
        return QJsonDocument::fromJson(err)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

} // namespace

class TestCliMaterials : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_case;

    Run cli(QStringList args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASETRACK_PASSWORD"), QStringLiteral("secret-pw-violet-kettle"));
        process.setProcessEnvironment(env);
        args.prepend(QStringLiteral("--json"));
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        process.start(QStringLiteral(CASETRACK_CLI_PATH), args);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    Run add(const QString& file, const QString& type = QStringLiteral("decision"))
    {
        return cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("add"), m_case,
                    QStringLiteral("--file"), file, QStringLiteral("--type"), type, QStringLiteral("--date"),
                    QStringLiteral("2025-03-01"), QStringLiteral("--description"),
                    QStringLiteral("盖章扫描件")});
    }

    QJsonArray auditActions() { return cli({QStringLiteral("audit"), QStringLiteral("list")}).array(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("CASETRACK_ALLOW_TEST_KDF", "1");
        m_db = m_dir->filePath(QStringLiteral("cli.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--kdf"), QStringLiteral("fast")})
                     .code,
                 0);
        const Run added = cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--data"),
                               QStringLiteral(R"({"subject":{"name":"张三","unit":"某局"}})")});
        QCOMPARE(added.code, 0);
        m_case = added.object().value(QStringLiteral("id")).toString();
    }

    void addListExportRemove()
    {
        const QByteArray content = QByteArrayLiteral("%PDF-1.4 decision");
        const Run added = add(writeFile(QStringLiteral("决定书.pdf"), content));
        QVERIFY2(added.code == 0, added.err.constData());
        const QJsonObject m = added.object();
        QCOMPARE(m.value(QStringLiteral("case_id")).toString(), m_case);
        QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("decision"));
        QCOMPARE(m.value(QStringLiteral("file_name")).toString(), QStringLiteral("决定书.pdf"));
        QCOMPARE(m.value(QStringLiteral("size")).toInteger(), content.size());
        QCOMPARE(m.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        const QString id = QString::number(m.value(QStringLiteral("id")).toInteger());

        const Run listed =
            cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("list"), m_case});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.array().size(), 1);

        const QString out = m_dir->filePath(QStringLiteral("exported.pdf"));
        // Purpose and recipient are required: usage error, nothing written.
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("export"), id,
                      QStringLiteral("--out"), out})
                     .code,
                 2);
        QVERIFY(!QFileInfo::exists(out));
        const Run exported =
            cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("export"), id,
                 QStringLiteral("--out"), out, QStringLiteral("--purpose"), QStringLiteral("备案"),
                 QStringLiteral("--recipient"), QStringLiteral("市纪委")});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QCOMPARE(test::readFile(out), content);
        QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions());

        // Removal needs a reason (exit 2), then leaves the list but not --all.
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("remove"), id}).code,
                 2);
        const Run removed = cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("remove"),
                                 id, QStringLiteral("--reason"), QStringLiteral("重复上传")});
        QCOMPARE(removed.code, 0);
        QVERIFY(removed.object().value(QStringLiteral("removed")).toBool());
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("list"), m_case})
                     .array()
                     .size(),
                 0);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("list"), m_case,
                      QStringLiteral("--all")})
                     .array()
                     .size(),
                 1);

        QStringList actions;
        for (const QJsonValue& r : auditActions())
            actions << r.toObject().value(QStringLiteral("action")).toString();
        QVERIFY(actions.contains(QStringLiteral("material.add")));
        QVERIFY(actions.contains(QStringLiteral("view.materials")));
        QVERIFY(actions.contains(QStringLiteral("export")));
        QVERIFY(actions.contains(QStringLiteral("material.remove")));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void badInputIsRefused()
    {
        const QString file = writeFile(QStringLiteral("a.pdf"), QByteArrayLiteral("x"));
        QCOMPARE(add(file, QStringLiteral("photo")).code, 5);
        QCOMPARE(add(m_dir->filePath(QStringLiteral("missing.pdf"))).code, 5);
        QCOMPARE(add(writeFile(QStringLiteral("empty.pdf"), QByteArray())).code, 5);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("add"), m_case,
                      QStringLiteral("--file"), file})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("export"),
                      QStringLiteral("x"), QStringLiteral("--out"), m_dir->filePath(QStringLiteral("o")),
                      QStringLiteral("--purpose"), QStringLiteral("p"), QStringLiteral("--recipient"),
                      QStringLiteral("r")})
                     .code,
                 5);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("frobnicate")}).code,
                 2);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("material"), QStringLiteral("list"), m_case})
                     .array()
                     .size(),
                 0);
    }

    void sizeAboveTheLimitIsRefusedWithTheLimit()
    {
        const QString big = m_dir->filePath(QStringLiteral("big.pdf"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50LL * 1024 * 1024 + 1)); // sparse: no 50 MiB written
        file.close();
        const Run refused = add(big);
        QCOMPARE(refused.code, 5);
        QVERIFY2(refused.message().contains(QStringLiteral("50 MiB（52428800 字节）")),
                 refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMaterials)
#include "test_cli_materials.moc"
