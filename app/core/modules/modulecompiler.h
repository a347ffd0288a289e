// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/diagnostic.h"
#include "expected.h"
#include "modules/module.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

class PluginRegistry;

// The output of a successful compilation.
struct CompiledModule
{
    QByteArray moduleJson;  // canonical module.json: same source, same bytes
    Module module;          // the same module, as ModuleLoader reads it back
    QStringList mediaFiles; // relative to the source folder, sorted: "media/iceberg.svg"
};

// What a compilation checks against, beyond the source folder itself.
struct CompileOptions
{
    bool strict = false; // warnings count as errors
    // Activity types to validate configurations with. Without it, every activity is
    // reported as having no installed type.
    const PluginRegistry *plugins = nullptr;
    // Folders holding other modules (<root>/<id>/module.yaml or module.json), to check
    // requires.modules against.
    QStringList moduleRoots;
    // The shared glossary folder (content/glossary). Without it, glossary links are not
    // checked and a warning says so.
    QString glossaryDir;

    // The usual options for a source folder: its parent folder as a module root, and the
    // repository's content/glossary when the module sits in a checkout (modules/<id>/).
    static CompileOptions forSource(const QString &sourceDir, const PluginRegistry *plugins);
};

// The compiled module when there is no error, and every diagnostic of the run.
struct CompileResult
{
    std::optional<CompiledModule> module; // present when there is no error
    QList<Diagnostic> diagnostics;        // errors and warnings, sorted by file and line

    bool ok() const { return module.has_value(); }
    qsizetype count(Diagnostic::Severity severity) const;
};

// Turns a module's source folder (module.yaml, lessons/NN-slug.<lang>.md, media/) into its
// compiled module.json, checking everything a trainer can get wrong on the way: YAML and
// front matter, ids, language parity, each activity's configuration (through its plugin),
// media, glossary links and requirements. Every problem of a run is reported, each at its
// file:line:col with the rule it breaks and a hint. docs/authoring.md describes the format.
class ModuleCompiler
{
public:
    static constexpr int MaxLessonFiles = 500;

    explicit ModuleCompiler(CompileOptions options);

    CompileResult compile(const QString &sourceDir) const;

    // Writes a compiled module as the app reads it: <outputDir>/module.json and the media
    // it uses, copied from the source folder. Files are replaced atomically.
    static Status writeOutput(const CompiledModule &module, const QString &sourceDir, const QString &outputDir);

private:
    CompileOptions m_options;
};

} // namespace Passerelle
