#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QList>

namespace casetrack {

// The accounts of the database (names, roles, active); never passwords.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        RoleColumn,
        Active,
        Created,
        ColumnCount
    };
    enum DataRole
    {
        NameRole = Qt::UserRole + 1,
        ActiveRole
    };

    explicit UsersModel(QObject* parent = nullptr);
    void setAccounts(const QList<Account>& accounts);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
};

} // namespace casetrack
