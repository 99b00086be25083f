#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QVariant>

namespace casetrack {

// The property that tells the idle lock how to open a dialog again after unlock, so that what was
// typed into it survives the lock (shell/KeptDialogs.h): {"kind": "step", "case": id, "step": id},
// {"kind": "correction", "case": id, "seq": n}, {"kind": "fact_correction", "case": id} or
// {"kind": "new_case"}. A dialog without it is closed by the lock; the others of the desktop ask
// for a file, a purpose or a recipient, all quick to give again.
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
