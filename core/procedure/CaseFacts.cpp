#include "procedure/CaseFacts.h"

#include "util/DateText.h"

#include <QCoreApplication>
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
                                .arg(key(name), choices.join(QStringLiteral("、"))));
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

Result<CaseFacts> CaseFacts::fromJson(const QJsonObject& json)
{
    CaseFacts facts;
    Reader top(json, QString());
    top.rejectUnknown(
        {QStringLiteral("subject"), QStringLiteral("filing_body"), QStringLiteral("major_complex")});
    top.choice("filing_body", {QStringLiteral("stationed_body"), QStringLiteral("local_commission")},
               &facts.filingBody);
    top.flag("major_complex", &facts.majorComplex);
    if (top.error.isError())
        return top.error;

    const QJsonValue subjectValue = json.value(QLatin1String("subject"));
    if (!subjectValue.isObject())
        return invalid(QCoreApplication::translate(
            "CaseFacts", "缺少字段 subject（被审查调查人信息，至少包含 subject.name）。"));
    const QJsonObject subject = subjectValue.toObject();
    SubjectFacts& s = facts.subject;
    Reader r(subject, QStringLiteral("subject."));
    r.rejectUnknown({QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("ethnicity"),
                     QStringLiteral("birth_date"), QStringLiteral("party_join_date"), QStringLiteral("unit"),
                     QStringLiteral("position"), QStringLiteral("appointed_by_party_group"),
                     QStringLiteral("leadership_member"), QStringLiteral("key_supervision_target"),
                     QStringLiteral("principal_leader"), QStringLiteral("filed_with"),
                     QStringLiteral("org_relation_local"), QStringLiteral("local_committee_member")});
    r.text("name", &s.name);
    r.text("gender", &s.gender);
    r.text("ethnicity", &s.ethnicity);
    r.date("birth_date", &s.birthDate);
    r.date("party_join_date", &s.partyJoinDate);
    r.text("unit", &s.unit);
    r.text("position", &s.position);
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
    if (facts.filingBody == QLatin1String("local_commission") && !s.orgRelationLocal &&
        !s.localCommitteeMember)
        return invalid(
            QCoreApplication::translate(
                "CaseFacts",
                "地方纪委立案的案件须为党的组织关系在地方、干部管理权限在主管部门党组的党员干部"
                "（subject.org_relation_local），或同时担任地方党委委员、候补委员、地方纪委委员"
                "（subject.local_committee_member）；否则不属于第十二条规定的情形，请核对 filing_body。"),
            QStringLiteral("第十二条"));
    return facts;
}

QJsonObject CaseFacts::toJson() const
{
    QJsonObject s{
        {QStringLiteral("name"), subject.name},
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
    return QJsonObject{{QStringLiteral("subject"), s},
                       {QStringLiteral("filing_body"), filingBody},
                       {QStringLiteral("major_complex"), majorComplex}};
}

} // namespace casetrack
