// SPDX-License-Identifier: Apache-2.0
#include "reports/csvwriter.h"


using namespace Qt::StringLiterals;

namespace Passerelle {

CsvWriter::CsvWriter(const QStringList &header)
    : m_data("\xEF\xBB\xBF")
{
    addRow(header);
}

QString CsvWriter::field(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::text(const QString &typed)
{
    if (!typed.isEmpty() && QStringView(u"=+-@\t\r").contains(typed.front()))
        return u'\'' + typed;
    return typed;
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(field(f));
    m_data += escaped.join(u',').toUtf8();
    m_data += "\r\n";
}

} // namespace Passerelle
