// `casetrack-cli check`: is every byte of the database readable and parseable?
#include "audit/AuditTrail.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/IntegrityCheck.h"

#include <QJsonObject>

namespace casetrack {

Error Session::checkFiles(QJsonObject* checked)
{
    if (Error error = checkIntegrity(*d->db); error.isError())
        return error;
    qint64 events = 0;
    const QList<CaseRecord> cases = loadAllCases();
    for (const CaseRecord& record : cases)
        events += record.events.size();
    const qsizetype accountCount = accounts().size();
    calendar();
    engineSettings();
    const AuditVerification audit = AuditTrail::verify(*d->db);
    if (Error failure = readFailure(); failure.isError())
        return failure;
    if (checked)
        *checked = QJsonObject{{QStringLiteral("cases"), cases.size()},
                               {QStringLiteral("events"), events},
                               {QStringLiteral("accounts"), accountCount},
                               {QStringLiteral("audit_records"), audit.records}};
    return Error::ok();
}

Error Session::checkPages()
{
    return checkIntegrity(*d->db);
}

} // namespace casetrack
