// SelectedListReport: the published list of selected applicants (選定結果) on A4, in
// Japanese: the program's name and fiscal year, the list in prefecture order with joint
// applicants, and the issuing office and date. Printed, previewed or written as PDF.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/foundation/result.h"
#include "core/programs/program.h"
#include "core/selection/selectionpublication.h"
#include "ui/print/printeddocument.h"

#include <QCoreApplication>
#include <QString>

namespace iotdesk::ui {

class SelectedListReport
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::SelectedListReport)

public:
    SelectedListReport(core::Program program, QList<core::PublishedEntry> entries,
                       core::DateFormatter dates, QDate issuedOn);

    QString html() const;
    PrintedDocument document() const;
    // Lays the list out for the device (A4 with margins) and paints every page on it.
    void render(QPagedPaintDevice *device) const { document().render(device); }
    core::Result<void> writePdf(const QString &path) const { return document().writePdf(path); }

private:
    core::Program m_program;
    QList<core::PublishedEntry> m_entries;
    core::DateFormatter m_dates;
    QDate m_issuedOn;
};

} // namespace iotdesk::ui
