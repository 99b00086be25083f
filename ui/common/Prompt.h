#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace casetrack {

// Every message box of the desktop goes through here, so that a test can answer it instead of a
// person (a modal QMessageBox would block an offscreen test forever).
namespace prompt {

enum class Kind
{
    Information,
    Warning,
    Error,
    Question
};

// A test installs a hook: it receives the kind, title and text and returns the answer to a
// question (ignored for the others). While a hook is installed no box is shown.
using Hook = std::function<bool(Kind kind, const QString& title, const QString& text)>;
void setTestHook(Hook hook);

void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);
void error(QWidget* parent, const QString& title, const QString& text);
// Yes/No; true for yes.
bool question(QWidget* parent, const QString& title, const QString& text);

} // namespace prompt
} // namespace casetrack
