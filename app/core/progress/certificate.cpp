// SPDX-License-Identifier: Apache-2.0
#include "progress/certificate.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Passerelle {

static constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static constexpr int CodeLength = 16; // 16 symbols of 5 bits

static QString grouped(const QString &symbols)
{
    QString out;
    for (int i = 0; i < symbols.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u'-';
        out += symbols[i];
    }
    return out;
}

QString Certificate::codeFor(const QString &statementId, const QString &learnerId, const QString &moduleId,
                             const QString &registration, double scoreRaw, double scoreMax)
{
    const QString material = u"passerelle-certificate-1|%1|%2|%3|%4|%5|%6"_s.arg(
        statementId, learnerId, moduleId, registration, QString::number(scoreRaw, 'g', 12),
        QString::number(scoreMax, 'g', 12));
    const QByteArray digest = QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256);
    QString symbols;
    quint64 bits = 0;
    int available = 0;
    int index = 0;
    while (symbols.size() < CodeLength) {
        if (available < 5) {
            bits = (bits << 8) | static_cast<quint8>(digest[index++]);
            available += 8;
        }
        symbols += QChar::fromLatin1(Alphabet[(bits >> (available - 5)) & 0x1f]);
        available -= 5;
    }
    return grouped(symbols);
}

QString Certificate::normalizeCode(const QString &typed)
{
    QString symbols;
    for (QChar c : typed.toUpper()) {
        if (c == u'-' || c.isSpace())
            continue;
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (!QByteArray(Alphabet).contains(c.toLatin1()) || c.unicode() > 127)
            return {};
        symbols += c;
    }
    return symbols.size() == CodeLength ? grouped(symbols) : QString();
}

} // namespace Passerelle
