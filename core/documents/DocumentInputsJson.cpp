#include "documents/DocumentInputsJson.h"

#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casetrack {

namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

} // namespace

Result<DocumentInputs> documentInputsFromJson(const QJsonObject& json)
{
    DocumentInputs in;
    const QStringList known{QStringLiteral("violation_facts"), QStringLiteral("basis"),
                            QStringLiteral("sequence"),        QStringLiteral("issue_date"),
                            QStringLiteral("printing_date"),   QStringLiteral("main_recipient"),
                            QStringLiteral("copy_to"),         QStringLiteral("materials"),
                            QStringLiteral("announced_on"),    QStringLiteral("announce_place"),
                            QStringLiteral("announcer"),       QStringLiteral("attendees"),
                            QStringLiteral("recorder"),        QStringLiteral("subject_statement")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::make(ErrorCode::Invalid, QCoreApplication::translate(
                                                       "Documents", "文书信息中没有字段 %1。可用字段：%2。")
                                                       .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    auto strings = [&](const QString& key) {
        QStringList list;
        for (const QJsonValue& v : json.value(key).toArray())
            list.append(v.toString());
        return list;
    };
    auto date = [&](const QString& key, QDate* out) {
        if (!json.contains(key))
            return true;
        *out = parseIsoDate(json.value(key).toString());
        return out->isValid();
    };
    in.violationFacts = strings(QStringLiteral("violation_facts"));
    in.materials = strings(QStringLiteral("materials"));
    in.basis = json.value(QStringLiteral("basis")).toString();
    in.sequence = json.value(QStringLiteral("sequence")).toInt();
    in.mainRecipient = json.value(QStringLiteral("main_recipient")).toString();
    in.copyTo = json.value(QStringLiteral("copy_to")).toString();
    in.announcePlace = json.value(QStringLiteral("announce_place")).toString();
    in.announcer = json.value(QStringLiteral("announcer")).toString();
    in.attendees = json.value(QStringLiteral("attendees")).toString();
    in.recorder = json.value(QStringLiteral("recorder")).toString();
    in.subjectStatement = json.value(QStringLiteral("subject_statement")).toString();
    if (!date(QStringLiteral("issue_date"), &in.issueDate) ||
        !date(QStringLiteral("printing_date"), &in.printingDate) ||
        !date(QStringLiteral("announced_on"), &in.announcedOn))
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Documents", "文书信息中的日期须写成 YYYY-MM-DD。"));
    return in;
}

QJsonObject documentInputsToJson(const DocumentInputs& in)
{
    QJsonObject json;
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    if (!in.violationFacts.isEmpty())
        json.insert(QStringLiteral("violation_facts"), toArray(in.violationFacts));
    if (!in.materials.isEmpty())
        json.insert(QStringLiteral("materials"), toArray(in.materials));
    if (in.sequence > 0)
        json.insert(QStringLiteral("sequence"), in.sequence);
    put("basis", in.basis);
    put("issue_date", isoDate(in.issueDate));
    put("printing_date", isoDate(in.printingDate));
    put("main_recipient", in.mainRecipient);
    put("copy_to", in.copyTo);
    put("announced_on", isoDate(in.announcedOn));
    put("announce_place", in.announcePlace);
    put("announcer", in.announcer);
    put("attendees", in.attendees);
    put("recorder", in.recorder);
    put("subject_statement", in.subjectStatement);
    return json;
}

} // namespace casetrack
