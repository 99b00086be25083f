#include "TestSupport.h"

#include <QByteArray>

namespace casetrack::test {

QString sharedDir()
{
    return QString::fromLocal8Bit(qgetenv("CASETRACK_SHARED_DIR"));
}

} // namespace casetrack::test
