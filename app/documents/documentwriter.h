// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document.h"
#include "expected.h"

#include <QString>

namespace Passerelle {

// Writes a Document as a one-column A4 PDF, or as Markdown, atomically.
class DocumentWriter
{
public:
    static Status writePdf(const Document &document, const QString &filePath);
    static Status writeMarkdown(const Document &document, const QString &filePath);
    // By the file's extension: .pdf or .md (anything else is refused with a reason).
    static Status write(const Document &document, const QString &filePath);

    static QString toMarkdown(const Document &document);
};

} // namespace Passerelle
