#include "printeddocument.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// A family every Debian installation of IoT Desk has (fonts-noto-cjk); the generic family
// follows where it is missing.
QFont reportFont()
{
    QFont font(u"Noto Sans CJK JP"_s, 10);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

QPageLayout a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

} // namespace

PrintedDocument::PrintedDocument(QString title, QString html, QPageLayout::Orientation orientation)
    : m_title(std::move(title))
    , m_html(std::move(html))
    , m_orientation(orientation)
{}

void PrintedDocument::render(QPagedPaintDevice *device) const
{
    QTextDocument document;
    document.setDefaultFont(reportFont());
    document.setHtml(m_html);
    // The page size stays unset: print() scales the document to the device's page and numbers
    // the pages.
    document.print(device);
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

void PrintedDocument::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(a4(m_orientation));
    printer.setDocName(m_title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(m_title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter *p) { render(p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace iotdesk::ui
