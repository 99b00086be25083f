#include "crypto/KeyFile.h"

#include "crypto/KeyDerivation.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace casetrack {

namespace {

const char kFormat[] = "casetrack-keys";
constexpr int kVersion = 2; // 2: bound slots with signing keys, counters and the chain anchor

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

Error notOurs(const QString& path)
{
    return Error::make(ErrorCode::Unavailable,
                       QCoreApplication::translate("KeyFile", "%1 不是 CaseTrack 数据库的密钥文件，或已损坏。"
                                                              "请选择正确的数据库文件，或从备份恢复。")
                           .arg(path));
}

} // namespace

QString KeyFile::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

Result<KeyFile> KeyFile::load(const QString& databasePath)
{
    const QString path = pathFor(databasePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("KeyFile", "找不到数据库 %1 的密钥文件 %2。"
                                                   "它与数据库文件放在同一文件夹，复制或备份时请一并带上。")
                .arg(databasePath, path));
    return parse(file.readAll(), path);
}

Result<KeyFile> KeyFile::parse(const QByteArray& bytes, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return notOurs(path);
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("KeyFile", "密钥文件 %1 由更新版本的 CaseTrack 创建，请升级本程序。")
                .arg(path));
    KeyFile keys;
    keys.databaseId = root.value(QStringLiteral("database_id")).toString();
    keys.kdfProfile = root.value(QStringLiteral("kdf_profile")).toString();
    keys.keyCheck = unb64(root.value(QStringLiteral("key_check")));
    const QJsonObject anchor = root.value(QStringLiteral("anchor")).toObject();
    keys.anchor.seq = anchor.value(QStringLiteral("seq")).toString().toLongLong();
    keys.anchor.hash = unb64(anchor.value(QStringLiteral("hash")));
    keys.anchor.mac = unb64(anchor.value(QStringLiteral("mac")));
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject object = value.toObject();
        KeySlot slot;
        slot.version = object.value(QStringLiteral("v")).toInt(1);
        slot.user = object.value(QStringLiteral("user")).toString();
        slot.accountId = object.value(QStringLiteral("account_id")).toString();
        slot.nonce = unb64(object.value(QStringLiteral("nonce")));
        slot.wrapped = unb64(object.value(QStringLiteral("wrapped")));
        slot.check = unb64(object.value(QStringLiteral("check")));
        slot.pending = unb64(object.value(QStringLiteral("pending")));
        slot.failures = object.value(QStringLiteral("failures")).toInt();
        slot.failuresTotal = object.value(QStringLiteral("failures_total")).toString().toLongLong();
        slot.lastFailure =
            QDateTime::fromString(object.value(QStringLiteral("last_failure")).toString(), Qt::ISODate);
        const bool kdfOk = KdfParams::fromJson(object.value(QStringLiteral("kdf")).toObject(), &slot.kdf);
        if (slot.user.isEmpty() || (slot.version != 1 && slot.version != 2))
            return notOurs(path);
        // A version 2 slot whose bytes do not match its checksum is kept, so that its account
        // is told "damaged" and the other accounts still unlock; a version 1 slot has no
        // checksum and must at least have the right shape.
        if (slot.version == 1 && (!kdfOk || slot.nonce.size() != crypto_secretbox_NONCEBYTES ||
                                  slot.wrapped.size() != crypto_secretbox_MACBYTES + kKeyBytes))
            return notOurs(path);
        keys.keySlots.append(slot);
    }
    return keys;
}

