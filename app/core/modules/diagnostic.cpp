// SPDX-License-Identifier: Apache-2.0
#include "modules/diagnostic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passerelle {

QString SourceLocation::toString() const
{
    if (line <= 0)
        return file;
    return u"%1:%2:%3"_s.arg(file).arg(line).arg(std::max(column, 1));
}

QString Diagnostic::severityName(Severity severity)
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

QString Diagnostic::toString() const
{
    QString text = u"%1: %2: %3 [%4]"_s.arg(location.toString(), severityName(severity), message, rule);
    if (!hint.isEmpty())
        text += u"\n  hint: "_s + hint;
    return text;
}

QJsonObject Diagnostic::toJson() const
{
    return {{u"file"_s, location.file},
            {u"line"_s, location.line},
            {u"column"_s, location.line <= 0 ? 0 : std::max(location.column, 1)},
            {u"severity"_s, severityName(severity)},
            {u"rule"_s, rule},
            {u"message"_s, message},
            {u"hint"_s, hint}};
}

void Diagnostics::error(const SourceLocation &where, const QString &rule, const QString &message, const QString &hint)
{
    add({Diagnostic::Severity::Error, where, rule, message, hint});
}

void Diagnostics::warning(const SourceLocation &where, const QString &rule, const QString &message, const QString &hint)
{
    add({Diagnostic::Severity::Warning, where, rule, message, hint});
}

void Diagnostics::add(Diagnostic diagnostic)
{
    m_list.append(std::move(diagnostic));
}

bool Diagnostics::hasErrors() const
{
    return count(Diagnostic::Severity::Error) > 0;
}

qsizetype Diagnostics::count(Diagnostic::Severity severity) const
{
    return std::count_if(m_list.cbegin(), m_list.cend(),
                         [severity](const Diagnostic &d) { return d.severity == severity; });
}

QList<Diagnostic> Diagnostics::sorted() const
{
    QList<Diagnostic> result = m_list;
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        const SourceLocation &x = a.location, &y = b.location;
        if (x.file != y.file)
            return x.file < y.file;
        if (x.line != y.line)
            return x.line < y.line;
        return x.column < y.column;
    });
    return result;
}

} // namespace Passerelle
