// SPDX-License-Identifier: Apache-2.0
#include "modules/sourcetext.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// Byte offset of the first byte that is not part of well-formed UTF-8 (no overlong forms,
// no surrogates, nothing above U+10FFFF), or -1 when the whole text is UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int length = 0;
        unsigned min = 0;
        unsigned code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

std::optional<SourceText> SourceText::read(const QString &path, const QString &displayName, Diagnostics &diagnostics)
{
    QFile file(path);
    const SourceLocation where{displayName};
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.error(where, u"file-unreadable"_s, u"the file cannot be read: %1"_s.arg(file.errorString()),
                          u"check that the file exists and that you may read it"_s);
        return std::nullopt;
    }
    if (file.size() > MaxBytes) {
        diagnostics.error(
            where, u"file-too-large"_s,
            u"the file is %1 KiB; a source file may have at most %2 KiB"_s.arg((file.size() + 1023) / 1024)
                .arg(MaxBytes / 1024),
            u"split it into several lessons, and keep images in media/"_s);
        return std::nullopt;
    }
    // Read one byte more than allowed, in case the file grew since size() was asked.
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        diagnostics.error(where, u"file-too-large"_s, u"the file is larger than %1 KiB"_s.arg(MaxBytes / 1024),
                          u"split it into several lessons, and keep images in media/"_s);
        return std::nullopt;
    }
    return fromBytes(bytes, displayName, diagnostics);
}

std::optional<SourceText> SourceText::fromBytes(const QByteArray &raw, const QString &displayName,
                                                Diagnostics &diagnostics)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');

    SourceText text;
    text.m_displayName = displayName;
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad - 1) + 1;
        const qsizetype line = bytes.left(lineStart).count('\n');
        const qsizetype column = QString::fromUtf8(bytes.mid(lineStart, bad - lineStart)).toUcs4().size();
        diagnostics.error(SourceLocation{displayName, int(line + 1), int(column + 1)}, u"file-not-utf8"_s,
                          u"byte 0x%1 is not valid UTF-8 text"_s.arg(
                              QString::number(uchar(bytes.at(bad)), 16).toUpper().rightJustified(2, u'0')),
                          u"save the file as UTF-8 (in most editors: \"Save with encoding\", then UTF-8)"_s);
        return std::nullopt;
    }
    text.m_lines = QString::fromUtf8(bytes).split(u'\n');
    // A final line end does not start another line.
    if (text.m_lines.size() > 1 && text.m_lines.constLast().isEmpty())
        text.m_lines.removeLast();
    return text;
}

QString SourceText::join(qsizetype first, qsizetype count) const
{
    return m_lines.mid(first, count).join(u'\n');
}

SourceLocation SourceText::at(qsizetype line, qsizetype column) const
{
    // Columns count code points: a character outside the BMP is one column, not two.
    qsizetype characters = column;
    if (line >= 0 && line < m_lines.size()) {
        const QString &text = m_lines.at(line);
        characters = QStringView(text).left(std::min(column, text.size())).toUcs4().size() +
                     std::max<qsizetype>(0, column - text.size());
    }
    return SourceLocation{m_displayName, int(line + 1), int(characters + 1)};
}

SourceLocation SourceText::atByte(qsizetype line, qsizetype byteColumn) const
{
    if (line < 0 || line >= m_lines.size())
        return SourceLocation{m_displayName, int(std::max<qsizetype>(line, 0) + 1), int(byteColumn + 1)};
    const QByteArray utf8 = m_lines.at(line).toUtf8();
    const QString prefix = QString::fromUtf8(utf8.left(byteColumn));
    return at(line, prefix.size() + std::max<qsizetype>(0, byteColumn - utf8.size()));
}

} // namespace Passerelle
