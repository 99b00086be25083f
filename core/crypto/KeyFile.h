#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casetrack {

// One account's copy of the database key, wrapped under a key derived from that account's
// password. Version 2 (crypto/KeySlotCrypto.h) also wraps the account's signing key and binds
// the wrap to the database id, the account id and the name (AEAD associated data); version 1 (a
// bare XSalsa20-Poly1305 secretbox of the database key) is still read and upgraded on the first
// read-write unlock. The failed-attempt counters live here too, next to the slot they protect.
struct KeySlot
{
    int version = 2;
    QString user;
    QString accountId; // version 2: the account's random id, kept with the account in the database
    KdfParams kdf;
    QByteArray nonce;
    QByteArray wrapped;
    QByteArray check;   // version 2: BLAKE2b of the stored bytes, tells disk damage from a wrong password
    QByteArray pending; // after a re-key: the new database key sealed to this account (KeySlotCrypto)

    // Throttling (storage/FailedAttempts): consecutive failures, the last one, and every
    // failure ever (never reset, so a restored counter shows as going backwards).
    int failures = 0;
    QDateTime lastFailure;
    qint64 failuresTotal = 0;
};

// The audit chain's head as of the last commit, authenticated with a key derived from the
// database key: an older copy of the database presented as current no longer matches it.
struct ChainAnchor
{
    qint64 seq = 0;
    QByteArray hash;
    QByteArray mac;
};

// The key keySlots of a database, kept beside it in "<database>.keys". It holds nothing readable
// without a password: wrapped keys, salts and a check value (see docs/security.md).
class KeyFile
{
public:
    static QString pathFor(const QString& databasePath);
    // Unavailable when missing or not a CaseTrack key file.
    static Result<KeyFile> load(const QString& databasePath);
    // The same from bytes already read (`path` names the file in messages); the fuzz target's
    // entry point, so the parser is tested without the file system.
    static Result<KeyFile> parse(const QByteArray& bytes, const QString& path);
    // Written atomically (QSaveFile): a crash leaves the old or the new file, never half of one.
    Error save(const QString& databasePath) const;

    QString databaseId;
    QString kdfProfile;  // "standard" or "fast"
    QByteArray keyCheck; // BLAKE2b(database key, context): tells a wrong recovery key from a corrupt file
    QList<KeySlot> keySlots;
    ChainAnchor anchor; // seq 0: none yet (a key file written before anchors existed)

    const KeySlot* slot(const QString& user) const;
    void putSlot(const KeySlot& slot);

    void removeSlot(const QString& user);

    static QByteArray keyCheckFor(const SecureBytes& databaseKey);
    // Version 1 slots (legacy; kept to read existing files and to build them in tests).
    static KeySlot wrap(const QString& user, const SecureBytes& databaseKey, const QString& password,
                        const KdfParams& params);
    // The database key, or an empty SecureBytes for a wrong password.
    static SecureBytes unwrap(const KeySlot& slot, const QString& password);
};

} // namespace casetrack
