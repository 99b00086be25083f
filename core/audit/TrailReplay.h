#pragma once

#include "accounts/Role.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace casetrack {

class Database;

// Something the signed trail does not explain: a bad signature, an author without the right,
// or a row of a state table that no record put there (or that differs from it).
struct TrailFinding
{
    qint64 seq = 0;  // the record concerned, 0 for a row no record explains
    QString table;   // "audit", "accounts", "events", ...
    QString row;     // the row's key
    QString problem; // for the user
};

// The state the signed records describe, re-derived from them in order.
struct DerivedState
{
    struct AccountState
    {
        Role role = Role::CaseOfficer;
        bool active = true;
        QString accountId;
        QByteArray signPublic;
    };
    QMap<QString, AccountState> accounts;
    QMap<QString, QJsonObject> cases;                 // id -> facts
    QMap<QString, QString> caseAuthors;               // id -> created_by
    QMap<QPair<QString, qint64>, QJsonObject> events; // (case, seq) -> {step, date, data, recorded_by}
    QMap<QString, QJsonObject> settings;              // key -> value
    QMap<QString, QJsonObject> calendarDays;          // date -> {name, isOffDay}
    QMap<int, bool> calendarYears;
    // Case materials (schema 7): id -> {case, type, date, description, file_name, size, sha256
    // (hex), added_by}; and id -> {removed_by, reason} for the removals.
    QMap<qint64, QJsonObject> materials;
    QMap<qint64, QJsonObject> materialRemovals;
    // The organs (schema 4): rowid -> {kind, data (the organ without id and default), default}.
    // Ids are given in order of the organization.add records (organs are never removed), and the
    // default of a kind follows the store's rule: the first of a kind, or one added as default.
    QMap<qint64, QJsonObject> organizations;
    // The 发文字号 given (schema 8), from the "number" of each "print" record: the key
    // documentNumberKey(pattern, year, seq) -> {case, kind}. The first record of a number holds it.
    QMap<QString, QJsonObject> documentNumbers;
    // The rows of `meta` the trail explains: database_id (the database.create record's target)
    // and kdf_profile (its "kdf_profile"). The chain's head keys are checked by the chain and the
    // anchor; created_at and created_with only inform and decide nothing.
    QMap<QString, QString> meta;
};

// The key of DerivedState::documentNumbers: the JSON text of [pattern, year, seq].
QString documentNumberKey(const QString& pattern, qint64 year, qint64 seq);

// Walks the trail (already known to be an unbroken chain): checks each signed record's
// signature against its author's key at that time and the author's permission at that time,
// and re-derives the state. Records from before signing began (a database made before schema
// 3) are taken on the chain alone.
QList<TrailFinding> replayTrail(Database& db, DerivedState* state);
// Compares the state tables with the derived state, naming every row that differs.
QList<TrailFinding> compareState(Database& db, const DerivedState& state);

} // namespace casetrack
