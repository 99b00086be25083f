// compareState(): every row of the state tables against the state the signed trail describes.
#include "audit/TrailReplay.h"

#include "procedure/Organization.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace casetrack {

namespace {

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

class Comparison
{
public:
    QList<TrailFinding> findings;

    void unexplained(const QString& table, const QString& row)
    {
        findings.append({0, table, row,
                         QCoreApplication::translate(
                             "AuditTrail", "表 %1 的行 %2 与签名的审计记录不符：它被直接改动、添加或删除。")
                             .arg(table, row)});
    }

    void failedRead(Database& db, const QString& table)
    {
        findings.append(
            {0, table, QString(),
             QCoreApplication::translate("AuditTrail", "读取表 %1 失败：%2。").arg(table, db.lastError())});
    }
};

template <typename Map>
void reportMissing(Comparison& c, const QString& table, const Map& expected,
                   const QSet<typename Map::key_type>& seen,
                   const std::function<QString(const typename Map::key_type&)>& name)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            c.unexplained(table, name(it.key()));
    }
}

void compareAccounts(Database& db, const DerivedState& state, Comparison& c)
{
    Statement stmt = db.prepare("SELECT name, role, active, account_id, sign_public FROM accounts");
    QSet<QString> seen;
    while (stmt.next()) {
        const QString name = stmt.text(0);
        seen.insert(name);
        const auto it = state.accounts.constFind(name);
        Role role = Role::CaseOfficer;
        const bool roleOk = roleFromId(stmt.text(1), &role);
        if (it == state.accounts.cend() || !roleOk || role != it->role ||
            (stmt.integer(2) != 0) != it->active ||
            (stmt.isNull(3) ? QString() : stmt.text(3)) != it->accountId ||
            (stmt.isNull(4) ? QByteArray() : stmt.blob(4)) != it->signPublic)
            c.unexplained(QStringLiteral("accounts"), name);
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, QStringLiteral("accounts"));
    reportMissing<QMap<QString, DerivedState::AccountState>>(
        c, QStringLiteral("accounts"), state.accounts, seen, [](const QString& k) -> QString { return k; });
}

void compareCases(Database& db, const DerivedState& state, Comparison& c)
{
    Statement stmt = db.prepare("SELECT id, facts, created_by FROM cases");
    QSet<QString> seen;
    while (stmt.next()) {
        const QString id = stmt.text(0);
        seen.insert(id);
        if (!state.cases.contains(id) || parse(stmt.text(1)) != state.cases.value(id) ||
            stmt.text(2) != state.caseAuthors.value(id))
            c.unexplained(QStringLiteral("cases"), id);
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, QStringLiteral("cases"));
    reportMissing<QMap<QString, QJsonObject>>(c, QStringLiteral("cases"), state.cases, seen,
                                              [](const QString& k) -> QString { return k; });
}

void compareEvents(Database& db, const DerivedState& state, Comparison& c)
{
    Statement stmt = db.prepare("SELECT case_id, seq, step, date, data, recorded_by FROM events");
    QSet<QPair<QString, qint64>> seen;
    auto name = [](const QPair<QString, qint64>& k) -> QString {
        return k.first + QLatin1Char('#') + QString::number(k.second);
    };
    while (stmt.next()) {
        const QPair<QString, qint64> key{stmt.text(0), stmt.integer(1)};
        seen.insert(key);
        const QJsonObject row{{QStringLiteral("step"), stmt.text(2)},
                              {QStringLiteral("date"), stmt.text(3)},
                              {QStringLiteral("data"), stmt.isNull(4) ? QJsonObject() : parse(stmt.text(4))},
                              {QStringLiteral("recorded_by"), stmt.text(5)}};
        if (!state.events.contains(key) || state.events.value(key) != row)
            c.unexplained(QStringLiteral("events"), name(key));
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, QStringLiteral("events"));
    reportMissing<QMap<QPair<QString, qint64>, QJsonObject>>(c, QStringLiteral("events"), state.events, seen,
                                                             name);
}

