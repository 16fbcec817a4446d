#include "ui/print/printeddocument.h"

#include "ui/print/reportfont.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

QPageLayout a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

// Qt's text layout breaks pages line by line: a heading can end a page whose next line (a
// chart, a table's first row) moves to the next, and a section can start in the last lines of
// a page. A heading is kept on the page of what follows it: a subsection's heading (h3 and
// below) with the block after it, a section's (h1, h2) with the three after it (its opening
// paragraph and chart). Where they would be parted, the heading gets a page break before it
// and the rest of the document is laid out again before the next heading is looked at.
void keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextBlock last = block;
        for (int i = 0; i < (level <= 2 ? 3 : 1) && last.next().isValid(); ++i)
            last = last.next();
        if (last == block)
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const double pageTop = std::floor(heading.top() / pageHeight) * pageHeight;
        if (heading.top() - pageTop < pageHeight * 0.05)
            continue; // already at the top of a page
        const double needed = layout->blockBoundingRect(last).bottom();
        // What is taller than a page cannot be kept on one; moving its heading would only
        // leave a gap.
        if (needed <= pageTop + pageHeight || needed - heading.top() > pageHeight)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        document.markContentsDirty(block.position(), document.characterCount() - block.position());
    }
}

} // namespace

QFont PrintedDocument::font()
{
    return ReportFont::font();
}

QPageLayout PrintedDocument::pageLayout() const
{
    return a4(m_orientation);
}

double PrintedDocument::textWidthPoints(QPageLayout::Orientation orientation)
{
    return a4(orientation).paintRect(QPageLayout::Point).width();
}

PrintedDocument::PrintedDocument(QString title, QString html, QPageLayout::Orientation orientation)
    : m_title(std::move(title))
    , m_html(std::move(html))
    , m_orientation(orientation)
{}

void PrintedDocument::render(QPagedPaintDevice *device) const
{
    QTextDocument document;
    document.setDefaultFont(ReportFont::font());
    if (m_wholeWords) {
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(option);
    }
    for (auto it = m_images.begin(); it != m_images.end(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    if (m_header.isEmpty()) {
        for (auto it = m_charts.begin(); it != m_charts.end(); ++it)
            document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value()(1400));
        document.setHtml(m_html);
        // The page size stays unset: print() scales the document to the device's page and
        // numbers the pages.
        document.print(device);
        return;
    }
    // Laid out for the device itself (fonts measured at its resolution) on its printable area
    // less a band for the header and one for the page number, then painted page by page.
    document.documentLayout()->setPaintDevice(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QFont font = ReportFont::font();
    const double band = QFontMetricsF(font, device).height() * 2;
    const QSizeF body(page.width(), page.height() - 2 * band);
    QString html = m_html;
    // Pictures span the text's width, whatever the device's resolution (Qt's text layout takes
    // an image's width in pixels of a 96 dpi screen and scales it to the device).
    // Qt scales an image by the device's resolution over the screen's (96 without one).
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double screenDpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    html.replace(QLatin1String(kFullWidth),
                 QString::number(int(body.width() * 0.96 * screenDpi / device->logicalDpiY())));
    // Charts are drawn as many pixels wide as the text is on the device.
    for (auto it = m_charts.begin(); it != m_charts.end(); ++it) {
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()),
                             it.value()(std::min(2400, int(body.width()))));
    }
    document.setHtml(html);
    document.setPageSize(body);
    document.setDocumentMargin(0);
    keepHeadingsWithNext(document, body.height());
    const int pages = document.pageCount();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    // A printer's page range, when the user chose one in the print dialog.
    int first = 1;
    int last = pages;
    if (const QPageRanges ranges = device->pageRanges(); !ranges.isEmpty()) {
        first = std::max(1, ranges.firstPage());
        last = std::min(pages, ranges.lastPage());
    }
    const QString header =
        QFontMetricsF(small, device).elidedText(m_header, Qt::ElideMiddle, body.width());
    QPainter painter(device);
    for (int n = first - 1; n < last; ++n) {
        if (n > first - 1)
            device->newPage();
        // The header and the page number go through the text layout as well, so that a PDF
        // reader finds them as text.
        const auto line = [&](const QString &text, Qt::Alignment alignment, double y) {
            QTextDocument part;
            part.documentLayout()->setPaintDevice(device);
            part.setDefaultFont(small);
            part.setDocumentMargin(0);
            part.setTextWidth(body.width());
            part.setPlainText(text);
            QTextOption option = part.defaultTextOption();
            option.setAlignment(alignment);
            part.setDefaultTextOption(option);
            painter.save();
            painter.translate(0, y);
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text, Qt::darkGray);
            part.documentLayout()->draw(&painter, context);
            painter.restore();
        };
        line(header, Qt::AlignRight, 0);
        painter.save();
        painter.setPen(Qt::darkGray);
        painter.drawLine(QPointF(0, band * 0.75), QPointF(body.width(), band * 0.75));
        painter.restore();
        line(u"%1 / %2"_s.arg(n + 1).arg(pages), Qt::AlignHCenter,
             band + body.height() + band * 0.2);
        painter.save();
        painter.translate(0, band - n * body.height());
        const QRectF clip(0, n * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

core::Result<void> PrintedDocument::writePdf(const QString &path) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        return core::Error(core::ErrorCode::Failed,
                           tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageLayout(a4(m_orientation));
    writer.setResolution(300);
    writer.setTitle(m_title);
    writer.setCreator(u"IoT Desk"_s);
    render(&writer);
    if (QFileInfo(path).size() == 0)
        return core::Error(core::ErrorCode::Failed,
                           tr("The PDF %1 could not be written.").arg(path));
    return {};
}

} // namespace iotdesk::ui
