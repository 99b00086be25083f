#include "users/UsersModel.h"

#include "common/DisplayDate.h"
#include "util/DateText.h"

namespace casetrack {

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent) {}

void UsersModel::setAccounts(const QList<Account>& accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& a = m_accounts.at(index.row());
    if (role == NameRole)
        return a.name;
    if (role == ActiveRole)
        return a.active;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return a.name;
    case RoleColumn:
        return roleDisplayName(a.role);
    case Active:
        return a.active ? tr("启用") : tr("已停用");
    case Created:
        return displayDate(a.createdAt.date());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("用户名");
    case RoleColumn:
        return tr("角色");
    case Active:
        return tr("状态");
    case Created:
        return tr("创建日期");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
