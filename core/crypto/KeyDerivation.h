#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace casetrack {

constexpr int kKeyBytes = 32; // 256-bit keys throughout

// Argon2id parameters for a new key slot. Standard: calibrated on this machine to about 0.5–1 s
// with at least 64 MiB (KeePassXC tunes to 1 s); Fast: a cheap profile for tests only.
KdfParams newKdfParams(KdfProfile profile);

// Derives a 256-bit key from a password. An empty result means the machine could not provide
// the memory the parameters ask for.
SecureBytes deriveKey(const QString& password, const KdfParams& params);

QString kdfProfileId(KdfProfile profile);
bool kdfProfileFromId(const QString& id, KdfProfile* out);

} // namespace casetrack
