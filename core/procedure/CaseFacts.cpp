#include "procedure/CaseFacts.h"

#include "util/DateText.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace casetrack {

namespace {

Error invalid(const QString& message, const QString& article = {})
{
    return Error::make(ErrorCode::Invalid, message, article);
}

// Reads one optional key of a given JSON type; the error names the full key ("subject.gender").
class Reader
{
public:
    Reader(const QJsonObject& object, QString prefix) : m_object(object), m_prefix(std::move(prefix)) {}

    Error error;

    QString key(const char* name) const { return m_prefix + QLatin1String(name); }

    void text(const char* name, QString* out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || error.isError())
            return;
        if (!v.isString()) {
            error = invalid(QCoreApplication::translate("CaseFacts", "字段 %1 应为文本。").arg(key(name)));
            return;
        }
        *out = v.toString();
    }

    void flag(const char* name, bool* out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || error.isError())
            return;
        if (!v.isBool()) {
            error = invalid(
                QCoreApplication::translate("CaseFacts", "字段 %1 应为 true 或 false。").arg(key(name)));
            return;
        }
        *out = v.toBool();
    }

    void date(const char* name, QDate* out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || error.isError())
            return;
        const QDate d = v.isString() ? parseIsoDate(v.toString()) : QDate();
        if (!d.isValid()) {
            error = invalid(QCoreApplication::translate(
                                "CaseFacts", "字段 %1 不是有效日期，请按 YYYY-MM-DD 填写（如 2025-01-31）。")
                                .arg(key(name)));
            return;
        }
        *out = d;
    }

    void choice(const char* name, const QStringList& choices, QString* out)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || error.isError())
            return;
        if (!v.isString() || !choices.contains(v.toString())) {
            error = invalid(QCoreApplication::translate("CaseFacts", "字段 %1 的值无效，可选值：%2。")
                                .arg(key(name), joinList(choices)));
            return;
        }
        *out = v.toString();
    }

    void rejectUnknown(const QStringList& known)
    {
        if (error.isError())
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key())) {
                error = invalid(
                    QCoreApplication::translate("CaseFacts", "未知字段 %1。").arg(m_prefix + it.key()));
                return;
            }
        }
    }

private:
    const QJsonObject& m_object;
    QString m_prefix;
};

} // namespace

