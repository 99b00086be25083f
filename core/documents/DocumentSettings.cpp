#include "documents/DocumentSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casetrack {

namespace {

struct Field
{
    const char* key;
    QString DocumentSettings::*member;
};

const Field fields[] = {
    {"party_group", &DocumentSettings::partyGroup},
    {"unit", &DocumentSettings::unit},
    {"stationed_body", &DocumentSettings::stationedBody},
    {"dispatched_body", &DocumentSettings::dispatchedBody},
    {"dispatching_organ", &DocumentSettings::dispatchingOrgan},
    {"grassroots_commission", &DocumentSettings::grassrootsCommission},
    {"grassroots_committee", &DocumentSettings::grassrootsCommittee},
    {"local_commission", &DocumentSettings::localCommission},
    {"local_party_org", &DocumentSettings::localPartyOrg},
    {"org_department", &DocumentSettings::orgDepartment},
    {"printing_office", &DocumentSettings::printingOffice},
    {"masthead", &DocumentSettings::masthead},
    {"number_pattern", &DocumentSettings::numberPattern},
    {"template_directory", &DocumentSettings::templateDirectory},
};

} // namespace

DocumentSettings DocumentSettings::defaults()
{
    DocumentSettings s;
    s.partyGroup = QCoreApplication::translate("Documents", "中共某某部党组");
    s.unit = QCoreApplication::translate("Documents", "某某部");
    s.stationedBody = QCoreApplication::translate("Documents", "中央纪委国家监委驻某某部纪检监察组");
    s.dispatchedBody = QCoreApplication::translate("Documents", "中央和国家机关纪检监察工委");
    s.dispatchingOrgan = QCoreApplication::translate("Documents", "中央纪委国家监委");
    s.grassrootsCommission = QCoreApplication::translate("Documents", "中共某某部机关纪委");
    s.grassrootsCommittee = QCoreApplication::translate("Documents", "中共某某部机关委员会");
    s.localCommission = QCoreApplication::translate("Documents", "中共某某市纪委");
    s.localPartyOrg = QCoreApplication::translate("Documents", "中共某某市委");
    s.orgDepartment = QCoreApplication::translate("Documents", "中央组织部");
    s.printingOffice = QCoreApplication::translate("Documents", "中共某某部党组办公室");
    s.numberPattern = QCoreApplication::translate("Documents", "某党组〔{year}〕{seq}号");
    return s;
}

QJsonObject DocumentSettings::toJson() const
{
    QJsonObject json;
    for (const Field& f : fields)
        json.insert(QLatin1String(f.key), this->*f.member);
    QJsonObject sig;
    for (auto it = signatures.cbegin(); it != signatures.cend(); ++it)
        sig.insert(it.key(), it.value());
    json.insert(QStringLiteral("signatures"), sig);
    return json;
}

Result<DocumentSettings> DocumentSettings::fromJson(const QJsonObject& json)
{
    DocumentSettings s = defaults();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("signatures")) {
            if (!it.value().isObject())
                return Error::make(ErrorCode::Invalid, QCoreApplication::translate(
                                                           "Documents", "文书设置 signatures 应为对象。"));
            const QJsonObject sig = it.value().toObject();
            for (auto s2 = sig.constBegin(); s2 != sig.constEnd(); ++s2) {
                if (!s2.value().isString())
                    return Error::make(
                        ErrorCode::Invalid,
                        QCoreApplication::translate("Documents", "文书设置 signatures.%1 应为文本。")
                            .arg(s2.key()));
                s.signatures.insert(s2.key(), s2.value().toString());
            }
            continue;
        }
        bool known = false;
        for (const Field& f : fields) {
            if (key == QLatin1String(f.key)) {
                if (!it.value().isString())
                    return Error::make(
                        ErrorCode::Invalid,
                        QCoreApplication::translate("Documents", "文书设置 %1 应为文本。").arg(key));
                s.*f.member = it.value().toString();
                known = true;
            }
        }
        if (!known)
            return Error::make(ErrorCode::Invalid,
                               QCoreApplication::translate("Documents", "未知的文书设置项：%1").arg(key));
    }
    return s;
}

QString DocumentSettings::bodyName(const QString& bodyId) const
{
    if (bodyId == QLatin1String("party_group"))
        return partyGroup;
    if (bodyId == QLatin1String("stationed_body"))
        return stationedBody;
    if (bodyId == QLatin1String("dispatched_body"))
        return dispatchedBody;
    if (bodyId == QLatin1String("dispatching_organ"))
        return dispatchingOrgan;
    if (bodyId == QLatin1String("grassroots_commission"))
        return grassrootsCommission;
    if (bodyId == QLatin1String("grassroots_committee"))
        return grassrootsCommittee;
    if (bodyId == QLatin1String("local_commission"))
        return localCommission;
    if (bodyId == QLatin1String("org_department"))
        return orgDepartment;
    return {};
}

QString DocumentSettings::signatureFor(const QString& bodyId) const
{
    const QString sig = signatures.value(bodyId);
    return sig.isEmpty() ? bodyName(bodyId) : sig;
}

QString DocumentSettings::formatNumber(int year, int seq) const
{
    if (seq <= 0 || numberPattern.isEmpty())
        return {};
    QString n = numberPattern;
    n.replace(QLatin1String("{year}"), QString::number(year));
    n.replace(QLatin1String("{seq}"), QString::number(seq));
    return n;
}

} // namespace casetrack
