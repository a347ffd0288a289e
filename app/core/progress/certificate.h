// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Passerelle {

// A certificate: earned when a learner passes a module, identified by a verification code
// derived from the "passed" statement, so that anyone with the code and the progress
// database (or the organisation's LRS) can check it.
struct Certificate
{
    QString code; // "7KQ2-M9XD-4T1C-PW8E"
    QString learnerId;
    QString learnerName;
    QString moduleId;
    QString moduleVersion;
    QString moduleTitle;
    QString language;
    QString registration;
    QString statementId;
    double scoreRaw = 0.0;
    double scoreMax = 0.0;
    QDateTime issuedAt;

    double scaled() const { return scoreMax > 0 ? scoreRaw / scoreMax : 1.0; }

    // The code of a passed statement: 80 bits of a SHA-256 over what it certifies, in
    // Crockford's base 32 (no I, L, O or U, so it reads aloud and types without confusion).
    static QString codeFor(const QString &statementId, const QString &learnerId, const QString &moduleId,
                           const QString &registration, double scoreRaw, double scoreMax);
    // Upper case, without spaces or dashes, with the letters people confuse mapped
    // (O to 0, I and L to 1), then grouped again; empty if it cannot be a code.
    static QString normalizeCode(const QString &typed);
};

} // namespace Passerelle
