#pragma once

#include <QString>
#include <QStringList>

namespace casetrack::test {

// The LibreOffice program (soffice), or empty when it is not installed.
QString officeProgram();

// Converts `files` in ONE headless LibreOffice run (a start costs seconds) into `outDir`, e.g.
// target "pdf" or "fods"; `inFilter` is soffice's --infilter (e.g. the CSV import options).
// A private profile under `outDir` keeps parallel tests and the user's own LibreOffice apart.
// Returns false (with soffice's output in *log) when soffice failed or timed out.
bool officeConvert(const QStringList& files, const QString& target, const QString& outDir,
                   const QString& inFilter = {}, QString* log = nullptr);

} // namespace casetrack::test
