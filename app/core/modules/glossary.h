// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"
#include "modules/module.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Passerelle {

// One term of the shared glossary, in every language it is written in.
struct GlossaryTerm
{
    QString id;
    QMap<QString, GlossaryEntry> languages; // language -> term and definition
    SourceLocation location;
};

// The shared bilingual glossary (content/glossary/*.yaml) that lessons link to with
// [text](glossary:term-id). Each file holds
//
//   terms:
//     - id: cultural-agility
//       en: {term: Cultural agility, definition: ...}
//       fr: {term: Agilité culturelle, definition: ...}
//
// Term ids are unique across all the files.
class Glossary
{
public:
    // Reads every *.yaml file in `directory`, in file name order. Problems go to
    // `diagnostics`, with file names relative to `relativeTo`; the good terms are kept.
    static Glossary load(const QString &directory, const QString &relativeTo, Diagnostics &diagnostics);

    const GlossaryTerm *find(const QString &id) const;
    QStringList ids() const { return m_terms.keys(); } // sorted
    qsizetype size() const { return m_terms.size(); }

private:
    QMap<QString, GlossaryTerm> m_terms;
};

} // namespace Passerelle
