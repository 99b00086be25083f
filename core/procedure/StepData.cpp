#include "procedure/StepData.h"

#include "util/DateText.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace casetrack {

namespace {

Error invalid(const QString& message)
{
    return Error::make(ErrorCode::Invalid, message);
}

bool isWholeNumber(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

Error checkType(const StepDefinition& step, const StepField& field, const QJsonValue& v)
{
    const QString where =
        QCoreApplication::translate("ProcedureEngine", "“%1”的字段 %2").arg(step.name(), field.name);
    switch (field.type) {
    case FieldType::Text:
        if (!v.isString())
            return invalid(QCoreApplication::translate("ProcedureEngine", "%1 应为文本。").arg(where));
        if (field.required && v.toString().trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ProcedureEngine", "%1 不能为空。").arg(where));
        break;
    case FieldType::TextList: {
        if (!v.isArray())
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "%1 应为文本列表（JSON 数组）。").arg(where));
        const QJsonArray list = v.toArray();
        for (const QJsonValue& item : list) {
            if (!item.isString())
                return invalid(
                    QCoreApplication::translate("ProcedureEngine", "%1 的每一项都应为文本。").arg(where));
        }
        break;
    }
    case FieldType::Integer:
    case FieldType::EventSeq:
        if (!isWholeNumber(v) || v.toDouble() < 0 || v.toDouble() > 1e6)
            return invalid(QCoreApplication::translate("ProcedureEngine", "%1 应为非负整数。").arg(where));
        break;
    case FieldType::ProbationYears:
        if (!isWholeNumber(v) || (v.toInt() != 1 && v.toInt() != 2))
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "%1 应为 1 或 2（留党察看一年或二年）。")
                    .arg(where));
        break;
    case FieldType::Sanction: {
        QStringList ids;
        for (const SanctionDefinition& s : sanctionTable())
            ids.append(s.id);
        if (!v.isString() || !ids.contains(v.toString()))
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "%1 不是有效的处分种类，可选值：%2。")
                    .arg(where, joinList(ids)));
        break;
    }
    case FieldType::Choice:
        if (!v.isString() || !field.choices.contains(v.toString()))
            return invalid(QCoreApplication::translate("ProcedureEngine", "%1 的值无效，可选值：%2。")
                               .arg(where, joinList(field.choices)));
        break;
    case FieldType::Bool:
        if (!v.isBool())
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "%1 应为 true 或 false。").arg(where));
        break;
    case FieldType::Object:
        if (!v.isObject())
            return invalid(QCoreApplication::translate("ProcedureEngine", "%1 应为对象。").arg(where));
        break;
    case FieldType::Date:
        if (!v.isString() || !parseIsoDate(v.toString()).isValid())
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "%1 不是有效日期，请按 YYYY-MM-DD 填写。")
                    .arg(where));
        break;
    case FieldType::RecusalList: {
        bool ok = v.isArray();
        for (const QJsonValue& item : v.toArray()) {
            const QJsonObject o = item.toObject();
            ok = ok && item.isObject() && o.value(QLatin1String("name")).isString() &&
                 !o.value(QLatin1String("name")).toString().trimmed().isEmpty() &&
                 (o.size() == 1 || (o.size() == 2 && o.value(QLatin1String("reason")).isString()));
        }
        if (!ok)
            return invalid(
                QCoreApplication::translate(
                    "ProcedureEngine", "%1 应为回避人员列表：[{\"name\": 姓名, \"reason\": 理由}, ...]。")
                    .arg(where));
        break;
    }
    }
    return Error::ok();
}

} // namespace

