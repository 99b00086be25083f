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
    // Checked here, whatever the front end: kind, name, no control characters.
    if (Result<Organization> valid = Organization::fromJson(after); !valid.ok())
        return valid.error();
    const Error error = d->change(QStringLiteral("organization.add"), organization.kind, QJsonValue(), after,
                                  [&]() { return OrganizationStore::add(*d->db, &added, now); });
    if (error.isError())
        return error;
    return added;
}

Error Session::updateOrganization(const Organization& organization)
{
    if (Error error = d->refuseUnless(Action::ChangeSettings); error.isError())
        return error;
    QJsonObject after = organization.toJson();
    after.remove(QStringLiteral("id"));
    // The same checks as a new organ (kind, name, no control characters).
    if (Result<Organization> valid = Organization::fromJson(after); !valid.ok())
        return valid.error();
    Result<QList<Organization>> all = OrganizationStore::all(*d->db);
    if (!all.ok())
        return all.error();
    QJsonValue before;
    for (const Organization& o : all.value())
        if (o.id == organization.id) {
            QJsonObject old = o.toJson();
            old.remove(QStringLiteral("id"));
            before = old;
        }
    return d->change(QStringLiteral("organization.update"), organization.id, before, after,
                     [&]() { return OrganizationStore::update(*d->db, organization); });
}

} // namespace casetrack
