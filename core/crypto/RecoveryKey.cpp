#include "crypto/RecoveryKey.h"

#include "crypto/KeyDerivation.h"

#include <QStringList>

#include <sodium.h>

namespace casetrack {

QString formatRecoveryKey(const SecureBytes& databaseKey)
{
    const SecureBytes hex = databaseKey.toHex();
    const QString digits =
        QString::fromLatin1(reinterpret_cast<const char*>(hex.data()), static_cast<int>(hex.size()))
            .toUpper();
    QStringList groups;
    for (int i = 0; i < digits.size(); i += 8)
        groups.append(digits.mid(i, 8));
    return groups.join(QLatin1Char('-'));
}

SecureBytes parseRecoveryKey(const QString& text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        hex.append(c.toLatin1());
    }
    if (hex.size() != kKeyBytes * 2)
        return {};
    SecureBytes key(kKeyBytes);
    size_t written = 0;
    const int rc = sodium_hex2bin(key.data(), key.size(), hex.constData(), static_cast<size_t>(hex.size()),
                                  nullptr, &written, nullptr);
    wipe(hex);
    if (rc != 0 || written != kKeyBytes)
        return {};
    return key;
}

} // namespace casetrack
