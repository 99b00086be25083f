#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace casetrack {

constexpr int kKeyBytes = 32; // 256-bit keys throughout

// Argon2id parameters for a new key slot, measured again for every new password. Standard:
// calibrated in CPU time on this machine to about 0.7 s, never below 64 MiB and 3 passes (the
// floors hold on a fast machine). Fast: a cheap profile for tests only, given only while
// testKdfAllowed(); otherwise a request for it gets Standard.
KdfParams newKdfParams(KdfProfile profile);

// The test-only environment variable CASETRACK_ALLOW_TEST_KDF=1 is set.
bool testKdfAllowed();

// Derives a 256-bit key from a password. An empty result means the machine could not provide
// the memory the parameters ask for.
SecureBytes deriveKey(const QString& password, const KdfParams& params);

QString kdfProfileId(KdfProfile profile);
bool kdfProfileFromId(const QString& id, KdfProfile* out);

} // namespace casetrack
