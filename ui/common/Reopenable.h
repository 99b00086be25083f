#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QVariant>

namespace casetrack {

// The property that tells the idle lock how to open a dialog again after unlock, so that what was
// typed into it survives the lock (shell/KeptDialogs.h): {"kind": "step", "case": id, "step": id}
// or {"kind": "new_case"}. A dialog without it is closed by the lock.
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
