#include "common/Prompt.h"

#include <QMessageBox>

namespace casetrack::prompt {

namespace {
Hook& hook()
{
    static Hook h;
    return h;
}

bool show(QWidget* parent, Kind kind, const QString& title, const QString& text)
{
    if (hook())
        return hook()(kind, title, text);
    switch (kind) {
    case Kind::Information:
        QMessageBox::information(parent, title, text);
        return true;
    case Kind::Warning:
        QMessageBox::warning(parent, title, text);
        return true;
    case Kind::Error:
        QMessageBox::critical(parent, title, text);
        return true;
    case Kind::Question:
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    }
    return false;
}
} // namespace

void setTestHook(Hook h)
{
    hook() = std::move(h);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::Information, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::Warning, title, text);
}

void error(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::Error, title, text);
}

bool question(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, Kind::Question, title, text);
}

} // namespace casetrack::prompt
