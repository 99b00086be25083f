#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <type_traits>

namespace casetrack {

// A text for a person, kept as what to translate and what goes into it until somebody shows it
// (the idea of KDE's KLocalizedString). The engine derives a case's state for every case on
// every change; with messages it decides *what* to say (a step is missing, a deadline, a warning)
// and the desktop, the CLI and the documents say it in the language they show, when they show it.
// A state derived in one language is then not wrong in another, and stored summaries keep
// messages, not prose (storage/SummaryStore.cpp).
//
//     Message("ProcedureEngine", QT_TRANSLATE_NOOP("ProcedureEngine", "须先记录%1。")).arg(name)
//
// Arguments are other messages (translated with it), or texts and numbers put in as they are.
// Placeholders are replaced in one pass, as QString::arg(a, b, c) does: an argument containing
// "%1" stays as it is.
class Message
{
public:
    Message() = default;
    // `context` and `source`: string literals marked with QT_TRANSLATE_NOOP. Not copied.
    Message(const char* context, const char* source);
    // A text shown as it is, never translated (a user's own label, an id).
    static Message verbatim(const QString& text);

    template <typename... Args> Message& arg(const Args&... args) &
    {
        (add(args), ...);
        return *this;
    }
    template <typename... Args> Message&& arg(const Args&... args) &&
    {
        (add(args), ...);
        return std::move(*this);
    }

    // Translated into the application's current language, the arguments put in.
    QString toString() const;
    bool isEmpty() const { return m_source.isEmpty() && m_verbatim.isEmpty(); }

    bool operator==(const Message& other) const;
    bool operator!=(const Message& other) const { return !(*this == other); }

    // For storage: what to translate and the arguments, not the translation.
    QJsonValue toJson() const;
    // A Message from toJson(); false (and `out` untouched) for anything else.
    static bool fromJson(const QJsonValue& value, Message* out);

    // The same as one compact text, for the case summaries read 100,000 at a time: equal
    // messages give equal texts, so stored and derived summaries compare as texts.
    QString encode() const;
    // A Message from encode(); false (and `out` untouched) for anything else.
    static bool decode(const QString& encoded, Message* out);

private:
    struct Arg
    {
        QString text;                           // put in as it is, when `message` is null
        std::shared_ptr<const Message> message; // translated with the message
        bool operator==(const Arg& other) const;
    };

    bool holdsSeparator() const;
    void encodeInto(QString& out) const;
    static bool decodeFrom(const QList<QStringView>& tokens, qsizetype& next, Message* out, int depth);

    void add(const QString& text);
    void add(const Message& message);
    template <typename N, typename = std::enable_if_t<std::is_integral_v<N>>> void add(N number)
    {
        add(QString::number(qint64(number)));
    }

    QByteArray m_context;
    QByteArray m_source;
    QString m_verbatim;
    QList<Arg> m_args;
    bool m_literal = false; // m_context and m_source point at string literals
};

// The text of an encoded message (Message::encode) in the current language; a text that is not
// one (a summary written outside the app) is shown as it is.
QString decodedText(const QString& encoded);

} // namespace casetrack
