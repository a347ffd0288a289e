// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Passerelle {

class ProgressStore;

// How the person at this computer wants the app to look: theme, interface language and
// text size. Kept in the progress database's settings, so they survive a restart; the
// command line (--theme, --language, --text-scale) overrides them for one run.
class DisplayPreferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    // "light", "dark" or "high-contrast".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // "en" or "fr": the interface and, where a module has it, the content.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Multiplies every text size: 1 is 100%, 2 is 200%.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    // The colour of links in lessons, set by Main.qml from the Theme. Qt's Markdown reader
    // takes it from the application palette, which QML cannot reach: this property sets it.
    Q_PROPERTY(QColor linkColor READ linkColor WRITE setLinkColor NOTIFY linkColorChanged)

public:
    // `store` may be null (tests): then nothing is saved.
    explicit DisplayPreferences(ProgressStore *store, QObject *parent = nullptr);

    static QStringList themes() { return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")}; }
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    static constexpr double MinTextScale = 0.5;
    static constexpr double MaxTextScale = 3.0;
    // "fr" for any French locale name (fr_CA, fr-BE…), else "en".
    static QString supportedLanguage(const QString &localeName);

    // Reads the saved choices; an unset language follows the system's.
    void load();
    // Choices for this run only, from the command line: used, never saved.
    void overrideTheme(const QString &theme) { m_theme = theme; }
    void overrideLanguage(const QString &language) { m_language = supportedLanguage(language); }
    void overrideTextScale(double scale) { m_textScale = scale; }

    QString theme() const { return m_theme; }
    QString language() const { return m_language; }
    double textScale() const { return m_textScale; }
    void setTheme(const QString &theme);
    void setLanguage(const QString &language);
    void setTextScale(double scale);
    QColor linkColor() const;
    void setLinkColor(const QColor &color);

signals:
    void themeChanged();
    void languageChanged();
    void textScaleChanged();
    void linkColorChanged();

private:
    void save(const QString &key, const QString &value);

    ProgressStore *m_store;
    QString m_theme = QStringLiteral("light");
    QString m_language = QStringLiteral("en");
    double m_textScale = 1.0;
};

} // namespace Passerelle
