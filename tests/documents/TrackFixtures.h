#pragma once

#include "procedure/CaseState.h"

#include <QList>
#include <QString>

namespace casetrack::test {

// One example case per procedure, decided and followed up, every step checked by the engine as
// it is added (a fixture the engine would refuse fails loudly). `name` lets a test print hostile
// names. Dates in 2026.
struct TrackCase
{
    QString label; // "standard", "transfer", "grassroots_expulsion", "local"
    CaseState state;
};

// Standard (第八条、第九条): stationed filing, Party-group decision, 第十一条第三款 (central).
CaseState standardTrackCase(const QString& name = QStringLiteral("张三"));
// Transfer (第六条): leadership member, Party relation local (第十二条第一款), filed locally.
CaseState transferTrackCase(const QString& name = QStringLiteral("李四"));
// Grassroots (第四条第二款): expulsion approved by the 基层党委 and then by the Party group.
CaseState grassrootsExpulsionCase(const QString& name = QStringLiteral("王五"));
// Local (第十二条): the local commission filed and decided.
CaseState localTrackCase(const QString& name = QStringLiteral("赵六"));

// The special paths and the decision's later life (issue 11):
// 第八条: the Party group disagreed with the suggestion and the stationed body escalated.
CaseState escalatedCase(const QString& name = QStringLiteral("孙七"));
// 第十二条第二款: a local committee member; the competent Party group consulted, then decided.
CaseState consultedLocalCase(const QString& name = QStringLiteral("周八"));
// 条例第十二条: one year of probation from 2025-05-20, executed and reported, then restored.
CaseState probationEndedCase(const QString& name = QStringLiteral("吴九"));
// 党章第四条: removal from post, appealed, changed to a serious warning.
CaseState appealChangedCase(const QString& name = QStringLiteral("郑十"));

QList<TrackCase> allTrackCases(const QString& name = {});

} // namespace casetrack::test