Error KeyFile::save(const QString& databasePath) const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : keySlots) {
        QJsonObject object{{QStringLiteral("v"), slot.version},
                           {QStringLiteral("user"), slot.user},
                           {QStringLiteral("kdf"), slot.kdf.toJson()},
                           {QStringLiteral("nonce"), b64(slot.nonce)},
                           {QStringLiteral("wrapped"), b64(slot.wrapped)}};
        if (slot.version >= 2) {
            object.insert(QStringLiteral("account_id"), slot.accountId);
            object.insert(QStringLiteral("check"), b64(slot.check));
        }
        if (!slot.pending.isEmpty())
            object.insert(QStringLiteral("pending"), b64(slot.pending));
        if (slot.failuresTotal > 0) {
            object.insert(QStringLiteral("failures"), slot.failures);
            object.insert(QStringLiteral("failures_total"), QString::number(slot.failuresTotal));
            object.insert(QStringLiteral("last_failure"), slot.lastFailure.toUTC().toString(Qt::ISODate));
        }
        slotArray.append(object);
    }
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("database_id"), databaseId},        {QStringLiteral("kdf_profile"), kdfProfile},
        {QStringLiteral("key_check"), b64(keyCheck)},       {QStringLiteral("slots"), slotArray}};
    if (anchor.seq > 0)
        root.insert(QStringLiteral("anchor"),
                    QJsonObject{{QStringLiteral("seq"), QString::number(anchor.seq)},
                                {QStringLiteral("hash"), b64(anchor.hash)},
                                {QStringLiteral("mac"), b64(anchor.mac)}});
    QSaveFile file(pathFor(databasePath));
    // Owner-only whatever the caller's umask (the programs also set 077 at start; a library
    // user such as a benchmark or a test may not have).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate(
                               "KeyFile", "无法写入密钥文件 %1：%2。请检查文件夹的写入权限和磁盘空间。")
                               .arg(pathFor(databasePath), file.errorString()));
    return Error::ok();
}

const KeySlot* KeyFile::slot(const QString& user) const
{
    for (const KeySlot& s : keySlots) {
        if (s.user == user)
            return &s;
    }
    return nullptr;
}

void KeyFile::putSlot(const KeySlot& slot)
{
    for (KeySlot& s : keySlots) {
        if (s.user == slot.user) {
            s = slot;
            return;
        }
    }
    keySlots.append(slot);
}

void KeyFile::removeSlot(const QString& user)
{
    for (int i = keySlots.size() - 1; i >= 0; --i) {
        if (keySlots.at(i).user == user)
            keySlots.removeAt(i);
    }
}

QByteArray KeyFile::keyCheckFor(const SecureBytes& databaseKey)
{
    ensureSodium();
    static const char context[] = "casetrack key check v1";
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(context), sizeof context - 1,
                       databaseKey.data(), databaseKey.size());
    return out;
}

KeySlot KeyFile::wrap(const QString& user, const SecureBytes& databaseKey, const QString& password,
                      const KdfParams& params)
{
    KeySlot slot;
    slot.version = 1;
    slot.user = user;
    slot.kdf = params;
    slot.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));
    const SecureBytes kek = deriveKey(password, params);
    slot.wrapped.resize(static_cast<int>(crypto_secretbox_MACBYTES + databaseKey.size()));
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(slot.wrapped.data()), databaseKey.data(),
                          databaseKey.size(), reinterpret_cast<const unsigned char*>(slot.nonce.constData()),
                          kek.data());
    return slot;
}

SecureBytes KeyFile::unwrap(const KeySlot& slot, const QString& password)
{
    if (slot.version != 1 || slot.wrapped.size() != static_cast<int>(crypto_secretbox_MACBYTES) + kKeyBytes ||
        slot.nonce.size() != crypto_secretbox_NONCEBYTES)
        return {};
    const SecureBytes kek = deriveKey(password, slot.kdf);
    if (kek.isEmpty())
        return {};
    SecureBytes key(static_cast<std::size_t>(slot.wrapped.size()) - crypto_secretbox_MACBYTES);
    if (crypto_secretbox_open_easy(
            key.data(), reinterpret_cast<const unsigned char*>(slot.wrapped.constData()),
            static_cast<unsigned long long>(slot.wrapped.size()),
            reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek.data()) != 0)
        return {};
    return key;
}

} // namespace casetrack
