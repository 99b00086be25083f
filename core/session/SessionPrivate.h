#pragma once

#include "accounts/Account.h"
#include "audit/AuditRecord.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QJsonValue>

#include <functional>
#include <memory>

namespace casetrack {

struct Session::Private
{
    QString path;
    Account account;
    Access access = Access::ReadWrite;
    bool testKdf = false;    // made with the tests-only `fast` key derivation
    SecureBytes databaseKey; // kept to wrap the key for new accounts; wiped on destruction
    std::unique_ptr<DatabaseLock> lock;
    std::unique_ptr<Database> db;

    // The one path for changes: runs `apply` and appends the audit record in one transaction.
    // Nothing is written when either fails.
    Error change(const QString& action, const QString& target, const QJsonValue& before,
                 const QJsonValue& after, const std::function<Error()>& apply);
    Error refuseUnless(Action action) const;
    Error refuseReadOnly() const;
};

} // namespace casetrack
