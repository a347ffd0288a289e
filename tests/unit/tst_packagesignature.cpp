// SPDX-License-Identifier: Apache-2.0
// Signing: key files, signatures over manifest.json, and tampering anywhere in a signed
// package failing verification and installation with a reason.
#include "packagetestsupport.h"

#include "packages/packageinstaller.h"
#include "packages/packagesignature.h"
#include "packages/packagewriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;
using namespace PackageTestSupport;

namespace {

QByteArray smallModuleJson()
{
    const QJsonObject page{{u"blocks"_s, QJsonArray{QJsonObject{{u"kind"_s, u"markdown"_s}, {u"text"_s, u"Bonjour"_s}}}}};
    const QJsonObject lesson{{u"id"_s, u"intro"_s}, {u"title"_s, u"Intro"_s}, {u"minutes"_s, 5}, {u"pages"_s, QJsonArray{page}}};
    const QJsonObject content{{u"title"_s, u"Démo"_s}, {u"lessons"_s, QJsonArray{lesson}}};
    return QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"id"_s, u"demo"_s}, {u"version"_s, u"1.0.0"_s},
                                     {u"languages"_s, QJsonArray{u"fr"_s}}, {u"minutes"_s, 5},
                                     {u"content"_s, QJsonObject{{u"fr"_s, content}}}})
        .toJson();
}

} // namespace

class TestPackageSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trusted;
    QString m_package; // signed by the trusted key

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A small module, so that every byte of its package can be flipped in turn.
    QString packSmall(const QString &name)
    {
        const QString source = path(u"src-"_s + name);
        if (!writeFile(source + u"/module.json"_s, smallModuleJson())
            || !writeFile(source + u"/media/photo.png"_s, noise(300, 7)))
            return {};
        auto package = PackageWriter::packCompiledModule(source, path(name));
        return package ? *package : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_trusted = path(u"trusted"_s);
        QVERIFY(QDir().mkpath(m_trusted));
        auto key = SigningKey::generate();
        QVERIFY(key);
        QVERIFY(key->saveFiles(path(u"author"_s)));
        QVERIFY(QFile::copy(path(u"author.pub"_s), m_trusted + u"/author.pub"_s));
        m_package = packSmall(u"demo-1.0.0.ptm"_s);
        QVERIFY(!m_package.isEmpty());
        auto secret = SigningKey::loadSecretKeyFile(path(u"author.key"_s));
        QVERIFY2(secret, qPrintable(secret.errorMessage()));
        QVERIFY(signPackage(m_package, *secret));
    }

    void keyFilesAreWrittenSafely()
    {
        QCOMPARE(QFile::permissions(path(u"author.key"_s)), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(QFile::permissions(path(u"author.pub"_s)) & QFileDevice::ReadOther);
        auto pub = PublicKey::loadFile(path(u"author.pub"_s));
        QVERIFY2(pub, qPrintable(pub.errorMessage()));
        QCOMPARE(pub->keyId.size(), 16);
        QVERIFY(!readFile(path(u"author.pub"_s)).contains("secret"));
        // The secret key matches the public one.
        QCOMPARE(SigningKey::loadSecretKeyFile(path(u"author.key"_s))->publicKey().keyId, pub->keyId);
        // An existing key is never overwritten.
        auto other = SigningKey::generate();
        QVERIFY(other);
        const QByteArray before = readFile(path(u"author.key"_s));
        auto overwrite = other->saveFiles(path(u"author"_s));
        QVERIFY(!overwrite);
        QVERIFY(overwrite.errorMessage().contains(u"never overwritten"_s));
        QCOMPARE(readFile(path(u"author.key"_s)), before);
        // The public key file is not a secret key.
        auto wrongFile = SigningKey::loadSecretKeyFile(path(u"author.pub"_s));
        QVERIFY(!wrongFile);
        QVERIFY(wrongFile.errorMessage().contains(u"holds no secret key"_s));
    }

    void goodSignatureVerifies()
    {
        auto verified = verifyPackage(m_package, TrustedKeys::loadDirectory(m_trusted));
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QCOMPARE(verified->signer.keyId, PublicKey::loadFile(path(u"author.pub"_s))->keyId);
        QCOMPARE(verified->contents.manifest.id, u"demo"_s);

        // Signing is reproducible too: Ed25519 signatures are deterministic.
        const QString again = packSmall(u"again.ptm"_s);
        QVERIFY(signPackage(again, *SigningKey::loadSecretKeyFile(path(u"author.key"_s))));
        QVERIFY(readFile(again) == readFile(m_package));

        auto unsignedPackage = verifyPackage(packSmall(u"unsigned.ptm"_s), TrustedKeys::loadDirectory(m_trusted));
        QVERIFY(!unsignedPackage);
        QVERIFY(unsignedPackage.errorMessage().contains(u"is not signed"_s));
    }

    void unknownKeyFails()
    {
        const QString stranger = packSmall(u"stranger.ptm"_s);
        QVERIFY(signPackage(stranger, *SigningKey::generate()));
        auto verified = verifyPackage(stranger, TrustedKeys::loadDirectory(m_trusted));
        QVERIFY(!verified);
        QVERIFY2(verified.errorMessage().contains(u"which is not among the trusted keys"_s), qPrintable(verified.errorMessage()));

        // Installed only as "not trusted" by default, refused when signatures are required.
        InstallOptions options;
        options.trustedKeysDir = m_trusted;
        auto lenient = PackageInstaller(path(u"stranger/a"_s)).install(stranger, options);
        QVERIFY2(lenient, qPrintable(lenient.errorMessage()));
        QVERIFY(lenient->module.isSigned && !lenient->module.trusted);
        QVERIFY(lenient->message.contains(u"which is not trusted here"_s));
        options.requireSignature = true;
        auto strict = PackageInstaller(path(u"stranger/b"_s)).install(stranger, options);
        QVERIFY(!strict);
        QVERIFY(strict.errorMessage().contains(u"not among the trusted keys"_s));
        auto unsignedPackage = PackageInstaller(path(u"stranger/c"_s)).install(packSmall(u"unsigned2.ptm"_s), options);
        QVERIFY(!unsignedPackage);
        QVERIFY(unsignedPackage.errorMessage().contains(u"is not signed, and this computer installs only packages signed"_s));
        auto trusted = PackageInstaller(path(u"stranger/d"_s)).install(m_package, options);
        QVERIFY2(trusted, qPrintable(trusted.errorMessage()));
        QVERIFY(trusted->module.trusted);
        QVERIFY(PackageInstaller(path(u"stranger/d"_s)).current(u"demo"_s)->trusted);
    }

    void aSignatureByOneKeyClaimingAnotherFails()
    {
        // A signature made with another key but naming the trusted key's id.
        auto contents = PackageReader().read(m_package);
        QVERIFY(contents);
        PackageSignature forged = PackageSignature::create(contents->manifestJson, *SigningKey::generate());
        forged.keyId = PublicKey::loadFile(path(u"author.pub"_s))->keyId;
        const QString forgedPath = path(u"forged.ptm"_s);
        QVERIFY(QFile::copy(m_package, forgedPath));
        QVERIFY(addSignatureEntry(forgedPath, forged.toJson()));
        auto verified = verifyPackage(forgedPath, TrustedKeys::loadDirectory(m_trusted));
        QVERIFY(!verified);
        QVERIFY2(verified.errorMessage().contains(u"signature does not match its contents"_s), qPrintable(verified.errorMessage()));
    }

    void aFlippedByteAnywhereFailsVerifyAndInstall()
    {
        const QByteArray good = readFile(m_package);
        QVERIFY(good.size() > 1000);
        QElapsedTimer timer;
        timer.start();
        const TrustedKeys trusted = TrustedKeys::loadDirectory(m_trusted);
        const QString tampered = path(u"tampered.ptm"_s);
        const QStringList reasons{u"damaged or was altered"_s, u"signature does not match"_s,
                                  u"not a valid package signature"_s, u"not a valid package manifest"_s,
                                  u"was refused"_s, u"newer than this Passerelle"_s};
        const auto explained = [&](const QString &message) {
            return std::any_of(reasons.cbegin(), reasons.cend(), [&](const QString &r) { return message.contains(r); });
        };
        InstallOptions options;
        options.trustedKeysDir = m_trusted;
        const QString root = path(u"tamper/modules"_s);
        for (qsizetype offset = 0; offset < good.size(); ++offset) {
            for (const char mask : {char(0x01), char(0x80)}) {
                QByteArray bad = good;
                bad[offset] = char(bad[offset] ^ mask);
                QVERIFY(writeFile(tampered, bad));
                auto verified = verifyPackage(tampered, trusted);
                QVERIFY2(!verified, qPrintable(u"a flip at byte %1 of %2 went unnoticed"_s.arg(offset).arg(good.size())));
                QVERIFY2(explained(verified.errorMessage()), qPrintable(u"byte %1: %2"_s.arg(offset).arg(verified.errorMessage())));
                // Installing takes longer: try every 8th byte.
                if (offset % 8 == 0 && mask == 0x01) {
                    auto installed = PackageInstaller(root).install(tampered, options);
                    QVERIFY2(!installed, qPrintable(u"a flip at byte %1 was installed"_s.arg(offset)));
                    QVERIFY2(explained(installed.errorMessage()), qPrintable(u"byte %1: %2"_s.arg(offset).arg(installed.errorMessage())));
                }
            }
        }
        QVERIFY(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        qInfo("%lld bytes flipped twice each in %lld ms", qint64(good.size()), timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPackageSignature)
#include "tst_packagesignature.moc"
