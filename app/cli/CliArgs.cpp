#include "cli/CliArgs.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

// Options that stand alone; every other --option takes a value.
const QStringList kFlags{QStringLiteral("overdue"),  QStringLiteral("json"),
                         QStringLiteral("help"),     QStringLiteral("version"),
                         QStringLiteral("no-rekey"), QStringLiteral("include-names"),
                         QStringLiteral("repair"),   QStringLiteral("all")};

} // namespace

CliArgs CliArgs::parse(const QStringList& arguments)
{
    CliArgs args;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            if (arg == QLatin1String("-h"))
                args.help = true;
            else
                args.words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (kFlags.contains(name)) {
            if (name == QLatin1String("json"))
                args.json = true;
            else if (name == QLatin1String("help"))
                args.help = true;
            else if (name == QLatin1String("version"))
                args.version = true;
            else
                args.flags.insert(name);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                args.error = QCoreApplication::translate("Cli", "选项 --%1 缺少取值。").arg(name);
                continue;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("db"))
            args.db = value;
        else if (name == QLatin1String("user"))
            args.user = value;
        else
            args.options.insert(name, value);
    }
    return args;
}

QString CliArgs::unknownOption(const QStringList& allowed) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    for (const QString& flag : flags) {
        if (!allowed.contains(flag))
            return flag;
    }
    return {};
}

} // namespace casetrack
