// PrintedDocument: an HTML document laid out on A4 paper in IoT Desk's report font (Noto Sans
// CJK JP), printed, previewed or written as PDF. Qt's text layout numbers the pages at the foot.
// Every printed list of the program (the selected list, attendance sheets, participant lists,
// timetables) goes through it.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

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
    // Lays the document out for the device's page and paints every page on it.
    void render(QPagedPaintDevice *device) const;
    core::Result<void> writePdf(const QString &path) const;
    // A print preview window, from which the user prints.
    void preview(QWidget *parent) const;

private:
    QString m_title;
    QString m_html;
    QString m_header;
    QHash<QString, QImage> m_images;
    QHash<QString, Chart> m_charts;
    QPageLayout::Orientation m_orientation;
};

} // namespace iotdesk::ui
