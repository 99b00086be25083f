#include "shell/DesktopApp.h"

int main(int argc, char** argv)
{
    return casetrack::runDesktop(argc, argv);
}
