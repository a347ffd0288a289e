// SPDX-License-Identifier: Apache-2.0
#include "pagepainter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {
const QColor Ink(0x1C, 0x24, 0x30);
const QColor Muted(0x4D, 0x59, 0x66);
const QColor Accent(0x1D, 0x5C, 0x7A);
constexpr qreal Margin = 56; // about 2 cm
} // namespace

PagePainter::PagePainter(const QString &documentTitle, QPageLayout::Orientation orientation) : m_buffer(&m_bytes)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageOrientation(orientation);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer->setResolution(72);
    m_writer->setTitle(documentTitle);
    m_writer->setCreator(u"Passerelle"_s);
}

PagePainter::~PagePainter()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PagePainter::font(qreal points, QFont::Weight weight)
{
    QFont f(u"Inter"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

bool PagePainter::begin()
{
    if (!m_painter.begin(m_writer.get()))
        return false;
    const QRectF page = m_writer->pageLayout().paintRectPoints();
    m_area = page.adjusted(Margin, Margin, -Margin, -Margin);
    m_y = m_area.top();
    return true;
}

qreal PagePainter::block(const QString &text, const QFont &f, const QColor &color, qreal indent, qreal spaceAfter)
{
    m_painter.setFont(f);
    const QRectF box(m_area.left() + indent, m_y, m_area.width() - indent, m_area.bottom() - m_y);
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    QRectF needed = m_painter.boundingRect(QRectF(box.left(), 0, box.width(), 1e6), flags, text);
    if (m_y + needed.height() > m_area.bottom() && m_y > m_area.top()) {
        m_writer->newPage();
        m_y = m_area.top();
    }
    m_painter.setPen(color);
    const QRectF drawn(m_area.left() + indent, m_y, m_area.width() - indent, needed.height());
    m_painter.drawText(drawn, flags, text);
    m_y += needed.height() + spaceAfter;
    return drawn.top();
}

void PagePainter::title(const QString &text)
{
    block(text, font(20, QFont::DemiBold), Accent, 0, 4);
}

void PagePainter::subtitle(const QString &text)
{
    block(text, font(11), Muted, 0, 14);
}

void PagePainter::heading(const QString &text)
{
    m_y += 6;
    block(text, font(13, QFont::DemiBold), Ink, 0, 6);
}

void PagePainter::paragraph(const QString &text)
{
    block(text, font(10.5), Ink);
}

void PagePainter::quote(const QString &text)
{
    const qreal top = block(text, font(10.5), Ink, 14);
    m_painter.fillRect(QRectF(m_area.left(), top, 3, m_y - top - 8), Accent);
}

void PagePainter::checkbox(const QString &text, bool checked, const QString &note)
{
    const qreal top = block(text, font(10.5), Ink, 20, note.isEmpty() ? 7 : 2);
    const QRectF box(m_area.left() + 2, top + 2, 10, 10);
    m_painter.setPen(QPen(Ink, 1));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(box);
    if (checked) {
        m_painter.setPen(QPen(Accent, 1.6));
        m_painter.drawLine(QPointF(box.left() + 2, box.center().y()), QPointF(box.left() + 4.5, box.bottom() - 2));
        m_painter.drawLine(QPointF(box.left() + 4.5, box.bottom() - 2), QPointF(box.right() - 1.5, box.top() + 2));
    }
    if (!note.isEmpty())
        block(note, font(9.5), Muted, 20, 8);
}

void PagePainter::footer(const QString &text)
{
    m_painter.setFont(font(8.5));
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(m_area.left(), m_area.bottom() + 14, m_area.width(), 20),
                       Qt::AlignLeft | Qt::TextWordWrap, text);
}

Status PagePainter::finish(const QString &filePath)
{
    m_painter.end();
    m_writer.reset(); // flushes the PDF into m_bytes
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Cannot write %1: %2."_s.arg(filePath, file.errorString())};
    file.write(m_bytes);
    if (!file.commit())
        return Error{u"Cannot write %1: %2."_s.arg(filePath, file.errorString())};
    return success();
}

} // namespace Passerelle
