#include "GuiTestSupport.h"

#include "common/Prompt.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "unlock/UnlockDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

namespace casetrack::test {

QStringList& messages()
{
    static QStringList list;
    return list;
}

void setUpGuiTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseTrackTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseTrackGuiTests"));
    // Settings of this process alone: ctest runs two test programs at once, and one saving the
    // idle-lock minutes or the language must not change what the other reads.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    qputenv("CASETRACK_ALLOW_TEST_KDF", "1");
    prompt::setTestHook([](prompt::Kind, const QString& title, const QString& text) {
        messages().append(title + QLatin1Char(':') + text);
        return true;
    });
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    typeText(edit, text);
}

std::unique_ptr<Session> createDatabase(const QString& path)
{
    QString key;
    auto created = Session::create(path, kAdmin, kPassword, KdfProfile::Fast, &key);
    if (!created.ok()) {
        qWarning("create failed: %s", qPrintable(created.error().message));
        return nullptr;
    }
    return created.take();
}

bool unlockThroughDialog(DesktopApp& app, const QString& user, const QString& password)
{
    UnlockDialog* dialog = app.unlockDialog();
    if (!dialog)
        return false;
    dialog->findChild<QComboBox*>(QStringLiteral("userName"))->setEditText(user);
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("password"));
    edit->clear();
    typeText(edit, password);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    return app.mainWindow() != nullptr;
}

} // namespace casetrack::test
