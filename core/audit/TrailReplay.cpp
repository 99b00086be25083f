#include "audit/TrailReplay.h"

#include "accounts/Permissions.h"
#include "calendar/HolidayCalendar.h"
#include "crypto/KeySlotCrypto.h"
#include "procedure/Organization.h"
#include "procedure/StepTable.h"
#include "storage/Database.h"
#include "storage/RevisionTwoMigration.h"
#include "storage/Schema.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace casetrack {

namespace {

// Scalars and arrays are stored wrapped as {"v": ...} (AuditTrail's jsonText).
QJsonValue valueOf(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    const QJsonObject object = doc.object();
    return object.size() == 1 && object.contains(QStringLiteral("v")) ? object.value(QStringLiteral("v"))
                                                                      : QJsonValue(object);
}

// The right an action needs; nothing for the actions every account may do on itself. Prints and
// exports are records of use that the app lets every role make, so they need none here either.
std::optional<Action> rightFor(const QString& action)
{
    static const QHash<QString, Action> rights{
        {QStringLiteral("case.create"), Action::CreateCase},
        {QStringLiteral("case.correct_facts"), Action::CorrectCaseFacts},
        {QStringLiteral("event.record"), Action::RecordStep},
        {QStringLiteral("case.document_inputs"), Action::RecordStep},
        {QStringLiteral("account.add"), Action::ManageUsers},
        {QStringLiteral("account.password_reset"), Action::ManageUsers},
        {QStringLiteral("account.activate"), Action::ManageUsers},
        {QStringLiteral("account.deactivate"), Action::ManageUsers},
        {QStringLiteral("database.rekey"), Action::ManageUsers},
        {QStringLiteral("settings.change"), Action::ChangeSettings},
        {QStringLiteral("organization.add"), Action::ChangeSettings},
        {QStringLiteral("organization.update"), Action::ChangeSettings},
        {QStringLiteral("calendar.import"), Action::EditCalendar},
        {QStringLiteral("calendar.edit"), Action::EditCalendar},
        {QStringLiteral("material.add"), Action::AttachMaterial},
        {QStringLiteral("material.remove"), Action::RemoveMaterial},
    };
    const auto it = rights.constFind(action);
    return it == rights.cend() ? std::nullopt : std::optional<Action>(*it);
}

struct Record
{
    qint64 seq = 0;
    QString user, action, target, after;
    QByteArray hash, signature;
};

class Replay
{
public:
    Replay(DerivedState* state) : m_state(*state) {}
    QList<TrailFinding> findings;

    void apply(const Record& r)
    {
        if (r.action == QLatin1String("database.create")) {
            m_schema = valueOf(r.after).toObject().value(QStringLiteral("schema")).toInt();
            m_signed = m_schema >= 3;
            m_pendingCreate = r; // its author's key is known from the next record
            m_state.meta.insert(QStringLiteral("database_id"), r.target);
            const QJsonValue profile = valueOf(r.after).toObject().value(QStringLiteral("kdf_profile"));
            if (profile.isString())
                m_state.meta.insert(QStringLiteral("kdf_profile"), profile.toString());
            return;
        }
        if (r.action == QLatin1String("schema.migrate")) {
            // Unsigned by design (written before the slot is bound); after the move to version 3
            // every record must be signed.
            const int from = m_schema;
            const int to = valueOf(r.after).toObject().value(QStringLiteral("version")).toInt();
            m_schema = to;
            if (to >= 3)
                m_signed = true;
            // The move to version 5 (procedure revision 2) rewrites stored facts and the quorum
            // setting by pure rules: replayed here on the signed state, so the record itself
            // carries nothing to trust.
            if (from < 5 && to >= 5)
                replayRevisionTwo();
            return;
        }
        const QJsonObject after = valueOf(r.after).toObject();
        const bool bootstrap =
            m_state.accounts.isEmpty() && r.action == QLatin1String("account.add") && r.user == r.target;
        if (bootstrap)
            addAccount(r.target, after);
        if (r.action == QLatin1String("account.key_upgrade") && r.user == r.target &&
            m_state.accounts.contains(r.user) && m_state.accounts[r.user].signPublic.isEmpty()) {
            m_state.accounts[r.user].signPublic =
                QByteArray::fromHex(after.value(QStringLiteral("sign_public")).toString().toLatin1());
            m_state.accounts[r.user].accountId = after.value(QStringLiteral("account_id")).toString();
            m_signed = true; // from an account's upgrade on, unsigned records are not accepted
        }
        if (!checkAuthor(r))
            return;
        if (m_pendingCreate && m_state.accounts.contains(m_pendingCreate->user)) {
            checkAuthor(*m_pendingCreate);
            m_pendingCreate.reset();
        }
        derive(r, after, bootstrap);
    }

private:
    DerivedState& m_state;
    int m_schema = 0; // the schema version the trail has reached (database.create, schema.migrate)
    bool m_signed = false;
    std::optional<Record> m_pendingCreate;