Error validateStepData(const StepDefinition& step, const QJsonObject& data)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        const StepField* field = step.field(it.key());
        if (!field)
            return invalid(QCoreApplication::translate("ProcedureEngine", "“%1”没有字段 %2。")
                               .arg(step.name(), it.key()));
        if (Error e = checkType(step, *field, it.value()); e.isError())
            return e;
    }
    for (const StepField& field : step.fields) {
        if (field.required && !data.contains(field.name))
            return invalid(QCoreApplication::translate("ProcedureEngine", "“%1”缺少字段 %2（%3）。")
                               .arg(step.name(), field.name, field.label()));
    }

    if (step.field(QStringLiteral("sanction"))) {
        // The field's own check above refused an unknown id; a step without the field names none.
        const std::optional<Sanction> sanction =
            sanctionFromId(data.value(QLatin1String("sanction")).toString());
        const bool hasYears = data.contains(QLatin1String("probation_years"));
        if (sanction == Sanction::Probation && !hasYears)
            return invalid(QCoreApplication::translate("ProcedureEngine",
                                                       "“%1”：留党察看须填写 probation_years（1 或 2）。")
                               .arg(step.name()));
        if (sanction != Sanction::Probation && hasYears)
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "“%1”：只有留党察看才填写 probation_years。")
                    .arg(step.name()));
        const bool decides =
            step.kind == StepKind::PartyGroupDecided || step.kind == StepKind::GrassrootsCommissionApproved ||
            step.kind == StepKind::GrassrootsCommitteeApproved ||
            step.kind == StepKind::LocalCommissionDecided || step.kind == StepKind::AppealDecided;
        if (sanction == Sanction::None && decides)
            return invalid(QCoreApplication::translate(
                               "ProcedureEngine",
                               "“%1”不能为“不予党纪处分”（none）：不予处分的，记录“不予党纪处分，结案”"
                               "（申诉撤销处分的，outcome 为 revoked）。")
                               .arg(step.name()));
    }
    if (step.field(QStringLiteral("members_total"))) {
        const int total = data.value(QLatin1String("members_total")).toInt();
        const int present = data.value(QLatin1String("members_present")).toInt();
        const int votes = data.value(QLatin1String("votes_for")).toInt();
        if (total < 1)
            return invalid(
                QCoreApplication::translate("ProcedureEngine", "“%1”：应到人数 members_total 至少为 1。")
                    .arg(step.name()));
        if (present > total)
            return invalid(
                QCoreApplication::translate("ProcedureEngine",
                                            "“%1”：实到人数 members_present 不能多于应到人数 members_total。")
                    .arg(step.name()));
        const int recused = int(data.value(QLatin1String("recused")).toArray().size());
        if (present + recused > total)
            return invalid(
                QCoreApplication::translate(
                    "ProcedureEngine",
                    "“%"
                    "1”：实到人数与回避人数之和不能多于应到人数（回避的成员计入应到人数，不计入实到人数）。")
                    .arg(step.name()));
        if (votes > present)
            return invalid(
                QCoreApplication::translate("ProcedureEngine",
                                            "“%1”：同意人数 votes_for 不能多于实到人数 members_present。")
                    .arg(step.name()));
    }
    if (step.kind == StepKind::AppealDecided) {
        const bool changed = data.value(QLatin1String("outcome")).toString() == QLatin1String("changed");
        const bool hasSanction = data.contains(QLatin1String("sanction"));
        if (changed && !hasSanction)
            return invalid(QCoreApplication::translate("ProcedureEngine",
                                                       "“%1”：变更处分（changed）须填写变更后的 sanction。")
                               .arg(step.name()));
        if (!changed && hasSanction)
            return invalid(QCoreApplication::translate("ProcedureEngine",
                                                       "“%1”：只有变更处分（changed）才填写 sanction。")
                               .arg(step.name()));
    }
    if (step.kind == StepKind::FilingReviewed) {
        const bool problems = data.value(QLatin1String("result")).toString() == QLatin1String("problems");
        const bool text = !data.value(QLatin1String("problems")).toString().trimmed().isEmpty();
        if (problems && !text)
            return invalid(QCoreApplication::translate("ProcedureEngine",
                                                       "“%1”：审核发现问题的，须在 problems 中写明问题。")
                               .arg(step.name()));
        if (!problems && data.contains(QLatin1String("problems")))
            return invalid(QCoreApplication::translate("ProcedureEngine", "“%1”：审核通过的不填写 problems。")
                               .arg(step.name()));
    }
    if (step.kind == StepKind::Correction) {
        const bool retract = data.value(QLatin1String("retract")).toBool();
        const bool replace = data.contains(QLatin1String("replacement"));
        if (retract == replace)
            return invalid(QCoreApplication::translate(
                "ProcedureEngine",
                "更正须且只能二选一：给出 replacement（更正后的内容）或 retract: true（撤销该记录）。"));
        if (data.contains(QLatin1String("retract")) && !retract)
            return invalid(QCoreApplication::translate(
                "ProcedureEngine", "更正的 retract 只能为 true；修改内容请使用 replacement。"));
        if (replace) {
            const QJsonObject r = data.value(QLatin1String("replacement")).toObject();
            if (r.isEmpty())
                return invalid(QCoreApplication::translate(
                    "ProcedureEngine", "更正的 replacement 不能为空：请给出 date 和/或 data。"));
            for (auto it = r.begin(); it != r.end(); ++it) {
                if (it.key() != QLatin1String("date") && it.key() != QLatin1String("data"))
                    return invalid(
                        QCoreApplication::translate("ProcedureEngine",
                                                    "更正的 replacement 只能包含 date 和 data，不能包含 "
                                                    "%1（改变步骤请撤销后重新记录）。")
                            .arg(it.key()));
            }
            if (r.contains(QLatin1String("date")) &&
                !parseIsoDate(r.value(QLatin1String("date")).toString()).isValid())
                return invalid(QCoreApplication::translate(
                    "ProcedureEngine", "更正的 replacement.date 不是有效日期，请按 YYYY-MM-DD 填写。"));
            if (r.contains(QLatin1String("data")) && !r.value(QLatin1String("data")).isObject())
                return invalid(
                    QCoreApplication::translate("ProcedureEngine", "更正的 replacement.data 应为对象。"));
        }
    }
    return Error::ok();
}

} // namespace casetrack
