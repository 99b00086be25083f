#pragma once

#include <QJsonArray>
#include <QWidget>

class QTableWidget;

namespace casetrack {

// The members who withdrew from a meeting (回避): a row each with the name and the reason. They
// count in 应到人数, not in 实到人数 (procedure.md, party_group_decided `recused`).
class RecusalEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecusalEditor(QWidget* parent = nullptr);

    // [{"name": ..., "reason": ...}] for the rows with a name; the reason only when given.
    QJsonArray members() const;
    void setMembers(const QJsonArray& members);
    int count() const;

signals:
    void changed();

private:
    void addRow(const QString& name = QString(), const QString& reason = QString());

    QTableWidget* m_table;
};

} // namespace casetrack
