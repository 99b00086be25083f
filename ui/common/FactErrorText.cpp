#include "common/FactErrorText.h"

#include "common/ErrorText.h"
#include "procedure/StepTable.h"

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

// The fields the core's fact messages quote, as the fact dialogs label them.
QString fieldLabel(const QString& key)
{
    if (key == QLatin1String("subject.managed_by_party_group"))
        return FactTr::tr("“属于驻在单位党组管理的人员”");
    if (key == QLatin1String("subject.appointed_by_party_group"))
        return FactTr::tr("“任免由驻在单位党组会议讨论决定”");
    if (key == QLatin1String("subject.local_committee_member"))
        return FactTr::tr("“同时是地方党委委员、候补委员或地方纪委委员”");
    if (key == QLatin1String("subject.org_relation_local"))
        return FactTr::tr("“党组织关系在地方”");
    if (key == QLatin1String("subject.name"))
        return FactTr::tr("“姓名”");
    if (key == QLatin1String("decision_route"))
        return FactTr::tr("“处分决定方式”");
    if (key == QLatin1String("filing_body"))
        return FactTr::tr("“立案机关”");
    return key;
}

// "is <value>" as the dialogs show the value.
QString valuePhrase(const QString& value)
{
    if (value == QLatin1String("true"))
        return FactTr::tr("为“是”");
    if (value == QLatin1String("false"))
        return FactTr::tr("为“否”");
    if (value == QLatin1String("grassroots"))
        return FactTr::tr("为“基层纪委、基层党委审批”");
    if (value == QLatin1String("local_commission"))
        return FactTr::tr("为“地方纪委”");
    if (value == QLatin1String("party_group"))
        return FactTr::tr("为“党组讨论决定”");
    return value;
}

const QString kFields = QStringLiteral("subject\\.[a-z_]+|decision_route|filing_body");
const QString kValues = QStringLiteral("true|false|grassroots|local_commission|party_group");
} // namespace

QString factErrorText(const Error& error)
{
    QString text = errorText(error);
    // "<field> 为 <value>" (Chinese) and "<field> is <value>" or "<field> <value>" (English).
    static const QRegularExpression fieldValue(
        QStringLiteral("(%1)(?: 为 | is | )(%2)\\b").arg(kFields, kValues));
    for (QRegularExpressionMatch m = fieldValue.match(text); m.hasMatch();) {
        const QString shown = FactTr::tr("%1%2", "a field's label, then “is <value>”")
                                  .arg(fieldLabel(m.captured(1)), valuePhrase(m.captured(2)));
        text.replace(m.capturedStart(), m.capturedLength(), shown);
        m = fieldValue.match(text, m.capturedStart() + shown.size());
    }
    // The advice to change the route.
    static const QRegularExpression changeRoute(QStringLiteral("(?:请改为 |change it to )party_group"));
    text.replace(changeRoute, FactTr::tr("请改为“党组讨论决定”"));
    // Fields named alone ("请核对 filing_body 和 …", "Check filing_body and …").
    static const QRegularExpression field(QStringLiteral("\\b(%1)\\b").arg(kFields));
    for (QRegularExpressionMatch m = field.match(text); m.hasMatch();
         m = field.match(text, m.capturedStart() + 1)) {
        const QString label = fieldLabel(m.captured(1));
        if (label == m.captured(1))
            continue; // a field the dialogs do not show by that name: left as it is
        text.replace(m.capturedStart(), m.capturedLength(), label);
    }
    // The organs are registered in the settings, not with the command line.
    static const QRegularExpression orgCommands(QStringLiteral(
        "请用 org list 查看已登记的机构，或先用 org add 登记。|See the registered organs with org list, or "
        "register it first with org add\\."));
    text.replace(orgCommands, FactTr::tr("请在“设置”中查看或登记机构。"));
    // A refused correction names each step as 名称（step_id） or "name (step_id)": the name is
    // enough. Only real step ids go, so an English word in brackets stays.
    static const QRegularExpression stepId(QStringLiteral("\\s?[（(]([a-z][a-z0-9_]*)[）)]"));
    for (QRegularExpressionMatch m = stepId.match(text); m.hasMatch();) {
        if (findStep(m.captured(1))) {
            text.remove(m.capturedStart(), m.capturedLength());
            m = stepId.match(text, m.capturedStart());
        } else {
            m = stepId.match(text, m.capturedEnd());
        }
    }
    return text;
}

} // namespace casetrack
