#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace casetrack {

// The outcome classes of the command-line contract (../shared/spec/cli.md). The numeric values
// are the CLI's exit codes; the desktop shows the message and never exits.
enum class ErrorCode
{
    Ok = 0,
    Usage = 2,
    Auth = 3,
    Refused = 4,
    Invalid = 5,
    Unavailable = 6,
    Tampered = 7,
};

// "ok", "usage", "auth", ... as the JSON error objects name them.
QString errorCodeName(ErrorCode code);

// A failure that a user can act on: what is wrong and what to do, and the article when a rule
// of the regulation refused.
struct [[nodiscard]] Error
{
    ErrorCode code = ErrorCode::Ok;
    QString message;
    QString article;

    bool isError() const { return code != ErrorCode::Ok; }

    static Error ok() { return {}; }
    static Error make(ErrorCode code, QString message, QString article = {})
    {
        return Error{code, std::move(message), std::move(article)};
    }
};

// A value or the error that prevented it.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const Error& error() const { return m_error; }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T take() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace casetrack
