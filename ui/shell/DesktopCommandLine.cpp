#include "shell/DesktopCommandLine.h"

#include "common/UiSettings.h"
#include "services/Session.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace casetrack {

namespace {

QString helpText()
{
    return QCoreApplication::translate("DesktopCommandLine",
                                       "用法：casetrack [选项]\n"
                                       "\n"
                                       "CaseTrack 桌面程序：打开上次使用的数据库；首次运行时打开设置向导。\n"
                                       "\n"
                                       "选项：\n"
                                       "  -h, --help     显示本帮助并退出\n"
                                       "  --version      显示版本并退出\n"
                                       "  另可使用 Qt 的通用选项，例如 -platform 名称、-style 名称。\n"
                                       "\n"
                                       "环境变量：\n"
                                       "  CASETRACK_DB   尚未记住数据库位置时打开的数据库文件（默认 %1）\n"
                                       "\n"
                                       "命令行程序见 casetrack-cli --help。\n")
        .arg(Session::defaultPath());
}

} // namespace

int answerDesktopOptions(int argc, char** argv)
{
    bool help = false;
    bool version = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            help = true;
        else if (std::strcmp(argv[i], "--version") == 0)
            version = true;
    }
    if (version) {
        std::fputs("casetrack " CASETRACK_VERSION "\n", stdout);
        return 0;
    }
    if (!help)
        return -1;
    // A core application only: the help is translated like the desktop, with no display needed.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseTrack"));
    installTranslations(UiSettings::language());
    std::fputs(helpText().toUtf8().constData(), stdout);
    return 0;
}

} // namespace casetrack
