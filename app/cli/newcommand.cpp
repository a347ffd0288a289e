// SPDX-License-Identifier: Apache-2.0
// `new`: starts a module from the bilingual example in app/cli/scaffold/, which validates
// cleanly, so a trainer begins from something that works and changes it step by step.
#include "command.h"

#include "modules/identifiers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

const QString ScaffoldRoot = u":/scaffold"_s;

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dirOption(
        u"dir"_s, u"Create the module folder inside <parent> (default: the current folder)."_s, u"parent"_s, u"."_s);
    parser.addOption(dirOption);
    parser.addPositionalArgument(u"id"_s, u"The new module's id: lower-case letters, digits and \"-\"."_s);
    int code = Ok;
    if (!parseCommand(parser, u"new"_s,
                      u"Create a bilingual (English and French) module source folder <parent>/<id> with one "
                      "lesson, an image and a quiz, ready to validate and to edit."_s,
                      arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(u"new needs exactly one module id."_s);
        return Usage;
    }
    const QString id = parser.positionalArguments().constFirst();
    if (!isValidIdentifier(id)) {
        err(identifierRule(id) + u'.');
        return Usage;
    }
    const QString target = QDir(parser.value(dirOption)).filePath(id);
    if (QFileInfo::exists(target)) {
        err(u"%1 already exists; choose another id or --dir."_s.arg(QDir::toNativeSeparators(target)));
        return IoError;
    }
    QDirIterator it(ScaffoldRoot, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &resource : std::as_const(files)) {
        QFile in(resource);
        if (!in.open(QIODevice::ReadOnly)) {
            err(u"the built-in example %1 cannot be read."_s.arg(resource));
            return IoError;
        }
        QByteArray bytes = in.readAll();
        bytes.replace("{{id}}", id.toUtf8());
        const QString path = QDir(target).filePath(resource.mid(ScaffoldRoot.size() + 1));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size()) {
            err(u"cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
            return IoError;
        }
    }
    out(u"Created %1 (%2 files). Next:"_s.arg(QDir::toNativeSeparators(target)).arg(files.size()));
    out(u"  edit %1 and the lessons in %2"_s.arg(QDir::toNativeSeparators(QDir(target).filePath(u"module.yaml"_s)),
                                                 QDir::toNativeSeparators(QDir(target).filePath(u"lessons"_s))));
    out(u"  passerelle-cli validate %1"_s.arg(QDir::toNativeSeparators(target)));
    return Ok;
}

} // namespace

static const CommandRegistration
    newCommand({u"new"_s, u"Create a new bilingual module source folder from an example."_s, runNew});

} // namespace Passerelle::Cli
