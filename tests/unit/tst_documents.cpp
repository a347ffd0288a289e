// SPDX-License-Identifier: Apache-2.0
// Documents as PDF and Markdown: field cards and reflections from views, and certificates.
#include "certificatewriter.h"
#include "documentwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestDocuments : public QObject
{
    Q_OBJECT

    static QVariantMap fieldCard()
    {
        return {{u"title"_s, u"Before the mission"_s},
                {u"subtitle"_s, u"Field card"_s},
                {u"footer"_s, u"Passerelle"_s},
                {u"blocks"_s, QVariantList{
                     QVariantMap{{u"kind"_s, u"heading"_s}, {u"text"_s, u"People"_s}},
                     QVariantMap{{u"kind"_s, u"checkbox"_s}, {u"text"_s, u"Brief the interpreter"_s}, {u"checked"_s, true},
                                 {u"note"_s, u"Send the glossary two days ahead"_s}},
                     QVariantMap{{u"kind"_s, u"checkbox"_s}, {u"text"_s, u"Ask who decides"_s}},
                     QVariantMap{{u"kind"_s, u"quote"_s}, {u"text"_s, u"Listen first.\nThen ask."_s}},
                     QVariantMap{{u"kind"_s, u"video"_s}, {u"text"_s, u"an unknown kind is a paragraph"_s}},
                     QVariantMap{{u"kind"_s, u"paragraph"_s}, {u"text"_s, u"   "_s}}}}};
    }

private slots:
    void readsWhatAViewSends()
    {
        const Document d = Document::fromVariant(fieldCard());
        QCOMPARE(d.title, u"Before the mission"_s);
        QCOMPARE(d.blocks.size(), 5); // the blank paragraph is dropped
        QCOMPARE(d.blocks[1].kind, Document::Block::Kind::Checkbox);
        QVERIFY(d.blocks[1].checked);
        QCOMPARE(d.blocks[4].kind, Document::Block::Kind::Paragraph);
        QVariantList many;
        for (int i = 0; i < 5000; ++i)
            many << QVariantMap{{u"kind"_s, u"paragraph"_s}, {u"text"_s, u"x"_s}};
        QCOMPARE(Document::fromVariant({{u"blocks"_s, many}}).blocks.size(), 2000);
    }

    void writesMarkdown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.md"_s);
        QVERIFY(DocumentWriter::write(Document::fromVariant(fieldCard()), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(u"# Before the mission\n"_s));
        QVERIFY(md.contains(u"- [x] Brief the interpreter\n  Send the glossary two days ahead\n"_s));
        QVERIFY(md.contains(u"- [ ] Ask who decides\n"_s));
        QVERIFY(md.contains(u"> Listen first.\n> Then ask.\n"_s));
    }

    void writesPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.pdf"_s);
        QVERIFY(DocumentWriter::write(Document::fromVariant(fieldCard()), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Count 1")); // one page
        QVERIFY(pdf.size() > 2000);
        // A long document breaks onto more pages.
        QVariantList blocks;
        for (int i = 0; i < 120; ++i)
            blocks << QVariantMap{{u"kind"_s, u"paragraph"_s}, {u"text"_s, u"A paragraph long enough to take a line or two on an A4 page, again and again."_s}};
        QVERIFY(DocumentWriter::write(Document::fromVariant({{u"title"_s, u"Long"_s}, {u"blocks"_s, blocks}}), path));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(!g.readAll().contains("/Count 1 "));
        const Status refused = DocumentWriter::write(Document::fromVariant(fieldCard()), dir.filePath(u"card.docx"_s));
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u".pdf or .md"_s));
    }

    void certificateCarriesItsCode()
    {
        Certificate c;
        c.code = Certificate::codeFor(u"s"_s, u"l"_s, u"m"_s, u"r"_s, 8, 10);
        c.learnerName = u"Amira Haddad"_s;
        c.moduleTitle = u"Travailler efficacement à travers les cultures"_s;
        c.moduleVersion = u"1.0.0"_s;
        c.scoreRaw = 8;
        c.scoreMax = 10;
        c.issuedAt = QDateTime::currentDateTimeUtc();
        QTemporaryDir dir;
        for (const QString &language : {u"en"_s, u"fr"_s}) {
            const QString path = dir.filePath(language + u".pdf"_s);
            QVERIFY(CertificateWriter::writePdf(c, language, path));
            auto code = CertificateWriter::codeFromPdf(path);
            QVERIFY2(code, qPrintable(code.errorMessage()));
            QCOMPARE(code.value(), c.code);
        }
        QFile notPdf(dir.filePath(u"x.pdf"_s));
        QVERIFY(notPdf.open(QIODevice::WriteOnly));
        notPdf.write("hello");
        notPdf.close();
        QVERIFY(!CertificateWriter::codeFromPdf(notPdf.fileName()));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