    void find(const Record& r, const QString& problem)
    {
        findings.append({r.seq, QStringLiteral("audit"), QString::number(r.seq), problem});
    }

    bool checkAuthor(const Record& r)
    {
        const bool recovery = r.user == QLatin1String("recovery");
        if (recovery) {
            if (r.action != QLatin1String("account.password_reset")) {
                find(r, QCoreApplication::translate(
                            "AuditTrail", "审计记录 %1（%2）署名为恢复密钥，但恢复密钥只能重置密码。")
                            .arg(r.seq)
                            .arg(r.action));
                return false;
            }
            return true;
        }
        const auto account = m_state.accounts.constFind(r.user);
        if (account == m_state.accounts.cend()) {
            find(r, QCoreApplication::translate("AuditTrail", "审计记录 %1（%2）的作者 %3 不是当时的账户。")
                        .arg(r.seq)
                        .arg(r.action, r.user));
            return false;
        }
        if (!r.signature.isEmpty() || m_signed) {
            if (!verifyDetached(account->signPublic, r.hash, r.signature)) {
                find(r, QCoreApplication::translate(
                            "AuditTrail",
                            "审计记录 %1（%2，作者 %3）的签名无效：记录不是该账户写入的，或被改动。")
                            .arg(r.seq)
                            .arg(r.action, r.user));
                return false;
            }
        }
        if (!account->active) {
            find(r, QCoreApplication::translate("AuditTrail", "审计记录 %1（%2）的作者 %3 当时已停用。")
                        .arg(r.seq)
                        .arg(r.action, r.user));
            return false;
        }
        const std::optional<Action> right = rightFor(r.action);
        const bool self = r.user == r.target && (r.action == QLatin1String("account.password_change") ||
                                                 r.action == QLatin1String("account.key_upgrade"));
        // A step is further narrowed to the roles of its body (the step table).
        const bool stepRefused =
            r.action == QLatin1String("event.record") &&
            !mayRecordStep(account->role,
                           valueOf(r.after).toObject().value(QStringLiteral("step")).toString());
        if ((right && !self && !roleMay(account->role, *right)) || stepRefused) {
            find(r, QCoreApplication::translate("AuditTrail",
                                                "审计记录 %1（%2）的作者 %3 当时的角色（%4）无此权限。")
                        .arg(r.seq)
                        .arg(r.action, r.user, roleDisplayName(account->role)));
            return false;
        }
        return true;
    }

    void addAccount(const QString& name, const QJsonObject& after)
    {
        DerivedState::AccountState account;
        roleFromId(after.value(QStringLiteral("role")).toString(), &account.role);
        account.active = after.value(QStringLiteral("active")).toBool(true);
        account.accountId = after.value(QStringLiteral("account_id")).toString();
        account.signPublic =
            QByteArray::fromHex(after.value(QStringLiteral("sign_public")).toString().toLatin1());
        m_state.accounts.insert(name, account);
    }

    void replayRevisionTwo()
    {
        for (auto it = m_state.cases.begin(); it != m_state.cases.end(); ++it)
            it.value() = revisionTwoFacts(it.value());
        if (m_state.settings.contains(QStringLiteral("engine")))
            m_state.settings[QStringLiteral("engine")] =
                revisionTwoEngineSettings(m_state.settings.value(QStringLiteral("engine")));
    }

    void addEvent(const Record& r, const QJsonObject& event)
    {
        const QJsonObject row{{QStringLiteral("step"), event.value(QStringLiteral("step"))},
                              {QStringLiteral("date"), event.value(QStringLiteral("date"))},
                              {QStringLiteral("data"), event.value(QStringLiteral("data")).toObject()},
                              {QStringLiteral("recorded_by"), r.user}};
        m_state.events.insert({r.target, event.value(QStringLiteral("seq")).toInteger()}, row);
    }

