// SPDX-License-Identifier: Apache-2.0
#include "documentwriter.h"

#include "pagepainter.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Passerelle {

Status DocumentWriter::write(const Document &document, const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"pdf")
        return writePdf(document, filePath);
    if (suffix == u"md" || suffix == u"markdown")
        return writeMarkdown(document, filePath);
    return Error{u"Cannot save as \"%1\": choose a name ending in .pdf or .md."_s.arg(QFileInfo(filePath).fileName())};
}

Status DocumentWriter::writePdf(const Document &document, const QString &filePath)
{
    PagePainter painter(document.title);
    if (!painter.begin())
        return Error{u"The PDF could not be prepared."_s};
    if (!document.title.isEmpty())
        painter.title(document.title);
    if (!document.subtitle.isEmpty())
        painter.subtitle(document.subtitle);
    for (const Document::Block &block : document.blocks) {
        switch (block.kind) {
        case Document::Block::Kind::Heading: painter.heading(block.text); break;
        case Document::Block::Kind::Paragraph: painter.paragraph(block.text); break;
        case Document::Block::Kind::Quote: painter.quote(block.text); break;
        case Document::Block::Kind::Checkbox: painter.checkbox(block.text, block.checked, block.note); break;
        }
    }
    if (!document.footer.isEmpty())
        painter.footer(document.footer);
    return painter.finish(filePath);
}

QString DocumentWriter::toMarkdown(const Document &document)
{
    QString md;
    if (!document.title.isEmpty())
        md += u"# "_s + document.title + u"\n\n"_s;
    if (!document.subtitle.isEmpty())
        md += u"*"_s + document.subtitle + u"*\n\n"_s;
    for (const Document::Block &block : document.blocks) {
        switch (block.kind) {
        case Document::Block::Kind::Heading: md += u"## "_s + block.text + u"\n\n"_s; break;
        case Document::Block::Kind::Paragraph: md += block.text + u"\n\n"_s; break;
        case Document::Block::Kind::Quote:
            for (const QString &line : block.text.split(u'\n'))
                md += u"> "_s + line + u'\n';
            md += u'\n';
            break;
        case Document::Block::Kind::Checkbox:
            md += (block.checked ? u"- [x] "_s : u"- [ ] "_s) + block.text + u'\n';
            if (!block.note.isEmpty())
                md += u"  "_s + QString(block.note).replace(u'\n', u"\n  "_s) + u'\n';
            break;
        }
    }
    if (!document.footer.isEmpty())
        md += u"\n---\n\n"_s + document.footer + u'\n';
    return md;
}

Status DocumentWriter::writeMarkdown(const Document &document, const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Cannot write %1: %2."_s.arg(filePath, file.errorString())};
    file.write(toMarkdown(document).toUtf8());
    if (!file.commit())
        return Error{u"Cannot write %1: %2."_s.arg(filePath, file.errorString())};
    return success();
}

} // namespace Passerelle
