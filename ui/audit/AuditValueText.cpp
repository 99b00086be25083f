#include "audit/AuditValueText.h"

#include "accounts/Role.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "procedure/StepTable.h"
#include "statistics/StatisticsFigures.h"
#include "storage/CaseMaterial.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace casetrack {

namespace {

struct AuditValueTr
{
    Q_DECLARE_TR_FUNCTIONS(AuditValueText)
};

// The fields records carry: events, case facts, accounts, settings, organizations, sessions.
const QHash<QString, const char*>& fieldNames()
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("AuditValueText", "步骤")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("AuditValueText", "序号")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("AuditValueText", "日期")},
        {QStringLiteral("data"), QT_TRANSLATE_NOOP("AuditValueText", "内容")},
        {QStringLiteral("sanction"), QT_TRANSLATE_NOOP("AuditValueText", "处分")},
        {QStringLiteral("probation_years"), QT_TRANSLATE_NOOP("AuditValueText", "留党察看年限")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("AuditValueText", "编号")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("AuditValueText", "会议")},
        {QStringLiteral("members_total"), QT_TRANSLATE_NOOP("AuditValueText", "应到人数")},
        {QStringLiteral("members_present"), QT_TRANSLATE_NOOP("AuditValueText", "实到人数")},
        {QStringLiteral("votes_for"), QT_TRANSLATE_NOOP("AuditValueText", "赞成票")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("AuditValueText", "结果")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("AuditValueText", "材料")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("AuditValueText", "被审查调查人")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditValueText", "名称")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("AuditValueText", "性别")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("AuditValueText", "民族")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("AuditValueText", "出生日期")},
        {QStringLiteral("party_join_date"), QT_TRANSLATE_NOOP("AuditValueText", "入党时间")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("AuditValueText", "单位")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("AuditValueText", "职务")},
        {QStringLiteral("managed_by_party_group"), QT_TRANSLATE_NOOP("AuditValueText", "党组管理干部")},
        {QStringLiteral("appointed_by_party_group"), QT_TRANSLATE_NOOP("AuditValueText", "党组任免")},
        {QStringLiteral("leadership_member"), QT_TRANSLATE_NOOP("AuditValueText", "领导班子成员")},
        {QStringLiteral("key_supervision_target"), QT_TRANSLATE_NOOP("AuditValueText", "重点监督对象")},
        {QStringLiteral("principal_leader"), QT_TRANSLATE_NOOP("AuditValueText", "主要负责人")},
        {QStringLiteral("filed_with"), QT_TRANSLATE_NOOP("AuditValueText", "立案备案")},
        {QStringLiteral("org_relation_local"), QT_TRANSLATE_NOOP("AuditValueText", "组织关系在地方")},
        {QStringLiteral("local_committee_member"), QT_TRANSLATE_NOOP("AuditValueText", "地方党委委员")},
        {QStringLiteral("filing_body"), QT_TRANSLATE_NOOP("AuditValueText", "立案机关")},
        {QStringLiteral("decision_route"), QT_TRANSLATE_NOOP("AuditValueText", "决定途径")},
        {QStringLiteral("major_complex"), QT_TRANSLATE_NOOP("AuditValueText", "重大复杂")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("AuditValueText", "角色")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditValueText", "启用")},
        {QStringLiteral("account_id"), QT_TRANSLATE_NOOP("AuditValueText", "账户编号")},
        {QStringLiteral("sign_public"), QT_TRANSLATE_NOOP("AuditValueText", "签名公钥")},
        {QStringLiteral("schema"), QT_TRANSLATE_NOOP("AuditValueText", "数据库结构版本")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("AuditValueText", "版本")},
        {QStringLiteral("kdf_profile"), QT_TRANSLATE_NOOP("AuditValueText", "密钥派生强度")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditValueText", "类别")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("AuditValueText", "简称")},
        {QStringLiteral("doc_prefix"), QT_TRANSLATE_NOOP("AuditValueText", "发文字号前缀")},
        {QStringLiteral("printing_office"), QT_TRANSLATE_NOOP("AuditValueText", "印发机关")},
        {QStringLiteral("default"), QT_TRANSLATE_NOOP("AuditValueText", "默认")},
        {QStringLiteral("warning_days"), QT_TRANSLATE_NOOP("AuditValueText", "提前提醒天数")},
        {QStringLiteral("strict_counting"), QT_TRANSLATE_NOOP("AuditValueText", "严格计算期限")},
        {QStringLiteral("deadline_rules"), QT_TRANSLATE_NOOP("AuditValueText", "期限规则")},
        {QStringLiteral("access"), QT_TRANSLATE_NOOP("AuditValueText", "访问方式")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditValueText", "原因")},
        {QStringLiteral("idle_minutes"), QT_TRANSLATE_NOOP("AuditValueText", "空闲分钟数")},
        {QStringLiteral("failures_total"), QT_TRANSLATE_NOOP("AuditValueText", "累计失败次数")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("AuditValueText", "用途")},
        {QStringLiteral("recipient"), QT_TRANSLATE_NOOP("AuditValueText", "接收方")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("AuditValueText", "格式")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("AuditValueText", "案件数")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("AuditValueText", "文书")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("AuditValueText", "年份")},
        {QStringLiteral("days"), QT_TRANSLATE_NOOP("AuditValueText", "天数")},
        {QStringLiteral("off_day"), QT_TRANSLATE_NOOP("AuditValueText", "放假")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("AuditValueText", "语言")},
        {QStringLiteral("idle_lock_minutes"), QT_TRANSLATE_NOOP("AuditValueText", "自动锁定分钟数")},
        {QStringLiteral("as_of"), QT_TRANSLATE_NOOP("AuditValueText", "统计截至")},
        {QStringLiteral("figure"), QT_TRANSLATE_NOOP("AuditValueText", "统计图表")},
        {QStringLiteral("case_count"), QT_TRANSLATE_NOOP("AuditValueText", "统计案件数")},
        // Case materials (issue 12).
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("AuditValueText", "编号")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("AuditValueText", "类型")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("AuditValueText", "说明")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("AuditValueText", "文件名")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("AuditValueText", "文件")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("AuditValueText", "字节数")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("AuditValueText", "SHA-256")},
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("AuditValueText", "材料编号")},
        {QStringLiteral("what"), QT_TRANSLATE_NOOP("AuditValueText", "对象")},
    };
    return names;
}

