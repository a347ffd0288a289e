// SPDX-License-Identifier: Apache-2.0
#include "reports/csvwriter.h"

#include <QDir>
#include <QSaveFile>

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

Status CsvWriter::write(const QString &filePath) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_data) != m_data.size() || !file.commit())
        return Error{u"Could not write %1: %2."_s.arg(QDir::toNativeSeparators(filePath), file.errorString())};
    return success();
}

} // namespace Passerelle
