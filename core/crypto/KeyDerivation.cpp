#include "crypto/KeyDerivation.h"

#include "crypto/Sodium.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <sodium.h>

namespace casetrack {

namespace {

constexpr quint64 kStandardMemory = 64ull * 1024 * 1024;
constexpr qint64 kTargetMs = 700; // inside the 0.5–1 s window, leaving room for slower days

quint64 calibratedOpsLimit()
{
    // Time one pass at the minimum iterations, then scale linearly to the target.
    const quint64 probeOps = crypto_pwhash_OPSLIMIT_MIN < 2 ? 2 : crypto_pwhash_OPSLIMIT_MIN;
    unsigned char out[kKeyBytes];
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    QElapsedTimer timer;
    timer.start();
    const char probe[] = "calibration";
    if (crypto_pwhash(out, sizeof out, probe, sizeof probe - 1, salt, probeOps, kStandardMemory,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return probeOps;
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    const quint64 ops = probeOps * static_cast<quint64>(kTargetMs) / static_cast<quint64>(elapsed);
    return qBound<quint64>(probeOps, ops, 64);
}

} // namespace

KdfParams newKdfParams(KdfProfile profile)
{
    ensureSodium();
    KdfParams params;
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
    if (profile == KdfProfile::Fast) {
        params.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        params.memLimitBytes = crypto_pwhash_MEMLIMIT_MIN;
    } else {
        params.opsLimit = calibratedOpsLimit();
        params.memLimitBytes = kStandardMemory;
    }
    return params;
}

SecureBytes deriveKey(const QString& password, const KdfParams& params)
{
    ensureSodium();
    QByteArray utf8 = password.toUtf8();
    SecureBytes key(kKeyBytes);
    const int rc =
        crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<size_t>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        return {};
    return key;
}

QString kdfProfileId(KdfProfile profile)
{
    return profile == KdfProfile::Fast ? QStringLiteral("fast") : QStringLiteral("standard");
}

bool kdfProfileFromId(const QString& id, KdfProfile* out)
{
    if (id == QLatin1String("fast"))
        *out = KdfProfile::Fast;
    else if (id == QLatin1String("standard"))
        *out = KdfProfile::Standard;
    else
        return false;
    return true;
}

QJsonObject KdfParams::toJson() const
{
    return {{QStringLiteral("alg"), QStringLiteral("argon2id13")},
            {QStringLiteral("ops"), QString::number(opsLimit)},
            {QStringLiteral("mem"), QString::number(memLimitBytes)},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

bool KdfParams::fromJson(const QJsonObject& json, KdfParams* out)
{
    if (json.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13"))
        return false;
    bool okOps = false, okMem = false;
    out->opsLimit = json.value(QStringLiteral("ops")).toString().toULongLong(&okOps);
    out->memLimitBytes = json.value(QStringLiteral("mem")).toString().toULongLong(&okMem);
    out->salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    return okOps && okMem && out->salt.size() == crypto_pwhash_SALTBYTES && out->opsLimit >= 1;
}

} // namespace casetrack