// The core's ids that appear as values.
const QHash<QString, const char*>& valueNames()
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("party_group"), QT_TRANSLATE_NOOP("AuditValueText", "党组")},
        {QStringLiteral("stationed_body"), QT_TRANSLATE_NOOP("AuditValueText", "派驻机构")},
        {QStringLiteral("dispatched_body"), QT_TRANSLATE_NOOP("AuditValueText", "派出机构")},
        {QStringLiteral("dispatching_organ"), QT_TRANSLATE_NOOP("AuditValueText", "派出机关")},
        {QStringLiteral("grassroots_commission"), QT_TRANSLATE_NOOP("AuditValueText", "基层纪委")},
        {QStringLiteral("grassroots_committee"), QT_TRANSLATE_NOOP("AuditValueText", "基层党委")},
        {QStringLiteral("local_commission"), QT_TRANSLATE_NOOP("AuditValueText", "地方纪委")},
        {QStringLiteral("org_department"), QT_TRANSLATE_NOOP("AuditValueText", "组织部门")},
        {QStringLiteral("organ_commission"), QT_TRANSLATE_NOOP("AuditValueText", "机关纪委")},
        {QStringLiteral("grassroots"), QT_TRANSLATE_NOOP("AuditValueText", "基层")},
        {QStringLiteral("central"), QT_TRANSLATE_NOOP("AuditValueText", "中央")},
        {QStringLiteral("local"), QT_TRANSLATE_NOOP("AuditValueText", "地方")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("AuditValueText", "无")},
        {QStringLiteral("fast"), QT_TRANSLATE_NOOP("AuditValueText", "测试用（快速）")},
        {QStringLiteral("standard"), QT_TRANSLATE_NOOP("AuditValueText", "标准")},
        {QStringLiteral("read_only"), QT_TRANSLATE_NOOP("AuditValueText", "只读")},
        {QStringLiteral("read_write"), QT_TRANSLATE_NOOP("AuditValueText", "读写")},
        {QStringLiteral("idle"), QT_TRANSLATE_NOOP("AuditValueText", "空闲")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("AuditValueText", "手动")},
        {QStringLiteral("system"), QT_TRANSLATE_NOOP("AuditValueText", "随系统锁屏或休眠")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("AuditValueText", "审核通过")},
        {QStringLiteral("problems"), QT_TRANSLATE_NOOP("AuditValueText", "发现问题")},
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("AuditValueText", "案件材料")},
    };
    return names;
}

