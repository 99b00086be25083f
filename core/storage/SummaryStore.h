#pragma once

#include "procedure/CaseDigest.h"
#include "util/Error.h"

#include <QList>
#include <QString>

#include <functional>

#include <memory>
#include <optional>

namespace casetrack {

class Database;
class HolidayCalendar;
class Statement;
struct CaseRecord;
struct EngineSettings;

// The table `case_summaries` (schema version 6): one CaseDigest per case, so that the case list,
// the deadlines and the exports read one short row per case instead of every event. The
// service layer writes a case's row in the same transaction as each change of the case, and
// rewrites every row when the settings or the calendar change. Like CaseStore it neither
// begins nor commits.
class SummaryStore
{
public:
    explicit SummaryStore(Database& db);
    ~SummaryStore();
    SummaryStore(const SummaryStore&) = delete;
    SummaryStore& operator=(const SummaryStore&) = delete;

    // Inserts or replaces the case's row. False on a database error (Database::lastError()).
    bool write(const CaseDigest& digest);
    // Nothing when the case has no row.
    std::optional<CaseDigest> read(const QString& caseId);
    // Every row, ordered by case id. A row that does not parse is a read failure of the database
    // (nothing is returned), unless `unparsed` is given: then its case id goes there instead, for
    // a check that repairs it.
    QList<CaseDigest> readAll(QStringList* unparsed = nullptr);
    // The rows with `from` <= case_id < `to` (an empty bound: no bound), in id order, each
    // passed to `each` as it is read. False on a read failure (Database::readFailure(); a row that
    // does not parse is one, unless `unparsed` takes its case id as readAll's does): the rows
    // passed before it are then to be dropped.
    bool readRange(const QString& from, const QString& to, const std::function<void(CaseDigest&&)>& each,
                   QStringList* unparsed = nullptr);

private:
    Database& m_db;
    std::unique_ptr<Statement> m_write;
};

// The digest of `record` from its full derivation (the date does not matter: CaseDigest.h).
CaseDigest deriveDigest(const CaseRecord& record, const HolidayCalendar& calendar,
                        const EngineSettings& settings);

// How far a rebuild is: `done` of `total` cases derived and written (called on the rebuilding
// thread: at the start, every 1 % or so, and at the end).
using RebuildProgress = std::function<void(qsizetype done, qsizetype total)>;

// Derives every case from its events with the stored calendar and settings and rewrites every
// row (the rows of cases that no longer exist go). Inside the caller's transaction.
Error rebuildSummaries(Database& db, const RebuildProgress& progress = {});

// Schema version 5 -> 6: creates the table and fills it by rebuildSummaries.
Error migrateToSummaries(Database& db);
// Version 9: the summaries rebuilt with messages instead of translated texts.
Error migrateToStoredMessages(Database& db);

} // namespace casetrack
