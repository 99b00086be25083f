#pragma once

#include "storage/CaseMaterial.h"

#include <QList>

#include <optional>

namespace casetrack {

class Database;

// The SQL of case materials (schema 7): `case_materials` holds each file with its metadata and
// `case_material_removals` the removals; both are append-only (triggers refuse UPDATE and
// DELETE). Like CaseStore it neither begins nor commits.
class MaterialStore
{
public:
    explicit MaterialStore(Database& db) : m_db(db) {}

    qint64 nextId();
    // `material.id`, sha256, size, addedBy and addedAt set by the caller. False on a database
    // error (Database::lastError() says which).
    bool insert(const CaseMaterial& material, const QByteArray& content);
    bool recordRemoval(qint64 id, const QString& by, const QDateTime& at, const QString& reason);

    // Nothing when there is no such material (or it could not be read: Database::readFailure()).
    std::optional<CaseMaterial> find(qint64 id);
    // A case's materials by id; the removed ones only with `includeRemoved`.
    QList<CaseMaterial> list(const QString& caseId, bool includeRemoved);
    std::optional<QByteArray> content(qint64 id);

private:
    Database& m_db;
};

} // namespace casetrack
