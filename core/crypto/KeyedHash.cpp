#include "crypto/KeyedHash.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace casetrack {

QByteArray plainHash(const QByteArray& data, int bytes)
{
    ensureSodium();
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(bytes),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<size_t>(data.size()), nullptr, 0);
    return out;
}

QByteArray keyedHash(const SecureBytes& databaseKey, const char* purpose, const QByteArray& data)
{
    ensureSodium();
    SecureBytes subkey(crypto_generichash_BYTES);
    crypto_generichash(subkey.data(), subkey.size(), reinterpret_cast<const unsigned char*>(purpose),
                       std::strlen(purpose), databaseKey.data(), databaseKey.size());
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<size_t>(data.size()), subkey.data(), subkey.size());
    return out;
}

} // namespace casetrack
