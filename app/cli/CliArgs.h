#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace casetrack {

// The parsed command line: the global options of cli.md (accepted anywhere), the command words
// and the command's own options. `--name value` and `--name=value` both work.
struct CliArgs
{
    QString db;
    QString user;
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList words; // command, sub-command, positional arguments
    QHash<QString, QString> options;
    QSet<QString> flags;
    QString error; // a usage error found while parsing

    static CliArgs parse(const QStringList& arguments);
    QString option(const QString& name) const { return options.value(name); }
    bool has(const QString& name) const { return options.contains(name) || flags.contains(name); }
    // The first option or flag not in `allowed`, or empty.
    QString unknownOption(const QStringList& allowed) const;
};

} // namespace casetrack
