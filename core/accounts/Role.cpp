#include "accounts/Role.h"

#include <QCoreApplication>

namespace casetrack {

QList<Role> allRoles()
{
    return {Role::Administrator,    Role::CaseOfficer,          Role::Reviewer,
            Role::PartyGroupOffice, Role::GrassrootsCommission, Role::Auditor};
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::CaseOfficer:
        return QStringLiteral("case_officer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::PartyGroupOffice:
        return QStringLiteral("party_group_office");
    case Role::GrassrootsCommission:
        return QStringLiteral("grassroots_commission");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

bool roleFromId(const QString& id, Role* out)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id) {
            *out = role;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "管理员");
    case Role::CaseOfficer:
        return QCoreApplication::translate("Role", "派驻机构承办人员");
    case Role::Reviewer:
        return QCoreApplication::translate("Role", "派出机构审理人员");
    case Role::PartyGroupOffice:
        return QCoreApplication::translate("Role", "党组办公室");
    case Role::GrassrootsCommission:
        return QCoreApplication::translate("Role", "基层纪委");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "审计员（只读）");
    }
    return {};
}

} // namespace casetrack
