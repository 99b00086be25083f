#include "LegacyDatabase.h"

#include "audit/AuditTrail.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyFile.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace casetrack::test {

namespace {

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject v1Slot(const QString& user, const SecureBytes& key, const QString& password)
{
    const KeySlot slot = KeyFile::wrap(user, key, password, newKdfParams(KdfProfile::Fast));
    return {{QStringLiteral("user"), user},
            {QStringLiteral("kdf"), slot.kdf.toJson()},
            {QStringLiteral("nonce"), b64(slot.nonce)},
            {QStringLiteral("wrapped"), b64(slot.wrapped)}};
}

bool fillDatabase(Database& db, int version, const QString& id, const QList<LegacyAccount>& accounts,
                  const std::function<bool(Database&)>& more)
{
    if (db.begin().isError() || createSchema(db, version).isError())
        return false;
    Statement meta =
        db.prepare("INSERT INTO meta(key, value) VALUES('database_id', ?), ('kdf_profile', 'fast')");
    meta.bind(1, id);
    if (!meta.run())
        return false;
    const QString creator = accounts.first().name;
    if (AuditTrail::append(db, {0,
                                {},
                                creator,
                                QStringLiteral("database.create"),
                                id,
                                {},
                                QJsonObject{{QStringLiteral("kdf_profile"), QStringLiteral("fast")},
                                            {QStringLiteral("schema"), version}},
                                {},
                                {},
                                {}})
            .isError())
        return false;
    for (const LegacyAccount& account : accounts) {
        Statement insert =
            db.prepare("INSERT INTO accounts(name, role, active, created_at) VALUES(?, ?, 1, ?)");
        insert.bind(1, account.name)
            .bind(2, account.role)
            .bind(3, QDateTime::currentDateTime().toString(Qt::ISODate));
        if (!insert.run() || AuditTrail::append(db, {0,
                                                     {},
                                                     creator,
                                                     QStringLiteral("account.add"),
                                                     account.name,
                                                     {},
                                                     QJsonObject{{QStringLiteral("role"), account.role}},
                                                     {},
                                                     {},
                                                     {}})
                                 .isError())
            return false;
    }
    if (more && !more(db))
        return false;
    return !db.commit().isError();
}

} // namespace

bool writeLegacyDatabase(const QString& path, int version, const QList<LegacyAccount>& accounts,
                         const std::function<bool(Database&)>& more)
{
    if (accounts.isEmpty())
        return false;
    const SecureBytes key = SecureBytes::random(kKeyBytes);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto opened = Database::open(path, key, Database::Mode::Create);
        if (!opened.ok() || !fillDatabase(*opened.value(), version, id, accounts, more))
            return false;
    }
    QJsonArray slotList;
    for (const LegacyAccount& account : accounts)
        slotList.append(v1Slot(account.name, key, account.password));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("casetrack-keys")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("database_id"), id},
                           {QStringLiteral("kdf_profile"), QStringLiteral("fast")},
                           {QStringLiteral("key_check"), b64(KeyFile::keyCheckFor(key))},
                           {QStringLiteral("slots"), slotList}};
    QFile file(KeyFile::pathFor(path));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace casetrack::test
