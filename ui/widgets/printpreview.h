// PrintPreview: a printed document in Qt's print preview window, from which the user prints
// (Qt PrintSupport). The document is laid out by the print library, which knows no printer, so
// that the command line writes the same PDFs without Qt Widgets.
#pragma once

class QWidget;

namespace iotdesk::ui {

class PrintedDocument;

class PrintPreview
{
public:
    // Modal over `parent`, as large as the screen's free area allows.
    static void show(const PrintedDocument &document, QWidget *parent);
};

} // namespace iotdesk::ui
