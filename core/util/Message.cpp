#include "util/Message.h"

#include "util/TextCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace casetrack {

namespace {

// The placeholder at `i` (%1 … %99), its number, or 0 when there is none; `length` its length.
int placeholderAt(const QString& text, qsizetype i, qsizetype* length)
{
    if (text.at(i) != QLatin1Char('%') || i + 1 >= text.size() || !text.at(i + 1).isDigit())
        return 0;
    int number = text.at(i + 1).digitValue();
    *length = 2;
    if (i + 2 < text.size() && text.at(i + 2).isDigit()) {
        number = number * 10 + text.at(i + 2).digitValue();
        *length = 3;
    }
    return number;
}

// QString::arg(a, b, …) for a list known only at run time: the lowest placeholder present gets
// the first argument, the next lowest the second, in one pass.
QString substitute(const QString& text, const QStringList& args)
{
    QList<int> numbers;
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const int n = placeholderAt(text, i, &length); n > 0 && !numbers.contains(n))
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    QString result;
    result.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size();) {
        const int n = placeholderAt(text, i, &length);
        const qsizetype index = n > 0 ? numbers.indexOf(n) : -1;
        if (index >= 0 && index < args.size()) {
            result += args.at(index);
            i += length;
        } else {
            result += text.at(i++);
        }
    }
    return result;
}

} // namespace

Message::Message(const char* context, const char* source)
    : m_context(QByteArray::fromRawData(context, qsizetype(std::strlen(context)))),
      m_source(QByteArray::fromRawData(source, qsizetype(std::strlen(source)))), m_literal(true)
{}

Message Message::verbatim(const QString& text)
{
    Message m;
    m.m_verbatim = text;
    return m;
}

void Message::add(const QString& text)
{
    m_args.append({text, nullptr});
}

void Message::add(const Message& message)
{
    m_args.append({QString(), std::make_shared<const Message>(message)});
}

QString Message::toString() const
{
    if (m_source.isEmpty())
        return m_verbatim;
    // Literals are the same few dozen texts over and over (every list row's deadline): looked up
    // once per thread. Messages read back from storage own their text and are translated as such.
    const QString text = m_literal ? cachedTranslation(m_context.constData(), m_source.constData())
                                   : QCoreApplication::translate(m_context.constData(), m_source.constData());
    if (m_args.isEmpty())
        return text;
    QStringList args;
    args.reserve(m_args.size());
    for (const Arg& a : m_args)
        args.append(a.message ? a.message->toString() : a.text);
    return substitute(text, args);
}

bool Message::Arg::operator==(const Arg& other) const
{
    if (bool(message) != bool(other.message))
        return false;
    return message ? *message == *other.message : text == other.text;
}

bool Message::operator==(const Message& other) const
{
    return m_source == other.m_source && m_context == other.m_context && m_verbatim == other.m_verbatim &&
           m_args == other.m_args;
}

QJsonValue Message::toJson() const
{
    if (m_source.isEmpty())
        return m_verbatim;
    QJsonArray args;
    for (const Arg& a : m_args)
        args.append(a.message ? QJsonValue(a.message->toJson())
                              : QJsonValue(QJsonObject{{QStringLiteral("t"), a.text}}));
    QJsonObject o{{QStringLiteral("c"), QString::fromUtf8(m_context)},
                  {QStringLiteral("s"), QString::fromUtf8(m_source)}};
    if (!args.isEmpty())
        o.insert(QStringLiteral("a"), args);
    return o;
}

