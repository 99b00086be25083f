// The organs that issue and receive documents: stored in the encrypted database, added through
// the one audited change path.
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/OrganizationStore.h"

#include <QDateTime>

namespace casetrack {

Result<QList<Organization>> Session::organizations() const
{
    return OrganizationStore::all(*d->db);
}

Result<Organization> Session::addOrganization(const Organization& organization)
{
    if (Error error = d->refuseUnless(Action::ChangeSettings); error.isError())
        return error;
    Organization added = organization;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject after = organization.toJson();
    after.remove(QStringLiteral("id"));
    const Error error = d->change(QStringLiteral("organization.add"), organization.kind, QJsonValue(), after,
                                  [&]() { return OrganizationStore::add(*d->db, &added, now); });
    if (error.isError())
        return error;
    return added;
}

} // namespace casetrack