Result<CaseFacts> CaseFacts::fromJson(const QJsonObject& json, FactsMode mode)
{
    CaseFacts facts;
    Reader top(json, QString());
    QStringList topKeys{QStringLiteral("subject"), QStringLiteral("filing_body"),
                        QStringLiteral("major_complex"), QStringLiteral("decision_route"),
                        QStringLiteral("bodies")};
    if (mode == FactsMode::Stored)
        topKeys << QStringLiteral("implied") << QStringLiteral("legacy_track");
    top.rejectUnknown(topKeys);
    top.choice("filing_body",
               {QStringLiteral("stationed_body"), QStringLiteral("local_commission"),
                QStringLiteral("organ_commission")},
               &facts.filingBody);
    QString route = QStringLiteral("party_group");
    top.choice("decision_route", {QStringLiteral("party_group"), QStringLiteral("grassroots")}, &route);
    facts.decisionRoute =
        route == QLatin1String("grassroots") ? DecisionRoute::Grassroots : DecisionRoute::PartyGroup;
    top.flag("major_complex", &facts.majorComplex);
    if (mode == FactsMode::Stored) {
        top.text("legacy_track", &facts.legacyTrack);
        for (const QJsonValue& v : json.value(QLatin1String("implied")).toArray())
            facts.implied.append(v.toString());
    }
    if (top.error.isError())
        return top.error;
    const QJsonValue bodiesValue = json.value(QLatin1String("bodies"));
    if (!bodiesValue.isUndefined()) {
        if (!bodiesValue.isObject())
            return invalid(QCoreApplication::translate(
                "CaseFacts", "字段 bodies 应为对象：机构标识 → 组织编号（如 {\"party_group\": \"1\"}）。"));
        const QJsonObject bodies = bodiesValue.toObject();
        for (auto it = bodies.begin(); it != bodies.end(); ++it) {
            if (!bodyIds().contains(it.key()))
                return invalid(
                    QCoreApplication::translate("CaseFacts", "字段 bodies.%1 不是机构标识，可选值：%2。")
                        .arg(it.key(), joinList(bodyIds())));
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return invalid(
                    QCoreApplication::translate("CaseFacts", "字段 bodies.%1 应为组织编号（文本）。")
                        .arg(it.key()));
            facts.bodies.insert(it.key(), it.value().toString());
        }
    }

    const QJsonValue subjectValue = json.value(QLatin1String("subject"));
    if (!subjectValue.isObject())
        return invalid(QCoreApplication::translate(
            "CaseFacts", "缺少字段 subject（被审查调查人信息，至少包含 subject.name）。"));
    const QJsonObject subject = subjectValue.toObject();
    SubjectFacts& s = facts.subject;
    Reader r(subject, QStringLiteral("subject."));
    r.rejectUnknown({QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("ethnicity"),
                     QStringLiteral("birth_date"), QStringLiteral("party_join_date"), QStringLiteral("unit"),
                     QStringLiteral("position"), QStringLiteral("managed_by_party_group"),
                     QStringLiteral("appointed_by_party_group"), QStringLiteral("leadership_member"),
                     QStringLiteral("key_supervision_target"), QStringLiteral("principal_leader"),
                     QStringLiteral("filed_with"), QStringLiteral("org_relation_local"),
                     QStringLiteral("local_committee_member")});
    r.text("name", &s.name);
    r.text("gender", &s.gender);
    r.text("ethnicity", &s.ethnicity);
    r.date("birth_date", &s.birthDate);
    r.date("party_join_date", &s.partyJoinDate);
    r.text("unit", &s.unit);
    r.text("position", &s.position);
    r.flag("managed_by_party_group", &s.managedByPartyGroup);
    r.flag("appointed_by_party_group", &s.appointedByPartyGroup);
    r.flag("leadership_member", &s.leadershipMember);
    r.flag("key_supervision_target", &s.keySupervisionTarget);
    r.flag("principal_leader", &s.principalLeader);
    r.choice("filed_with", {QStringLiteral("none"), QStringLiteral("central"), QStringLiteral("local")},
             &s.filedWith);
    r.flag("org_relation_local", &s.orgRelationLocal);
    r.flag("local_committee_member", &s.localCommitteeMember);
    if (r.error.isError())
        return r.error;
    if (s.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "CaseFacts", "缺少字段 subject.name（被审查调查人姓名），请填写姓名。"));
    if (mode == FactsMode::Stored)
        return facts;
    // 第八条第二款: a principal leader is a member of the leadership (stored as true, and the
    // state's warnings say so).
    if (s.principalLeader && !s.leadershipMember) {
        s.leadershipMember = true;
        facts.implied.append(QStringLiteral("subject.leadership_member"));
    }
    if (Error e = checkFactCombinations(facts); e.isError())
        return e;
    return facts;
}

