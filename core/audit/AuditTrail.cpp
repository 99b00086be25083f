#include "audit/AuditTrail.h"

#include "audit/TrailReplay.h"
#include "crypto/KeySlotCrypto.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace casetrack {

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars are wrapped so that the stored text is always a JSON document.
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("v"), value}}).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    const QJsonObject object = doc.object();
    if (object.size() == 1 && object.contains(QStringLiteral("v")))
        return object.value(QStringLiteral("v"));
    return object;
}

const char kHeadSeq[] = "audit_head_seq";
const char kHeadHash[] = "audit_head_hash";

QString metaValue(Database& db, const char* key)
{
    Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.next() ? stmt.text(0) : QString();
}

bool setMetaValue(Database& db, const char* key, const QString& value)
{
    Statement stmt = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    stmt.bind(1, QString::fromLatin1(key)).bind(2, value);
    return stmt.run();
}

AuditRecord readRow(Statement& stmt)
{
    AuditRecord r;
    r.seq = stmt.integer(0);
    r.at = QDateTime::fromString(stmt.text(1), Qt::ISODateWithMs);
    r.user = stmt.text(2);
    r.action = stmt.text(3);
    r.target = stmt.text(4);
    r.before = jsonValue(stmt.text(5));
    r.after = jsonValue(stmt.text(6));
    r.prevHash = stmt.blob(7);
    r.hash = stmt.blob(8);
    return r;
}

// The exact text each record's hash covers; a field separator that cannot occur in the fields'
// UTF-8 (0x1F, unit separator) keeps two different records from hashing the same bytes.
QByteArray canonical(const AuditRecord& r, const QString& atText, const QString& before, const QString& after)
{
    const QChar sep(0x1F);
    const QString text = QString::number(r.seq) + sep + atText + sep + r.user + sep + r.action + sep +
                         r.target + sep + before + sep + after + sep +
                         QString::fromLatin1(r.prevHash.toHex());
    return text.toUtf8();
}

QString timeText(const QDateTime& at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QByteArray blake2b(const QByteArray& bytes)
{
    ensureSodium();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<size_t>(bytes.size()), nullptr, 0);
    return out;
}

} // namespace

