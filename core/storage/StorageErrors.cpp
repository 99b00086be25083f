#include "storage/StorageErrors.h"

#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace casetrack {

namespace {

QString tableName(const QString& sql)
{
    static const QRegularExpression pattern(QStringLiteral("\\b(?:FROM|INTO|UPDATE|TABLE)\\s+(\\w+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(sql);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

bool isWrite(const QString& sql)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(sql).hasMatch();
}

bool isTransaction(const QString& sql)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(BEGIN|COMMIT|ROLLBACK)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(sql).hasMatch();
}

} // namespace

QString whatStatementTouches(const char* sql)
{
    const QString table = tableName(QString::fromUtf8(sql ? sql : ""));
    if (table == QLatin1String("cases"))
        return QCoreApplication::translate("StorageErrors", "案件");
    if (table == QLatin1String("events"))
        return QCoreApplication::translate("StorageErrors", "案件事件");
    if (table == QLatin1String("audit"))
        return QCoreApplication::translate("StorageErrors", "审计记录");
    if (table == QLatin1String("accounts"))
        return QCoreApplication::translate("StorageErrors", "账户");
    if (table == QLatin1String("settings"))
        return QCoreApplication::translate("StorageErrors", "设置");
    if (table.startsWith(QLatin1String("calendar_")))
        return QCoreApplication::translate("StorageErrors", "节假日日历");
    if (table == QLatin1String("meta"))
        return QCoreApplication::translate("StorageErrors", "数据库信息");
    return QCoreApplication::translate("StorageErrors", "数据库结构");
}

Error storageError(const QString& databasePath, const char* sql, int resultCode, const QString& sqliteMessage)
{
    const int primary = resultCode & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("StorageErrors",
                                                       "数据库正在使用中：另一个程序正在写入 %1（%2）。"
                                                       "请稍后再试。")
                               .arg(databasePath, DatabaseLock::describeHolder(databasePath)));
    const QString text = QString::fromUtf8(sql ? sql : "");
    QString doing;
    if (isTransaction(text))
        doing = QCoreApplication::translate("StorageErrors", "保存更改时出错");
    else if (isWrite(text))
        doing = QCoreApplication::translate("StorageErrors", "写入%1时出错").arg(whatStatementTouches(sql));
    else
        doing = QCoreApplication::translate("StorageErrors", "读取%1时出错").arg(whatStatementTouches(sql));
    QString advice;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        advice = QCoreApplication::translate("StorageErrors", "文件已损坏，请用 casetrack-cli check 检查，"
                                                              "并从备份恢复。");
    else if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN)
        advice = QCoreApplication::translate("StorageErrors", "请检查磁盘空间和文件权限。");
    QString message =
        QCoreApplication::translate("StorageErrors", "%1（%2）：%3").arg(doing, databasePath, sqliteMessage);
    if (!advice.isEmpty())
        message += QStringLiteral("。") + advice;
    return Error::make(ErrorCode::Unavailable, message);
}

} // namespace casetrack
