#pragma once

#include "crypto/KeyFile.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace casetrack {

// What a version 2 key slot holds once opened: the database key and the account's Ed25519
// signing key (secret part; its last 32 bytes are the public key).
struct SlotSecrets
{
    SecureBytes databaseKey;
    SecureBytes signSecret; // empty for a version 1 slot
    QByteArray signPublic() const;
};

enum class SlotOpen
{
    Opened,
    WrongPassword,
    Damaged,    // the stored bytes do not match the slot's checksum: disk damage, not a password
    OutOfMemory // the machine could not give Argon2id the memory the slot asks for
};

// A new Ed25519 key pair for an account (secret key in guarded memory).
SecureBytes newSigningSecret();

// Wraps the database key and the signing key with XChaCha20-Poly1305 under the password's
// Argon2id key. The associated data is the database id, the account id and the name: the slot
// opens only under the name and database it was made for.
KeySlot wrapSlot(const QString& databaseId, const QString& user, const QString& accountId,
                 const SecureBytes& databaseKey, const SecureBytes& signSecret, const QString& password,
                 const KdfParams& params);
// Version 1 or 2; for version 1 only `databaseKey` is filled in.
SlotOpen unwrapSlot(const QString& databaseId, const KeySlot& slot, const QString& password,
                    SlotSecrets* out);
// False when a version 2 slot's bytes no longer match its checksum (or have the wrong size).
bool slotIntact(const KeySlot& slot);
QByteArray slotChecksum(const KeySlot& slot);

// What the database keeps for each account to recognise its slot: a keyed hash (under the
// database key) of the slot's public data. A slot made by someone else with the database key
// but without the database's cooperation does not match it.
QByteArray slotVerifier(const SecureBytes& databaseKey, const QString& databaseId, const KeySlot& slot);

// Re-keying (docs/security.md): the new database key sealed (crypto_box_seal) to the X25519 key
// that corresponds to an account's Ed25519 key, so that only that account, after unwrapping its
// slot with its password, can take it over. Empty when the public key is unusable.
QByteArray sealKeyFor(const QByteArray& signPublic, const SecureBytes& databaseKey);
// The sealed key, or an empty SecureBytes when it was not sealed to this signing key.
SecureBytes openSealedKey(const SecureBytes& signSecret, const QByteArray& sealed);

// Ed25519 over a message (e.g. an audit record's hash).
QByteArray signDetached(const SecureBytes& signSecret, const QByteArray& message);
bool verifyDetached(const QByteArray& signPublic, const QByteArray& message, const QByteArray& signature);

} // namespace casetrack
