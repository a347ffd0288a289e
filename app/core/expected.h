// SPDX-License-Identifier: Apache-2.0
#pragma once

// A value or the reason there is none. The core returns these instead of throwing, so every
// caller has to decide what the user sees when something fails.

#include <QString>

#include <utility>
#include <variant>

namespace Passerelle {

// A failure the user can act on: what went wrong and where, in one or more sentences.
struct Error
{
    QString message;
};

template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing on success.
struct Done
{
};
using Status = Expected<Done>;
inline Status success() { return Done{}; }

} // namespace Passerelle
