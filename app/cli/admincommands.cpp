// SPDX-License-Identifier: Apache-2.0
// passerelle-cli admin set-passphrase: sets (or changes) the passphrase of the app's admin
// area without the app, for a machine prepared by script.
#include "command.h"
#include "openstore.h"

#include "admin/adminauth.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Passerelle::Cli {

namespace {

int setPassphrase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    int code = Ok;
    if (!parseCommand(parser, u"admin set-passphrase"_s,
                      u"Set the admin passphrase, read from standard input: the new one on the first line or, when "
                      "one is already set, the current one on the first line and the new one on the second. Read "
                      "from standard input so it stays out of the shell's history and the process list."_s,
                      arguments, &code))
        return code;
    auto store = openProgressStore(parser, true, &code);
    if (!store)
        return code;
    AdminAuth auth(store->database());
    auto isSet = auth.isSet();
    if (!isSet) {
        err(isSet.errorMessage());
        return IoError;
    }
    QTextStream in(stdin);
    const QString first = in.readLine();
    Status s = *isSet ? auth.change(first, in.readLine()) : auth.setInitial(first);
    if (!s) {
        err(s.errorMessage());
        return Problems;
    }
    out(*isSet ? u"The admin passphrase was changed."_s : u"The admin passphrase is set."_s);
    return Ok;
}

int runAdmin(const QStringList &arguments)
{
    if (arguments.value(1) == u"set-passphrase")
        return setPassphrase(arguments.mid(1));
    if (arguments.value(1) == u"--help" || arguments.value(1) == u"-h") {
        out(u"Usage: passerelle-cli admin set-passphrase [--data-dir <dir>] < passphrase"_s);
        return Ok;
    }
    err(u"admin needs a subcommand: set-passphrase."_s);
    return Usage;
}

} // namespace

static const CommandRegistration
    adminCommand({u"admin"_s, u"The admin area: set-passphrase (read from standard input)."_s, runAdmin});

} // namespace Passerelle::Cli
