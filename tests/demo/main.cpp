// casetrack_screenshots DIR [--size WxH] [--language zh_CN|en]: builds a demo database in a temporary folder,
// shows each main screen of the desktop offscreen and saves it as a PNG in DIR (scripts/screenshots). A tool
// for the developers, never shipped: the product carries no demo data.
#include "ScreenshotTour.h"
#include "common/UiSettings.h"
#include "shell/DesktopApp.h"

#include <QApplication>
#include <QSize>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QSize size(1360, 820);
    QString language = QStringLiteral("zh_CN");
    QString directory;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--size") && !args.isEmpty()) {
            const QStringList parts = args.takeFirst().split(QLatin1Char('x'));
            size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        } else if (arg == QLatin1String("--language") && !args.isEmpty()) {
            language = args.takeFirst();
        } else if (directory.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            directory = arg;
        } else {
            directory.clear();
            break;
        }
    }
    if (directory.isEmpty() || size.width() < 640 || size.height() < 480) {
        fprintf(stderr, "usage: casetrack_screenshots DIR [--size WxH] [--language zh_CN|en]\n");
        return 2;
    }
    // Settings live in the throw-away XDG_CONFIG_HOME that scripts/screenshots provides.
    // (the names first: they choose the settings file).
    QCoreApplication::setOrganizationName(QStringLiteral("CaseTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseTrack"));
    casetrack::UiSettings::setLanguage(language);
    casetrack::DesktopApp::setUpApplication();
    return casetrack::runScreenshotTour(directory, size);
}
