#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace casetrack {

// One account's copy of the database key, wrapped (XSalsa20-Poly1305) under a key derived from
// that account's password. Adding an account or changing a password writes a slot; the data is
// never re-encrypted.
struct KeySlot
{
    QString user;
    KdfParams kdf;
    QByteArray nonce;
    QByteArray wrapped;
};

// The key keySlots of a database, kept beside it in "<database>.keys". It holds nothing readable
// without a password: wrapped keys, salts and a check value (see docs/security.md).
class KeyFile
{
public:
    static QString pathFor(const QString& databasePath);
    // Unavailable when missing or not a CaseTrack key file.
    static Result<KeyFile> load(const QString& databasePath);
    // Written atomically (QSaveFile): a crash leaves the old or the new file, never half of one.
    Error save(const QString& databasePath) const;

    QString databaseId;
    QString kdfProfile;  // "standard" or "fast"
    QByteArray keyCheck; // BLAKE2b(database key, context): tells a wrong recovery key from a corrupt file
    QList<KeySlot> keySlots;

    const KeySlot* slot(const QString& user) const;
    void putSlot(const KeySlot& slot);

    static QByteArray keyCheckFor(const SecureBytes& databaseKey);
    static KeySlot wrap(const QString& user, const SecureBytes& databaseKey, const QString& password,
                        const KdfParams& params);
    // The database key, or an empty SecureBytes for a wrong password.
    static SecureBytes unwrap(const KeySlot& slot, const QString& password);
};

} // namespace casetrack
