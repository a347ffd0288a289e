// SPDX-License-Identifier: Apache-2.0
// Every theme's text is readable: the WCAG 2 contrast ratio of each foreground/background
// pair the screens draw, computed from the palettes in Theme.qml itself (not a copy).
#include "displaypreferences.h"

#include <QColor>
#include <QJSValue>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(PasserellePlugin)

using namespace Qt::StringLiterals;

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_holder;
    QVariantMap m_palettes;
    QVariantList m_pairs;

private slots:
    void initTestCase()
    {
        m_engine.addImportPath(u"qrc:/qt/qml"_s);
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Passerelle\nQtObject { property var palettes: Theme.palettes; "
                          "property var pairs: Theme.contrastPairs; property var names: Theme.names }",
                          QUrl(u"qrc:/tst_themecontrast.qml"_s));
        m_holder.reset(component.create());
        QVERIFY2(m_holder, qPrintable(component.errorString()));
        m_palettes = m_holder->property("palettes").value<QJSValue>().toVariant().toMap();
        m_pairs = m_holder->property("pairs").value<QJSValue>().toVariant().toList();
        QVERIFY(m_pairs.size() >= 20);
    }

    void formulaMatchesKnownRatios()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrastRatio(QColor(u"#767676"_s), Qt::white) * 100), 454); // the AA grey
    }

    void themesAreTheOnesThePreferencesOffer()
    {
        const QStringList names = m_holder->property("names").value<QJSValue>().toVariant().toStringList();
        QCOMPARE(names, Passerelle::DisplayPreferences::themes());
        for (const QString &name : names)
            QVERIFY2(m_palettes.contains(name), qPrintable(name));
    }

    void everyThemeHasTheSameRoles()
    {
        const QStringList roles = m_palettes.value(u"light"_s).toMap().keys();
        for (auto it = m_palettes.cbegin(); it != m_palettes.cend(); ++it) {
            QCOMPARE(it.value().toMap().keys(), roles);
            for (const QVariant &value : it.value().toMap())
                QVERIFY2(QColor(value.toString()).isValid(), qPrintable(it.key() + u": "_s + value.toString()));
        }
    }

    void contrast_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("minimum");
        for (auto it = m_palettes.cbegin(); it != m_palettes.cend(); ++it) {
            for (const QVariant &pair : std::as_const(m_pairs)) {
                const QVariantList p = pair.toList();
                const QString fg = p.at(0).toString(), bg = p.at(1).toString();
                QTest::addRow("%s %s on %s", qPrintable(it.key()), qPrintable(fg), qPrintable(bg))
                    << it.key() << fg << bg << p.at(2).toDouble();
            }
        }
    }

    void contrast()
    {
        QFETCH(QString, theme);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, minimum);
        const QVariantMap palette = m_palettes.value(theme).toMap();
        QVERIFY2(palette.contains(foreground) && palette.contains(background), "a pair names a role the palette lacks");
        const double ratio = contrastRatio(QColor(palette.value(foreground).toString()),
                                        QColor(palette.value(background).toString()));
        QVERIFY2(ratio >= minimum, qPrintable(u"%1 on %2 in %3: %4:1, needs %5:1"_s.arg(foreground, background, theme)
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(minimum)));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