bool Message::fromJson(const QJsonValue& value, Message* out)
{
    if (value.isString()) {
        *out = verbatim(value.toString());
        return true;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue context = o.value(QLatin1String("c"));
    const QJsonValue source = o.value(QLatin1String("s"));
    if (!context.isString() || !source.isString() || source.toString().isEmpty())
        return false;
    Message m;
    m.m_context = context.toString().toUtf8();
    m.m_source = source.toString().toUtf8();
    for (const QJsonValue& a : o.value(QLatin1String("a")).toArray()) {
        const QJsonObject ao = a.toObject();
        if (ao.contains(QLatin1String("t")) && ao.value(QLatin1String("t")).isString()) {
            m.m_args.append({ao.value(QLatin1String("t")).toString(), nullptr});
            continue;
        }
        Message nested;
        if (!fromJson(a, &nested))
            return false;
        m.add(nested);
    }
    *out = std::move(m);
    return true;
}

namespace {

// encode(): tokens separated by U+001C. A message is "M<argument count>", its context, its
// source, then its arguments; a text argument is "T<text>"; a verbatim message "V<text>". A text
// that itself holds U+001C (nothing CaseTrack writes: input refuses control characters) makes the
// whole message JSON instead, after a "J".
constexpr char16_t kToken = 0x1c;
constexpr int kMaxDepth = 16;

} // namespace

bool Message::holdsSeparator() const
{
    if (m_verbatim.contains(QChar(kToken)) || m_source.contains(char(kToken)) ||
        m_context.contains(char(kToken)))
        return true;
    for (const Arg& a : m_args) {
        if (a.message ? a.message->holdsSeparator() : a.text.contains(QChar(kToken)))
            return true;
    }
    return false;
}

void Message::encodeInto(QString& out) const
{
    if (m_source.isEmpty()) {
        out += QLatin1Char('V');
        out += m_verbatim;
        return;
    }
    out += QLatin1Char('M');
    out += QString::number(m_args.size());
    out += QChar(kToken);
    out += QString::fromUtf8(m_context);
    out += QChar(kToken);
    out += QString::fromUtf8(m_source);
    for (const Arg& a : m_args) {
        out += QChar(kToken);
        if (a.message) {
            a.message->encodeInto(out);
        } else {
            out += QLatin1Char('T');
            out += a.text;
        }
    }
}

QString Message::encode() const
{
    if (holdsSeparator())
        return QLatin1Char('J') +
               QString::fromUtf8(QJsonDocument(QJsonArray{toJson()}).toJson(QJsonDocument::Compact));
    QString out;
    encodeInto(out);
    return out;
}

bool Message::decodeFrom(const QList<QStringView>& tokens, qsizetype& next, Message* out, int depth)
{
    if (next >= tokens.size() || depth > kMaxDepth)
        return false;
    const QStringView head = tokens.at(next++);
    if (head.startsWith(QLatin1Char('V'))) {
        *out = verbatim(head.mid(1).toString());
        return true;
    }
    bool ok = false;
    const int count = head.startsWith(QLatin1Char('M')) ? head.mid(1).toInt(&ok) : -1;
    if (!ok || count < 0 || next + 2 > tokens.size())
        return false;
    Message m;
    m.m_context = tokens.at(next++).toUtf8();
    m.m_source = tokens.at(next++).toUtf8();
    if (m.m_context.isEmpty() || m.m_source.isEmpty())
        return false;
    for (int i = 0; i < count; ++i) {
        if (next >= tokens.size())
            return false;
        if (tokens.at(next).startsWith(QLatin1Char('T'))) {
            m.add(tokens.at(next++).mid(1).toString());
            continue;
        }
        Message nested;
        if (!decodeFrom(tokens, next, &nested, depth + 1))
            return false;
        m.add(nested);
    }
    *out = std::move(m);
    return true;
}

QString decodedText(const QString& encoded)
{
    Message message;
    return Message::decode(encoded, &message) ? message.toString() : encoded;
}

bool Message::decode(const QString& encoded, Message* out)
{
    if (encoded.startsWith(QLatin1Char('J'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(encoded.mid(1).toUtf8());
        return doc.isArray() && doc.array().size() == 1 && fromJson(doc.array().at(0), out);
    }
    const QList<QStringView> tokens = QStringView(encoded).split(QChar(kToken));
    qsizetype next = 0;
    Message m;
    if (!decodeFrom(tokens, next, &m, 0) || next != tokens.size())
        return false;
    *out = std::move(m);
    return true;
}

} // namespace casetrack