QString fieldName(const QString& key)
{
    const auto it = fieldNames().constFind(key);
    return it == fieldNames().constEnd() ? key : AuditValueTr::tr(*it);
}

QString scalarText(const QString& key, const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? AuditValueTr::tr("是") : AuditValueTr::tr("否");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    const QString text = value.toString();
    if (key == QLatin1String("step"))
        return stepName(text);
    if (key == QLatin1String("sanction"))
        return sanctionDisplayName(text);
    if (key == QLatin1String("role")) {
        for (Role role : allRoles())
            if (roleId(role) == text)
                return roleDisplayName(role);
    }
    if (key == QLatin1String("sign_public") || key == QLatin1String("sha256"))
        return text.left(16) + QStringLiteral("…"); // enough to compare, not a wall of hex
    if (key == QLatin1String("type") && isMaterialType(text))
        return materialTypeName(text);
    if (key == QLatin1String("figure"))
        return statisticsFigureName(text);
    if (const QDate date = parseIsoDate(text); date.isValid())
        return displayDate(date);
    const auto it = valueNames().constFind(text);
    return it == valueNames().constEnd() ? text : AuditValueTr::tr(*it);
}

QString valueText(const QString& key, const QJsonValue& value);

QString objectText(const QJsonObject& object)
{
    QStringList parts;
    // A recorded step reads as the step first: "宣布党纪处分决定（#12，2026年11月3日）", then its data.
    QJsonObject rest = object;
    if (object.contains(QLatin1String("step"))) {
        QString head = scalarText(QStringLiteral("step"), object.value(QLatin1String("step")));
        const QStringList about = {
            object.contains(QLatin1String("seq"))
                ? AuditValueTr::tr("第 %1 条记录").arg(object.value(QLatin1String("seq")).toInteger())
                : QString(),
            scalarText(QStringLiteral("date"), object.value(QLatin1String("date")))};
        QStringList present;
        for (const QString& a : about)
            if (!a.isEmpty())
                present.append(a);
        if (!present.isEmpty())
            head += AuditValueTr::tr("（%1）").arg(present.join(AuditValueTr::tr("，")));
        parts.append(head);
        for (const char* key : {"step", "seq", "date"})
            rest.remove(QLatin1String(key));
        const QJsonObject data = rest.take(QLatin1String("data")).toObject();
        if (!data.isEmpty())
            parts.append(objectText(data));
    }
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        const QString text = valueText(it.key(), it.value());
        if (!text.isEmpty())
            parts.append(AuditValueTr::tr("%1：%2").arg(fieldName(it.key()), text));
    }
    return parts.join(AuditValueTr::tr("；"));
}

QString valueText(const QString& key, const QJsonValue& value)
{
    if (value.isObject()) {
        const QString inner = objectText(value.toObject());
        return inner.isEmpty() ? QString() : AuditValueTr::tr("（%1）").arg(inner);
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(item.isObject() ? objectText(item.toObject()) : scalarText(key, item));
        return items.join(AuditValueTr::tr("、"));
    }
    if (value.isNull() || value.isUndefined())
        return {};
    return scalarText(key, value);
}

} // namespace

QString auditTargetText(const QString& target)
{
    const auto it = valueNames().constFind(target);
    return it == valueNames().constEnd() ? target : AuditValueTr::tr(*it);
}

QString auditValueText(const QJsonValue& value)
{
    if (value.isObject())
        return objectText(value.toObject());
    return valueText(QString(), value);
}

} // namespace casetrack
