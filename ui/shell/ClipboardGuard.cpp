#include "shell/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace casetrack {

ClipboardGuard::ClipboardGuard(std::chrono::milliseconds delay, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delay);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::clipboardChanged);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::clipboardChanged()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QString text = clipboard->text();
    const bool ours = clipboard->ownsClipboard() || QGuiApplication::focusWindow() != nullptr;
    if (!ours || text.isEmpty()) {
        // Another program's copy replaced ours: nothing of CaseTrack's is there to clear.
        m_copied.clear();
        m_timer.stop();
        return;
    }
    m_copied = text;
    m_timer.start(); // 30 s from the latest copy
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (m_copied.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied)
        clipboard->clear();  // its own dataChanged finds nothing to hold
    m_copied.fill(QChar(0)); // our copy of it goes too
    m_copied.clear();
}

} // namespace casetrack
