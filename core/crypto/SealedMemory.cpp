#include "crypto/SealedMemory.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace casetrack {

SealedMemory SealedMemory::seal(QByteArray& plaintext)
{
    ensureSodium();
    SealedMemory out;
    out.m_key = SecureBytes::random(crypto_secretbox_KEYBYTES);
    out.m_nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(out.m_nonce.data(), size_t(out.m_nonce.size()));
    out.m_box.resize(qsizetype(crypto_secretbox_MACBYTES) + plaintext.size());
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(out.m_box.data()),
                          reinterpret_cast<const unsigned char*>(plaintext.constData()),
                          static_cast<unsigned long long>(plaintext.size()),
                          reinterpret_cast<const unsigned char*>(out.m_nonce.constData()), out.m_key.data());
    wipe(plaintext);
    plaintext.clear();
    return out;
}

std::optional<QByteArray> SealedMemory::open() const
{
    if (m_box.size() < qsizetype(crypto_secretbox_MACBYTES) || m_key.isEmpty())
        return std::nullopt;
    QByteArray plaintext(m_box.size() - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plaintext.data()),
                                   reinterpret_cast<const unsigned char*>(m_box.constData()),
                                   static_cast<unsigned long long>(m_box.size()),
                                   reinterpret_cast<const unsigned char*>(m_nonce.constData()),
                                   m_key.data()) != 0)
        return std::nullopt;
    return plaintext;
}

void SealedMemory::clear()
{
    m_key = SecureBytes();
    m_nonce.clear();
    m_box.clear();
}

} // namespace casetrack
