#include "ui/widgets/printpreview.h"

#include "ui/print/printeddocument.h"

#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QWidget>

namespace iotdesk::ui {

void PrintPreview::show(const PrintedDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(document.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.title());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *p) { document.render(p); });
    // Within the screen's free area: a 768-pixel laptop keeps the preview's controls in view.
    QSize size(900, 1000);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size().shrunkBy(QMargins(0, 0, 8, 40)));
    dialog.resize(size);
    dialog.exec();
}

} // namespace iotdesk::ui
