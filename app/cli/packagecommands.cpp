// SPDX-License-Identifier: Apache-2.0
// Commands that make and check packages: pack, inspect, keygen, sign, verify.
#include "command.h"

#include "activities/pluginregistry.h"
#include "modules/modulecompiler.h"
#include "packages/packageinstaller.h"
#include "packages/packagereader.h"
#include "packages/packagesignature.h"
#include "packages/packagewriter.h"
#include "packages/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

// Input/output failures get exit code 3, everything else the package or key is to blame for
// gets 1. The core says "Cannot ..." or "... cannot be read/opened" for the former.
int exitCodeFor(const Error &error)
{
    const QString &m = error.message;
    return m.startsWith(u"Cannot "_s) || m.contains(u" cannot be read"_s) || m.contains(u" cannot be opened"_s) ? IoError : Problems;
}

namespace {

QJsonObject manifestJson(const PackageManifest &m)
{
    QJsonArray files;
    for (const PackageFile &f : m.files)
        files.append(QJsonObject{{u"path"_s, f.path}, {u"size"_s, f.size},
                                 {u"sha256"_s, QString::fromLatin1(f.sha256.toHex())},
                                 {u"compression"_s, f.deflatedSha256.isEmpty() ? u"stored"_s : u"deflate"_s}});
    QJsonObject plugins;
    for (auto it = m.requiredPlugins.cbegin(); it != m.requiredPlugins.cend(); ++it)
        plugins.insert(it.key(), it.value());
    return {{u"formatVersion"_s, m.formatVersion}, {u"id"_s, m.id}, {u"version"_s, m.version},
            {u"languages"_s, QJsonArray::fromStringList(m.languages)}, {u"requiredPlugins"_s, plugins},
            {u"requiredModules"_s, QJsonArray::fromStringList(m.requiredModules)}, {u"packer"_s, m.packer},
            {u"compiler"_s, m.compiler}, {u"files"_s, files}, {u"totalBytes"_s, m.totalSize()}};
}

// The one place `pack` turns its input into a package. Today the input is a compiled
// module folder; when the compiler lands, a source folder (module.yaml) will be compiled
// into a temporary folder here and that folder packed.
// A compiled module folder is packed as it is; a source folder (module.yaml) is compiled
// first, with the installed activity types, and refused if it has errors.
Expected<QString> packFolder(const QString &folder, const QString &output, const QString &pluginDirectory)
{
    if (QFileInfo::exists(QDir(folder).filePath(u"module.json"_s)))
        return PackageWriter::packCompiledModule(folder, output);
    if (!QFileInfo::exists(QDir(folder).filePath(u"module.yaml"_s)))
        return Error{u"%1 holds neither module sources (module.yaml) nor a compiled module (module.json)."_s.arg(
            QDir::toNativeSeparators(folder))};
    PluginRegistry plugins;
    plugins.loadDirectory(pluginDirectory);
    CompileOptions options = CompileOptions::forSource(folder, &plugins);
    options.moduleRoots << bundledModulesDir();
    const CompileResult result = ModuleCompiler(options).compile(folder);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err(diagnostic.toString());
    if (!result.ok())
        return Error{u"%1 was not packed: it has %2 error(s); run \"passerelle-cli validate\" for details."_s.arg(
                         QDir::toNativeSeparators(folder))
                         .arg(result.count(Diagnostic::Severity::Error))};
    QTemporaryDir compiled;
    if (!compiled.isValid())
        return Error{u"Cannot create a temporary folder to compile %1."_s.arg(QDir::toNativeSeparators(folder))};
    if (Status s = ModuleCompiler::writeOutput(*result.module, folder, compiled.path()); !s)
        return s.error();
    return PackageWriter::packCompiledModule(compiled.path(), output);
}

int runPack(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Write the package to <file.ptm>, or into <dir> as <id>-<version>.ptm (default: the current folder)."_s, u"file|dir"_s);
    parser.addOptions({json, output, pluginsDirOption()});
    parser.addPositionalArgument(u"dir"_s, u"A module's source folder (module.yaml), or a compiled module folder (module.json and media/)."_s);
    int code = Ok;
    if (!parseCommand(parser, u"pack"_s, u"Pack a module (its source, or a compiled module) into a reproducible package (.ptm)."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"pack needs exactly one module folder."_s);
        return Usage;
    }
    const QString folder = parser.positionalArguments().constFirst();
    if (!QFileInfo(folder).isDir()) {
        err(u"%1 is not a folder."_s.arg(folder));
        return IoError;
    }
    QString target = parser.value(output);
    if (target.isEmpty())
        target = QDir::currentPath() + u'/';
    auto package = packFolder(folder, target, pluginDir(parser));
    if (!package) {
        err(package.errorMessage());
        return exitCodeFor(package.error());
    }
    auto contents = PackageReader().read(*package);
    if (!contents) {
        err(contents.errorMessage());
        return Problems;
    }
    QFile file(*package);
    const QByteArray digest = file.open(QIODevice::ReadOnly) ? Sha256::of(file.readAll()) : QByteArray();
    if (parser.isSet(json)) {
        printJson({{u"package"_s, *package}, {u"id"_s, contents->manifest.id}, {u"version"_s, contents->manifest.version},
                   {u"files"_s, contents->manifest.files.size()}, {u"bytes"_s, contents->packageBytes},
                   {u"sha256"_s, QString::fromLatin1(digest.toHex())}});
    } else {
        out(u"%1: %2 %3, %4 file(s), %5 bytes, SHA-256 %6"_s.arg(*package, contents->manifest.id, contents->manifest.version)
                .arg(contents->manifest.files.size()).arg(contents->packageBytes).arg(QString::fromLatin1(digest.toHex())));
    }
    return Ok;
}

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(u"package"_s, u"A package file (.ptm)."_s);
    int code = Ok;
    if (!parseCommand(parser, u"inspect"_s, u"Check a package in full and show its manifest, signature and files."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"inspect needs exactly one package."_s);
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile()) {
        err(u"%1 is not a file."_s.arg(path));
        return IoError;
    }
    auto contents = PackageReader().read(path);
    if (!contents) {
        err(contents.errorMessage());
        return exitCodeFor(contents.error());
    }
    QString keyId;
    if (contents->isSigned()) {
        auto signature = PackageSignature::fromJson(contents->signatureJson);
        if (!signature) {
            err(signature.errorMessage());
            return Problems;
        }
        keyId = signature->keyId;
    }
    if (parser.isSet(json)) {
        printJson({{u"package"_s, path}, {u"bytes"_s, contents->packageBytes}, {u"signed"_s, contents->isSigned()},
                   {u"keyId"_s, keyId}, {u"manifest"_s, manifestJson(contents->manifest)}});
        return Ok;
    }
    const PackageManifest &m = contents->manifest;
    out(u"%1 %2 (package format %3, %4 bytes)"_s.arg(m.id, m.version).arg(m.formatVersion).arg(contents->packageBytes));
    out(u"languages: %1"_s.arg(m.languages.join(u", "_s)));
    QStringList plugins;
    for (auto it = m.requiredPlugins.cbegin(); it != m.requiredPlugins.cend(); ++it)
        plugins << it.key() + u' ' + it.value();
    out(u"requires activity types: %1"_s.arg(plugins.isEmpty() ? u"none"_s : plugins.join(u", "_s)));
    out(u"requires modules: %1"_s.arg(m.requiredModules.isEmpty() ? u"none"_s : m.requiredModules.join(u", "_s)));
    out(u"made by: %1; module compiled by: %2"_s.arg(m.packer, m.compiler));
    out(contents->isSigned() ? u"signed by key %1 (run \"passerelle-cli verify\" to check it against trusted keys)"_s.arg(keyId)
                             : u"unsigned"_s);
    out(u"files:"_s);
    for (const PackageFile &f : m.files)
        out(u"  %1  %2  %3  %4"_s.arg(f.size, 10).arg(f.deflatedSha256.isEmpty() ? u"stored "_s : u"deflate"_s,
                                                       QString::fromLatin1(f.sha256.toHex().left(16)), f.path));
    return Ok;
}

