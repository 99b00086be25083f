#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace casetrack {

// The one place a material's bytes touch the disk outside the database: a 0600 copy, for the
// system viewer, in a 0700 folder of this process ("casetrack-materials-<pid>-XXXXXX" under
// $XDG_RUNTIME_DIR, else the temporary folder). The folder and every copy go when this object
// does (the case view, so at lock and exit) and, after a crash, at the next start
// (removeStale()). docs/security.md.
class MaterialTempFiles
{
public:
    MaterialTempFiles();
    ~MaterialTempFiles();
    MaterialTempFiles(const MaterialTempFiles&) = delete;
    MaterialTempFiles& operator=(const MaterialTempFiles&) = delete;

    // Writes `content` as `<folder>/<id>/<fileName>` (0600, the subfolder 0700), replacing an
    // earlier copy of the same material. The path, or an error in the user's language.
    Result<QString> write(qint64 id, const QString& fileName, const QByteArray& content);
    // The private folder; empty until the first copy is written.
    QString folder() const;
    // Removes every copy and the folder now.
    void removeAll();

    // Where the private folders go.
    static QString baseFolder();
    // Removes the folders of CaseTrack processes that no longer run (a crash left them).
    // Returns how many were removed.
    static int removeStale();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace casetrack
