#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casetrack {

// A file attached to a case (issue 12): kept, encrypted, inside the database with what it is.
// The content is read only on demand (MaterialStore::content), never with the list.
struct CaseMaterial
{
    qint64 id = 0;
    QString caseId;
    QString type; // one of materialTypeIds()
    QDate date;   // the material's own date (signed, held, received), not the attaching date
    QString description;
    QString fileName; // sanitized: no folder, no control characters
    qint64 size = 0;
    QByteArray sha256; // of the content, 32 bytes; the audit record of the attachment carries it
    QString addedBy;
    QDateTime addedAt;
    // Removal is recorded, not a delete: the row and its content stay (docs/security.md).
    bool removed = false;
    QString removedBy;
    QDateTime removedAt;
    QString removalReason;
};

// 50 MiB per file: a scanned decision of a few dozen pages is well below it, and the whole file
// is held in memory while it is attached, opened or exported (docs/desktop.md, docs/security.md).
constexpr qint64 kMaxMaterialBytes = 50LL * 1024 * 1024;

// The fixed list of material types, in the order the desktop offers them.
const QStringList& materialTypeIds();
bool isMaterialType(const QString& id);
// The type's name in the interface language, e.g. 处分决定书（盖章扫描件）.
QString materialTypeName(const QString& id);

// The file name a material keeps: the last part of `name` without folders, control characters
// or path separators, without leading dots and spaces, at most 120 characters (the extension
// kept); "材料" when nothing is left.
QString sanitizedMaterialFileName(const QString& name);

} // namespace casetrack
