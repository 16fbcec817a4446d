// PrintedDocument: an HTML document laid out on A4 paper in IoT Desk's report font (Noto Sans
// CJK JP), printed, previewed or written as PDF. Qt's text layout numbers the pages at the foot.
// Every printed list of the program (the selected list, attendance sheets, participant lists,
// timetables) goes through it.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

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
    // Lays the document out for the device's page and paints every page on it.
    void render(QPagedPaintDevice *device) const;
    core::Result<void> writePdf(const QString &path) const;
    // A print preview window, from which the user prints.
    void preview(QWidget *parent) const;

private:
    QString m_title;
    QString m_html;
    QPageLayout::Orientation m_orientation;
};

} // namespace iotdesk::ui
