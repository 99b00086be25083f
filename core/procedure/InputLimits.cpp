#include "procedure/InputLimits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casetrack {

namespace {

bool isNameKey(const QString& key)
{
    return key == QLatin1String("name") || key.endsWith(QLatin1String("_name"));
}

bool isSingleLineKey(const QString& key)
{
    return isNameKey(key) || key.contains(QLatin1String("date")) || key == QLatin1String("id");
}

Error refuse(const QString& field, const QString& why)
{
    return Error::make(
        ErrorCode::Invalid,
        QCoreApplication::translate("InputLimits", "字段 %1 %2。请修改后重试。").arg(field, why));
}

Error checkText(const QString& field, const QString& key, const QString& text, bool multiLine)
{
    const bool singleLine = !multiLine || isSingleLineKey(key);
    const int limit = isNameKey(key) ? kMaxNameLength : singleLine ? kMaxLineLength : kMaxTextLength;
    if (text.size() > limit)
        return refuse(field, QCoreApplication::translate("InputLimits", "太长（%1 个字符，最多 %2 个）")
                                 .arg(text.size())
                                 .arg(limit));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029;
        if (!control)
            continue;
        if (!singleLine && (u == '\n' || u == '\t'))
            continue;
        return refuse(field, QCoreApplication::translate("InputLimits", "含有不允许的控制字符（U+%1）")
                                 .arg(u, 4, 16, QLatin1Char('0')));
    }
    return Error::ok();
}

Error checkValue(const QString& field, const QString& key, const QJsonValue& value, bool multiLine,
                 int depth);

Error checkObject(const QJsonObject& object, const QString& prefix, bool multiLine, int depth)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (Error error = checkText(field, QStringLiteral("name"), it.key(), false); error.isError())
            return error; // keys are names too
        if (Error error = checkValue(field, it.key(), it.value(), multiLine, depth + 1); error.isError())
            return error;
    }
    return Error::ok();
}

Error checkValue(const QString& field, const QString& key, const QJsonValue& value, bool multiLine, int depth)
{
    if (depth > 8)
        return refuse(field, QCoreApplication::translate("InputLimits", "嵌套太深"));
    if (value.isString())
        return checkText(field, key, value.toString(), multiLine);
    if (value.isObject())
        return checkObject(value.toObject(), field, multiLine, depth);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() > 1000)
            return refuse(field, QCoreApplication::translate("InputLimits", "条目太多（最多 1000 条）"));
        for (int i = 0; i < array.size(); ++i) {
            if (Error error =
                    checkValue(field + QStringLiteral("[%1]").arg(i), key, array.at(i), multiLine, depth + 1);
                error.isError())
                return error;
        }
    }
    return Error::ok();
}

} // namespace

Error checkCaseFactsInput(const QJsonObject& facts)
{
    return checkObject(facts, QString(), false, 0);
}

Error checkMultiLineInput(const QJsonObject& data, const QString& fieldPrefix)
{
    return checkObject(data, fieldPrefix, true, 0);
}

} // namespace casetrack