    void derive(const Record& r, const QJsonObject& after, bool alreadyAdded)
    {
        const QString& a = r.action;
        if (a == QLatin1String("account.add") && !alreadyAdded) {
            addAccount(r.target, after);
        } else if (a == QLatin1String("account.activate") || a == QLatin1String("account.deactivate")) {
            if (m_state.accounts.contains(r.target))
                m_state.accounts[r.target].active = a == QLatin1String("account.activate");
        } else if (a == QLatin1String("account.password_reset") ||
                   a == QLatin1String("database.rekey_account")) {
            if (m_state.accounts.contains(r.target) && after.contains(QStringLiteral("sign_public"))) {
                auto& account = m_state.accounts[r.target];
                account.signPublic =
                    QByteArray::fromHex(after.value(QStringLiteral("sign_public")).toString().toLatin1());
                account.accountId = after.value(QStringLiteral("account_id")).toString();
            }
        } else if (a == QLatin1String("case.create")) {
            m_state.cases.insert(r.target, after);
            m_state.caseAuthors.insert(r.target, r.user);
        } else if (a == QLatin1String("case.correct_facts")) {
            m_state.cases.insert(r.target, after.value(QStringLiteral("facts")).toObject());
            // Revision 2: the correction is also an event of the case (facts_corrected).
            if (after.contains(QStringLiteral("event")))
                addEvent(r, after.value(QStringLiteral("event")).toObject());
        } else if (a == QLatin1String("event.record")) {
            addEvent(r, after);
        } else if (a == QLatin1String("settings.change")) {
            m_state.settings.insert(r.target, after);
        } else if (a == QLatin1String("case.document_inputs")) {
            m_state.settings.insert(QStringLiteral("document_inputs/") + r.target, after);
        } else if (a == QLatin1String("material.add")) {
            addMaterial(r, after);
        } else if (a == QLatin1String("organization.add")) {
            addOrganization(r, after);
        } else if (a == QLatin1String("organization.update")) {
            updateOrganization(r, after);
        } else if (a == QLatin1String("print") && after.contains(QStringLiteral("number"))) {
            const QJsonObject n = after.value(QStringLiteral("number")).toObject();
            const QString key = documentNumberKey(n.value(QStringLiteral("pattern")).toString(),
                                                  n.value(QStringLiteral("year")).toInteger(),
                                                  n.value(QStringLiteral("seq")).toInteger());
            if (!m_state.documentNumbers.contains(key)) // a reprint keeps the number it was given
                m_state.documentNumbers.insert(
                    key, {{QStringLiteral("case"), r.target},
                          {QStringLiteral("kind"), after.value(QStringLiteral("document"))}});
        } else if (a == QLatin1String("material.remove")) {
            m_state.materialRemovals.insert(
                after.value(QStringLiteral("id")).toInteger(),
                {{QStringLiteral("removed_by"), r.user},
                 {QStringLiteral("reason"), after.value(QStringLiteral("reason"))}});
        } else if (a == QLatin1String("calendar.import")) {
            const int year = r.target.toInt();
            clearYear(year);
            for (const QJsonValue& day : valueOf(r.after).toArray())
                putDay(day.toObject());
            m_state.calendarYears.insert(year, true);
        } else if (a == QLatin1String("calendar.edit")) {
            const QDate date = parseIsoDate(r.target);
            if (!m_state.calendarYears.contains(date.year())) {
                // A hand edit of a built-in year starts from a copy of the built-in days.
                for (const CalendarDay& day : HolidayCalendar::builtin().daysOfYear(date.year()))
                    m_state.calendarDays.insert(
                        isoDate(day.date),
                        {{QStringLiteral("name"), day.name}, {QStringLiteral("isOffDay"), day.offDay}});
                m_state.calendarYears.insert(date.year(), true);
            }
            if (after.isEmpty())
                m_state.calendarDays.remove(r.target);
            else
                putDay(after);
        }
    }

