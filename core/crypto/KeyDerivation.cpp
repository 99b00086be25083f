#include "crypto/KeyDerivation.h"

#include "crypto/Sodium.h"

#include <QJsonObject>

#include <sodium.h>

#include <ctime>

namespace casetrack {

namespace {

constexpr quint64 kStandardMemory = 64ull * 1024 * 1024; // the floor: never less
constexpr quint64 kMinimumPasses = 3;                    // the floor: never fewer
constexpr qint64 kTargetCpuNs = 700'000'000;             // inside the 0.5–1 s window, leaving room

qint64 cpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Measured in this process's CPU time, not wall-clock time: a busy machine (other programs
// taking the cores) must not make the cost look higher than it is and so pick too few passes.
// Argon2id in libsodium runs on one thread, so its CPU time is what an attacker's core pays.
quint64 calibratedOpsLimit()
{
    unsigned char out[kKeyBytes];
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    const char probe[] = "calibration";
    const qint64 start = cpuNanoseconds();
    if (crypto_pwhash(out, sizeof out, probe, sizeof probe - 1, salt, kMinimumPasses, kStandardMemory,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return kMinimumPasses;
    const qint64 elapsed = qMax<qint64>(1, cpuNanoseconds() - start);
    const quint64 ops = kMinimumPasses * quint64(kTargetCpuNs) / quint64(elapsed);
    sodium_memzero(out, sizeof out);
    return qBound<quint64>(kMinimumPasses, ops, 64);
}

} // namespace

KdfParams newKdfParams(KdfProfile profile)
{
    ensureSodium();
    KdfParams params;
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
    // The cheap profile only where tests asked for it explicitly; anywhere else a request for
    // it (a fast-profile database gaining an account) gets the real cost.
    if (profile == KdfProfile::Fast && testKdfAllowed()) {
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

bool testKdfAllowed()
{
    return qEnvironmentVariable("CASETRACK_ALLOW_TEST_KDF") == QLatin1String("1");
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
