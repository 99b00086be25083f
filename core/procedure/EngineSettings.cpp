#include "procedure/EngineSettings.h"

#include "procedure/StepTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace casetrack {

namespace {

Error invalid(const QString& message)
{
    return Error::make(ErrorCode::Invalid, message);
}

QString unitId(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Days:
        return QStringLiteral("days");
    case PeriodUnit::Months:
        return QStringLiteral("months");
    case PeriodUnit::WorkingDays:
        return QStringLiteral("working_days");
    }
    return {};
}

bool unitFromId(const QString& id, PeriodUnit* out)
{
    for (PeriodUnit u : {PeriodUnit::Days, PeriodUnit::Months, PeriodUnit::WorkingDays}) {
        if (unitId(u) == id) {
            *out = u;
            return true;
        }
    }
    return false;
}

QJsonObject thresholdToJson(const Threshold& t)
{
    return {{QStringLiteral("numerator"), t.numerator},
            {QStringLiteral("denominator"), t.denominator},
            {QStringLiteral("strictly_more"), t.strictlyMore}};
}

Error unknownKeys(const QJsonObject& object, const QStringList& known, const QString& prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(
                QCoreApplication::translate("EngineSettings", "未知设置项 %1。").arg(prefix + it.key()));
    }
    return Error::ok();
}

// A whole number in a JSON value (JSON has only doubles).
bool wholeNumber(const QJsonValue& v, int* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != double(int(d)))
        return false;
    *out = int(d);
    return true;
}

Error thresholdFromJson(const QJsonValue& value, const QString& key, Threshold* out)
{
    if (!value.isObject())
        return invalid(QCoreApplication::translate(
                           "EngineSettings", "设置项 %1 应为对象 {numerator, denominator, strictly_more}。")
                           .arg(key));
    const QJsonObject o = value.toObject();
    if (Error e = unknownKeys(
            o, {QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("strictly_more")},
            key + QLatin1Char('.'));
        e.isError())
        return e;
    Threshold t;
    if (o.contains(QLatin1String("numerator")) &&
        !wholeNumber(o.value(QLatin1String("numerator")), &t.numerator))
        return invalid(
            QCoreApplication::translate("EngineSettings", "设置项 %1.numerator 应为整数。").arg(key));
    if (o.contains(QLatin1String("denominator")) &&
        !wholeNumber(o.value(QLatin1String("denominator")), &t.denominator))
        return invalid(
            QCoreApplication::translate("EngineSettings", "设置项 %1.denominator 应为整数。").arg(key));
    if (o.contains(QLatin1String("strictly_more"))) {
        if (!o.value(QLatin1String("strictly_more")).isBool())
            return invalid(
                QCoreApplication::translate("EngineSettings", "设置项 %1.strictly_more 应为 true 或 false。")
                    .arg(key));
        t.strictlyMore = o.value(QLatin1String("strictly_more")).toBool();
    }
    // A collective decision needs at least half (第九条: never "one person or a minority").
    if (t.denominator <= 0 || t.numerator <= 0 || t.numerator > t.denominator ||
        2 * t.numerator < t.denominator)
        return invalid(QCoreApplication::translate(
                           "EngineSettings", "设置项 %1 的比例无效：应在二分之一到全部之间（如 1/2、2/3）。")
                           .arg(key));
    *out = t;
    return Error::ok();
}

} // namespace

bool Threshold::isMetBy(int count, int total) const
{
    // count/total vs numerator/denominator, in integers.
    const qint64 lhs = qint64(count) * denominator;
    const qint64 rhs = qint64(total) * numerator;
    return strictlyMore ? lhs > rhs : lhs >= rhs;
}

int Threshold::minimumFor(int total) const
{
    for (int n = 0; n <= total; ++n) {
        if (isMetBy(n, total))
            return n;
    }
    return total + 1;
}

QJsonObject EngineSettings::toJson() const
{
    QJsonArray rules;
    for (const DeadlineRule& r : deadlineRules) {
        rules.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("trigger_step"), r.triggerStep},
            {QStringLiteral("period"), QJsonObject{{QStringLiteral("amount"), r.period.amount},
                                                   {QStringLiteral("unit"), unitId(r.period.unit)}}},
            {QStringLiteral("met_by_step"), r.metByStep},
        });
    }
    return {{QStringLiteral("warning_days"), warningDays},
            {QStringLiteral("strict_counting"), strictCounting},
            {QStringLiteral("quorum"), thresholdToJson(quorum)},
            {QStringLiteral("majority"), thresholdToJson(majority)},
            {QStringLiteral("grassroots_quorum"), thresholdToJson(grassrootsQuorum)},
            {QStringLiteral("grassroots_majority"), thresholdToJson(grassrootsMajority)},
            {QStringLiteral("local_quorum"), thresholdToJson(localQuorum)},
            {QStringLiteral("local_majority"), thresholdToJson(localMajority)},
            {QStringLiteral("deadline_rules"), rules}};
}

