#include "TamperTools.h"

#include "audit/AuditTrail.h"
#include "crypto/KeyFile.h"
#include "crypto/KeySlotCrypto.h"
#include "services/SessionKeys.h"
#include "storage/Database.h"

#include <QProcess>

#include <sodium.h>

namespace casetrack::test {

ShellResult sqlcipherShell(const QString& path, const QString& keyHex, const QString& sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-bail"), path});
    const QString script =
        QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n.quit\n")
            .arg(keyHex, sql);
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(30000);
    return {shell.exitCode(), shell.readAllStandardError()};
}

QList<RawRecord> readRecords(const QString& path, const SecureBytes& key)
{
    QList<RawRecord> records;
    auto db = Database::open(path, key, Database::Mode::ReadOnly);
    if (!db.ok())
        return records;
    Statement stmt =
        db.value()->prepare("SELECT seq, at, user, action, target, before, after, prev_hash, hash, "
                            "signature FROM audit ORDER BY seq");
    while (stmt.next()) {
        RawRecord r;
        r.seq = stmt.integer(0);
        r.at = stmt.text(1);
        r.user = stmt.text(2);
        r.action = stmt.text(3);
        r.target = stmt.text(4);
        r.before = stmt.isNull(5) ? QString() : stmt.text(5);
        r.after = stmt.isNull(6) ? QString() : stmt.text(6);
        r.prevHash = stmt.blob(7);
        r.hash = stmt.blob(8);
        r.signature = stmt.isNull(9) ? QByteArray() : stmt.blob(9);
        records.append(r);
    }
    return records;
}

QByteArray chainHash(const RawRecord& r)
{
    const QChar sep(0x1F);
    const QByteArray text =
        (QString::number(r.seq) + sep + r.at + sep + r.user + sep + r.action + sep + r.target + sep +
         r.before + sep + r.after + sep + QString::fromLatin1(r.prevHash.toHex()))
            .toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(text.constData()),
                       static_cast<size_t>(text.size()), nullptr, 0);
    return out;
}

QString sqlText(const QString& text)
{
    return text.isNull()
               ? QStringLiteral("NULL")
               : QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
                     QLatin1Char('\'');
}

QString sqlBlob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QStringLiteral("NULL")
                           : QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

namespace {

QString headSql(const RawRecord& last)
{
    return QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head_seq';\n"
                          "UPDATE meta SET value = '%2' WHERE key = 'audit_head_hash';\n")
        .arg(last.seq)
        .arg(QString::fromLatin1(last.hash.toHex()));
}

} // namespace

QString rechainSql(QList<RawRecord> records, int from)
{
    QString sql = QStringLiteral("DROP TRIGGER audit_no_update;\n");
    for (int i = from; i < records.size(); ++i) {
        RawRecord& r = records[i];
        r.prevHash = i == 0 ? QByteArray(32, '\0') : records.at(i - 1).hash;
        r.hash = chainHash(r);
        sql += QStringLiteral("UPDATE audit SET after = %1, prev_hash = %2, hash = %3 WHERE seq = %4;\n")
                   .arg(sqlText(r.after), sqlBlob(r.prevHash), sqlBlob(r.hash))
                   .arg(r.seq);
    }
    return sql + headSql(records.last());
}

QString appendSql(const QList<RawRecord>& records, RawRecord r, const SecureBytes* signSecret)
{
    r.seq = records.last().seq + 1;
    r.prevHash = records.last().hash;
    r.at = records.last().at;
    r.hash = chainHash(r);
    r.signature = signSecret ? signDetached(*signSecret, r.hash) : QByteArray();
    return QStringLiteral(
               "INSERT INTO audit(seq, at, user, action, target, before, after, prev_hash, hash, signature) "
               "VALUES(%1, %2, %3, %4, %5, NULL, %6, %7, %8, %9);\n")
               .arg(r.seq)
               .arg(sqlText(r.at), sqlText(r.user), sqlText(r.action), sqlText(r.target), sqlText(r.after),
                    sqlBlob(r.prevHash), sqlBlob(r.hash), sqlBlob(r.signature)) +
           headSql(r);
}

bool reanchor(const QString& path, const SecureBytes& key)
{
    Result<KeyFile> keys = KeyFile::load(path);
    auto db = Database::open(path, key, Database::Mode::ReadOnly);
    if (!keys.ok() || !db.ok())
        return false;
    qint64 seq = 0;
    QByteArray hash;
    AuditTrail::head(*db.value(), &seq, &hash);
    keys->anchor = {seq, hash, anchorMac(key, keys->databaseId, seq, hash)};
    return !keys->save(path).isError();
}

} // namespace casetrack::test
