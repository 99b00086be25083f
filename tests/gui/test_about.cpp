// Help → 关于 CaseTrack and the application icon, offscreen: the dialog names the version, the
// licence and Qt, and carries the licence and third-party texts compiled into the program.
#include "GuiTestSupport.h"
#include "services/Session.h"
#include "shell/AboutDialog.h"
#include "shell/ApplicationIcon.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void dialogNamesVersionLicenceAndQt()
    {
        AboutDialog dialog;
        const auto text = [&](const char* name) {
            auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
            return label ? label->text() : QString();
        };
        QVERIFY(text("aboutVersion").contains(QStringLiteral(CASETRACK_VERSION)));
        QVERIFY(text("aboutLicence").contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text("aboutQtVersion").contains(QString::fromLatin1(qVersion())));
        QVERIFY(text("aboutQtVersion").contains(QStringLiteral(QT_VERSION_STR)));
    }

    void dialogCarriesLicenceAndNotices()
    {
        AboutDialog dialog;
        auto* notices = dialog.findChild<QPlainTextEdit*>(QStringLiteral("aboutNotices"));
        auto* licence = dialog.findChild<QPlainTextEdit*>(QStringLiteral("aboutLicenceText"));
        QVERIFY(notices && licence);
        QVERIFY(notices->isReadOnly() && licence->isReadOnly());
        // holiday-cn's MIT notice must travel with the program (its licence requires it).
        QVERIFY(notices->toPlainText().contains(QStringLiteral("holiday-cn")));
        QVERIFY(notices->toPlainText().contains(QStringLiteral("Copyright (c) 2019 NateScarlet")));
        QVERIFY(licence->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(licence->toPlainText().contains(QStringLiteral("Version 3, 29 June 2007")));
    }

    void iconHasEverySize()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 48, 64, 128, 256}) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
            QVERIFY(!icon.pixmap(size, size).isNull());
        }
    }

    void helpMenuOpensAboutOverTheMainWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("about.db"));
        QVERIFY(test::createDatabase(path));
        DesktopApp app;
        app.start(path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        MainWindow* window = app.mainWindow();
        auto* action = window->findChild<QAction*>(QStringLiteral("actionAbout"));
        QVERIFY(action);
        action->trigger();
        QPointer<AboutDialog> dialog = window->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), AboutDialog::tr("关于 CaseTrack"));
        dialog->reject();
        QTRY_VERIFY(!dialog); // deleted on close
    }

    void applicationSetUpSetsWindowIcon()
    {
        DesktopApp::setUpApplication();
        test::setUpGuiTests(); // setUpApplication renamed the application: isolate QSettings again
        QVERIFY(QApplication::windowIcon().availableSizes().contains(QSize(256, 256)));
        QCOMPARE(QGuiApplication::desktopFileName(), QLatin1String(kApplicationId));
    }
};

QTEST_MAIN(TestAbout)
#include "test_about.moc"
