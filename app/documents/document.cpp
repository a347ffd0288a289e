// SPDX-License-Identifier: Apache-2.0
#include "document.h"

using namespace Qt::StringLiterals;

namespace Passerelle {

Document Document::fromVariant(const QVariantMap &map)
{
    // A document is at most a few pages: cap what a view may send.
    constexpr int MaxBlocks = 2000;
    constexpr int MaxText = 20000;
    Document document;
    document.title = map.value(u"title"_s).toString().left(MaxText);
    document.subtitle = map.value(u"subtitle"_s).toString().left(MaxText);
    document.footer = map.value(u"footer"_s).toString().left(MaxText);
    for (const QVariant &item : map.value(u"blocks"_s).toList()) {
        if (document.blocks.size() >= MaxBlocks)
            break;
        const QVariantMap b = item.toMap();
        Block block;
        const QString kind = b.value(u"kind"_s).toString();
        block.kind = kind == u"heading"    ? Block::Kind::Heading
                     : kind == u"checkbox" ? Block::Kind::Checkbox
                     : kind == u"quote"    ? Block::Kind::Quote
                                           : Block::Kind::Paragraph;
        block.text = b.value(u"text"_s).toString().left(MaxText);
        block.note = b.value(u"note"_s).toString().left(MaxText);
        block.checked = b.value(u"checked"_s).toBool();
        if (!block.text.trimmed().isEmpty() || !block.note.trimmed().isEmpty())
            document.blocks.append(block);
    }
    return document;
}

} // namespace Passerelle
