#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QVariant>

namespace casetrack {

// The property that tells the idle lock how to open a dialog again after unlock, so that what was
// typed into it survives the lock (shell/KeptDialogs.h): {"kind": "step", "case": id, "step": id},
// {"kind": "correction", "case": id, "seq": n}, {"kind": "fact_correction", "case": id},
// {"kind": "new_case"}, {"kind": "document_inputs" | "print", "case": id},
// {"kind": "document_settings"}, {"kind": "attach_material", "case": id, "files": [paths]} or
// {"kind": "add_account"}. A dialog without it is closed by the lock: the export dialogs (their
// list of cases is the list as filtered at the time, which the unlock resets, so their purpose and
// recipient are quickly given again), the day editor, the password changes (passwords are never
// kept) and the confirmations.
inline const char* const kReopenProperty = "casetrack_reopen";

inline void markReopenable(QDialog* dialog, const QJsonObject& how)
{
    dialog->setProperty(kReopenProperty, how);
}

inline QJsonObject reopenRecipe(const QDialog* dialog)
{
    return dialog->property(kReopenProperty).toJsonObject();
}

} // namespace casetrack
