// SPDX-License-Identifier: Apache-2.0
#include "displaypreferences.h"

#include "progress/progressstore.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {
const QString ThemeKey = u"shell/theme"_s;
const QString LanguageKey = u"shell/language"_s;
const QString TextScaleKey = u"shell/textScale"_s;
} // namespace

DisplayPreferences::DisplayPreferences(ProgressStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_language = supportedLanguage(QLocale::system().name());
}

QString DisplayPreferences::supportedLanguage(const QString &localeName)
{
    return localeName.startsWith(u"fr"_s) ? u"fr"_s : u"en"_s;
}

void DisplayPreferences::load()
{
    if (!m_store)
        return;
    if (const QString theme = m_store->setting(ThemeKey); themes().contains(theme))
        m_theme = theme;
    if (const QString language = m_store->setting(LanguageKey); languages().contains(language))
        m_language = language;
    bool ok = false;
    if (const double scale = m_store->setting(TextScaleKey).toDouble(&ok);
        ok && scale >= MinTextScale && scale <= MaxTextScale)
        m_textScale = scale;
}

void DisplayPreferences::save(const QString &key, const QString &value)
{
    // A preference that cannot be saved still applies now; say so, but do not stop.
    if (!m_store)
        return;
    if (Status s = m_store->setSetting(key, value); !s)
        std::fprintf(stderr, "passerelle: %s\n", qPrintable(s.errorMessage()));
}

void DisplayPreferences::setTheme(const QString &theme)
{
    if (!themes().contains(theme) || theme == m_theme)
        return;
    m_theme = theme;
    save(ThemeKey, theme);
    emit themeChanged();
}

void DisplayPreferences::setLanguage(const QString &language)
{
    if (!languages().contains(language) || language == m_language)
        return;
    m_language = language;
    save(LanguageKey, language);
    emit languageChanged();
}

void DisplayPreferences::setTextScale(double scale)
{
    if (scale < MinTextScale || scale > MaxTextScale || qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    save(TextScaleKey, QString::number(scale));
    emit textScaleChanged();
}

QColor DisplayPreferences::linkColor() const
{
    return QGuiApplication::palette().color(QPalette::Link);
}

void DisplayPreferences::setLinkColor(const QColor &color)
{
    if (color == linkColor())
        return;
    QPalette palette = QGuiApplication::palette();
    palette.setColor(QPalette::Link, color);
    palette.setColor(QPalette::LinkVisited, color);
    QGuiApplication::setPalette(palette);
    emit linkColorChanged();
}

} // namespace Passerelle
