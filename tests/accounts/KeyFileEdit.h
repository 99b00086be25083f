#pragma once

#include <QJsonObject>
#include <QString>

// Reads and rewrites "<db>.keys" as JSON, the way someone with a text editor would.
namespace casetrack::test {

QJsonObject readKeyFile(const QString& dbPath);
void writeKeyFile(const QString& dbPath, const QJsonObject& root);
QJsonObject slotOf(const QJsonObject& root, const QString& user);
QJsonObject withSlot(QJsonObject root, const QJsonObject& slot); // replaces the slot of slot["user"]

} // namespace casetrack::test
