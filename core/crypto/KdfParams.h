#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace casetrack {

// `standard` is calibrated when a database is created (about 0.5–1 s, at least 64 MiB);
// `fast` is for tests only and is recorded in the database's metadata.
enum class KdfProfile
{
    Standard,
    Fast
};

// Argon2id parameters, stored beside each wrapped key.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    QByteArray salt;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, KdfParams* out);
};

} // namespace casetrack
