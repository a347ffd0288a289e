// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Passerelle {

// A public key that can check package signatures, and the short id packages name it by.
struct PublicKey
{
    QByteArray key; // 32 bytes, Ed25519
    QString keyId;  // 16 hex digits: the start of the key's SHA-256
    QString file;   // where it was read from, for messages

    static QString idFor(const QByteArray &key);
    QByteArray toJson() const;
    static Expected<PublicKey> fromJson(const QByteArray &json, const QString &sourceName);
    static Expected<PublicKey> loadFile(const QString &path);
};

// An Ed25519 key pair that signs packages. Its secret half lives in a file only its owner
// can read (mode 0600) and is wiped from memory when the object goes.
class SigningKey
{
public:
    ~SigningKey();
    SigningKey(const SigningKey &other);
    SigningKey &operator=(const SigningKey &other);

    static Expected<SigningKey> generate();
    static Expected<SigningKey> loadSecretKeyFile(const QString &path);
    // Writes <basename>.key (secret, 0600) and <basename>.pub; refuses to overwrite either.
    Status saveFiles(const QString &basename) const;

    QByteArray sign(const QByteArray &message) const; // 64-byte detached signature
    const PublicKey &publicKey() const { return m_public; }

private:
    SigningKey() = default;
    QByteArray m_secret; // 64 bytes: seed and public key, as libsodium keeps them
    PublicKey m_public;
};

// The public keys this computer trusts: every *.pub file in a folder.
class TrustedKeys
{
public:
    // A missing folder trusts nothing; a key file that cannot be read is reported.
    static TrustedKeys loadDirectory(const QString &directory);

    const PublicKey *find(const QString &keyId) const;
    const QList<PublicKey> &keys() const { return m_keys; }
    QStringList problems() const { return m_problems; }
    QString directory() const { return m_directory; }

private:
    QList<PublicKey> m_keys;
    QStringList m_problems;
    QString m_directory;
};

// libsodium must be initialised once before use; false if this computer cannot run it.
bool initialiseSodium();

} // namespace Passerelle