// A table of (key, value) rows against the values the trail gives: a row whose value differs
// (`toValue` makes the stored text comparable), a key the trail does not give (a later version
// might read it) and a key it gives that is missing are each named. Keys in `allowed` are left
// alone.
template <typename Value>
void compareKeyValues(Database& db, Comparison& c, const char* table, const QMap<QString, Value>& expected,
                      const std::function<Value(const QString&)>& toValue, const QSet<QString>& allowed = {})
{
    const QString name = QString::fromLatin1(table);
    Statement stmt = db.prepare(QByteArray("SELECT key, value FROM ").append(table).constData());
    QSet<QString> seen;
    while (stmt.next()) {
        const QString key = stmt.text(0);
        seen.insert(key);
        if (allowed.contains(key))
            continue;
        const auto it = expected.constFind(key);
        if (it == expected.cend() || toValue(stmt.text(1)) != *it)
            c.unexplained(name, key);
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, name);
    reportMissing<QMap<QString, Value>>(c, name, expected, seen,
                                        [](const QString& k) -> QString { return k; });
}

void compareSettings(Database& db, const DerivedState& state, Comparison& c)
{
    compareKeyValues<QJsonObject>(db, c, "settings", state.settings, parse);
}

void compareMeta(Database& db, const DerivedState& state, Comparison& c)
{
    // Keys the trail does not derive but that are allowed: the chain's head (checked by the chain
    // and the anchor) and what the creation noted for people to read.
    static const QSet<QString> unchecked{QStringLiteral("audit_head_seq"), QStringLiteral("audit_head_hash"),
                                         QStringLiteral("created_at"), QStringLiteral("created_with")};
    compareKeyValues<QString>(
        db, c, "meta", state.meta, [](const QString& text) { return text; }, unchecked);
}

void compareCalendar(Database& db, const DerivedState& state, Comparison& c)
{
    Statement days = db.prepare("SELECT date, name, off_day FROM calendar_days");
    QSet<QString> seen;
    while (days.next()) {
        const QString date = days.text(0);
        seen.insert(date);
        const QJsonObject row{{QStringLiteral("name"), days.text(1)},
                              {QStringLiteral("isOffDay"), days.integer(2) != 0}};
        if (!state.calendarDays.contains(date) || state.calendarDays.value(date) != row)
            c.unexplained(QStringLiteral("calendar_days"), date);
    }
    if (!days.isValid() || days.failed())
        c.failedRead(db, QStringLiteral("calendar_days"));
    reportMissing<QMap<QString, QJsonObject>>(c, QStringLiteral("calendar_days"), state.calendarDays, seen,
                                              [](const QString& k) -> QString { return k; });
    Statement years = db.prepare("SELECT year FROM calendar_years");
    QSet<int> seenYears;
    while (years.next()) {
        const int year = static_cast<int>(years.integer(0));
        seenYears.insert(year);
        if (!state.calendarYears.contains(year))
            c.unexplained(QStringLiteral("calendar_years"), QString::number(year));
    }
    if (!years.isValid() || years.failed())
        c.failedRead(db, QStringLiteral("calendar_years"));
    reportMissing<QMap<int, bool>>(c, QStringLiteral("calendar_years"), state.calendarYears, seenYears,
                                   [](const int& k) -> QString { return QString::number(k); });
}

