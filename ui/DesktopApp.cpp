#include "DesktopApp.h"

#include <QApplication>
#include <QMainWindow>

namespace casetrack {

int runDesktop(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}

} // namespace casetrack
