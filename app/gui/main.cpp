#include "shell/DesktopApp.h"
#include "util/ProcessHardening.h"

int main(int argc, char** argv)
{
    casetrack::hardenProcess(); // before anything holds a secret
    return casetrack::runDesktop(argc, argv);
}
