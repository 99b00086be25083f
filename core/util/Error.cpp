#include "util/Error.h"

namespace casetrack {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return QStringLiteral("ok");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::Auth:
        return QStringLiteral("auth");
    case ErrorCode::Refused:
        return QStringLiteral("refused");
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Tampered:
        return QStringLiteral("tampered");
    }
    return QStringLiteral("unknown");
}

} // namespace casetrack
