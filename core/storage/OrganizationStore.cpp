#include "storage/OrganizationStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace casetrack {

namespace {

Error dbError(Database& db)
{
    return Error::make(ErrorCode::Unavailable, db.lastError());
}

// The `data` column: the organ without its id (the row) and its default flag (a column of its own).
QString storedData(const Organization& org)
{
    QJsonObject data = org.toJson();
    data.remove(QStringLiteral("id"));
    data.remove(QStringLiteral("default"));
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<Organization>> OrganizationStore::all(Database& db)
{
    Statement stmt = db.prepare("SELECT id, data, is_default FROM organizations ORDER BY id");
    QList<Organization> orgs;
    while (stmt.next()) {
        Result<Organization> org =
            Organization::fromJson(QJsonDocument::fromJson(stmt.text(1).toUtf8()).object());
        if (!org.ok())
            return org.error();
        org->id = Organization::idOf(stmt.integer(0));
        org->isDefault = stmt.integer(2) != 0;
        orgs << org.take();
    }
    if (stmt.failed() || !stmt.isValid())
        return dbError(db);
    return orgs;
}

Error OrganizationStore::add(Database& db, Organization* org, const QString& createdAt)
{
    Statement count = db.prepare("SELECT COUNT(*) FROM organizations WHERE kind = ?");
    count.bind(1, org->kind);
    if (!count.next())
        return dbError(db);
    if (count.integer(0) == 0)
        org->isDefault = true;
    if (org->isDefault) {
        Statement clear = db.prepare("UPDATE organizations SET is_default = 0 WHERE kind = ?");
        clear.bind(1, org->kind);
        if (!clear.run())
            return dbError(db);
    }
    Statement insert =
        db.prepare("INSERT INTO organizations(kind, data, is_default, created_at) VALUES(?, ?, ?, ?)");
    insert.bind(1, org->kind).bind(2, storedData(*org)).bind(3, org->isDefault ? 1 : 0).bind(4, createdAt);
    if (!insert.run())
        return dbError(db);
    Statement id = db.prepare("SELECT last_insert_rowid()");
    if (!id.next())
        return dbError(db);
    org->id = Organization::idOf(id.integer(0));
    return Error::ok();
}

Error OrganizationStore::update(Database& db, const Organization& org)
{
    const qint64 id = Organization::rowOf(org.id);
    Statement kind = db.prepare("SELECT kind FROM organizations WHERE id = ?");
    kind.bind(1, id);
    if (!kind.next()) {
        if (kind.failed() || !kind.isValid())
            return dbError(db);
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Organization", "没有编号为 %1 的机构。").arg(org.id));
    }
    const QString storedKind = kind.text(0);
    if (storedKind != org.kind)
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Organization", "机构的类别不能更改（%1）。").arg(org.id));
    if (org.isDefault) {
        Statement clear = db.prepare("UPDATE organizations SET is_default = (id = ?) WHERE kind = ?");
        clear.bind(1, id).bind(2, storedKind);
        if (!clear.run())
            return dbError(db);
    }
    Statement write = db.prepare("UPDATE organizations SET data = ? WHERE id = ?");
    write.bind(1, storedData(org)).bind(2, id);
    if (!write.run())
        return dbError(db);
    return Error::ok();
}

} // namespace casetrack
