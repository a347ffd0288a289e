// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Passerelle {

// CSV as RFC 4180 writes it: CRLF after every record, fields with a comma, a quote, CR or
// LF in double quotes with their quotes doubled, a header row first, UTF-8. The file starts
// with a byte order mark, which Excel needs to read UTF-8 (without it, "Bogotá" arrives
// garbled) and LibreOffice and Python's csv (utf-8-sig) skip.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);

    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }

    static QString field(const QString &text);
    // A text a person typed (a name, an answer). A spreadsheet would run one that starts with
    // = + - @ (or a tab or CR) as a formula — "CSV injection" —, so it gets a leading
    // apostrophe, which spreadsheets show as text. Numbers must not go through here.
    static QString text(const QString &typed);

private:
    QByteArray m_data;
};

} // namespace Passerelle
