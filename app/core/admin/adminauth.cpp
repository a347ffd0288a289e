// SPDX-License-Identifier: Apache-2.0
#include "admin/adminauth.h"

#include "progress/database.h"

#include <sodium.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

Status sodiumReady()
{
    // sodium_init() is safe to call again; it returns 1 when already initialised.
    if (sodium_init() < 0)
        return Error{u"The cryptography library (libsodium) could not start, so the admin passphrase cannot be "
                     "checked."_s};
    return success();
}

QString secondsText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return seconds == 1 ? u"1 second"_s : u"%1 seconds"_s.arg(seconds);
}

} // namespace

AdminAuth::AdminAuth(Database &db)
    : m_db(db)
{}

qint64 AdminAuth::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    const int doublings = std::min(failures - 1, 20);
    return std::min<qint64>(qint64(1000) << doublings, MaximumDelayMs);
}

Expected<bool> AdminAuth::isSet()
{
    auto q = m_db.exec(u"SELECT count(*) FROM admin_passphrase"_s);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt() > 0;
}

Status AdminAuth::checkStrength(const QString &passphrase) const
{
    if (passphrase.size() < MinimumLength)
        return Error{u"The admin passphrase needs at least %1 characters; a few words are easier to remember "
                     "than a short password."_s.arg(MinimumLength)};
    if (passphrase.toUtf8().size() > 1024)
        return Error{u"The admin passphrase can have at most 1024 bytes."_s};
    return success();
}

Expected<QString> AdminAuth::hash(const QString &passphrase) const
{
    if (Status s = sodiumReady(); !s)
        return s.error();
    const QByteArray utf8 = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{u"Hashing the admin passphrase ran out of memory (Argon2id needs 64 MiB); close other "
                     "programs and try again."_s};
    return QString::fromLatin1(out);
}

Status AdminAuth::setInitial(const QString &passphrase)
{
    auto set = isSet();
    if (!set)
        return set.error();
    if (*set)
        return Error{u"An admin passphrase is already set; change it with the current one."_s};
    if (Status s = checkStrength(passphrase); !s)
        return s;
    auto hashed = hash(passphrase);
    if (!hashed)
        return hashed.error();
    // INSERT without OR REPLACE: if another process set one meanwhile, this fails on the key.
    auto q = m_db.exec(u"INSERT INTO admin_passphrase(id, hash, failed_attempts, changed_at_ms) VALUES (1, ?, 0, ?)"_s,
                       {*hashed, m_clock().toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return success();
}

Expected<int> AdminAuth::failedAttempts()
{
    auto q = m_db.exec(u"SELECT failed_attempts FROM admin_passphrase WHERE id = 1"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<qint64> AdminAuth::waitMs()
{
    auto q = m_db.exec(u"SELECT failed_attempts, last_failure_ms FROM admin_passphrase WHERE id = 1"_s);
    if (!q)
        return q.error();
    if (!q->next() || q->value(1).isNull())
        return qint64(0);
    const qint64 until = q->value(1).toLongLong() + delayAfter(q->value(0).toInt());
    return std::max<qint64>(0, until - m_clock().toMSecsSinceEpoch());
}

Status AdminAuth::unlock(const QString &passphrase)
{
    if (Status s = sodiumReady(); !s)
        return s;
    auto wait = waitMs();
    if (!wait)
        return wait.error();
    if (*wait > 0)
        return Error{u"Too many wrong passphrases: wait %1 before trying again."_s.arg(secondsText(*wait))};
    auto q = m_db.exec(u"SELECT hash FROM admin_passphrase WHERE id = 1"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{u"No admin passphrase is set yet: set one first."_s};
    const QByteArray stored = q->value(0).toString().toLatin1();
    const QByteArray utf8 = passphrase.toUtf8();
    const bool right = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                                static_cast<unsigned long long>(utf8.size())) == 0;
    if (right) {
        if (auto reset =
                m_db.exec(u"UPDATE admin_passphrase SET failed_attempts = 0, last_failure_ms = NULL WHERE id = 1"_s);
            !reset)
            return reset.error();
        return success();
    }
    auto failed = m_db.exec(
        u"UPDATE admin_passphrase SET failed_attempts = failed_attempts + 1, last_failure_ms = ? WHERE id = 1 RETURNING failed_attempts"_s,
        {m_clock().toMSecsSinceEpoch()});
    if (!failed)
        return failed.error();
    const int failures = failed->next() ? failed->value(0).toInt() : 1;
    return Error{
        u"That is not the admin passphrase. You can try again in %1."_s.arg(secondsText(delayAfter(failures)))};
}

Status AdminAuth::change(const QString &current, const QString &replacement)
{
    if (Status s = checkStrength(replacement); !s)
        return s;
    if (Status s = unlock(current); !s)
        return s;
    auto hashed = hash(replacement);
    if (!hashed)
        return hashed.error();
    auto q = m_db.exec(
        u"UPDATE admin_passphrase SET hash = ?, changed_at_ms = ?, failed_attempts = 0, last_failure_ms = NULL WHERE id = 1"_s,
        {*hashed, m_clock().toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return success();
}

} // namespace Passerelle