int runKeygen(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption outOption(u"out"_s, u"Write <basename>.key (secret, readable by you only) and <basename>.pub."_s, u"basename"_s);
    parser.addOptions({json, outOption});
    int code = Ok;
    if (!parseCommand(parser, u"keygen"_s, u"Make a key pair for signing packages."_s, arguments, &code))
        return code;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        err(u"keygen needs --out <basename>."_s);
        return Usage;
    }
    const QString base = parser.value(outOption);
    auto key = SigningKey::generate();
    if (!key) {
        err(key.errorMessage());
        return Problems;
    }
    const Status saved = key->saveFiles(base);
    if (!saved) {
        err(saved.errorMessage());
        return QFileInfo::exists(base + u".key"_s) || QFileInfo::exists(base + u".pub"_s) ? Problems : IoError;
    }
    if (parser.isSet(json)) {
        printJson({{u"keyId"_s, key->publicKey().keyId}, {u"secretKey"_s, QString(base + u".key"_s)},
                   {u"publicKey"_s, QString(base + u".pub"_s)}});
    } else {
        out(u"key %1: secret key in %2 (keep it private), public key in %3 (give it to those who install your "
            "packages)"_s.arg(key->publicKey().keyId, base + u".key"_s, base + u".pub"_s));
    }
    return Ok;
}

