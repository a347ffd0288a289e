// SPDX-License-Identifier: Apache-2.0
#include "packages/packagesignature.h"

#include "packages/packagewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Passerelle {

QByteArray PackageSignature::toJson() const
{
    return QJsonDocument(QJsonObject{{u"formatVersion"_s, FormatVersion},
                                     {u"algorithm"_s, u"ed25519"_s},
                                     {u"keyId"_s, keyId},
                                     {u"signature"_s, QString::fromLatin1(signature.toBase64())}})
        .toJson(QJsonDocument::Indented);
}

Expected<PackageSignature> PackageSignature::fromJson(const QByteArray &json)
{
    const auto invalid = [](const QString &what) {
        return Error{u"signature.json is not a valid package signature: %1. The package was altered; get a fresh "
                     "copy from its author."_s.arg(what)};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(u"it is not a JSON object"_s);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!QStringList{u"formatVersion"_s, u"algorithm"_s, u"keyId"_s, u"signature"_s}.contains(it.key()))
            return invalid(u"it has an unknown field \"%1\""_s.arg(it.key()));
    }
    if (o.value(u"formatVersion"_s).toInt(-1) != FormatVersion)
        return invalid(u"its formatVersion is not %1"_s.arg(FormatVersion));
    if (o.value(u"algorithm"_s).toString() != u"ed25519")
        return invalid(u"its algorithm is not \"ed25519\""_s);
    PackageSignature s;
    s.keyId = o.value(u"keyId"_s).toString();
    static const QRegularExpression keyIdPattern(u"^[0-9a-f]{16}$"_s);
    if (!keyIdPattern.match(s.keyId).hasMatch())
        return invalid(u"its keyId is not 16 hexadecimal digits"_s);
    const auto decoded = QByteArray::fromBase64Encoding(o.value(u"signature"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_BYTES || decoded.decoded.toBase64() != o.value(u"signature"_s).toString().toLatin1())
        return invalid(u"its signature is not 64 bytes in base64"_s);
    s.signature = decoded.decoded;
    return s;
}

PackageSignature PackageSignature::create(const QByteArray &manifestJson, const SigningKey &key)
{
    return {key.publicKey().keyId, key.sign(manifestJson)};
}

Expected<PublicKey> PackageSignature::verify(const QByteArray &manifestJson, const TrustedKeys &trusted) const
{
    if (!initialiseSodium())
        return Error{u"The cryptography library (libsodium) cannot start on this computer."_s};
    const PublicKey *key = trusted.find(keyId);
    if (!key)
        return Error{u"The package is signed with key %1, which is not among the trusted keys in %2. If you trust "
                     "its author, add their public key file (%1.pub or similar) to that folder."_s.arg(
                         keyId, QDir::toNativeSeparators(trusted.directory()))};
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(manifestJson.constData()),
                                    size_t(manifestJson.size()), reinterpret_cast<const unsigned char *>(key->key.constData()))
        != 0)
        return Error{u"The package's signature does not match its contents: the package was altered after key %1 "
                     "signed it. Do not install it; get a fresh copy from its author."_s.arg(keyId)};
    return *key;
}

Status signPackage(const QString &packagePath, const SigningKey &key, const PackageLimits &limits)
{
    // The files are extracted beside the package (same disk, usually plenty of room) and
    // written back with the same manifest bytes and the new signature.
    QTemporaryDir work(QFileInfo(packagePath).absoluteDir().filePath(u".sign-XXXXXX"_s));
    if (!work.isValid())
        return Error{u"Cannot create a working folder beside %1: %2."_s.arg(QDir::toNativeSeparators(packagePath), work.errorString())};
    auto contents = PackageReader(limits).read(packagePath, work.path());
    if (!contents)
        return contents.error();
    const PackageSignature signature = PackageSignature::create(contents->manifestJson, key);
    return PackageWriter::write(packagePath, contents->manifestJson, signature.toJson(), contents->manifest, work.path());
}

Expected<VerifiedPackage> verifyPackage(const QString &packagePath, const TrustedKeys &trusted, const PackageLimits &limits)
{
    auto contents = PackageReader(limits).read(packagePath);
    if (!contents)
        return contents.error();
    if (!contents->isSigned())
        return Error{u"%1 is not signed. Ask its author to sign it with \"passerelle-cli sign\"."_s.arg(QDir::toNativeSeparators(packagePath))};
    auto signature = PackageSignature::fromJson(contents->signatureJson);
    if (!signature)
        return signature.error();
    auto key = signature->verify(contents->manifestJson, trusted);
    if (!key)
        return key.error();
    return VerifiedPackage{std::move(contents).value(), std::move(key).value()};
}

} // namespace Passerelle
