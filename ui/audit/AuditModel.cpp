#include "audit/AuditModel.h"

#include "audit/AuditValueText.h"
#include "services/Session.h"

#include <QJsonObject>

namespace casetrack {

AuditModel::AuditModel(Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

void AuditModel::reload()
{
    // The first page is read inside the reset: views ask for more from their modelReset handlers.
    beginResetModel();
    m_records = m_session.auditRecords(0, PageSize);
    m_atEnd = m_records.size() < PageSize;
    endResetModel();
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<AuditRecord> page = m_session.auditRecords(int(m_records.size()), PageSize);
    if (page.size() < PageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + page.size() - 1));
    m_records.append(page);
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::actionName(const QString& action)
{
    // The core's action ids are stable; unknown ones are shown as they are.
    static const QHash<QString, const char*> names = {
        {QStringLiteral("database.create"), QT_TR_NOOP("创建数据库")},
        {QStringLiteral("database.rekey"), QT_TR_NOOP("更换数据库密钥")},
        {QStringLiteral("database.rekey_account"), QT_TR_NOOP("更换账户密钥")},
        {QStringLiteral("database.rekey_completed"), QT_TR_NOOP("完成中断的更换密钥")},
        {QStringLiteral("database.restore"), QT_TR_NOOP("从备份恢复")},
        {QStringLiteral("schema.migrate"), QT_TR_NOOP("升级数据库结构")},
        {QStringLiteral("lock.takeover"), QT_TR_NOOP("接管遗留的写锁")},
        {QStringLiteral("backup"), QT_TR_NOOP("备份")},
        {QStringLiteral("case.create"), QT_TR_NOOP("新建案件")},
        {QStringLiteral("case.correct_facts"), QT_TR_NOOP("更正案件信息")},
        {QStringLiteral("case.document_inputs"), QT_TR_NOOP("修改文书信息")},
        {QStringLiteral("case_summaries.repair"), QT_TR_NOOP("重建列表摘要")},
        {QStringLiteral("event.record"), QT_TR_NOOP("记录步骤")},
        {QStringLiteral("account.add"), QT_TR_NOOP("添加用户")},
        {QStringLiteral("account.activate"), QT_TR_NOOP("启用用户")},
        {QStringLiteral("account.deactivate"), QT_TR_NOOP("停用用户")},
        {QStringLiteral("account.password_reset"), QT_TR_NOOP("重设密码")},
        {QStringLiteral("account.password_change"), QT_TR_NOOP("修改密码")},
        {QStringLiteral("account.key_rewrap"), QT_TR_NOOP("重新封装账户密钥")},
        {QStringLiteral("account.key_upgrade"), QT_TR_NOOP("升级账户密钥格式")},
        {QStringLiteral("account.failure_counter_reset"), QT_TR_NOOP("清零登录失败次数")},
        {QStringLiteral("account.failed_unlocks"), QT_TR_NOOP("登录失败")},
        {QStringLiteral("organization.add"), QT_TR_NOOP("添加机构")},
        {QStringLiteral("settings.change"), QT_TR_NOOP("修改设置")},
        {QStringLiteral("calendar.import"), QT_TR_NOOP("导入节假日")},
        {QStringLiteral("calendar.edit"), QT_TR_NOOP("修改节假日")},
        {QStringLiteral("session.sign_in"), QT_TR_NOOP("登录")},
        {QStringLiteral("session.lock"), QT_TR_NOOP("锁定")},
        {QStringLiteral("view.case"), QT_TR_NOOP("查看案件")},
        {QStringLiteral("view.list"), QT_TR_NOOP("查看案件列表")},
        {QStringLiteral("view.deadlines"), QT_TR_NOOP("查看期限")},
        {QStringLiteral("view.statistics"), QT_TR_NOOP("查看统计")},
        {QStringLiteral("print"), QT_TR_NOOP("打印")},
        {QStringLiteral("export"), QT_TR_NOOP("导出")},
        // Case materials (issue 12).
        {QStringLiteral("material.add"), QT_TR_NOOP("添加案件材料")},
        {QStringLiteral("material.remove"), QT_TR_NOOP("移除案件材料")},
        {QStringLiteral("view.material"), QT_TR_NOOP("打开案件材料")},
        {QStringLiteral("view.materials"), QT_TR_NOOP("查看案件材料清单")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(*it);
}

// Sign-ins, locks and failed attempts in words; other records show their before and after.
QString AuditModel::changeText(const AuditRecord& r)
{
    const QJsonObject after = r.after.toObject();
    if (r.action == QLatin1String("session.sign_in"))
        return after.value(QStringLiteral("access")).toString() == QLatin1String("read_only")
                   ? tr("以密码登录（只读）")
                   : tr("以密码登录");
    if (r.action == QLatin1String("session.lock")) {
        if (after.value(QStringLiteral("reason")).toString() == QLatin1String("idle"))
            return tr("%n 分钟未操作，自动锁定", nullptr,
                      after.value(QStringLiteral("idle_minutes")).toInt());
        if (after.value(QStringLiteral("reason")).toString() == QLatin1String("system"))
            return tr("随系统锁屏或休眠锁定");
        return tr("手动锁定");
    }
    if (r.action == QLatin1String("account.failed_unlocks")) {
        const qint64 before = r.before.toObject().value(QStringLiteral("failures_total")).toInteger();
        const qint64 total = after.value(QStringLiteral("failures_total")).toInteger();
        return tr("自上次登录以来密码错误 %1 次（累计 %2 次）").arg(total - before).arg(total);
    }
    const QString before = auditValueText(r.before);
    const QString afterText = auditValueText(r.after);
    const QString text = before.isEmpty() ? afterText : tr("%1 → %2").arg(before, afterText);
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord& r = m_records.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Change)
        return tr("之前：%1\n之后：%2").arg(auditValueText(r.before), auditValueText(r.after));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Seq:
        return r.seq;
    case Time:
        return QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return r.user;
    case ActionColumn:
        return actionName(r.action);
    case Target:
        return auditTargetText(r.target);
    case Change:
        return changeText(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Seq:
        return tr("序号");
    case Time:
        return tr("时间");
    case User:
        return tr("用户");
    case ActionColumn:
        return tr("操作");
    case Target:
        return tr("对象");
    case Change:
        return tr("变更");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