Result<EngineSettings> EngineSettings::fromJson(const QJsonObject& json)
{
    EngineSettings s;
    if (Error e = unknownKeys(json,
                              {QStringLiteral("warning_days"), QStringLiteral("strict_counting"),
                               QStringLiteral("quorum"), QStringLiteral("majority"),
                               QStringLiteral("grassroots_quorum"), QStringLiteral("grassroots_majority"),
                               QStringLiteral("local_quorum"), QStringLiteral("local_majority"),
                               QStringLiteral("deadline_rules")},
                              QString());
        e.isError())
        return e;
    if (json.contains(QLatin1String("warning_days"))) {
        if (!wholeNumber(json.value(QLatin1String("warning_days")), &s.warningDays) || s.warningDays < 0 ||
            s.warningDays > 366)
            return invalid(QCoreApplication::translate("EngineSettings",
                                                       "设置项 warning_days 应为 0 到 366 之间的整数。"));
    }
    if (json.contains(QLatin1String("strict_counting"))) {
        if (!json.value(QLatin1String("strict_counting")).isBool())
            return invalid(
                QCoreApplication::translate("EngineSettings", "设置项 strict_counting 应为 true 或 false。"));
        s.strictCounting = json.value(QLatin1String("strict_counting")).toBool();
    }
    const std::pair<const char*, Threshold*> thresholds[] = {
        {"quorum", &s.quorum},
        {"majority", &s.majority},
        {"grassroots_quorum", &s.grassrootsQuorum},
        {"grassroots_majority", &s.grassrootsMajority},
        {"local_quorum", &s.localQuorum},
        {"local_majority", &s.localMajority},
    };
    for (const auto& [key, threshold] : thresholds) {
        if (!json.contains(QLatin1String(key)))
            continue;
        if (Error e = thresholdFromJson(json.value(QLatin1String(key)), QLatin1String(key), threshold);
            e.isError())
            return e;
    }
    if (json.contains(QLatin1String("deadline_rules"))) {
        const QJsonValue rulesValue = json.value(QLatin1String("deadline_rules"));
        if (!rulesValue.isArray())
            return invalid(QCoreApplication::translate("EngineSettings", "设置项 deadline_rules 应为数组。"));
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
        QSet<QString> ids;
        const QJsonArray rules = rulesValue.toArray();
        for (int i = 0; i < rules.size(); ++i) {
            const QString key = QStringLiteral("deadline_rules[%1]").arg(i);
            if (!rules[i].isObject())
                return invalid(
                    QCoreApplication::translate("EngineSettings", "设置项 %1 应为对象。").arg(key));
            const QJsonObject o = rules[i].toObject();
            if (Error e = unknownKeys(o,
                                      {QStringLiteral("id"), QStringLiteral("label"),
                                       QStringLiteral("trigger_step"), QStringLiteral("period"),
                                       QStringLiteral("met_by_step")},
                                      key + QLatin1Char('.'));
                e.isError())
                return e;
            DeadlineRule r;
            r.id = o.value(QLatin1String("id")).toString();
            r.label = o.value(QLatin1String("label")).toString();
            r.triggerStep = o.value(QLatin1String("trigger_step")).toString();
            r.metByStep = o.value(QLatin1String("met_by_step")).toString();
            if (!idPattern.match(r.id).hasMatch() || r.id == QLatin1String("announce") ||
                r.id == QLatin1String("record_filing") || r.id == QLatin1String("personnel_changes") ||
                r.id == QLatin1String("execution_report") || r.id == QLatin1String("probation_end") ||
                ids.contains(r.id))
                return invalid(QCoreApplication::translate(
                                   "EngineSettings",
                                   "设置项 %1.id 无效或重复：应为小写字母、数字、下划线，且不能为 "
                                   "announce、record_filing。")
                                   .arg(key));
            ids.insert(r.id);
            if (r.label.trimmed().isEmpty())
                return invalid(
                    QCoreApplication::translate("EngineSettings", "设置项 %1.label 不能为空。").arg(key));
            if (!findStep(r.triggerStep) || r.triggerStep == QLatin1String("correction"))
                return invalid(
                    QCoreApplication::translate("EngineSettings", "设置项 %1.trigger_step 不是有效的步骤。")
                        .arg(key));
            if (!findStep(r.metByStep) || r.metByStep == QLatin1String("correction"))
                return invalid(
                    QCoreApplication::translate("EngineSettings", "设置项 %1.met_by_step 不是有效的步骤。")
                        .arg(key));
            const QJsonValue pv = o.value(QLatin1String("period"));
            if (!pv.isObject())
                return invalid(QCoreApplication::translate("EngineSettings",
                                                           "设置项 %1.period 应为对象 {amount, unit}。")
                                   .arg(key));
            const QJsonObject p = pv.toObject();
            if (Error e = unknownKeys(p, {QStringLiteral("amount"), QStringLiteral("unit")},
                                      key + QStringLiteral(".period."));
                e.isError())
                return e;
            if (!wholeNumber(p.value(QLatin1String("amount")), &r.period.amount) || r.period.amount < 1 ||
                r.period.amount > 3660)
                return invalid(QCoreApplication::translate(
                                   "EngineSettings", "设置项 %1.period.amount 应为 1 到 3660 之间的整数。")
                                   .arg(key));
            if (!unitFromId(p.value(QLatin1String("unit")).toString(), &r.period.unit))
                return invalid(
                    QCoreApplication::translate("EngineSettings",
                                                "设置项 %1.period.unit 应为 days、months 或 working_days。")
                        .arg(key));
            s.deadlineRules.append(r);
        }
    }
    return s;
}

} // namespace casetrack
