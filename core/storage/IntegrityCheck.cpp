#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "util/ListText.h"

#include <QCoreApplication>

namespace casetrack {

Error checkIntegrity(Database& db)
{
    Statement check = db.prepare("PRAGMA quick_check(20)");
    QStringList problems;
    while (check.next()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (check.failed())
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("IntegrityCheck", "数据库文件 %1 已损坏：%2")
                               .arg(db.path(), db.lastError()));
    if (!problems.isEmpty())
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("IntegrityCheck", "数据库文件 %1 已损坏：%2。请从备份恢复。")
                .arg(db.path(), joinClauses(problems)));
    return Error::ok();
}

} // namespace casetrack