Error AuditTrail::append(Database& db, AuditRecord record, const SecureBytes* signSecret)
{
    const qint64 headSeq = metaValue(db, kHeadSeq).toLongLong();
    const QByteArray headHash = QByteArray::fromHex(metaValue(db, kHeadHash).toLatin1());
    if (db.readFailure().isError())
        return db.readFailure();
    record.seq = headSeq + 1;
    record.prevHash = headSeq == 0 ? QByteArray(32, '\0') : headHash;
    if (!record.at.isValid())
        record.at = QDateTime::currentDateTime();
    const QString atText = timeText(record.at);
    const QString before = jsonText(record.before);
    const QString after = jsonText(record.after);
    record.hash = blake2b(canonical(record, atText, before, after));
    if (signSecret && !signSecret->isEmpty())
        record.signature = signDetached(*signSecret, record.hash);

    // Unsigned records leave the column out, so a file of schema version 2 can still be written
    // (by the migration itself, and by tests that build such a file).
    Statement insert =
        record.signature.isEmpty()
            ? db.prepare("INSERT INTO audit(seq, at, user, action, target, before, after, prev_hash, hash) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : db.prepare("INSERT INTO audit(seq, at, user, action, target, before, after, prev_hash, hash, "
                         "signature) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, record.seq)
        .bind(2, atText)
        .bind(3, record.user)
        .bind(4, record.action)
        .bind(5, record.target);
    before.isEmpty() ? insert.bindNull(6) : insert.bind(6, before);
    after.isEmpty() ? insert.bindNull(7) : insert.bind(7, after);
    insert.bind(8, record.prevHash).bind(9, record.hash);
    if (!record.signature.isEmpty())
        insert.bind(10, record.signature);
    if (!insert.run() || !setMetaValue(db, kHeadSeq, QString::number(record.seq)) ||
        !setMetaValue(db, kHeadHash, QString::fromLatin1(record.hash.toHex())))
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("AuditTrail", "无法写入审计记录：%1。操作已取消。")
                               .arg(db.lastError()));
    return Error::ok();
}

AuditVerification AuditTrail::verify(Database& db)
{
    AuditVerification result;
    auto fail = [&](qint64 seq, const QString& message) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.message = message;
        return result;
    };
    Statement stmt = db.prepare(
        "SELECT seq, at, user, action, target, before, after, prev_hash, hash FROM audit ORDER BY rowid");
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    while (stmt.next()) {
        const QString atText = stmt.text(1);
        const QString before = stmt.isNull(5) ? QString() : stmt.text(5);
        const QString after = stmt.isNull(6) ? QString() : stmt.text(6);
        AuditRecord r = readRow(stmt);
        if (r.seq != expectedSeq)
            return fail(expectedSeq, QCoreApplication::translate(
                                         "AuditTrail", "审计记录 %1 缺失或顺序被打乱（此处为记录 %2）。")
                                         .arg(expectedSeq)
                                         .arg(r.seq));
        if (r.prevHash != previous)
            return fail(
                r.seq, QCoreApplication::translate(
                           "AuditTrail", "审计记录 %1 与前一条记录的链接不符：其前的记录被改动、删除或调换。")
                           .arg(r.seq));
        if (blake2b(canonical(r, atText, before, after)) != r.hash)
            return fail(r.seq,
                        QCoreApplication::translate("AuditTrail", "审计记录 %1 的内容被改动（哈希不符）。")
                            .arg(r.seq));
        previous = r.hash;
        ++expectedSeq;
        ++result.records;
    }
    // A record that cannot be read is damage (Database::readFailure), not tampering: the caller
    // reports it as such; the trail is not called intact.
    if (stmt.failed())
        return fail(expectedSeq, db.readFailure().message);
    const qint64 headSeq = metaValue(db, kHeadSeq).toLongLong();
    const QByteArray headHash = QByteArray::fromHex(metaValue(db, kHeadHash).toLatin1());
    if (db.readFailure().isError())
        return fail(expectedSeq, db.readFailure().message);
    if (headSeq != result.records || (headSeq > 0 && headHash != previous))
        return fail(result.records + 1,
                    QCoreApplication::translate("AuditTrail",
                                                "审计记录共应有 %1 条，实有 %2 条：末尾的记录被删除或改动。")
                        .arg(headSeq)
                        .arg(result.records));
    result.headHash = previous;
    // The chain holds; now the signatures, the authors' rights, and every state table.
    DerivedState state;
    QList<TrailFinding> findings = replayTrail(db, &state);
    findings += compareState(db, state);
    if (!findings.isEmpty()) {
        for (const TrailFinding& finding : findings)
            result.problems.append(finding.problem);
        const QStringList shown = result.problems.mid(0, 5);
        fail(findings.first().seq,
             QCoreApplication::translate("AuditTrail", "发现 %1 处审计记录无法解释的问题：%2")
                 .arg(findings.size())
                 .arg(joinClauses(shown)));
        result.headHash = previous;
        return result;
    }
    result.message =
        QCoreApplication::translate("AuditTrail", "审计记录完整：共 %1 条，哈希链无断裂，签名与权限相符，"
                                                  "各数据表与记录一致。")
            .arg(result.records);
    return result;
}

void AuditTrail::head(Database& db, qint64* seq, QByteArray* hash)
{
    // One statement, so one snapshot: read apart, another process could append between the two
    // and pair the old sequence number with the new hash (an anchor that every later open then
    // calls tampering).
    Statement stmt = db.prepare("SELECT (SELECT value FROM meta WHERE key = ?), "
                                "(SELECT value FROM meta WHERE key = ?)");
    stmt.bind(1, QString::fromLatin1(kHeadSeq)).bind(2, QString::fromLatin1(kHeadHash));
    if (stmt.next()) {
        *seq = stmt.text(0).toLongLong();
        *hash = QByteArray::fromHex(stmt.text(1).toLatin1());
    } else {
        *seq = 0;
        hash->clear();
    }
}

QByteArray AuditTrail::hashAt(Database& db, qint64 seq, bool* readFailed)
{
    Statement stmt = db.prepare("SELECT hash FROM audit WHERE seq = ?");
    stmt.bind(1, seq);
    const bool found = stmt.next();
    if (readFailed)
        *readFailed = !found && (!stmt.isValid() || stmt.failed());
    return found ? stmt.blob(0) : QByteArray();
}

QList<AuditRecord> AuditTrail::read(Database& db, qint64 offset, qint64 limit)
{
    Statement stmt =
        db.prepare("SELECT seq, at, user, action, target, before, after, prev_hash, hash FROM audit "
                   "ORDER BY seq LIMIT ? OFFSET ?");
    stmt.bind(1, limit).bind(2, offset);
    QList<AuditRecord> records;
    while (stmt.next())
        records.append(readRow(stmt));
    return records;
}

} // namespace casetrack
