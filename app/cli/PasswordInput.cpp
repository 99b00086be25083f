#include "cli/PasswordInput.h"

#include "crypto/SecureBytes.h"

#include <QCoreApplication>

#include <utility>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace casetrack {

QString PasswordInput::readLine()
{
    if (!m_io.in)
        return {};
    QByteArray line = m_io.in->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    wipe(line); // it may be a password
    return text;
}

QString PasswordInput::promptHidden(const QString& prompt)
{
    m_io.err->write(prompt.toUtf8());
#ifdef Q_OS_UNIX
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString line = readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#else
    const QString line = readLine();
#endif
    m_io.err->write("\n");
    return line;
}

QString PasswordInput::current(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("CASETRACK_PASSWORD"))
        return QString::fromUtf8(qgetenv("CASETRACK_PASSWORD"));
    if (m_hasFirstLine) {
        m_hasFirstLine = false;
        return std::exchange(m_firstLine, QString());
    }
    return m_io.interactive ? promptHidden(prompt) : readLine();
}

void PasswordInput::takeFirstLineIfNeeded()
{
    if (!qEnvironmentVariableIsSet("CASETRACK_PASSWORD") && !m_io.interactive && !m_hasFirstLine) {
        m_firstLine = readLine();
        m_hasFirstLine = true;
    }
}

QString PasswordInput::fresh(const QString& prompt, const char* environmentVariable)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return QString::fromUtf8(qgetenv(environmentVariable));
    if (!m_io.interactive)
        return readLine();
    QString first = promptHidden(prompt);
    QString second = promptHidden(QCoreApplication::translate("Cli", "再次输入以确认："));
    const bool same = first == second;
    wipe(second);
    if (!same)
        wipe(first);
    return first;
}

} // namespace casetrack
