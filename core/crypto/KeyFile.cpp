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
constexpr int kVersion = 1;

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
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
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
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject object = value.toObject();
        KeySlot slot;
        slot.user = object.value(QStringLiteral("user")).toString();
        slot.nonce = unb64(object.value(QStringLiteral("nonce")));
        slot.wrapped = unb64(object.value(QStringLiteral("wrapped")));
        if (slot.user.isEmpty() ||
            !KdfParams::fromJson(object.value(QStringLiteral("kdf")).toObject(), &slot.kdf) ||
            slot.nonce.size() != crypto_secretbox_NONCEBYTES ||
            slot.wrapped.size() != crypto_secretbox_MACBYTES + kKeyBytes)
            return notOurs(path);
        keys.keySlots.append(slot);
    }
    return keys;
}

Error KeyFile::save(const QString& databasePath) const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : keySlots)
        slotArray.append(QJsonObject{{QStringLiteral("user"), slot.user},
                                     {QStringLiteral("kdf"), slot.kdf.toJson()},
                                     {QStringLiteral("nonce"), b64(slot.nonce)},
                                     {QStringLiteral("wrapped"), b64(slot.wrapped)}});
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("database_id"), databaseId},        {QStringLiteral("kdf_profile"), kdfProfile},
        {QStringLiteral("key_check"), b64(keyCheck)},       {QStringLiteral("slots"), slotArray}};
    QSaveFile file(pathFor(databasePath));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
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
