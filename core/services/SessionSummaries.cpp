// The case summaries (storage/SummaryStore.h): read for the lists, checked against the events.
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/CaseStore.h"
#include "storage/SummaryStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace casetrack {

QList<CaseDigest> Session::caseSummaries() const
{
    return SummaryStore(*d->db).readAll();
}

void Session::setRebuildProgress(std::function<void(qsizetype, qsizetype)> progress)
{
    d->rebuildProgress = std::move(progress);
}

Result<CaseDigest> Session::caseSummary(const QString& caseId) const
{
    std::optional<CaseDigest> digest = SummaryStore(*d->db).read(caseId);
    if (Error failure = readFailure(); failure.isError())
        return failure;
    if (!digest)
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "没有编号为 %1 的案件。请用 case list 查看已有案件。")
                .arg(caseId));
    return std::move(*digest);
}

Error Session::checkSummaries(bool repair, QStringList* mismatched, int* checked)
{
    const HolidayCalendar calendar = this->calendar();
    const EngineSettings settings = engineSettings();
    const QList<CaseRecord> records = loadAllCases();
    // A row that does not parse is reported and repaired like any other mismatch.
    QStringList differ;
    QHash<QString, CaseDigest> stored;
    for (const CaseDigest& digest : SummaryStore(*d->db).readAll(&differ))
        stored.insert(digest.id, digest);
    if (Error failure = readFailure(); failure.isError())
        return failure;
    const QSet<QString> unparsed(differ.cbegin(), differ.cend());
    for (const CaseRecord& record : records) {
        const auto it = stored.constFind(record.id);
        if (unparsed.contains(record.id))
            continue;
        if (it == stored.cend() || *it != deriveDigest(record, calendar, settings))
            differ.append(record.id);
        if (it != stored.cend())
            stored.erase(it);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        differ.append(it.key()); // a row without a case
    differ.sort();
    if (checked)
        *checked = int(records.size());
    if (mismatched)
        *mismatched = differ;
    if (differ.isEmpty() || !repair)
        return Error::ok();
    // Derived data only, but a change of the file all the same: on the record, with which cases.
    return d->change(QStringLiteral("case_summaries.repair"), QStringLiteral("case_summaries"), {},
                     QJsonObject{{QStringLiteral("cases"), QJsonArray::fromStringList(differ)}},
                     [&]() { return rebuildSummaries(*d->db, d->rebuildProgress); });
}

} // namespace casetrack
