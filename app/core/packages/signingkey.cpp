// SPDX-License-Identifier: Apache-2.0
#include "packages/signingkey.h"

#include "packages/sha256.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

constexpr qint64 MaxKeyFileBytes = 4096;

Expected<QJsonObject> readKeyJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"The key file %1 cannot be read: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > MaxKeyFileBytes)
        return Error{u"%1 is too large to be a key file."_s.arg(QDir::toNativeSeparators(path))};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() || doc.object().value(u"algorithm"_s).toString() != u"ed25519")
        return Error{u"%1 is not a Passerelle key file (JSON with \"algorithm\": \"ed25519\"). Make keys with "
                     "\"passerelle-cli keygen\"."_s.arg(QDir::toNativeSeparators(path))};
    return doc.object();
}

Status writeNewFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    // NewOnly with permissions creates the file with them in one step: a secret key is never
    // readable by others, not even for an instant, and an existing key is never overwritten.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return Error{u"Cannot create %1: %2. If a key with this name exists, choose another name; an existing key "
                     "is never overwritten."_s.arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.write(data) != data.size() || !file.flush())
        return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

} // namespace

bool initialiseSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString PublicKey::idFor(const QByteArray &key)
{
    return QString::fromLatin1(Sha256::of(key).left(8).toHex());
}

QByteArray PublicKey::toJson() const
{
    return QJsonDocument(QJsonObject{{u"algorithm"_s, u"ed25519"_s},
                                     {u"keyId"_s, keyId},
                                     {u"publicKey"_s, QString::fromLatin1(key.toBase64())}})
        .toJson(QJsonDocument::Indented);
}

Expected<PublicKey> PublicKey::fromJson(const QByteArray &json, const QString &sourceName)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    PublicKey k;
    k.key = QByteArray::fromBase64(o.value(u"publicKey"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    k.keyId = idFor(k.key);
    k.file = sourceName;
    if (o.value(u"algorithm"_s).toString() != u"ed25519" || k.key.size() != crypto_sign_PUBLICKEYBYTES)
        return Error{u"%1 is not an Ed25519 public key file."_s.arg(sourceName)};
    if (o.value(u"keyId"_s).toString() != k.keyId)
        return Error{u"%1 names key %2, but its key has id %3: the file was edited."_s.arg(sourceName, o.value(u"keyId"_s).toString(), k.keyId)};
    return k;
}

Expected<PublicKey> PublicKey::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"The key file %1 cannot be read: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString())};
    return fromJson(file.read(MaxKeyFileBytes), QDir::toNativeSeparators(path));
}

SigningKey::~SigningKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

SigningKey::SigningKey(const SigningKey &other) : m_secret(other.m_secret), m_public(other.m_public)
{
    m_secret.detach();
}

SigningKey &SigningKey::operator=(const SigningKey &other)
{
    if (this != &other) {
        if (!m_secret.isEmpty())
            sodium_memzero(m_secret.data(), size_t(m_secret.size()));
        m_secret = other.m_secret;
        m_secret.detach();
        m_public = other.m_public;
    }
    return *this;
}

Expected<SigningKey> SigningKey::generate()
{
    if (!initialiseSodium())
        return Error{u"The cryptography library (libsodium) cannot start on this computer."_s};
    SigningKey k;
    k.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    k.m_public.key.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.m_public.key.data()),
                        reinterpret_cast<unsigned char *>(k.m_secret.data()));
    k.m_public.keyId = PublicKey::idFor(k.m_public.key);
    return k;
}

Expected<SigningKey> SigningKey::loadSecretKeyFile(const QString &path)
{
    if (!initialiseSodium())
        return Error{u"The cryptography library (libsodium) cannot start on this computer."_s};
    auto json = readKeyJson(path);
    if (!json)
        return json.error();
    SigningKey k;
    k.m_secret = QByteArray::fromBase64(json->value(u"secretKey"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (k.m_secret.size() != crypto_sign_SECRETKEYBYTES)
        return Error{u"%1 holds no secret key. Sign with the .key file \"passerelle-cli keygen\" made, not the .pub "
                     "file."_s.arg(QDir::toNativeSeparators(path))};
    k.m_public.key.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(k.m_public.key.data()),
                                 reinterpret_cast<const unsigned char *>(k.m_secret.constData()));
    k.m_public.keyId = PublicKey::idFor(k.m_public.key);
    k.m_public.file = path;
    return k;
}

Status SigningKey::saveFiles(const QString &basename) const
{
    const QString secretPath = basename + u".key"_s;
    const QString publicPath = basename + u".pub"_s;
    if (QFile::exists(secretPath) || QFile::exists(publicPath))
        return Error{u"%1 or %2 exists already; an existing key is never overwritten. Choose another name."_s.arg(
            QDir::toNativeSeparators(secretPath), QDir::toNativeSeparators(publicPath))};
    QByteArray secretJson = QJsonDocument(QJsonObject{{u"algorithm"_s, u"ed25519"_s},
                                                      {u"keyId"_s, m_public.keyId},
                                                      {u"secretKey"_s, QString::fromLatin1(m_secret.toBase64())}})
                                .toJson(QJsonDocument::Indented);
    const Status secret = writeNewFile(secretPath, secretJson, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    sodium_memzero(secretJson.data(), size_t(secretJson.size()));
    if (!secret)
        return secret;
    return writeNewFile(publicPath, m_public.toJson(),
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

TrustedKeys TrustedKeys::loadDirectory(const QString &directory)
{
    TrustedKeys trusted;
    trusted.m_directory = directory;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({u"*.pub"_s}, QDir::Files, QDir::Name)) {
        auto key = PublicKey::loadFile(dir.filePath(name));
        if (key)
            trusted.m_keys.append(*key);
        else
            trusted.m_problems.append(key.errorMessage());
    }
    return trusted;
}

const PublicKey *TrustedKeys::find(const QString &keyId) const
{
    for (const PublicKey &k : m_keys) {
        if (k.keyId == keyId)
            return &k;
    }
    return nullptr;
}

} // namespace Passerelle
