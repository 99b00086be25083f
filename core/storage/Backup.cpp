#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/StorageErrors.h"

#include <sqlite3.h>

namespace casetrack {

Error copyDatabase(Database& from, Database& to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        return storageError(to.path(), "BACKUP", sqlite3_extended_errcode(to.handle()),
                            QString::fromUtf8(sqlite3_errmsg(to.handle())));
    // All pages in one step: the snapshot is consistent, and our files are small enough.
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        return storageError(from.path(), "SELECT * FROM sqlite_master", step,
                            QString::fromUtf8(sqlite3_errstr(step)));
    if (finish != SQLITE_OK)
        return storageError(to.path(), "INSERT INTO backup", finish,
                            QString::fromUtf8(sqlite3_errmsg(to.handle())));
    return Error::ok();
}

} // namespace casetrack
