#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casetrack::test {

// One <message> of a Qt Linguist .ts file, as the translator left it.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one entry, or one per plural form
    bool numerus = false;
    bool finished = false; // no type="unfinished" / "vanished" / "obsolete", and not empty
};

// Reads every message of a .ts file; `error` is set (and the list empty) when it cannot be parsed.
QList<TsMessage> readTsFile(const QString& path, QString* error);

} // namespace casetrack::test
