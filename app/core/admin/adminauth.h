// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace Passerelle {

class Database;

// The administrator's passphrase: an Argon2id hash (libsodium, interactive limits) kept in the
// progress database, set on first use, changed only by someone who knows the current one.
// After a wrong passphrase the next try is refused until a delay has passed, a delay that
// doubles with each failure in a row (1 s, 2 s, 4 s … up to 5 minutes). The count is kept in
// the database, so quitting the app does not reset it. Time comes from an injectable clock so
// tests can step over the delays instead of waiting.
class AdminAuth
{
public:
    static constexpr int MinimumLength = 8;
    static constexpr qint64 MaximumDelayMs = 5 * 60 * 1000;

    explicit AdminAuth(Database &db);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Whether a passphrase was set: until then the admin area asks for a new one.
    Expected<bool> isSet();
    // Sets the first passphrase; refused once one exists (use change()).
    Status setInitial(const QString &passphrase);
    // Checks a passphrase. A wrong one is an error saying so and how long to wait; a try
    // during the wait is refused without being checked, and does not lengthen it.
    Status unlock(const QString &passphrase);
    // Replaces the passphrase; the current one is checked as unlock() does.
    Status change(const QString &current, const QString &replacement);

    // How long the next try must wait (0 when it may go ahead now).
    Expected<qint64> waitMs();
    Expected<int> failedAttempts();
    // The wait after `failures` wrong passphrases in a row.
    static qint64 delayAfter(int failures);

private:
    Status checkStrength(const QString &passphrase) const;
    Expected<QString> hash(const QString &passphrase) const;

    Database &m_db;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Passerelle
