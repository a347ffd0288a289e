// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Passerelle {

// A place in a module's source files. Line and column count from 1; columns count
// characters (Unicode code points), not bytes. Line 0 means "the file as a whole".
struct SourceLocation
{
    QString file; // relative to the module's source folder, with "/" separators
    int line = 0;
    int column = 0;

    QString toString() const; // "lessons/01-intro.en.md:14:5"
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

// One problem the module compiler found: where, which rule, what is wrong and what to do.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    SourceLocation location;
    QString rule;    // short and stable, e.g. "parity-activity-missing"
    QString message; // what is wrong, in one sentence without a final period
    QString hint;    // what to do about it

    // "lessons/02-x.fr.md:14:5: error: <message> [rule]" and, when there is a hint,
    // a second line "  hint: <hint>".
    QString toString() const;
    QJsonObject toJson() const;
    static QString severityName(Severity severity);
};

// Collects the diagnostics of one compilation.
class Diagnostics
{
public:
    void error(const SourceLocation &where, const QString &rule, const QString &message, const QString &hint = {});
    void warning(const SourceLocation &where, const QString &rule, const QString &message, const QString &hint = {});
    void add(Diagnostic diagnostic);

    bool hasErrors() const;
    qsizetype count(Diagnostic::Severity severity) const;
    const QList<Diagnostic> &list() const { return m_list; }
    // Sorted by file, line and column, so a run's report reads top to bottom and two runs
    // on the same source print the same thing.
    QList<Diagnostic> sorted() const;

private:
    QList<Diagnostic> m_list;
};

} // namespace Passerelle
