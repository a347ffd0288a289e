// SPDX-License-Identifier: Apache-2.0
#include "packages/packagesignature.h"

#include "packages/ziplayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

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
    // Only the canonical bytes are accepted, so that no byte of the entry can change unnoticed.
    if (s.toJson() != json)
        return invalid(u"it is not written in the canonical form \"passerelle-cli sign\" writes"_s);
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
    auto contents = PackageReader(limits).read(packagePath);
    if (!contents)
        return contents.error();
    return addSignatureEntry(packagePath, PackageSignature::create(contents->manifestJson, key).toJson(), limits);
}

Status addSignatureEntry(const QString &packagePath, const QByteArray &signatureJson, const PackageLimits &limits)
{
    QFile in(packagePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error{u"%1 cannot be read: %2."_s.arg(QDir::toNativeSeparators(packagePath), in.errorString())};
    auto records = readZipDirectory(in, limits.maxEntries);
    if (!records)
        return records.error();
    QList<ZipEntryRecord> keep = *records;
    if (!keep.isEmpty() && keep.constLast().name == "signature.json")
        keep.removeLast();
    QSaveFile out(packagePath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(packagePath), out.errorString())};
    const Status written = writeZipWithStoredEntry(in, keep, "signature.json", signatureJson, out);
    if (!written) {
        out.cancelWriting();
        return written;
    }
    if (!out.commit())
        return Error{u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(packagePath), out.errorString())};
    return success();
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
