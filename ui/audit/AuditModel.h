#pragma once

#include "audit/AuditRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace casetrack {

class Session;

// The audit trail, read in pages as the view scrolls (canFetchMore/fetchMore): a database with
// 100,000 cases has hundreds of thousands of records, and none needs to be read until shown.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Time,
        User,
        ActionColumn,
        Target,
        Change,
        ColumnCount
    };
    static constexpr int PageSize = 500;

    explicit AuditModel(Session& session, QObject* parent = nullptr);

    void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString actionName(const QString& action);
    // The 变更 column: sign-ins, locks and failed attempts in words, else before → after.
    static QString changeText(const AuditRecord& record);

private:
    Session& m_session;
    QList<AuditRecord> m_records;
    bool m_atEnd = false;
};

} // namespace casetrack
