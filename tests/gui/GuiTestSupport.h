#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QLineEdit;
class QWidget;

namespace casetrack {
class DesktopApp;
class Session;
} // namespace casetrack

namespace casetrack::test {

// QTest::keyClicks asserts on characters outside Latin-1; this types any text, key by key.
void typeText(QWidget* widget, const QString& text);
// Selects everything in `edit` and types `text` over it.
void replaceText(QLineEdit* edit, const QString& text);

// Isolates QSettings and QStandardPaths, selects the fast key derivation (tests only) and
// answers every message box, remembering its text in messages().
void setUpGuiTests();
QStringList& messages();

inline const QString kAdmin = QStringLiteral("管理员甲");
inline const QString kPassword = QStringLiteral("correct horse battery");

// A new database at `path` with kAdmin/kPassword (fast profile).
std::unique_ptr<Session> createDatabase(const QString& path);
// Drives the unlock dialog that `app` shows; true when the main window is up.
bool unlockThroughDialog(DesktopApp& app, const QString& user, const QString& password);

} // namespace casetrack::test
