// PrintedDocument: an HTML document laid out on A4 paper in IoT Desk's report font
// (ReportFont), printed, previewed (PrintPreview, ui/widgets) or written as PDF. Qt's text layout
// numbers the pages at the foot. Every printed list of the program (the selected list, attendance
// sheets, participant lists, timetables) goes through it.
#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace iotdesk::ui {

class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::PrintedDocument)

public:
    PrintedDocument(QString title, QString html,
                    QPageLayout::Orientation orientation = QPageLayout::Portrait);

    const QString &title() const { return m_title; }
    const QString &html() const { return m_html; }
    // A line at the head of every page (the program and fiscal year); the pages are then
    // numbered "n / N" at the foot, and the text flows with a heading kept on the page of
    // what follows it: a subsection's (h3 and below) with the next block (its table or chart),
    // a section's (h1, h2) with the next three (its opening paragraph and chart).
    void setRunningHeader(const QString &header) { m_header = header; }
    // Images the HTML refers to by name (<img src="name">): charts drawn for the document. With
    // a running header, an image whose width is kFullWidth spans the text.
    static constexpr const char *kFullWidth = "@FULLWIDTH@";
    void addImage(const QString &name, const QImage &image) { m_images.insert(name, image); }
    // A chart drawn when the document is laid out, as wide in pixels as the text is on the
    // device (print resolution on a printer or PDF); without a running header 1400 pixels.
    using Chart = std::function<QImage(int pixelWidth)>;
    void addChart(const QString &name, Chart chart) { m_charts.insert(name, std::move(chart)); }
    // Lines break only between words (at spaces, and anywhere in Japanese, which has no
    // spaces): a table's column is then never narrower than its longest word, where Qt would
    // otherwise break a word ("Overdu-e") to fit a column it made too narrow. Off by default.
    void setWholeWords(bool wholeWords) { m_wholeWords = wholeWords; }

    // The report font, and the width of the text on the page, in points: for sizing what a
    // document holds (a table's columns) before it is laid out.
    static QFont font();
    static double textWidthPoints(QPageLayout::Orientation orientation = QPageLayout::Portrait);

    // A4 in the document's orientation, 20 mm margins: for the device it is rendered on.
    QPageLayout pageLayout() const;
    // Lays the document out for the device's page and paints every page on it (those of the
    // device's page range, when the user chose one in a print dialog).
    void render(QPagedPaintDevice *device) const;
    core::Result<void> writePdf(const QString &path) const;

private:
    QString m_title;
    QString m_html;
    QString m_header;
    QHash<QString, QImage> m_images;
    QHash<QString, Chart> m_charts;
    QPageLayout::Orientation m_orientation;
    bool m_wholeWords = false;
};

} // namespace iotdesk::ui
