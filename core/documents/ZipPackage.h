#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace casetrack {

// Writes a ZIP package (ODT, DOCX) with libzip: the entries in order, the first one stored
// uncompressed when `firstStored` (ODF's "mimetype"), to "<path>.part" and then renamed, so a
// failed write never leaves a half file under the user's name.
Error writeZipPackage(const QString& path, const QList<QPair<QByteArray, QByteArray>>& entries,
                      bool firstStored);

} // namespace casetrack
