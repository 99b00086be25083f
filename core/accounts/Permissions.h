#pragma once

#include "accounts/Role.h"

namespace casetrack {

// The one place in the core that decides what a role may do. Which role may record which
// procedure step is a column of the step table (procedure/StepTable), consulted through
// mayRecordStep() there; everything else is decided here.
enum class Action
{
    CreateCase,
    CorrectCaseFacts,
    RecordStep, // further narrowed per step by the step table
    ViewCases,
    ViewAudit,
    VerifyAudit,
    ManageUsers,
    ChangeSettings,
    EditCalendar,
    PrintDocuments,
    ExportData,
    AttachMaterial, // case materials (issue 12): attaching a file to a case
    RemoveMaterial, // recording a material's removal (with a reason; the file stays in the trail)
};

bool roleMay(Role role, Action action);

} // namespace casetrack
