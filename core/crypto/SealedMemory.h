#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <optional>

namespace casetrack {

// Bytes kept encrypted in memory (XSalsa20-Poly1305 secretbox) under a random key of its own that
// lives only in guarded memory (SecureBytes). The desktop's idle lock keeps the text typed into
// open dialogs this way until the same user unlocks again (docs/desktop.md "Idle lock").
class SealedMemory
{
public:
    SealedMemory() = default;

    // Encrypts `plaintext` under a new random key and wipes `plaintext`.
    static SealedMemory seal(QByteArray& plaintext);
    // The plaintext (the caller wipes it once used); none when nothing is sealed or the box was
    // altered.
    std::optional<QByteArray> open() const;
    // Forgets the key (wiped) and the box: what was sealed cannot be recovered any more.
    void clear();
    bool isEmpty() const { return m_box.isEmpty(); }
    // The encrypted bytes, for tests.
    const QByteArray& box() const { return m_box; }

private:
    SecureBytes m_key;
    QByteArray m_nonce;
    QByteArray m_box;
};

} // namespace casetrack
