// SPDX-License-Identifier: Apache-2.0
// The real passerelle-cli, as a trainer and an administrator would run it:
// keygen -> pack -> sign -> verify -> install -> list -> uninstall, reading --json output.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestE2ePackages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(qEnvironmentVariable("PASSERELLE_BIN_DIR") + u"/passerelle-cli"_s, arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void keygenPackSignVerifyInstallListUninstall()
    {
        QVERIFY(m_dir.isValid());
        const Run keygen = cli({u"keygen"_s, u"--out"_s, path(u"trainer"_s), u"--json"_s});
        QCOMPARE(keygen.exitCode, 0);
        const QString keyId = keygen.json()[u"keyId"_s].toString();
        QCOMPARE(keyId.size(), 16);
        QVERIFY(QDir().mkpath(path(u"trusted"_s)));
        QVERIFY(QFile::copy(path(u"trainer.pub"_s), path(u"trusted/trainer.pub"_s)));

        const QString module = qEnvironmentVariable("PASSERELLE_MODULES_DIR") + u"/getting-started"_s;
        const Run pack = cli({u"pack"_s, module, u"-o"_s, path(u"out"_s) + u'/', u"--json"_s});
        QCOMPARE(pack.exitCode, 0);
        const QString package = pack.json()[u"package"_s].toString();
        QCOMPARE(QFileInfo(package).fileName(), u"getting-started-1.0.0.ptm"_s);
        // Packing again gives the same bytes.
        const Run again = cli({u"pack"_s, module, u"-o"_s, path(u"again.ptm"_s), u"--json"_s});
        QCOMPARE(again.json()[u"sha256"_s], pack.json()[u"sha256"_s]);

        const Run unsignedVerify = cli({u"verify"_s, package, u"--trusted"_s, path(u"trusted"_s), u"--json"_s});
        QCOMPARE(unsignedVerify.exitCode, 1);
        QVERIFY(unsignedVerify.json()[u"error"_s].toString().contains(u"is not signed"_s));

        const Run sign = cli({u"sign"_s, package, u"--key"_s, path(u"trainer.key"_s), u"--json"_s});
        QCOMPARE(sign.exitCode, 0);
        QCOMPARE(sign.json()[u"keyId"_s].toString(), keyId);
        const Run verify = cli({u"verify"_s, package, u"--trusted"_s, path(u"trusted"_s), u"--json"_s});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json()[u"valid"_s].toBool(), true);
        QCOMPARE(verify.json()[u"keyId"_s].toString(), keyId);
        const Run unknownKey = cli({u"verify"_s, package, u"--trusted"_s, path(u"out"_s)});
        QCOMPARE(unknownKey.exitCode, 1);
        QVERIFY2(unknownKey.err.contains(u"not among the trusted keys"_s), qPrintable(unknownKey.err));

        const Run inspect = cli({u"inspect"_s, package, u"--json"_s});
        QCOMPARE(inspect.exitCode, 0);
        QCOMPARE(inspect.json()[u"signed"_s].toBool(), true);
        QCOMPARE(inspect.json()[u"manifest"_s][u"id"_s].toString(), u"getting-started"_s);
        QCOMPARE(inspect.json()[u"manifest"_s][u"files"_s][0][u"path"_s].toString(), u"module.json"_s);

        const QString root = path(u"modules"_s);
        const QStringList common{u"--modules-root"_s, root, u"--trusted"_s, path(u"trusted"_s), u"--json"_s};
        const Run install = cli(QStringList{u"install"_s, package, u"--require-signature"_s} + common);
        QCOMPARE(install.exitCode, 0);
        QCOMPARE(install.json()[u"outcome"_s].toString(), u"installed"_s);
        QCOMPARE(install.json()[u"module"_s][u"trusted"_s].toBool(), true);
        const Run twice = cli(QStringList{u"install"_s, package} + common);
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.json()[u"outcome"_s].toString(), u"already-installed"_s);

        // A damaged copy is refused with exit code 1 and the reason.
        QFile file(package);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
        QFile damaged(path(u"damaged.ptm"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(bytes);
        damaged.close();
        const Run refused = cli(QStringList{u"install"_s, path(u"damaged.ptm"_s), u"--force"_s} + common);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.json()[u"error"_s].toString().contains(u"damaged or was altered"_s), refused.out.constData());

        const Run list = cli({u"list"_s, u"--modules-root"_s, root, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray modules = list.json()[u"modules"_s].toArray();
        QCOMPARE(modules.size(), 1);
        QCOMPARE(modules[0][u"id"_s].toString(), u"getting-started"_s);
        QCOMPARE(modules[0][u"version"_s].toString(), u"1.0.0"_s);
        QCOMPARE(modules[0][u"signed"_s].toBool(), true);

        const Run uninstall = cli({u"uninstall"_s, u"getting-started"_s, u"--modules-root"_s, root, u"--json"_s});
        QCOMPARE(uninstall.exitCode, 0);
        QCOMPARE(cli({u"list"_s, u"--modules-root"_s, root, u"--json"_s}).json()[u"modules"_s].toArray().size(), 0);
        QCOMPARE(cli({u"uninstall"_s, u"getting-started"_s, u"--modules-root"_s, root}).exitCode, 1);

        // Usage errors and help.
        QCOMPARE(cli({u"sign"_s, package}).exitCode, 2);
        const Run help = cli({u"install"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--require-signature"));
        QCOMPARE(cli({u"inspect"_s, path(u"missing.ptm"_s)}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestE2ePackages)
#include "tst_e2e_packages.moc"
