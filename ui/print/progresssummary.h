// ProgressSummary: the printed progress summary for reporting upward, on A4 portrait. For the
// whole program: an overview table and charts, then a section per selected municipality; or
// one municipality alone. A section gives its profile and contacts, why it was selected, the
// meetings attended, its report history with the latest report's content, its consultations
// (count, hours, the latest) and open follow-ups, and a chart of its activity by month. Every
// page carries the program and fiscal year and is numbered. The text is in the interface
// language (the catalogue's Japanese, or English), dates in the user's style.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/overview/progresssummarydata.h"
#include "ui/print/printeddocument.h"

#include <QCoreApplication>
#include <QImage>

namespace iotdesk::ui {

class ProgressSummary
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::ProgressSummary)

public:
    ProgressSummary(core::ProgressSummaryData data, core::DateFormatter dates, bool japanese);

    PrintedDocument document() const;
    QString html() const;

    // Bars of a year by month (April to March), with a row of marks under them, drawn
    // `pixelWidth` pixels wide (the title, when there is one, above the bars).
    static QImage monthlyChart(const QString &title, const QList<QList<int>> &stacks,
                               const QList<QColor> &colours, const QStringList &legend,
                               const QStringList &marks, bool japanese, int pixelWidth = 1400);

    // The program's name as the summary's title: one line, or two balanced lines broken where
    // a reader pauses (a space, 「・」, after a run of hiragana), never a lone character.
    static QStringList titleLines(const QString &title);
    // The title's size, and how many half-width units (a CJK character counts two) fit on one
    // line of A4 portrait's text width at that size with room to spare.
    static constexpr int kTitlePoints = 18;
    static constexpr int kTitleLineUnits = 40;

private:
    QString overview() const;
    QString section(const core::MunicipalitySummary &m, int index) const;
    QString monthName(QDate month) const;
    QString reportMonthName(QDate month) const;

    core::ProgressSummaryData m_data;
    core::DateFormatter m_dates;
    bool m_japanese;
};

} // namespace iotdesk::ui
