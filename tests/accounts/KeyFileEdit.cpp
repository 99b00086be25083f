#include "KeyFileEdit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace casetrack::test {

QJsonObject readKeyFile(const QString& dbPath)
{
    QFile file(dbPath + QStringLiteral(".keys"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeKeyFile(const QString& dbPath, const QJsonObject& root)
{
    QFile file(dbPath + QStringLiteral(".keys"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(root).toJson());
}

QJsonObject slotOf(const QJsonObject& root, const QString& user)
{
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        if (value.toObject().value(QStringLiteral("user")).toString() == user)
            return value.toObject();
    }
    return {};
}

QJsonObject withSlot(QJsonObject root, const QJsonObject& slot)
{
    QJsonArray slotList;
    bool replaced = false;
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const bool same =
            value.toObject().value(QStringLiteral("user")) == slot.value(QStringLiteral("user"));
        slotList.append(same ? slot : value.toObject());
        replaced = replaced || same;
    }
    if (!replaced)
        slotList.append(slot);
    root.insert(QStringLiteral("slots"), slotList);
    return root;
}

} // namespace casetrack::test
