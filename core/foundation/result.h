// Result<T>: the value of a core operation or the reason it failed, as a message the UI can
// show as it is. Core never throws across its API and never shows a dialog; callers decide.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace iotdesk::core {

enum class ErrorCode
{
    Failed,       // a database or file operation failed
    Invalid,      // the input breaks a rule; nothing was changed
    NotFound,     // no such record
    Ambiguous,    // the input names more than one record
    NotADatabase, // the file is not an SQLite database at all
    Damaged,      // the file is an SQLite database but fails its checks
    TooNew,       // the file was written by a newer version of IoT Desk
    Foreign,      // an SQLite database of another application
    Forbidden,    // the team database does not let the user's role do this
    LoginRefused, // the team database did not accept the user and password
    Conflict,     // someone else changed the record since it was read; nothing was changed
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }

private:
    ErrorCode m_code = ErrorCode::Failed;
    QString m_message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // By value: a reference into a temporary Result would dangle (e.g. in a range-for).
    T value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }
    QString message() const { return ok() ? QString() : error().message(); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message(); }

private:
    std::optional<Error> m_error;
};

} // namespace iotdesk::core
