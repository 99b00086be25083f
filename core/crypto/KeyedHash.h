#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace casetrack {

// BLAKE2b helpers. keyedHash() keys the hash with a subkey of the database key, one subkey per
// purpose, so a value authenticated for one use (a slot verifier, the chain anchor) is never
// valid for another.
QByteArray plainHash(const QByteArray& data, int bytes = 32);
QByteArray keyedHash(const SecureBytes& databaseKey, const char* purpose, const QByteArray& data);

} // namespace casetrack
