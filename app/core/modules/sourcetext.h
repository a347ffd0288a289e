// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

// One text file of a module's source, read with a size limit, checked to be UTF-8 and split
// into lines ("\r\n" and "\r" count as line ends, a leading byte-order mark is dropped).
class SourceText
{
public:
    // Source files are written by hand; anything larger is a mistake or an attack.
    static constexpr qint64 MaxBytes = 1024 * 1024;

    // Reads `path`, naming it `displayName` in diagnostics. Reports and returns nothing when
    // the file cannot be read, is too large or is not UTF-8.
    static std::optional<SourceText> read(const QString &path, const QString &displayName, Diagnostics &diagnostics);
    static std::optional<SourceText> fromBytes(const QByteArray &bytes, const QString &displayName,
                                               Diagnostics &diagnostics);

    const QString &displayName() const { return m_displayName; }
    qsizetype lineCount() const { return m_lines.size(); }
    const QString &line(qsizetype index) const { return m_lines.at(index); } // 0-based
    // Lines [first, first + count) joined with "\n", as a parser should see them.
    QString join(qsizetype first, qsizetype count) const;

    // The location of a 0-based line and character column.
    SourceLocation at(qsizetype line, qsizetype column = 0) const;
    // The same for a column counted in UTF-8 bytes, as yaml-cpp counts them.
    SourceLocation atByte(qsizetype line, qsizetype byteColumn) const;

private:
    QString m_displayName;
    QStringList m_lines;
};

} // namespace Passerelle
