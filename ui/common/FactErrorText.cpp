#include "common/FactErrorText.h"

#include "common/ErrorText.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace casetrack {

namespace {
struct FactTr
{
    Q_DECLARE_TR_FUNCTIONS(FactErrorText)
};

// Longest first, so that "subject.appointed_by_party_group" is replaced before any shorter key
// it contains.
QList<QPair<QString, QString>> replacements()
{
    return {
        {QStringLiteral("subject.managed_by_party_group"), FactTr::tr("“属于驻在单位党组管理的人员”")},
        {QStringLiteral("subject.appointed_by_party_group"), FactTr::tr("“任免由驻在单位党组会议讨论决定”")},
        {QStringLiteral("subject.local_committee_member"),
         FactTr::tr("“同时是地方党委委员、候补委员或地方纪委委员”")},
        {QStringLiteral("subject.org_relation_local"), FactTr::tr("“党组织关系在地方”")},
        {QStringLiteral("subject.name"), FactTr::tr("“姓名”")},
        {QStringLiteral("decision_route"), FactTr::tr("“处分决定方式”")},
        {QStringLiteral("filing_body"), FactTr::tr("“立案机关”")},
        {QStringLiteral("请改为 party_group"), FactTr::tr("请改为“党组讨论决定”")},
        {QStringLiteral("为 grassroots"), FactTr::tr("为“基层纪委、基层党委审批”")},
        {QStringLiteral("为 local_commission"), FactTr::tr("为“地方纪委”")},
        {QStringLiteral(" 为 true"), FactTr::tr("为“是”")},
        {QStringLiteral(" 为 false"), FactTr::tr("为“否”")},
        {QStringLiteral("为 true"), FactTr::tr("为“是”")},
        {QStringLiteral("为 false"), FactTr::tr("为“否”")},
        {QStringLiteral("请用 org list 查看已登记的机构，或先用 org add 登记。"),
         FactTr::tr("请在“设置”中查看或登记机构。")},
    };
}
} // namespace

QString factErrorText(const Error& error)
{
    QString text = errorText(error);
    for (const auto& [from, to] : replacements())
        text.replace(from, to);
    // A refused correction names each step as 名称（step_id）: the name is enough here.
    static const QRegularExpression stepId(QStringLiteral("（[a-z][a-z0-9_]*）"));
    text.remove(stepId);
    return text;
}

} // namespace casetrack
