#include "documents/DocumentContent.h"

#include "documents/CaseValues.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace casetrack {

namespace {

QStringList textList(const QJsonValue& value)
{
    QStringList out;
    if (value.isString()) {
        out << value.toString();
    } else {
        for (const QJsonValue& v : value.toArray())
            out << v.toString();
    }
    out.removeIf([](const QString& s) { return s.trimmed().isEmpty(); });
    return out;
}

} // namespace

DocumentInputs withRecordedFindings(const DocumentInputs& inputs, const CaseState& state)
{
    DocumentInputs in = inputs;
    QStringList findings;
    QStringList basis;
    for (const Event& e : state.effectiveEvents) { // in order: the latest wins
        if (const QStringList f = textList(e.data.value(QStringLiteral("findings"))); !f.isEmpty())
            findings = f;
        if (const QStringList b = textList(e.data.value(QStringLiteral("basis"))); !b.isEmpty())
            basis = b;
    }
    in.violationFacts.removeIf([](const QString& s) { return s.trimmed().isEmpty(); });
    if (in.violationFacts.isEmpty())
        in.violationFacts = findings;
    if (in.basis.trimmed().isEmpty())
        in.basis = basis.join(QStringLiteral("、"));
    return in;
}

Error checkDocumentComplete(DocumentKind kind, const CaseState& state, const DocumentInputs& inputs,
                            const DocumentSettings& settings)
{
    auto refuse = [&](const QString& what) {
        return Error::make(ErrorCode::Refused, what, documentKindArticle(kind));
    };
    if (kind == DocumentKind::Decision || kind == DocumentKind::FilingForm) {
        QStringList missing;
        if (inputs.violationFacts.isEmpty())
            missing << QCoreApplication::translate("Documents", "违纪事实");
        if (inputs.basis.trimmed().isEmpty())
            missing << QCoreApplication::translate("Documents",
                                                   "处分依据（如《中国共产党纪律处分条例》第一百零一条）");
        // The basis names the articles relied on, never a vague "有关规定".
        static const QRegularExpression article(QStringLiteral("第[一二三四五六七八九十百零〇0-9]+条"));
        if (missing.isEmpty() && !article.match(inputs.basis).hasMatch())
            return refuse(
                QCoreApplication::translate(
                    "Documents",
                    "处分依据应写明所依据的条款，如《中国共产党纪律处分条例》第一百零一条；现为：%1。")
                    .arg(inputs.basis));
        if (!missing.isEmpty())
            return refuse(QCoreApplication::translate(
                              "Documents", "%1须写明违纪事实和处分依据，不能空白印发。请填写：%2。")
                              .arg(documentKindName(kind), joinList(missing)));
    }
    if (kind == DocumentKind::FilingChecklist) {
        bool recorded = false;
        for (const Event& e : state.effectiveEvents) {
            if (e.step == QLatin1String("record_filed"))
                recorded = !e.data.value(QStringLiteral("materials")).toArray().isEmpty();
        }
        if (!recorded && inputs.materials.isEmpty())
            return refuse(QCoreApplication::translate(
                "Documents", "备案材料清单须列出材料：请在备案步骤中记录备案材料，或在文书信息中填写。"));
    }
    if (kind == DocumentKind::NoticeOrgDepartment &&
        state.facts.subject.filedWith == QLatin1String("local") && localOrgDepartment(settings).isEmpty())
        return refuse(QCoreApplication::translate("Documents",
                                                  "被处分人向本级地方党委备案，通报应送本级党委组织部门："
                                                  "请在文书设置中填写其名称（org_department）。"));
    return Error::ok();
}

} // namespace casetrack
