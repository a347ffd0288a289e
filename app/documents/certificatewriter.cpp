// SPDX-License-Identifier: Apache-2.0
#include "certificatewriter.h"

#include "pagepainter.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

struct Wording
{
    QString heading, certifies, completed, version, score, date, code, check;
};

// The two languages of the app; the certificate follows the language the module was taken in.
Wording wording(const QString &language)
{
    if (language.startsWith(u"fr"_s))
        return {u"Attestation de réussite"_s,
                u"Passerelle atteste que"_s,
                u"a suivi et réussi le module"_s,
                u"version %1"_s,
                u"Résultat : %1 %"_s,
                u"Délivrée le %1"_s,
                u"Code de vérification : %1"_s,
                u"Pour vérifier cette attestation : passerelle-cli verify-certificate %1"_s};
    return {u"Certificate of completion"_s,
            u"Passerelle certifies that"_s,
            u"has completed and passed the module"_s,
            u"version %1"_s,
            u"Score: %1%"_s,
            u"Issued on %1"_s,
            u"Verification code: %1"_s,
            u"To check this certificate: passerelle-cli verify-certificate %1"_s};
}

const QString TitlePrefix = u"Passerelle certificate "_s;

} // namespace

Status CertificateWriter::writePdf(const Certificate &c, const QString &language, const QString &filePath)
{
    const Wording w = wording(language);
    const QLocale locale(language.startsWith(u"fr"_s) ? QLocale::French : QLocale::English);
    PagePainter page(TitlePrefix + c.code, QPageLayout::Landscape);
    if (!page.begin())
        return Error{u"The certificate PDF could not be prepared."_s};
    QPainter &p = page.painter();
    const QRectF area = page.area();
    const QColor accent(0x1D, 0x5C, 0x7A);
    const QColor ink(0x1C, 0x24, 0x30);
    const QColor muted(0x4D, 0x59, 0x66);

    p.setPen(QPen(accent, 3));
    p.drawRoundedRect(area.adjusted(-20, -20, 20, 20), 12, 12);
    p.setPen(QPen(accent, 0.8));
    p.drawRoundedRect(area.adjusted(-12, -12, 12, 12), 8, 8);

    auto line = [&](const QString &text, qreal y, qreal height, const QFont &font, const QColor &color) {
        p.setFont(font);
        p.setPen(color);
        p.drawText(QRectF(area.left(), y, area.width(), height), Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
    };
    const qreal top = area.top() + 20;
    line(u"PASSERELLE"_s, top, 20, PagePainter::font(11, QFont::DemiBold), accent);
    line(w.heading, top + 34, 44, PagePainter::font(30, QFont::DemiBold), ink);
    line(w.certifies, top + 104, 22, PagePainter::font(13), muted);
    line(c.learnerName, top + 132, 46, PagePainter::font(28, QFont::DemiBold), accent);
    line(w.completed, top + 190, 22, PagePainter::font(13), muted);
    line(c.moduleTitle, top + 218, 60, PagePainter::font(20, QFont::DemiBold), ink);
    line(w.version.arg(c.moduleVersion), top + 280, 18, PagePainter::font(11), muted);
    line(w.score.arg(qRound(c.scaled() * 100)) + u"   ·   "_s
             + w.date.arg(locale.toString(c.issuedAt.toLocalTime().date(), QLocale::LongFormat)),
         top + 316, 22, PagePainter::font(13), ink);
    line(w.code.arg(c.code), area.bottom() - 44, 20, PagePainter::font(12, QFont::DemiBold), ink);
    line(w.check.arg(c.code), area.bottom() - 22, 16, PagePainter::font(9), muted);
    return page.finish(filePath);
}

Expected<QString> CertificateWriter::codeFromPdf(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"Cannot read %1: %2."_s.arg(filePath, file.errorString())};
    if (file.size() > 32 * 1024 * 1024)
        return Error{u"%1 is too large to be a Passerelle certificate."_s.arg(filePath)};
    const QByteArray pdf = file.readAll();
    if (!pdf.startsWith("%PDF-"))
        return Error{u"%1 is not a PDF file."_s.arg(filePath)};
    // Qt writes the document title as a UTF-16 string; look for the code in both encodings.
    const QString asLatin1 = QString::fromLatin1(pdf);
    QString asUtf16;
    for (qsizetype i = 0; i + 1 < pdf.size(); i += 1) {
        if (pdf[i] == '\0' && pdf[i + 1] != '\0')
            asUtf16 += QChar::fromLatin1(pdf[i + 1]);
    }
    static const QRegularExpression code(u"Passerelle certificate ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})"_s);
    for (const QString &text : {asLatin1, asUtf16}) {
        const auto match = code.match(text);
        if (match.hasMatch())
            return match.captured(1);
    }
    return Error{u"%1 holds no Passerelle certificate code."_s.arg(filePath)};
}

} // namespace Passerelle
