// The case and deadline lists: one path for the desktop's export dialog and the CLI's `export`.
#include "documents/CaseRows.h"
#include "documents/Documents.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "util/DateText.h"

#include <QHash>
#include <QJsonArray>

namespace casetrack {

namespace {

bool isMet(DeadlineStatus status)
{
    return status == DeadlineStatus::Met || status == DeadlineStatus::MetLate;
}

Error writeList(const ListExportRequest& request, const QList<CaseState>& states, const QString& path)
{
    if (request.list == ListExportRequest::List::Cases)
        return exportCases(states, request.format, path);
    if (!request.openDeadlinesOnly)
        return exportDeadlines(states, request.format, path, request.includeNames);
    QList<DeadlineRow> rows;
    for (CaseState state : states) {
        state.deadlines.removeIf([](const CaseDeadline& deadline) { return isMet(deadline.status); });
        rows.append(deadlineRowsOf(state));
    }
    return exportDeadlineRows(rows, request.format, path, request.includeNames);
}

} // namespace

Result<StagedListExport> Session::stageListExport(const ListExportRequest& request, const QString& path) const
{
    if (Error error = d->refuseRoleUnless(Action::ExportData); error.isError())
        return error;
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    const HolidayCalendar holidays = calendar();
    const EngineSettings settings = engineSettings();
    const QList<CaseRecord> records = loadAllCases();
    // Damage is an error, never data: no list from records not read in full.
    if (Error failure = readFailure(); failure.isError())
        return failure;
    QList<CaseState> states;
    if (request.cases) {
        QHash<QString, int> at;
        for (int i = 0; i < records.size(); ++i)
            at.insert(records.at(i).id, i);
        for (const QString& id : *request.cases)
            if (const auto found = at.constFind(id); found != at.constEnd())
                states.append(deriveState(records.at(*found), holidays, settings, asOf));
    } else {
        states.reserve(records.size());
        for (const CaseRecord& record : records)
            states.append(deriveState(record, holidays, settings, asOf));
    }
    Result<StagedOutput> file = StagedOutput::beside(path);
    if (!file.ok())
        return file.error();
    if (Error written = writeList(request, states, file->path()); written.isError())
        return written;
    StagedListExport staged{file.take(), {}, {}, request.use};
    QJsonArray ids;
    for (const CaseState& state : states) {
        staged.caseIds.append(state.id);
        ids.append(state.id);
    }
    const bool cases = request.list == ListExportRequest::List::Cases;
    staged.record = {
        {QStringLiteral("target"), cases ? QStringLiteral("cases") : QStringLiteral("deadlines")},
        {QStringLiteral("cases"), ids},
        {QStringLiteral("format"), exportFormatId(request.format)},
        {QStringLiteral("as_of"), isoDate(asOf)},
        {QStringLiteral("scope"), request.cases ? QStringLiteral("shown") : QStringLiteral("all")},
        {QStringLiteral("include_names"), request.includeNames}};
    return staged;
}

Error Session::releaseListExport(StagedListExport& staged)
{
    return releaseOutput(staged.file, QStringLiteral("export"), staged.record, staged.use);
}

Result<QStringList> Session::exportList(const ListExportRequest& request, const QString& path)
{
    Result<StagedListExport> staged = stageListExport(request, path);
    if (!staged.ok())
        return staged.error();
    if (Error error = releaseListExport(staged.value()); error.isError())
        return error;
    return staged->caseIds;
}

} // namespace casetrack
