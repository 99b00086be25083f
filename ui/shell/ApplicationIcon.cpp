#include "shell/ApplicationIcon.h"

namespace casetrack {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/casetrack-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace casetrack