    // OrganizationStore::add, replayed: the next rowid, and the default of the kind.
    void addOrganization(const Record& r, const QJsonObject& after)
    {
        const qint64 id = m_state.organizations.isEmpty() ? 1 : m_state.organizations.lastKey() + 1;
        bool firstOfKind = true;
        for (const QJsonObject& o : std::as_const(m_state.organizations))
            firstOfKind = firstOfKind && o.value(QStringLiteral("kind")).toString() != r.target;
        m_state.organizations.insert(id, {{QStringLiteral("kind"), r.target},
                                          {QStringLiteral("data"), organData(after)},
                                          {QStringLiteral("default"), false}});
        if (firstOfKind || after.value(QStringLiteral("default")).toBool())
            makeDefault(id);
    }

    // OrganizationStore::update, replayed: new texts, the kind kept; made default, the others of
    // its kind lose the flag.
    void updateOrganization(const Record& r, const QJsonObject& after)
    {
        const qint64 id = Organization::rowOf(r.target);
        if (!m_state.organizations.contains(id))
            return; // the store refuses it too: nothing changed
        m_state.organizations[id].insert(QStringLiteral("data"), organData(after));
        if (after.value(QStringLiteral("default")).toBool())
            makeDefault(id);
    }

    // The data column as the store writes it: the record's organ without its default flag.
    static QJsonObject organData(QJsonObject after)
    {
        after.remove(QStringLiteral("default"));
        return after;
    }

    // The organ `id` becomes the default of its kind; the others of that kind lose the flag.
    void makeDefault(qint64 id)
    {
        const QString kind = m_state.organizations.value(id).value(QStringLiteral("kind")).toString();
        for (auto it = m_state.organizations.begin(); it != m_state.organizations.end(); ++it)
            if (it.value().value(QStringLiteral("kind")).toString() == kind)
                it.value().insert(QStringLiteral("default"), it.key() == id);
    }

    // The record of an attachment carries the content's hash, so a file swapped in the table
    // afterwards is a row the trail does not explain.
    void addMaterial(const Record& r, const QJsonObject& after)
    {
        QJsonObject row;
        for (const char* key : {"type", "date", "description", "file_name", "size", "sha256"})
            row.insert(QLatin1String(key), after.value(QLatin1String(key)));
        row.insert(QStringLiteral("case"), r.target);
        row.insert(QStringLiteral("added_by"), r.user);
        m_state.materials.insert(after.value(QStringLiteral("id")).toInteger(), row);
    }

    void clearYear(int year)
    {
        const QString prefix = QString::number(year) + QLatin1Char('-');
        for (auto it = m_state.calendarDays.begin(); it != m_state.calendarDays.end();)
            it = it.key().startsWith(prefix) ? m_state.calendarDays.erase(it) : std::next(it);
    }

    void putDay(const QJsonObject& day)
    {
        m_state.calendarDays.insert(
            day.value(QStringLiteral("date")).toString(),
            {{QStringLiteral("name"), day.value(QStringLiteral("name"))},
             {QStringLiteral("isOffDay"), day.value(QStringLiteral("isOffDay")).toBool()}});
    }
};

} // namespace

QString documentNumberKey(const QString& pattern, qint64 year, qint64 seq)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{pattern, year, seq}).toJson(QJsonDocument::Compact));
}

QList<TrailFinding> replayTrail(Database& db, DerivedState* state)
{
    const bool hasSignatures = schemaVersion(db) >= 3;
    Statement stmt = db.prepare(
        hasSignatures ? "SELECT seq, user, action, target, after, hash, signature FROM audit ORDER BY seq"
                      : "SELECT seq, user, action, target, after, hash, NULL FROM audit ORDER BY seq");
    Replay replay(state);
    while (stmt.next()) {
        Record r;
        r.seq = stmt.integer(0);
        r.user = stmt.text(1);
        r.action = stmt.text(2);
        r.target = stmt.text(3);
        r.after = stmt.isNull(4) ? QString() : stmt.text(4);
        r.hash = stmt.blob(5);
        r.signature = stmt.isNull(6) ? QByteArray() : stmt.blob(6);
        replay.apply(r);
    }
    if (!stmt.isValid() || stmt.failed())
        replay.findings.append(
            {0, QStringLiteral("audit"), QString(),
             QCoreApplication::translate("AuditTrail", "审计记录读取失败：%1。").arg(db.lastError())});
    return replay.findings;
}

} // namespace casetrack
