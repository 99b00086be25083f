#include "crypto/SecureBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace casetrack {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(const unsigned char* data, std::size_t size)
{
    SecureBytes bytes(size);
    if (size)
        memcpy(bytes.data(), data, size);
    return bytes;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_data, m_size);
    // Drop the terminating NUL from the logical size but keep it in the buffer.
    hex.m_size = m_size * 2;
    return hex;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace casetrack

namespace casetrack {

void wipe(QString& text)
{
    // A heap buffer (d_ptr set), possibly shared: wipe it where it is, for every copy.
    if (text.data_ptr().d_ptr() && text.size() > 0)
        sodium_memzero(const_cast<QChar*>(text.constData()), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace casetrack