int runSign(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption keyOption(u"key"_s, u"The secret key file made by keygen (<basename>.key)."_s, u"file"_s);
    parser.addOptions({json, keyOption});
    parser.addPositionalArgument(u"package"_s, u"The package to sign, in place."_s);
    int code = Ok;
    if (!parseCommand(parser, u"sign"_s, u"Sign a package (replacing any signature it had)."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(keyOption)) {
        err(u"sign needs one package and --key <file>."_s);
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto key = SigningKey::loadSecretKeyFile(parser.value(keyOption));
    if (!key) {
        err(key.errorMessage());
        return exitCodeFor(key.error());
    }
    const Status signedPackage = signPackage(path, *key);
    if (!signedPackage) {
        err(signedPackage.errorMessage());
        return exitCodeFor(signedPackage.error());
    }
    if (parser.isSet(json))
        printJson({{u"package"_s, path}, {u"keyId"_s, key->publicKey().keyId}});
    else
        out(u"%1: signed with key %2"_s.arg(path, key->publicKey().keyId));
    return Ok;
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption trusted(u"trusted"_s, u"Folder of trusted public keys (*.pub); default: the app's trusted-keys folder."_s, u"dir"_s);
    parser.addOptions({json, trusted});
    parser.addPositionalArgument(u"package"_s, u"The package to check."_s);
    int code = Ok;
    if (!parseCommand(parser, u"verify"_s, u"Check a package in full and its signature against trusted keys."_s, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"verify needs exactly one package."_s);
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile()) {
        err(u"%1 is not a file."_s.arg(path));
        return IoError;
    }
    const QString dir = parser.isSet(trusted) ? parser.value(trusted) : PackageInstaller::defaultTrustedKeysDir();
    const TrustedKeys keys = TrustedKeys::loadDirectory(dir);
    for (const QString &problem : keys.problems())
        err(problem);
    auto verified = verifyPackage(path, keys);
    if (parser.isSet(json)) {
        printJson({{u"package"_s, path}, {u"valid"_s, verified.ok()},
                   {u"keyId"_s, verified ? verified->signer.keyId : QString()},
                   {u"id"_s, verified ? verified->contents.manifest.id : QString()},
                   {u"version"_s, verified ? verified->contents.manifest.version : QString()},
                   {u"error"_s, verified.errorMessage()}});
    } else if (verified) {
        out(u"%1: %2 %3 is intact and signed by trusted key %4 (%5)"_s.arg(path, verified->contents.manifest.id,
                                                                          verified->contents.manifest.version,
                                                                          verified->signer.keyId, verified->signer.file));
    }
    if (!verified) {
        if (!parser.isSet(json))
            err(verified.errorMessage());
        return exitCodeFor(verified.error());
    }
    return Ok;
}

} // namespace

static const CommandRegistration packCommand(
    {u"pack"_s, u"Pack a compiled module into a reproducible package (.ptm)."_s, runPack});
static const CommandRegistration inspectCommand(
    {u"inspect"_s, u"Check a package and show its manifest, signature and files."_s, runInspect});
static const CommandRegistration keygenCommand({u"keygen"_s, u"Make a key pair for signing packages."_s, runKeygen});
static const CommandRegistration signCommand({u"sign"_s, u"Sign a package with a secret key."_s, runSign});
static const CommandRegistration verifyCommand(
    {u"verify"_s, u"Check a package's signature against trusted keys."_s, runVerify});

} // namespace Passerelle::Cli
