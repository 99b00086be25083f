#include "storage/MaterialStore.h"

#include "storage/Database.h"
#include "util/DateText.h"

namespace casetrack {

namespace {

// The columns every read takes, with the removal joined in (content never: it is read alone).
// A macro so that each statement is one literal (Statement keeps a pointer to its text).
#define CASETRACK_MATERIAL_SELECT                                                                            \
    "SELECT m.id, m.case_id, m.type, m.date, m.description, m.file_name, m.size, m.sha256, "                 \
    "m.added_by, m.added_at, r.removed_by, r.removed_at, r.reason "                                          \
    "FROM case_materials m LEFT JOIN case_material_removals r ON r.material_id = m.id "

QString timestamp(const QDateTime& at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

CaseMaterial fromRow(const Statement& row)
{
    CaseMaterial m;
    m.id = row.integer(0);
    m.caseId = row.text(1);
    m.type = row.text(2);
    m.date = parseIsoDate(row.text(3));
    m.description = row.text(4);
    m.fileName = row.text(5);
    m.size = row.integer(6);
    m.sha256 = row.blob(7);
    m.addedBy = row.text(8);
    m.addedAt = QDateTime::fromString(row.text(9), Qt::ISODate);
    m.removed = !row.isNull(10);
    if (m.removed) {
        m.removedBy = row.text(10);
        m.removedAt = QDateTime::fromString(row.text(11), Qt::ISODate);
        m.removalReason = row.text(12);
    }
    return m;
}

} // namespace

qint64 MaterialStore::nextId()
{
    Statement stmt = m_db.prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM case_materials");
    return stmt.next() ? stmt.integer(0) : 1;
}

bool MaterialStore::insert(const CaseMaterial& m, const QByteArray& content)
{
    Statement insert = m_db.prepare(
        "INSERT INTO case_materials(id, case_id, type, date, description, file_name, size, sha256, content, "
        "added_by, added_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, m.id)
        .bind(2, m.caseId)
        .bind(3, m.type)
        .bind(4, isoDate(m.date))
        .bind(5, m.description)
        .bind(6, m.fileName)
        .bind(7, m.size)
        .bind(8, m.sha256)
        .bind(9, content)
        .bind(10, m.addedBy)
        .bind(11, timestamp(m.addedAt));
    return insert.run();
}

bool MaterialStore::recordRemoval(qint64 id, const QString& by, const QDateTime& at, const QString& reason)
{
    Statement insert = m_db.prepare(
        "INSERT INTO case_material_removals(material_id, removed_by, removed_at, reason) VALUES(?, ?, ?, ?)");
    insert.bind(1, id).bind(2, by).bind(3, timestamp(at)).bind(4, reason);
    return insert.run();
}

std::optional<CaseMaterial> MaterialStore::find(qint64 id)
{
    Statement stmt = m_db.prepare(CASETRACK_MATERIAL_SELECT "WHERE m.id = ?");
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    return fromRow(stmt);
}

QList<CaseMaterial> MaterialStore::list(const QString& caseId, bool includeRemoved)
{
    Statement stmt = m_db.prepare(CASETRACK_MATERIAL_SELECT "WHERE m.case_id = ? ORDER BY m.id");
    stmt.bind(1, caseId);
    QList<CaseMaterial> result;
    while (stmt.next()) {
        CaseMaterial m = fromRow(stmt);
        if (includeRemoved || !m.removed)
            result.append(std::move(m));
    }
    return result;
}

std::optional<QByteArray> MaterialStore::content(qint64 id)
{
    Statement stmt = m_db.prepare("SELECT content FROM case_materials WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    return stmt.blob(0);
}

} // namespace casetrack
