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
        return role != Role::Auditor;
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
