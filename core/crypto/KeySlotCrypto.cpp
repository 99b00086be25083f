#include "crypto/KeySlotCrypto.h"

#include "crypto/KeyDerivation.h"
#include "crypto/KeyedHash.h"
#include "crypto/Sodium.h"

#include <QJsonDocument>

#include <sodium.h>

#include <cstring>

namespace casetrack {

namespace {

constexpr int kPayloadBytes = kKeyBytes + crypto_sign_SECRETKEYBYTES;

QByteArray associatedData(const QString& databaseId, const QString& accountId, const QString& user)
{
    const QChar sep(0x1F);
    return (QStringLiteral("casetrack-slot-v2") + sep + databaseId + sep + accountId + sep + user).toUtf8();
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

} // namespace

QByteArray SlotSecrets::signPublic() const
{
    if (signSecret.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()), signSecret.data());
    return pk;
}

SecureBytes newSigningSecret()
{
    ensureSodium();
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(pk, secret.data());
    return secret;
}

QByteArray slotChecksum(const KeySlot& slot)
{
    // Not the name: a slot presented under another name is an attack (exit 3), not damage.
    const QChar sep(0x1F);
    QByteArray data = (QString::number(slot.version) + sep + slot.accountId + sep).toUtf8();
    data += QJsonDocument(slot.kdf.toJson()).toJson(QJsonDocument::Compact);
    data += slot.nonce + slot.wrapped;
    return plainHash(data, 16);
}

bool slotIntact(const KeySlot& slot)
{
    if (slot.version == 1)
        return true;
    return slot.nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
           slot.wrapped.size() ==
               kPayloadBytes + static_cast<int>(crypto_aead_xchacha20poly1305_ietf_ABYTES) &&
           slot.kdf.salt.size() == crypto_pwhash_SALTBYTES && slot.check == slotChecksum(slot);
}

KeySlot wrapSlot(const QString& databaseId, const QString& user, const QString& accountId,
                 const SecureBytes& databaseKey, const SecureBytes& signSecret, const QString& password,
                 const KdfParams& params)
{
    ensureSodium();
    KeySlot slot;
    slot.version = 2;
    slot.user = user;
    slot.accountId = accountId;
    slot.kdf = params;
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));
    SecureBytes payload(kPayloadBytes);
    std::memcpy(payload.data(), databaseKey.data(), kKeyBytes);
    std::memcpy(payload.data() + kKeyBytes, signSecret.data(), crypto_sign_SECRETKEYBYTES);
    const SecureBytes kek = deriveKey(password, params);
    const QByteArray ad = associatedData(databaseId, accountId, user);
    slot.wrapped.resize(kPayloadBytes + static_cast<int>(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrapped.data()), &length, payload.data(), payload.size(),
        bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, bytes(slot.nonce), kek.data());
    slot.check = slotChecksum(slot);
    return slot;
}

SlotOpen unwrapSlot(const QString& databaseId, const KeySlot& slot, const QString& password, SlotSecrets* out)
{
    if (!slotIntact(slot))
        return SlotOpen::Damaged;
    if (slot.version == 1) {
        SecureBytes key = KeyFile::unwrap(slot, password);
        if (key.isEmpty())
            return SlotOpen::WrongPassword;
        out->databaseKey = std::move(key);
        out->signSecret = SecureBytes();
        return SlotOpen::Opened;
    }
    const SecureBytes kek = deriveKey(password, slot.kdf);
    if (kek.isEmpty())
        return SlotOpen::OutOfMemory;
    const QByteArray ad = associatedData(databaseId, slot.accountId, slot.user);
    SecureBytes payload(kPayloadBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(payload.data(), &length, nullptr, bytes(slot.wrapped),
                                                   static_cast<unsigned long long>(slot.wrapped.size()),
                                                   bytes(ad), static_cast<unsigned long long>(ad.size()),
                                                   bytes(slot.nonce), kek.data()) != 0)
        return SlotOpen::WrongPassword;
    out->databaseKey = SecureBytes::copyOf(payload.data(), kKeyBytes);
    out->signSecret = SecureBytes::copyOf(payload.data() + kKeyBytes, crypto_sign_SECRETKEYBYTES);
    return SlotOpen::Opened;
}

QByteArray slotVerifier(const SecureBytes& databaseKey, const QString& databaseId, const KeySlot& slot)
{
    const QChar sep(0x1F);
    QByteArray data = (databaseId + sep + slot.accountId + sep + slot.user + sep).toUtf8();
    data += slot.nonce + slot.wrapped;
    return keyedHash(databaseKey, "casetrack slot verifier v1", data);
}

QByteArray sealKeyFor(const QByteArray& signPublic, const SecureBytes& databaseKey)
{
    ensureSodium();
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    if (signPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_pk_to_curve25519(boxPublic, bytes(signPublic)) != 0)
        return {};
    QByteArray sealed(static_cast<int>(crypto_box_SEALBYTES + databaseKey.size()), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), databaseKey.data(), databaseKey.size(),
                    boxPublic);
    return sealed;
}

SecureBytes openSealedKey(const SecureBytes& signSecret, const QByteArray& sealed)
{
    if (signSecret.size() != crypto_sign_SECRETKEYBYTES ||
        sealed.size() != static_cast<int>(crypto_box_SEALBYTES) + kKeyBytes)
        return {};
    SecureBytes boxSecret(crypto_box_SECRETKEYBYTES);
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(signPublic, signSecret.data());
    if (crypto_sign_ed25519_sk_to_curve25519(boxSecret.data(), signSecret.data()) != 0 ||
        crypto_sign_ed25519_pk_to_curve25519(boxPublic, signPublic) != 0)
        return {};
    SecureBytes key(kKeyBytes);
    if (crypto_box_seal_open(key.data(), bytes(sealed), static_cast<unsigned long long>(sealed.size()),
                             boxPublic, boxSecret.data()) != 0)
        return {};
    return key;
}

QByteArray signDetached(const SecureBytes& signSecret, const QByteArray& message)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), signSecret.data());
    return signature;
}

bool verifyDetached(const QByteArray& signPublic, const QByteArray& message, const QByteArray& signature)
{
    if (signPublic.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(signPublic)) == 0;
}

} // namespace casetrack
