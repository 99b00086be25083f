#include "common/DisplayText.h"

#include "procedure/StepTable.h"

#include <QCoreApplication>

namespace casetrack {

namespace {
struct DisplayTr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
};
} // namespace

QString stepName(const QString& stepId)
{
    const StepDefinition* step = findStep(stepId);
    return step ? step->name() : stepId;
}

QString trackName(const QString& trackId)
{
    Track track;
    return trackFromId(trackId, &track) ? trackDisplayName(track) : trackId;
}

QString deadlineStatusName(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Open:
        return DisplayTr::tr("未到期");
    case DeadlineStatus::DueSoon:
        return DisplayTr::tr("即将到期");
    case DeadlineStatus::Overdue:
        return DisplayTr::tr("已超期");
    case DeadlineStatus::Met:
        return DisplayTr::tr("按期完成");
    case DeadlineStatus::MetLate:
        return DisplayTr::tr("逾期完成");
    }
    return {};
}

QColor deadlineStatusColor(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return QColor(0xc6, 0x28, 0x28); // red
    case DeadlineStatus::DueSoon:
        return QColor(0xe6, 0x8a, 0x00); // amber
    case DeadlineStatus::Met:
        return QColor(0x2e, 0x7d, 0x32); // green
    case DeadlineStatus::MetLate:
        return QColor(0x8d, 0x6e, 0x63);
    case DeadlineStatus::Open:
        break;
    }
    return {};
}

QString daysLeftText(const QDate& due, const QDate& today, DeadlineStatus status)
{
    if (status == DeadlineStatus::Met || status == DeadlineStatus::MetLate || !due.isValid())
        return {};
    const qint64 days = today.daysTo(due);
    if (days > 0)
        return DisplayTr::tr("还剩 %n 天", nullptr, int(days));
    if (days == 0)
        return DisplayTr::tr("今天到期");
    return DisplayTr::tr("已超期 %n 天", nullptr, int(-days));
}

} // namespace casetrack
