#pragma once

#include "crypto/SealedMemory.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace casetrack {

// What the idle lock keeps of the open dialogs (issue 12): the lock ends the session and with it
// every window that shows case data, so a dialog cannot stay; what was typed into it can. Before
// the window goes, keep() reads the inputs of every open dialog that says how to reopen it
// (common/Reopenable.h), encrypts them in memory (SealedMemory: a random key in guarded memory) and
// empties the widgets. After the same user unlocks, restore() reopens each dialog through the new
// window and puts the text back; for anyone else, discard() forgets it (the key is wiped).
class KeptDialogs
{
public:
    // Reads, encrypts and empties the inputs of every visible reopenable dialog under `window`,
    // and hides them. Returns how many were kept. `user`: who may have them back.
    int keep(QWidget* window, const QString& user);
    bool isEmpty() const { return m_sealed.isEmpty(); }
    QString user() const { return m_user; }

    // Reopens what was kept through `reopen` (the dialog, or null when it cannot be opened any
    // more: the case is gone, the step was recorded meanwhile by someone else) and refills its
    // inputs; then forgets it. Returns how many dialogs came back.
    int restore(const std::function<QDialog*(const QJsonObject& how)>& reopen);
    void discard();

private:
    SealedMemory m_sealed;
    QString m_user;
};

} // namespace casetrack