// Every material row against its attachment record, and its content against the hash both
// carry: a row, a metadata value or a content byte changed outside the app is reported.
void compareMaterials(Database& db, const DerivedState& state, Comparison& c)
{
    if (schemaVersion(db) < 7)
        return;
    Statement stmt = db.prepare("SELECT id, case_id, type, date, description, file_name, size, sha256, "
                                "content, added_by FROM case_materials");
    QSet<qint64> seen;
    auto name = [](const qint64& id) -> QString { return QString::number(id); };
    while (stmt.next()) {
        const qint64 id = stmt.integer(0);
        seen.insert(id);
        const QByteArray stored = stmt.blob(7);
        const QJsonObject row{{QStringLiteral("case"), stmt.text(1)},
                              {QStringLiteral("type"), stmt.text(2)},
                              {QStringLiteral("date"), stmt.text(3)},
                              {QStringLiteral("description"), stmt.text(4)},
                              {QStringLiteral("file_name"), stmt.text(5)},
                              {QStringLiteral("size"), stmt.integer(6)},
                              {QStringLiteral("sha256"), QString::fromLatin1(stored.toHex())},
                              {QStringLiteral("added_by"), stmt.text(9)}};
        const QByteArray content = stmt.blob(8);
        if (QCryptographicHash::hash(content, QCryptographicHash::Sha256) != stored ||
            content.size() != stmt.integer(6)) {
            c.findings.append(
                {0, QStringLiteral("case_materials"), name(id),
                 QCoreApplication::translate("AuditTrail",
                                             "案件材料 %1 的内容与其记录的哈希不符：文件在程序之外被改动。")
                     .arg(id)});
            continue;
        }
        if (!state.materials.contains(id) || state.materials.value(id) != row)
            c.unexplained(QStringLiteral("case_materials"), name(id));
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, QStringLiteral("case_materials"));
    reportMissing<QMap<qint64, QJsonObject>>(c, QStringLiteral("case_materials"), state.materials, seen,
                                             name);

    Statement removals = db.prepare("SELECT material_id, removed_by, reason FROM case_material_removals");
    QSet<qint64> removed;
    while (removals.next()) {
        const qint64 id = removals.integer(0);
        removed.insert(id);
        const QJsonObject row{{QStringLiteral("removed_by"), removals.text(1)},
                              {QStringLiteral("reason"), removals.text(2)}};
        if (!state.materialRemovals.contains(id) || state.materialRemovals.value(id) != row)
            c.unexplained(QStringLiteral("case_material_removals"), name(id));
    }
    if (!removals.isValid() || removals.failed())
        c.failedRead(db, QStringLiteral("case_material_removals"));
    reportMissing<QMap<qint64, QJsonObject>>(c, QStringLiteral("case_material_removals"),
                                             state.materialRemovals, removed, name);
}

// Every organ against the organization.add records: a name, a document-number prefix or the
// default changed outside the app would change what the documents say is issued by whom.
void compareOrganizations(Database& db, const DerivedState& state, Comparison& c)
{
    if (schemaVersion(db) < 4)
        return;
    Statement stmt = db.prepare("SELECT id, kind, data, is_default FROM organizations");
    QSet<qint64> seen;
    auto name = [](const qint64& id) -> QString { return Organization::idOf(id); };
    while (stmt.next()) {
        const qint64 id = stmt.integer(0);
        seen.insert(id);
        const QJsonObject row{{QStringLiteral("kind"), stmt.text(1)},
                              {QStringLiteral("data"), parse(stmt.text(2))},
                              {QStringLiteral("default"), stmt.integer(3) != 0}};
        if (!state.organizations.contains(id) || state.organizations.value(id) != row)
            c.unexplained(QStringLiteral("organizations"), name(id));
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, QStringLiteral("organizations"));
    reportMissing<QMap<qint64, QJsonObject>>(c, QStringLiteral("organizations"), state.organizations, seen,
                                             name);
}

// Every 发文字号 against the print that gave it: a number added, moved to another case or removed
// outside the app would let two documents carry one number, or one be issued again.
void compareDocumentNumbers(Database& db, const DerivedState& state, Comparison& c)
{
    if (schemaVersion(db) < 8)
        return;
    Statement stmt = db.prepare("SELECT pattern, year, seq, case_id, kind FROM document_numbers");
    QSet<QString> seen;
    auto name = [](const QString& key) -> QString { return key; };
    while (stmt.next()) {
        const QString key = documentNumberKey(stmt.text(0), stmt.integer(1), stmt.integer(2));
        seen.insert(key);
        const QJsonObject row{{QStringLiteral("case"), stmt.text(3)}, {QStringLiteral("kind"), stmt.text(4)}};
        if (!state.documentNumbers.contains(key) || state.documentNumbers.value(key) != row)
            c.unexplained(QStringLiteral("document_numbers"), key);
    }
    if (!stmt.isValid() || stmt.failed())
        c.failedRead(db, QStringLiteral("document_numbers"));
    reportMissing<QMap<QString, QJsonObject>>(c, QStringLiteral("document_numbers"), state.documentNumbers,
                                              seen, name);
}

} // namespace

QList<TrailFinding> compareState(Database& db, const DerivedState& state)
{
    Comparison c;
    compareAccounts(db, state, c);
    compareCases(db, state, c);
    compareEvents(db, state, c);
    compareSettings(db, state, c);
    compareMeta(db, state, c);
    compareCalendar(db, state, c);
    compareMaterials(db, state, c);
    compareOrganizations(db, state, c);
    compareDocumentNumbers(db, state, c);
    return c.findings;
}

} // namespace casetrack
