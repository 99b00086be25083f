#pragma once

#include "procedure/Organization.h"
#include "util/Error.h"

#include <QList>

namespace casetrack {

class Database;

// The organizations table (schema version 3). The caller holds the transaction and audits.
namespace OrganizationStore {

// Every organization, by id. An SQLite error is an error, never an empty list.
Result<QList<Organization>> all(Database& db);
// Inserts `org` and fills org->id. A default organization takes the default flag from the
// others of its kind; the first of a kind is the default (the only one a case could use).
Error add(Database& db, Organization* org, const QString& createdAt);
// Rewrites the names, prefix and printing office of the organ `org.id` (its kind stays). Made the
// default, it takes the flag from the others of its kind; a default is never simply unset (a kind
// with organs always has one). Invalid when no such organ exists.
Error update(Database& db, const Organization& org);

} // namespace OrganizationStore

} // namespace casetrack
