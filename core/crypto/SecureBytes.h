#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace casetrack {

// Key material in locked, guarded memory (libsodium's sodium_malloc), wiped when destroyed.
// Keys never go through QByteArray except as short-lived hex for SQLCipher, which is wiped too.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(const unsigned char* data, std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes& other) const;

    // Lower-case hex in guarded memory (for SQLCipher's x'...' raw key syntax).
    SecureBytes toHex() const;

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Zeroes a QByteArray's buffer in place (for passwords that arrived as QString/QByteArray).
void wipe(QByteArray& bytes);
// Zeroes a QString's buffer in place, shared copies included (they hold the same password), then
// empties it. Static (literal) data is left alone: it is no secret.
void wipe(QString& text);

} // namespace casetrack
