// SPDX-License-Identifier: Apache-2.0
#include "modules/identifiers.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Passerelle {

bool isValidIdentifier(const QString &id)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    return re.match(id).hasMatch();
}

QString identifierRule(const QString &id)
{
    return u"\"%1\" is not a valid id: use 1 to 64 lower-case letters, digits and \"-\", "
           "starting with a letter or digit"_s.arg(id);
}

static const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(u"^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z.-]{1,64}))?$"_s);
    return re;
}

bool isValidVersion(const QString &version)
{
    return versionPattern().match(version).hasMatch();
}

int compareVersions(const QString &a, const QString &b)
{
    const auto ma = versionPattern().match(a);
    const auto mb = versionPattern().match(b);
    for (int i = 1; i <= 3; ++i) {
        const long long x = ma.captured(i).toLongLong();
        const long long y = mb.captured(i).toLongLong();
        if (x != y)
            return x < y ? -1 : 1;
    }
    // A pre-release sorts before its release; two pre-releases compare as text.
    const QString pa = ma.captured(4), pb = mb.captured(4);
    if (pa == pb)
        return 0;
    if (pa.isEmpty())
        return 1;
    if (pb.isEmpty())
        return -1;
    return pa < pb ? -1 : 1;
}

bool isValidLanguageTag(const QString &tag)
{
    static const QRegularExpression re(u"^[a-z]{2,3}(-[A-Z]{2})?$"_s);
    return re.match(tag).hasMatch();
}

} // namespace Passerelle
