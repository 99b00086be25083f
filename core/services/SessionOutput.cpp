// The release of every written print and export: the record of use first, then the file.
#include "services/Session.h"
#include "services/SessionPrivate.h"

#include <QCoreApplication>
#include <QFile>

namespace casetrack {

namespace {

QString statedOrNot(const QString& text)
{
    const QString trimmed = text.trimmed();
    // The record says plainly that nothing was stated (the CLI may leave both out).
    return trimmed.isEmpty() ? QCoreApplication::translate("Session", "（未说明）") : trimmed;
}

} // namespace

QJsonObject withStatedUse(QJsonObject record, const QString& destination, const StatedUse& use)
{
    record.insert(QStringLiteral("file"), destination);
    record.insert(QStringLiteral("purpose"), statedOrNot(use.purpose));
    record.insert(QStringLiteral("recipient"), statedOrNot(use.recipient));
    return record;
}

Error Session::releaseOutput(StagedOutput& staged, const QString& action, QJsonObject record,
                             const StatedUse& use, const std::function<Error()>& alsoWrite)
{
    const QString target = record.value(QStringLiteral("target")).toString();
    if (Error error = d->appendUse(action, target,
                                   withStatedUse(std::move(record), staged.destination(), use), alsoWrite);
        error.isError())
        return error; // `staged` removes the written file when it goes: no record, no document
    return staged.release();
}

} // namespace casetrack
