// Access records: viewing, listing, printing and exporting leave a trace in the audit trail
// (data-sharing rules: the use of shared data is recorded and the records kept three years).
#include "audit/AuditTrail.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"

#include <QJsonObject>

namespace casetrack {

bool Session::isAccessAction(const QString& action)
{
    return action.startsWith(QLatin1String("view.")) || action == QLatin1String("print") ||
           action == QLatin1String("export");
}

Error Session::recordAccess(const QString& action, const QString& target, const QJsonObject& details)
{
    return d->appendUse(action, target, details);
}

Error Session::Private::appendUse(const QString& action, const QString& target, const QJsonObject& details,
                                  const std::function<Error()>& alsoWrite)
{
    // Not through change(): a read-only session records its reads too, and no DatabaseLock is
    // needed. BEGIN IMMEDIATE takes SQLite's write lock (waiting out another program's
    // transaction), and the audit head is read inside it, so the chain stays whole.
    if (Error failure = db->readFailure(); failure.isError())
        return failure;
    Error error = db->begin();
    if (!error.isError() && alsoWrite)
        error = alsoWrite();
    if (!error.isError())
        error = AuditTrail::append(*db, {0, {}, author(), action, target, {}, details, {}, {}, {}},
                                   signSecret.isEmpty() ? nullptr : &signSecret);
    if (!error.isError())
        error = db->commit();
    if (error.isError()) {
        db->rollback();
        return error;
    }
    // Signed and anchored like every other record: verify accepts no unsigned access record,
    // and the key file's chain head must follow the trail.
    anchorChain();
    return error;
}

Error Session::recordSignIn()
{
    if (d->signSecret.isEmpty())
        return Error::ok(); // recovery key: unsigned records are accepted only for resets
    return recordAccess(QStringLiteral("session.sign_in"), d->account.name,
                        QJsonObject{{QStringLiteral("access"), d->access == Access::ReadOnly
                                                                   ? QStringLiteral("read_only")
                                                                   : QStringLiteral("read_write")}});
}

Error Session::recordLock(LockReason reason, int idleMinutes)
{
    if (d->signSecret.isEmpty())
        return Error::ok();
    const QString why = reason == LockReason::Idle     ? QStringLiteral("idle")
                        : reason == LockReason::System ? QStringLiteral("system")
                                                       : QStringLiteral("manual");
    QJsonObject details{{QStringLiteral("reason"), why}};
    if (reason == LockReason::Idle)
        details.insert(QStringLiteral("idle_minutes"), idleMinutes);
    return recordAccess(QStringLiteral("session.lock"), d->account.name, details);
}

} // namespace casetrack
