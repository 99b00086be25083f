// casetrack_screenshots DIR: builds a demo database in a temporary folder, shows each main screen
// of the desktop offscreen and saves it as a PNG in DIR (scripts/screenshots). A tool for the
// developers, never shipped: the product carries no demo data.
#include "ScreenshotTour.h"
#include "shell/DesktopApp.h"

#include <QApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    casetrack::DesktopApp::setUpApplication();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        fprintf(stderr, "usage: casetrack_screenshots DIR\n");
        return 2;
    }
    return casetrack::runScreenshotTour(args.at(1));
}
