#pragma once

#include <QByteArray>
#include <QString>

namespace casetrack::test {

// One entry of a zip package (XLSX, ODT, DOCX) as bytes; empty when the file or entry is missing.
QByteArray zipEntry(const QString& path, const char* name);

} // namespace casetrack::test
