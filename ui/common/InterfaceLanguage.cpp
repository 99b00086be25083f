#include "common/InterfaceLanguage.h"

#include <QCoreApplication>

namespace casetrack {

namespace {
struct InterfaceLanguageTr
{
    Q_DECLARE_TR_FUNCTIONS(InterfaceLanguage)
};
} // namespace

bool englishInterface()
{
    //: The name of the interface's language; the English translation says "English".
    return InterfaceLanguageTr::tr("中文") == QLatin1String("English");
}

} // namespace casetrack
