#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QDialog;
class QWidget;

namespace casetrack {

// Typed work is not thrown away without asking. A dialog takes a snapshot of its inputs once it
// is filled (line and text editors, spin boxes, combo boxes, check boxes and radio buttons) and,
// in its reject() (Escape, the close button, Alt+F4, 取消), asks "discard?" when anything differs
// from it. Comparing values rather than listening to signals also covers editors a dialog builds
// later (the correction dialog's), and typing a value back to what it was counts as no change.
class UnsavedChanges
{
public:
    // Takes the snapshot: construct it at the end of the dialog's constructor, after loading.
    explicit UnsavedChanges(QDialog* dialog);

    // After a save that keeps the dialog open: the saved values are the new reference.
    void reset();
    bool any() const;
    // True when the dialog may close: nothing was typed, or the user chose to discard it.
    bool mayClose() const;

private:
    QHash<const QWidget*, QString> values() const;

    QPointer<QDialog> m_dialog;
    QHash<const QWidget*, QString> m_snapshot;
};

} // namespace casetrack
