// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Passerelle {

// A progress file: one learner's xAPI statements, exported on their laptop and handed to an
// administrator (docs/progress-files.md). Written atomically; read strictly, so that a file
// that was cut short, edited or made by another program is refused with the reason.
struct ProgressFile
{
    static constexpr char16_t Format[] = u"passerelle-progress";
    static constexpr int FormatVersion = 1;
    // Far above a real learner's log (a few KiB per statement), low enough to read in memory.
    static constexpr qint64 MaxBytes = qint64(512) * 1024 * 1024;

    QString learnerId; // the learner's UUID, the xAPI account name
    QString learnerName;
    QDateTime exportedAt;
    QString exportedByVersion; // the Passerelle version that wrote the file
    QJsonArray statements;

    // A learner's progress file as of now: their statements, without their reflections unless
    // they chose to include them (`leftOut` counts the statements left out).
    static ProgressFile forLearner(const QString &learnerId, const QString &learnerName, const QJsonArray &statements,
                                   bool withReflections, qsizetype *leftOut = nullptr);

    // Reflections are private to their learner: true for a statement about one.
    static bool isReflection(const QJsonObject &statement);
    // `statements` without the reflections; `removed` counts them.
    static QJsonArray withoutReflections(const QJsonArray &statements, qsizetype *removed = nullptr);

    // The statements array in canonical form: compact JSON as Qt writes it (object members
    // sorted by key, numbers in their shortest exact form, UTF-8, no insignificant spaces).
    static QByteArray canonical(const QJsonArray &statements);
    // SHA-256 of canonical(statements), in lowercase hex.
    static QString digest(const QJsonArray &statements);

    QByteArray toJson() const;
    // Writes the file all at once: a reader never sees half of it, and an old file at `path`
    // stays as it was if writing fails.
    Status write(const QString &path) const;

    // Reads and checks a file: its format and version, the learner, every statement (an
    // object with a UUID id, unique, about this learner) and the digest. The error lists
    // every problem found.
    static Expected<ProgressFile> read(const QString &path);
    static Expected<ProgressFile> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace Passerelle
