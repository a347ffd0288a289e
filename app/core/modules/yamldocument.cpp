// SPDX-License-Identifier: Apache-2.0
#include "modules/yamldocument.h"

#include "modules/sourcetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Passerelle {

// Walks a yaml-cpp node tree into JSON, recording locations and enforcing the limits.
class YamlConverter
{
public:
    YamlConverter(const SourceText &text, qsizetype firstLine, Diagnostics &diagnostics, YamlDocument &document)
        : m_text(text)
        , m_firstLine(firstLine)
        , m_diagnostics(diagnostics)
        , m_document(document)
    {}

    bool failed() const { return m_failed; }

    SourceLocation locationOf(const YAML::Mark &mark) const
    {
        if (mark.is_null() || mark.line < 0)
            return m_text.at(m_firstLine);
        return m_text.atByte(m_firstLine + mark.line, mark.column);
    }

    QJsonValue convert(const YAML::Node &node, const QString &path, int depth)
    {
        if (m_failed)
            return {};
        if (++m_nodes > YamlDocument::MaxNodes) {
            fail(locationOf(node.Mark()), u"yaml-too-large"_s,
                 u"this YAML has more than %1 values (aliases count once per use)"_s.arg(YamlDocument::MaxNodes),
                 u"split the content; avoid aliases (*name) that repeat large parts"_s);
            return {};
        }
        if (depth > YamlDocument::MaxDepth) {
            fail(locationOf(node.Mark()), u"yaml-too-deep"_s,
                 u"the YAML is nested more than %1 levels deep"_s.arg(YamlDocument::MaxDepth),
                 u"flatten the structure: no activity needs this many levels"_s);
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined: return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar: {
            const QJsonValue value = scalar(node);
            if (!value.isString())
                m_document.m_written.insert(path, QString::fromStdString(node.Scalar()));
            return value;
        }
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            qsizetype i = 0;
            for (const YAML::Node &element : node) {
                const QString elementPath = YamlDocument::index(path, i++);
                m_document.m_locations.insert(elementPath, locationOf(element.Mark()));
                array.append(convert(element, elementPath, depth + 1));
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (auto it = node.begin(); it != node.end() && !m_failed; ++it) {
                const SourceLocation keyLocation = locationOf(it->first.Mark());
                if (!it->first.IsScalar()) {
                    m_diagnostics.error(keyLocation, u"yaml-key"_s,
                                        u"a key must be plain text, not a list or a mapping"_s,
                                        u"write the key as a word followed by \":\""_s);
                    continue;
                }
                const QString key = QString::fromStdString(it->first.Scalar());
                const QString fieldPath = YamlDocument::join(path, key);
                if (object.contains(key)) {
                    const SourceLocation first = m_document.m_locations.value(fieldPath);
                    m_diagnostics.error(
                        keyLocation, u"yaml-duplicate-key"_s,
                        u"\"%1\" is given twice; the first one, at line %2, is used"_s.arg(key).arg(first.line),
                        u"remove one of the two, or rename it"_s);
                    continue;
                }
                m_document.m_locations.insert(fieldPath, keyLocation);
                object.insert(key, convert(it->second, fieldPath, depth + 1));
            }
            return object;
        }
        }
        return {};
    }

    void fail(const SourceLocation &where, const QString &rule, const QString &message, const QString &hint)
    {
        if (!m_failed)
            m_diagnostics.error(where, rule, message, hint);
        m_failed = true;
    }

private:
    static QJsonValue scalar(const YAML::Node &node)
    {
        const QString value = QString::fromStdString(node.Scalar());
        const std::string &tag = node.Tag();
        // "!" marks quoted and block scalars; an explicit !!str also asks for text.
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return value;
        static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
        static const QRegularExpression decimal(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
        if (value.isEmpty() || value == u"~" || value == u"null" || value == u"Null" || value == u"NULL")
            return QJsonValue(QJsonValue::Null);
        if (value == u"true" || value == u"True" || value == u"TRUE")
            return true;
        if (value == u"false" || value == u"False" || value == u"FALSE")
            return false;
        if (integer.match(value).hasMatch() || decimal.match(value).hasMatch()) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok && std::isfinite(number))
                return number;
        }
        return value;
    }

    const SourceText &m_text;
    qsizetype m_firstLine;
    Diagnostics &m_diagnostics;
    YamlDocument &m_document;
    int m_nodes = 0;
    bool m_failed = false;
};

std::optional<YamlDocument> YamlDocument::parse(const SourceText &text, Diagnostics &diagnostics)
{
    return parse(text, 0, text.lineCount(), diagnostics);
}

std::optional<YamlDocument> YamlDocument::parse(const SourceText &text, qsizetype firstLine, qsizetype lineCount,
                                                Diagnostics &diagnostics)
{
    YamlDocument document;
    document.m_start = text.at(firstLine);
    YamlConverter converter(text, firstLine, diagnostics, document);
    YAML::Node root;
    try {
        root = YAML::Load(text.join(firstLine, lineCount).toStdString());
    } catch (const YAML::DeepRecursion &e) {
        diagnostics.error(converter.locationOf(e.mark), u"yaml-too-deep"_s, u"the YAML is nested too deeply to read"_s,
                          u"flatten the structure: no activity needs this many levels"_s);
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        diagnostics.error(converter.locationOf(e.mark), u"yaml-syntax"_s,
                          u"YAML syntax error: %1"_s.arg(QString::fromStdString(e.msg)),
                          u"check the indentation and the quotes near this point; text that contains \": \" or "
                          "starts with a special character (such as [ { * & ! | > ' \" % @ `) must be quoted"_s);
        return std::nullopt;
    } catch (const std::exception &e) {
        diagnostics.error(document.m_start, u"yaml-syntax"_s,
                          u"the YAML cannot be read: %1"_s.arg(QString::fromUtf8(e.what())),
                          u"check the file's syntax"_s);
        return std::nullopt;
    }
    document.m_root = converter.convert(root, {}, 0);
    if (converter.failed())
        return std::nullopt;
    return document;
}

QString YamlDocument::parent(const QString &path)
{
    if (path.endsWith(u']'))
        return path.left(path.lastIndexOf(u'['));
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QString() : path.left(dot);
}

SourceLocation YamlDocument::locate(const QString &path) const
{
    for (QString p = path; !p.isEmpty(); p = parent(p)) {
        const auto it = m_locations.constFind(p);
        if (it != m_locations.cend())
            return *it;
    }
    return m_start;
}

} // namespace Passerelle
