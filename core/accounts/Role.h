#pragma once

#include <QList>
#include <QString>

namespace casetrack {

// Who a user is in the procedure. The administrator holds every permission of every role (cli.md:
// a script can drive a whole case with the account `init` created).
enum class Role
{
    Administrator,
    CaseOfficer,          // 派驻机构承办人员 (stationed body)
    Reviewer,             // 派出机构审理人员 (dispatched body)
    PartyGroupOffice,     // 党组办公室
    GrassrootsCommission, // 基层纪委
    Auditor,              // 审计（只读）
};

QList<Role> allRoles();
QString roleId(Role role);                     // "administrator", "case_officer", ...
bool roleFromId(const QString& id, Role* out); // false for an unknown id
QString roleDisplayName(Role role);            // translated: 管理员, 派驻机构承办人员, ...

} // namespace casetrack
