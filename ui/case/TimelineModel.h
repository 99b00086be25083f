#pragma once

#include "procedure/Event.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace casetrack {

// The procedure timeline of a case: every recorded event in order, corrections shown as
// corrections (what they amend or retract, and why) and the events they changed marked.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Date,
        Step,
        Article,
        RecordedBy,
        Details,
        ColumnCount
    };
    enum Role
    {
        SeqRole = Qt::UserRole + 1,
        IsCorrectionRole,
        IsCorrectedRole
    };

    explicit TimelineModel(QObject* parent = nullptr);
    void setEvents(const QList<Event>& events);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeData(const QString& stepId, const QJsonObject& data);

private:
    QString details(const Event& event) const;

    QList<Event> m_events;
    QSet<int> m_retracted;
    QSet<int> m_amended;
};

} // namespace casetrack
