#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace casetrack {

// Nothing sensitive stays on the clipboard (issue 9): text copied out of CaseTrack (a name, a
// case number, a recovery key shown on screen) is cleared after `delay` (30 s), when the
// database locks and when the program ends — but only while the clipboard still holds what
// CaseTrack put there, so something the user copied in another program afterwards is left alone.
// "Put there by CaseTrack": the clipboard says this process owns it (X11, Windows), or it changed
// while a CaseTrack window had the focus (platforms that cannot tell owners apart).
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(std::chrono::milliseconds delay = std::chrono::seconds(30),
                            QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // Clears now what CaseTrack copied, if it is still there (lock, quit).
    void clearNow();
    bool isHolding() const { return !m_copied.isEmpty(); }

private:
    void clipboardChanged();

    QTimer m_timer;
    QString m_copied; // what CaseTrack put there; empty when nothing of its is there
};

} // namespace casetrack
