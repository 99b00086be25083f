#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

// A print or export written under a hidden name beside the file the user asked for, not yet
// released. Session::releaseOutput appends the record of use first and only then gives the file
// its name, so a file nobody can account for never appears (data-sharing rules 第二十五条). Destroyed
// before it is released, it removes what was written: a failed record, a failed writer or a
// cancelled export leaves nothing behind.
//
// The staged name is in the destination's own folder: the rename cannot cross file systems, and
// no case data passes through /tmp. It is created 0600 before the writer opens it.
class StagedOutput
{
public:
    // Reserves the hidden name beside `destination` (made absolute). Unavailable, naming the
    // folder, when it cannot be created there.
    static Result<StagedOutput> beside(const QString& destination);

    StagedOutput(StagedOutput&& other) noexcept;
    StagedOutput& operator=(StagedOutput&& other) noexcept;
    StagedOutput(const StagedOutput&) = delete;
    StagedOutput& operator=(const StagedOutput&) = delete;
    ~StagedOutput();

    // Where the writer writes (an existing, empty 0600 file the writer replaces).
    QString path() const { return m_staging; }
    // The file the user asked for, absolute.
    QString destination() const { return m_destination; }
    bool released() const { return m_released; }

    // Sets 0600 on what the writer left and renames it over the destination (atomically, an
    // existing file replaced). Only Session::releaseOutput calls it, after the record.
    [[nodiscard]] Error release();

private:
    StagedOutput(QString staging, QString destination);
    void discard();

    QString m_staging;
    QString m_destination;
    bool m_released = false;
};

} // namespace casetrack
