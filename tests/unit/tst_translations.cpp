// SPDX-License-Identifier: Apache-2.0
// Every French translation file of the app and its activity types is complete: no message
// left unfinished or empty, and both plural forms of every plural message.
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        const QString root = qEnvironmentVariable("PASSERELLE_SOURCE_DIR");
        int files = 0;
        for (const QString &folder : {u"app"_s, u"plugins"_s}) {
            QDirIterator it(root + u'/' + folder, {u"*_fr.ts"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QTest::newRow(qPrintable(file.mid(root.size() + 1))) << file;
                ++files;
            }
        }
        QVERIFY2(files >= 2, "no French translation files were found");
    }

    void frenchIsComplete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList problems;
        QString source;
        bool numerus = false;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message") {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                ++messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                if (type == u"vanished" || type == u"obsolete")
                    continue; // kept by lupdate for history, never shown
                if (type == u"unfinished")
                    problems << u"unfinished: "_s + source;
                if (numerus) {
                    int forms = 0;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform" && !xml.readElementText().trimmed().isEmpty())
                            ++forms;
                        else
                            xml.skipCurrentElement();
                    }
                    if (forms < 2)
                        problems << u"plural forms missing: "_s + source;
                } else if (xml.readElementText().trimmed().isEmpty()) {
                    problems << u"empty: "_s + source;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
