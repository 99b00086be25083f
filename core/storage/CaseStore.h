#pragma once

#include "procedure/CaseRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace casetrack {

class Database;
class Statement;

// The SQL of cases and their append-only events, on a bare Database: the Session uses it inside
// its audited transactions, and the benchmark uses it on an unencrypted file as the baseline.
// It neither begins nor commits: the caller owns the transaction. Statements are prepared once
// per store and reused, so a store kept across many inserts costs no re-parsing.
class CaseStore
{
public:
    explicit CaseStore(Database& db);
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    // The next free id with `prefix` ("2026-" gives "2026-00042" after "2026-00041").
    QString nextCaseId(const QString& prefix);
    // False on a database error (Database::lastError() says which).
    bool insertCase(const QString& id, const QJsonObject& factsJson, const QString& createdAt,
                    const QString& createdBy);
    bool updateFacts(const QString& id, const QJsonObject& factsJson);
    // `event.seq`, recordedBy and recordedAt must be set by the caller.
    bool appendEvent(const QString& caseId, const Event& event);

    // Nothing when there is no such case.
    std::optional<CaseRecord> loadCase(const QString& caseId);
    // Every case with its events, ordered by id; one pass over each table.
    QList<CaseRecord> loadAllCases();
    int caseCount();

private:
    Statement& cached(std::unique_ptr<Statement>& slot, const char* sql);

    Database& m_db;
    std::unique_ptr<Statement> m_insertCase;
    std::unique_ptr<Statement> m_insertEvent;
};

} // namespace casetrack