Error checkFactCombinations(const CaseFacts& facts)
{
    const SubjectFacts& s = facts.subject;
    if (!s.managedByPartyGroup)
        return invalid(QCoreApplication::translate(
                           "CaseFacts",
                           "subject.managed_by_party_group 为 false：被审查调查人不属于党组管理的人员，"
                           "不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。"),
                       QStringLiteral("第三条"));
    if (facts.decisionRoute == DecisionRoute::Grassroots && s.appointedByPartyGroup)
        return invalid(QCoreApplication::translate(
                           "CaseFacts",
                           "decision_route 为 grassroots 与 subject.appointed_by_party_group 为 true 矛盾："
                           "任免经党组会议讨论决定的党员，由党组讨论决定处分（第四条第一款）；"
                           "请改为 party_group 或核对任免情况。"),
                       QStringLiteral("第四条"));
    if (s.localCommitteeMember && !s.orgRelationLocal)
        return invalid(QCoreApplication::translate(
                           "CaseFacts",
                           "subject.local_committee_member 为 true 须同时 subject.org_relation_local 为 true"
                           "（第十二条第二款只适用于党的组织关系在地方的党员干部）；请核对这两个字段。"),
                       QStringLiteral("第十二条"));
    if (facts.filingBody == QLatin1String("local_commission") && !s.orgRelationLocal)
        return invalid(
            QCoreApplication::translate(
                "CaseFacts",
                "filing_body 为 local_commission 须 subject.org_relation_local 为 "
                "true：地方纪委立案的案件须为"
                "党的组织关系在地方、干部管理权限在主管部门党组的党员干部；否则不属于第十二条规定的情形，"
                "请核对 filing_body 和 subject.org_relation_local。"),
            QStringLiteral("第十二条"));
    return Error::ok();
}

QString decisionRouteId(DecisionRoute route)
{
    return route == DecisionRoute::Grassroots ? QStringLiteral("grassroots") : QStringLiteral("party_group");
}

const QStringList& bodyIds()
{
    static const QStringList ids{
        QStringLiteral("party_group"),           QStringLiteral("stationed_body"),
        QStringLiteral("dispatched_body"),       QStringLiteral("dispatching_organ"),
        QStringLiteral("grassroots_commission"), QStringLiteral("grassroots_committee"),
        QStringLiteral("local_commission"),      QStringLiteral("org_department")};
    return ids;
}

QJsonObject CaseFacts::toJson() const
{
    QJsonObject s{
        {QStringLiteral("name"), subject.name},
        {QStringLiteral("managed_by_party_group"), subject.managedByPartyGroup},
        {QStringLiteral("appointed_by_party_group"), subject.appointedByPartyGroup},
        {QStringLiteral("leadership_member"), subject.leadershipMember},
        {QStringLiteral("key_supervision_target"), subject.keySupervisionTarget},
        {QStringLiteral("principal_leader"), subject.principalLeader},
        {QStringLiteral("filed_with"), subject.filedWith},
        {QStringLiteral("org_relation_local"), subject.orgRelationLocal},
        {QStringLiteral("local_committee_member"), subject.localCommitteeMember},
    };
    // Optional personal details: written only when known, so fromJson(toJson()) round-trips.
    auto optionalText = [&s](const char* key, const QString& value) {
        if (!value.isEmpty())
            s.insert(QLatin1String(key), value);
    };
    optionalText("gender", subject.gender);
    optionalText("ethnicity", subject.ethnicity);
    optionalText("unit", subject.unit);
    optionalText("position", subject.position);
    if (subject.birthDate.isValid())
        s.insert(QStringLiteral("birth_date"), isoDate(subject.birthDate));
    if (subject.partyJoinDate.isValid())
        s.insert(QStringLiteral("party_join_date"), isoDate(subject.partyJoinDate));
    QJsonObject json{{QStringLiteral("subject"), s},
                     {QStringLiteral("filing_body"), filingBody},
                     {QStringLiteral("decision_route"), decisionRouteId(decisionRoute)},
                     {QStringLiteral("major_complex"), majorComplex}};
    if (!bodies.isEmpty()) {
        QJsonObject b;
        for (auto it = bodies.begin(); it != bodies.end(); ++it)
            b.insert(it.key(), it.value());
        json.insert(QStringLiteral("bodies"), b);
    }
    // Internal keys (FactsMode::Stored), written only when set.
    if (!implied.isEmpty())
        json.insert(QStringLiteral("implied"), QJsonArray::fromStringList(implied));
    if (!legacyTrack.isEmpty())
        json.insert(QStringLiteral("legacy_track"), legacyTrack);
    return json;
}

} // namespace casetrack
