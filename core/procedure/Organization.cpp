#include "procedure/Organization.h"
#include "util/ListText.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

Error invalid(const QString& message)
{
    return Error::make(ErrorCode::Invalid, message);
}

bool hasControlCharacter(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            return true;
    }
    return false;
}

} // namespace

QStringList Organization::kinds()
{
    return {QStringLiteral("party_group"),           QStringLiteral("stationed_body"),
            QStringLiteral("dispatched_body"),       QStringLiteral("dispatching_organ"),
            QStringLiteral("grassroots_commission"), QStringLiteral("grassroots_committee"),
            QStringLiteral("local_commission"),      QStringLiteral("org_department")};
}

Result<Organization> Organization::fromJson(const QJsonObject& json)
{
    Organization org;
    const QStringList texts{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("short_name"),
                            QStringLiteral("doc_prefix"), QStringLiteral("printing_office")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("default")) {
            if (!it.value().isBool())
                return invalid(QCoreApplication::translate("Organization", "default 应为 true 或 false。"));
            org.isDefault = it.value().toBool();
            continue;
        }
        if (!texts.contains(key))
            return invalid(QCoreApplication::translate("Organization",
                                                       "未知的机构字段：%1。可用：kind、name、"
                                                       "short_name、doc_prefix、printing_office、default。")
                               .arg(key));
        if (!it.value().isString())
            return invalid(QCoreApplication::translate("Organization", "%1 应为文本。").arg(key));
        const QString value = it.value().toString().trimmed();
        if (hasControlCharacter(value))
            return invalid(
                QCoreApplication::translate("Organization", "%1 含有控制字符，请删去后重试。").arg(key));
        if (key == QLatin1String("kind"))
            org.kind = value;
        else if (key == QLatin1String("name"))
            org.name = value;
        else if (key == QLatin1String("short_name"))
            org.shortName = value;
        else if (key == QLatin1String("doc_prefix"))
            org.docPrefix = value;
        else
            org.printingOffice = value;
    }
    if (!kinds().contains(org.kind))
        return invalid(
            QCoreApplication::translate("Organization", "kind 须为以下之一：%1。").arg(joinList(kinds())));
    if (org.name.isEmpty())
        return invalid(QCoreApplication::translate("Organization", "name（机构全称）不能为空。"));
    return org;
}

QJsonObject Organization::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("short_name"), shortName},
            {QStringLiteral("doc_prefix"), docPrefix},
            {QStringLiteral("printing_office"), printingOffice},
            {QStringLiteral("default"), isDefault}};
}

QString Organization::idOf(qint64 row)
{
    return QStringLiteral("org-%1").arg(row);
}

qint64 Organization::rowOf(const QString& id)
{
    bool numeric = false;
    const qint64 row = id.startsWith(QLatin1String("org-")) ? id.mid(4).toLongLong(&numeric) : 0;
    return numeric && row > 0 ? row : 0;
}

} // namespace casetrack
