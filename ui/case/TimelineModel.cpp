#include "case/TimelineModel.h"

#include "case/StepFieldsEditor.h"
#include "common/ArticleText.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QBrush>
#include <QFont>
#include <QJsonArray>

namespace casetrack {

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimelineModel::setEvents(const QList<Event>& events)
{
    beginResetModel();
    m_events = events;
    m_retracted.clear();
    m_amended.clear();
    for (const Event& e : events) {
        if (e.step != QLatin1String("correction"))
            continue;
        const int target = e.data.value(QLatin1String("target_seq")).toInt();
        if (e.data.value(QLatin1String("retract")).toBool())
            m_retracted.insert(target);
        else
            m_amended.insert(target);
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// "处分种类：警告；应到人数：7" from the step table's labels; values translated where they are ids.
QString TimelineModel::describeData(const QString& stepId, const QJsonObject& data)
{
    const StepDefinition* step = findStep(stepId);
    // In the step table's order (sanction before the meeting's figures), then anything else.
    QStringList keys;
    if (step)
        for (const StepField& f : step->fields)
            if (data.contains(f.name))
                keys.append(f.name);
    for (auto it = data.begin(); it != data.end(); ++it)
        if (!keys.contains(it.key()))
            keys.append(it.key());
    QStringList parts;
    for (const QString& key : keys) {
        const auto it = data.find(key);
        const StepField* field = step ? step->field(it.key()) : nullptr;
        const QString label = field ? field->label() : it.key();
        QString value;
        if (field && field->type == FieldType::Sanction)
            value = sanctionDisplayName(it.value().toString());
        else if (field && field->type == FieldType::Choice)
            value = choiceName(it.value().toString());
        else if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& v : it.value().toArray())
                items.append(v.toString());
            value = items.join(tr("、"));
        } else
            value = it.value().toVariant().toString();
        parts.append(tr("%1：%2").arg(label, value));
    }
    return parts.join(tr("；"));
}

QString TimelineModel::details(const Event& e) const
{
    if (e.step != QLatin1String("correction"))
        return describeData(e.step, e.data);
    const int target = e.data.value(QLatin1String("target_seq")).toInt();
    const QString reason = e.data.value(QLatin1String("reason")).toString();
    if (e.data.value(QLatin1String("retract")).toBool())
        return tr("撤销第 %1 条记录。理由：%2").arg(target).arg(reason);
    const QJsonObject replacement = e.data.value(QLatin1String("replacement")).toObject();
    QString targetStep;
    for (const Event& other : m_events)
        if (other.seq == target)
            targetStep = other.step;
    QStringList changes;
    if (replacement.contains(QLatin1String("date")))
        changes.append(
            tr("日期改为 %1")
                .arg(displayDate(parseIsoDate(replacement.value(QLatin1String("date")).toString()))));
    if (replacement.contains(QLatin1String("data")))
        changes.append(describeData(targetStep, replacement.value(QLatin1String("data")).toObject()));
    return tr("更正第 %1 条记录：%2。理由：%3").arg(target).arg(changes.join(tr("；")), reason);
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& e = m_events.at(index.row());
    const bool correction = e.step == QLatin1String("correction");
    const bool corrected = m_retracted.contains(e.seq) || m_amended.contains(e.seq);
    switch (role) {
    case SeqRole:
        return e.seq;
    case IsCorrectionRole:
        return correction;
    case IsCorrectedRole:
        return corrected;
    case Qt::FontRole:
        if (m_retracted.contains(e.seq)) {
            QFont font;
            font.setStrikeOut(true); // still readable: the history keeps it
            return font;
        }
        if (correction) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (correction)
            return QBrush(QColor(0x6a, 0x1b, 0x9a));
        if (corrected)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::ToolTipRole:
        return details(e);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Seq:
            return e.seq;
        case Date:
            return displayDate(e.date);
        case Step: {
            QString name = stepName(e.step);
            if (m_retracted.contains(e.seq))
                name = tr("%1（已撤销）").arg(name);
            else if (m_amended.contains(e.seq))
                name = tr("%1（已更正）").arg(name);
            return name;
        }
        case Article: {
            const StepDefinition* step = findStep(e.step);
            return step ? localizeArticles(step->article) : QString();
        }
        case Details:
            return details(e);
        case RecordedBy:
            return tr("%1，%2").arg(e.recordedBy, displayDate(e.recordedAt.date()));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Seq:
        return tr("序号");
    case Date:
        return tr("日期");
    case Step:
        return tr("步骤");
    case Article:
        return tr("依据");
    case Details:
        return tr("内容");
    case RecordedBy:
        return tr("记录人");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
