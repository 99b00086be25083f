#include "accounts/Permissions.h"

namespace casetrack {

bool roleMay(Role role, Action action)
{
    if (role == Role::Administrator)
        return true;
    switch (action) {
    case Action::ViewCases:
        return true;
    case Action::ViewAudit:
    case Action::VerifyAudit:
        return role == Role::Auditor;
    case Action::CreateCase:
    case Action::CorrectCaseFacts:
        return role == Role::CaseOfficer;
    case Action::RecordStep:
    case Action::AttachMaterial: // whoever records steps brings their papers (docs/roles.md)
        return role != Role::Auditor;
    case Action::RemoveMaterial: // a correction of the case file, like CorrectCaseFacts
        return role == Role::CaseOfficer;
    case Action::PrintDocuments:
    case Action::ExportData:
        return true; // reading, audited with purpose and recipient
    case Action::ManageUsers:
    case Action::ChangeSettings:
    case Action::EditCalendar:
        return false;
    }
    return false;
}

} // namespace casetrack
