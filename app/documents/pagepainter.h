// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QBuffer>
#include <QByteArray>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <memory>

namespace Passerelle {

// Lays out text top to bottom on A4 pages of a PDF, starting a new page when one is full.
// Units are points (1/72 inch). The PDF is built in memory and written atomically.
class PagePainter
{
public:
    explicit PagePainter(const QString &documentTitle, QPageLayout::Orientation orientation = QPageLayout::Portrait);
    ~PagePainter();

    bool begin();
    void title(const QString &text);
    void subtitle(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text);
    void quote(const QString &text);
    void checkbox(const QString &text, bool checked, const QString &note);
    void footer(const QString &text);
    Status finish(const QString &filePath);

    QPainter &painter() { return m_painter; }
    QRectF area() const { return m_area; }

    static QFont font(qreal points, QFont::Weight weight = QFont::Normal);

private:
    // Draws wrapped text at the cursor, `indent` points in; breaks the page first if needed.
    qreal block(const QString &text, const QFont &font, const QColor &color, qreal indent = 0, qreal spaceAfter = 8);

    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QRectF m_area;
    qreal m_y = 0;
};

} // namespace Passerelle
