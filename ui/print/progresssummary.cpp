#include "ui/print/progresssummary.h"

#include "core/applications/applicationrepository.h"
#include "core/foundation/japantime.h"
#include "core/reports/reportrepository.h"
#include "ui/print/reportfont.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString multiline(const QString &text)
{
    return esc(text).replace(u'\n', u"<br>"_s);
}

// Where a reader pauses between two characters of a title or a heading, and a line may break:
// at a space, after 「・」 or 「、」, or where a run of hiragana (のための) gives way to a word in
// kanji, katakana or Latin letters.
bool readerPause(QChar before, QChar after)
{
    const auto isHiragana = [](QChar c) {
        return c.unicode() >= 0x3041 && c.unicode() <= 0x309f;
    };
    return after == u' ' || before == u' ' || before == u'・' || before == u'、' ||
           (isHiragana(before) && !isHiragana(after) && after != u'・');
}

// A column heading's words, parted where a reader pauses: "Open" "follow-ups", 「未完了の」
// 「フォローアップ」.
QStringList headingWords(const QString &heading)
{
    QStringList words(1);
    for (qsizetype i = 0; i < heading.size(); ++i) {
        if (i > 0 && readerPause(heading[i - 1], heading[i]) && !words.last().isEmpty())
            words.append(QString());
        if (heading[i] != u' ')
            words.last() += heading[i];
    }
    if (words.last().isEmpty())
        words.removeLast();
    return words;
}

// A column heading as HTML that breaks between its words only (word joiners inside each: Qt
// would break Japanese between any two characters, and an English word at its hyphen).
QString headingHtml(const QString &heading)
{
    QStringList words = headingWords(heading);
    for (QString &word : words) {
        QString glued;
        for (qsizetype i = 0; i < word.size(); ++i)
            glued += (i > 0 ? QString(QChar(0x2060)) : QString()) + word[i];
        word = esc(glued);
    }
    // Latin words apart by a space; Japanese ones side by side (a line may break between).
    QString html;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0 &&
            (words[i - 1].back().unicode() < 0x2e80 || words[i].front().unicode() < 0x2e80))
            html += u" "_s;
        html += words[i];
    }
    return html;
}

// The width in points of a line of text in the report font (bold for a header).
double textWidth(const QString &text, bool bold)
{
    static const QImage points = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(2835); // 72 dots per inch: a dot is a point
        image.setDotsPerMeterY(2835);
        return image;
    }();
    QFont font = PrintedDocument::font();
    font.setBold(bold);
    return QFontMetricsF(font, &points).horizontalAdvance(text);
}

// Each column's share of a full-width table, in per cent, from what it holds: never less than
// its longest word (a heading's, parted where a reader pauses, see headingWords(); a cell's,
// parted by spaces only: a Japanese name counts whole), so that no word has to be broken; the
// width left over shared
// by how much more each column's longest line asks for. Where even the longest words do not
// fit, their widths in proportion.
QList<int> columnShares(const QStringList &headers, const QList<QStringList> &rows)
{
    // Padding and borders on both sides of a cell, and room for the difference between this
    // measure and the layout's.
    constexpr double kCellExtra = 10;
    const qsizetype columns = headers.size();
    QList<double> least(columns, 0.0);
    QList<double> most(columns, 0.0);
    const auto measure = [&](qsizetype column, const QString &text, bool bold) {
        for (const QString &line : text.split(u'\n')) {
            most[column] = std::max(most[column], textWidth(line, bold));
            for (const QString &word : line.split(u' ', Qt::SkipEmptyParts))
                least[column] = std::max(least[column], textWidth(word, bold));
        }
    };
    for (qsizetype c = 0; c < columns; ++c) {
        most[c] = textWidth(headers[c], true);
        for (const QString &word : headingWords(headers[c]))
            least[c] = std::max(least[c], textWidth(word, true));
        for (const QStringList &row : rows)
            measure(c, row.value(c), false);
        least[c] += kCellExtra;
        most[c] += kCellExtra;
    }
    const double available = PrintedDocument::textWidthPoints();
    double totalLeast = 0;
    double totalMost = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        totalLeast += least[c];
        totalMost += most[c];
    }
    QList<double> widths(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        if (totalMost <= available)
            widths[c] = most[c] * available / totalMost;
        else if (totalLeast <= available)
            widths[c] = least[c] +
                        (most[c] - least[c]) * (available - totalLeast) / (totalMost - totalLeast);
        else
            widths[c] = least[c] * available / totalLeast;
    }
    // Whole per cents adding up to 100; a column's rounding never takes it below its least.
    QList<int> shares(columns);
    int total = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        shares[c] = int(std::ceil(100 * least[c] / available - 1e-9));
        shares[c] = std::max(shares[c], int(std::lround(100 * widths[c] / available)));
        total += shares[c];
    }
    // Over 100 by rounding: taken from the columns with the most to spare.
    while (total > 100) {
        qsizetype widest = -1;
        double spare = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            const double s = shares[c] - 100 * least[c] / available;
            if (s >= 1 && s > spare) {
                spare = s;
                widest = c;
            }
        }
        if (widest < 0)
            break;
        --shares[widest];
        --total;
    }
    return shares;
}

// A full-width table's opening and head, its columns `shares` per cent wide.
QString tableHead(const QStringList &headers, const QList<int> &shares)
{
    QString html = u"<table width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr "
                   "style='background:#e8eef7'>"_s;
    for (qsizetype c = 0; c < headers.size(); ++c)
        html += u"<th width='%1%'>"_s.arg(shares.value(c)) + headingHtml(headers[c]) + u"</th>"_s;
    return html + u"</tr></thead><tbody>"_s;
}

QString tableHead(const QStringList &headers, const QList<QStringList> &rows)
{
    return tableHead(headers, columnShares(headers, rows));
}

} // namespace

ProgressSummary::ProgressSummary(core::ProgressSummaryData data, core::DateFormatter dates,
                                 bool japanese)
    : m_data(std::move(data))
    , m_dates(dates)
    , m_japanese(japanese)
{}

QString ProgressSummary::monthName(QDate month) const
{
    // A month in the user's date style: 令和元年7月, 2019年7月; ISO dates in English read
    // Jul 2019.
    if (!m_japanese && m_dates.style() == core::DateStyle::Iso)
        return QLocale(QLocale::English).toString(month, u"MMM yyyy"_s);
    return m_dates.month(month);
}

QString ProgressSummary::reportMonthName(QDate month) const
{
    // A month's report in Japanese: 令和元年7月分.
    const QString name = monthName(month);
    return m_japanese && m_dates.style() != core::DateStyle::Iso ? name + u"分"_s : name;
}

QStringList ProgressSummary::titleLines(const QString &title)
{
    // Widths in half-width units: a CJK character counts two.
    const auto width = [](QStringView text) {
        qsizetype units = 0;
        for (const QChar c : text)
            units += c.unicode() >= 0x2e80 ? 2 : 1;
        return units;
    };
    const qsizetype total = width(title);
    if (total <= kTitleLineUnits)
        return {title};
    // Two balanced lines, broken where a reader would pause: at a space, after 「・」 or 「、」,
    // or where a run of hiragana (のための) gives way to a word in kanji or Latin letters.
    qsizetype best = -1;
    qsizetype bestDifference = total;
    for (qsizetype i = 1; i < title.size(); ++i) {
        if (title.at(i - 1) == u' ' || !readerPause(title.at(i - 1), title.at(i)))
            continue;
        const qsizetype left = width(QStringView(title).left(i).trimmed());
        const qsizetype difference = std::abs(total - 2 * left);
        if (difference < bestDifference) {
            best = i;
            bestDifference = difference;
        }
    }
    if (best < 0)
        return {title};
    return {title.left(best).trimmed(), title.mid(best).trimmed()};
}

QImage ProgressSummary::monthlyChart(const QString &title, const QList<QList<int>> &stacks,
                                     const QList<QColor> &colours, const QStringList &legend,
                                     const QStringList &marks, bool japanese, int pixelWidth)
{
    // Drawn on a 1400-unit-wide canvas scaled to the pixels asked for: the printed document
    // asks for the width of the text on its device, so a chart is drawn at print resolution.
    const QSizeF size(1400, title.isEmpty() ? 390 : 440);
    const double scale = std::max(200, pixelWidth) / size.width();
    QImage image((size * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    QFont font = ReportFont::font();
    font.setPixelSize(26);
    p.setFont(font);
    const QFontMetricsF metrics(font);
    const double left = 20;
    const double top = title.isEmpty() ? 20 : 60;
    const double bottom = size.height() - 100;
    const double width = size.width() - left - 20;
    p.setPen(Qt::black);
    if (!title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(0, 0, size.width(), top - 10), Qt::AlignCenter, title);
        p.setFont(font);
    }
    int highest = 1;
    for (int m = 0; m < 12; ++m) {
        int sum = 0;
        for (const QList<int> &stack : stacks)
            sum += stack.value(m);
        highest = std::max(highest, sum);
    }
    const double slot = width / 12;
    const double perUnit = (bottom - top - 34) / highest;
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
    for (int m = 0; m < 12; ++m) {
        double y = bottom;
        int sum = 0;
        for (int s = 0; s < stacks.size(); ++s) {
            const int value = stacks[s].value(m);
            if (value <= 0)
                continue;
            const QRectF bar(left + m * slot + slot * 0.2, y - value * perUnit, slot * 0.6,
                             value * perUnit);
            p.fillRect(bar, colours.value(s, Qt::gray));
            y = bar.top();
            sum += value;
        }
        p.setPen(Qt::black);
        if (sum > 0)
            p.drawText(QRectF(left + m * slot, y - 34, slot, 32), Qt::AlignCenter,
                       QString::number(sum));
        const QDate month = QDate(2000, 4, 1).addMonths(m);
        p.drawText(QRectF(left + m * slot, bottom + 4, slot, 32), Qt::AlignCenter,
                   japanese ? u"%1月"_s.arg(month.month())
                            : QLocale(QLocale::English).toString(month, u"MMM"_s));
        p.drawText(QRectF(left + m * slot, bottom + 36, slot, 32), Qt::AlignCenter, marks.value(m));
    }
    // The legend along the foot.
    double x = left;
    for (int s = 0; s < legend.size(); ++s) {
        p.fillRect(QRectF(x, size.height() - 28, 22, 22), colours.value(s, Qt::gray));
        p.setPen(Qt::black);
        const double w = metrics.horizontalAdvance(legend[s]);
        p.drawText(QRectF(x + 30, size.height() - 34, w + 4, 32), Qt::AlignVCenter, legend[s]);
        x += 30 + w + 36;
    }
    return image;
}

QString ProgressSummary::overview() const
{
    const core::Program &program = m_data.program;
    // The program's name on one line or two balanced ones, never with a word left alone.
    QStringList title = titleLines(m_japanese ? program.nameJa : program.nameEn);
    for (QString &line : title)
        line = esc(line);
    QString html = u"<h1 align='center' style='font-size:%1pt'>"_s.arg(kTitlePoints) +
                   title.join(u"<br>"_s) + u"</h1><h2 align='center'>"_s +
                   esc(tr("Progress summary")) + u"</h2>"_s;
    html += u"<p align='center'>"_s +
            esc(tr("%1 · as of %2")
                    .arg(m_japanese ? core::DateFormatter::eraFiscalYearLabel(program.fiscalYear)
                                    : u"FY%1"_s.arg(program.fiscalYear),
                         m_dates.date(m_data.asOf))) +
            u"</p>"_s;
    int applications = 0;
    for (const auto &b : m_data.overview.bureaus)
        applications += b.applications;
    html += u"<p>"_s +
            esc(tr("%1 applications were received and %2 municipalities selected.")
                    .arg(applications)
                    .arg(m_data.municipalities.size())) +
            u"</p>"_s;
    const QStringList headers = {
        tr("Municipality"), tr("Reports received"), tr("Overdue"),        tr("Consultations"),
        tr("Hours"),        tr("Meeting gaps"),     tr("Open follow-ups")};
    QList<QStringList> rows;
    for (const core::MunicipalitySummary &m : m_data.municipalities) {
        int received = 0;
        int due = 0;
        int overdue = 0;
        for (const core::MonthlyReport &r : m.reports) {
            const core::ReportStatus status = r.status(m_data.asOf);
            if (status == core::ReportStatus::NotYetDue)
                continue;
            ++due;
            received += r.receivedOn ? 1 : 0;
            overdue += status == core::ReportStatus::Overdue ? 1 : 0;
        }
        rows.append({m.name, u"%1 / %2"_s.arg(received).arg(due), QString::number(overdue),
                     QString::number(m.consultations), QLocale().toString(m.minutes / 60.0, 'f', 1),
                     QString::number(m.commitments.gaps()),
                     QString::number(m.openFollowUps.size())});
    }
    html += tableHead(headers, rows);
    for (const QStringList &row : rows) {
        html += u"<tr><td>"_s + esc(row[0]) + u"</td>"_s;
        for (qsizetype c = 1; c < row.size(); ++c)
            html += u"<td align='right'>"_s + esc(row[c]) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    if (m_data.municipalities.isEmpty()) {
        html += u"<tr><td colspan='7' align='center'>"_s +
                esc(tr("No municipality is selected yet.")) + u"</td></tr>"_s;
    }
    // Each chart under its own heading, so that the two move to the next page together.
    html += u"</tbody></table><h3>"_s + esc(tr("Monthly reports")) +
            u"</h3><p><img src='overview-reports' width='@FULLWIDTH@'></p><h3>"_s +
            esc(tr("Consultations per month")) +
            u"</h3><p><img src='overview-consultations' width='@FULLWIDTH@'></p>"_s;
    return html;
}

QString ProgressSummary::section(const core::MunicipalitySummary &m, int index) const
{
    // Sections follow one another; PrintedDocument keeps each heading with what follows it,
    // a municipality's name with its profile and chart.
    QString html =
        u"<h2>"_s + esc(m.name) + u"</h2><p>"_s +
        esc(tr("Local government code %1 · %2").arg(m.code6, m_japanese ? m.bureauJa : m.bureauEn));
    if (!m.jointMembers.isEmpty())
        html += u"<br>"_s + esc(tr("Joint applicants: %1").arg(m.jointMembers.join(u"、"_s)));
    html += u"</p>"_s;
    // The activity chart at the head of the section, where the page has room for it.
    html += u"<h3>"_s + esc(tr("Activity by month")) +
            u"</h3><p><img src='activity-%1' width='@FULLWIDTH@'></p>"_s.arg(index);

    html += u"<h3>"_s + esc(tr("Contacts")) + u"</h3>"_s;
    if (m.contacts.isEmpty()) {
        html += u"<p>—</p>"_s;
    } else {
        QList<QStringList> rows;
        for (const core::ApplicationContact &c : m.contacts) {
            rows.append({c.name, QStringList{c.department, c.title}.join(u" "_s).trimmed(), c.phone,
                         c.email});
        }
        html += tableHead({tr("Name"), tr("Department"), tr("Phone"), tr("E-mail")}, rows);
        for (const QStringList &row : rows) {
            html += u"<tr><td>"_s + esc(row[0]) + u"</td><td>"_s + esc(row[1]) + u"</td><td>"_s +
                    esc(row[2]) + u"</td><td>"_s + esc(row[3]) + u"</td></tr>"_s;
        }
        html += u"</tbody></table>"_s;
    }

    html += u"<h3>"_s + esc(tr("Why it was selected")) + u"</h3><p>"_s +
            (m.rationale.isEmpty()
                 ? u"—"_s
                 : multiline(core::ApplicationRepository::rationaleText(m.rationale))) +
            u"</p>"_s;

    QList<QStringList> meetings;
    QStringList colours;
    for (int i = 0; i < m_data.meetings.size(); ++i) {
        const core::ProgramMeeting &meeting = m_data.meetings[i];
        const core::CommitmentCell cell = m.commitments.cells.value(i);
        colours.append(cell.state == core::CommitmentState::Gap    ? u"#fde2e1"_s
                       : cell.state == core::CommitmentState::Kept ? u"#e3f4e4"_s
                                                                   : u"#ffffff"_s);
        meetings.append(
            {m_japanese || meeting.nameEn.isEmpty() ? meeting.nameJa : meeting.nameEn, cell.text});
    }
    html += u"<h3>"_s + esc(tr("Meetings")) + u"</h3>"_s +
            tableHead({tr("Meeting"), tr("Attendance")}, meetings);
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        html += u"<tr><td>"_s + esc(meetings[i][0]) + u"</td><td style='background:"_s +
                colours[i] + u"'>"_s + esc(meetings[i][1]) + u"</td></tr>"_s;
    }
    html += u"</tbody></table>"_s;

    // The history: the months due so far; the months still to come in one line under it.
    html += u"<h3>"_s + esc(tr("Monthly reports")) + u"</h3>"_s;
    QList<QStringList> history;
    QList<bool> overdue;
    const core::MonthlyReport *latest = nullptr;
    const core::MonthlyReport *next = nullptr;
    int toCome = 0;
    for (const core::MonthlyReport &r : m.reports) {
        const core::ReportStatus status = r.status(m_data.asOf);
        if (r.receivedOn)
            latest = &r;
        if (status == core::ReportStatus::NotYetDue && !r.receivedOn) {
            next = next ? next : &r;
            ++toCome;
            continue;
        }
        history.append(
            {reportMonthName(r.month), m_dates.date(r.dueOn),
             core::ReportRepository::statusName(status) + (r.late() ? tr(" (late)") : QString()),
             r.receivedOn ? m_dates.date(*r.receivedOn) : QString()});
        overdue.append(status == core::ReportStatus::Overdue);
    }
    if (!history.isEmpty()) {
        html += tableHead({tr("Month"), tr("Due"), tr("Status"), tr("Received")}, history);
        for (qsizetype i = 0; i < history.size(); ++i) {
            html += u"<tr><td>"_s + esc(history[i][0]) + u"</td><td>"_s + esc(history[i][1]) +
                    u"</td><td"_s + (overdue[i] ? u" style='background:#fde2e1'"_s : QString()) +
                    u">"_s + esc(history[i][2]) + u"</td><td>"_s + esc(history[i][3]) +
                    u"</td></tr>"_s;
        }
        html += u"</tbody></table>"_s;
    }
    if (next) {
        html += u"<p>"_s +
                esc(tr("%n more report(s) to come; the next, %1, is due %2.", "", toCome)
                        .arg(reportMonthName(next->month), m_dates.date(next->dueOn))) +
                u"</p>"_s;
    } else if (history.isEmpty()) {
        html += u"<p>—</p>"_s;
    }
    if (latest) {
        html += u"<p><b>"_s + esc(tr("The latest report (%1)").arg(monthName(latest->month))) +
                u"</b></p>"_s;
        const QList<std::pair<QString, QString>> parts = {
            {tr("Activities"), latest->activities},
            {tr("Progress against the milestones"), latest->progress},
            {tr("Issues and risks"), latest->issues},
            {tr("Next month"), latest->nextPlans},
            {tr("Support requested"), latest->supportRequested}};
        for (const auto &[title, text] : parts) {
            if (!text.isEmpty())
                html += u"<p><i>"_s + esc(title) + u"</i>: "_s + multiline(text) + u"</p>"_s;
        }
    }

    // The plan's milestones as the latest reports give them; a delayed one stands out.
    if (!m.milestones.isEmpty()) {
        QList<QStringList> rows;
        for (const core::MilestoneProgress &p : m.milestones) {
            rows.append(
                {p.title, m_dates.date(p.dueOn),
                 p.state ? (m_japanese ? core::japaneseName(*p.state) : core::englishName(*p.state))
                         : tr("not yet reported"),
                 p.note});
        }
        html += u"<h3>"_s + esc(tr("Milestones of the plan")) + u"</h3>"_s +
                tableHead({tr("Milestone"), tr("Due"), tr("State"), tr("Note")}, rows);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const bool delayed = m.milestones[i].state == core::MilestoneState::Delayed;
            html += u"<tr><td>"_s + esc(rows[i][0]) + u"</td><td>"_s + esc(rows[i][1]) +
                    u"</td><td"_s + (delayed ? u" style='background:#fde2e1'"_s : QString()) +
                    u">"_s + esc(rows[i][2]) + u"</td><td>"_s + esc(rows[i][3]) + u"</td></tr>"_s;
        }
        html += u"</tbody></table>"_s;
    }

    html += u"<h3>"_s + esc(tr("Consultations")) + u"</h3><p>"_s +
            esc(tr("%1 consultations this fiscal year, %2 hours.")
                    .arg(m.consultations)
                    .arg(QLocale().toString(m.minutes / 60.0, 'f', 1))) +
            u"</p>"_s;
    if (!m.latest.isEmpty()) {
        html += u"<ul>"_s;
        for (const auto &item : m.latest) {
            html += u"<li>"_s +
                    esc(m_dates.date(item.at.toTimeZone(core::JapanTime::zone()).date()) + u" ("_s +
                        (m_japanese ? core::japaneseName(item.channel)
                                    : core::englishName(item.channel)) +
                        u") "_s + item.summary) +
                    u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    html += u"<h3>"_s + esc(tr("Open follow-ups")) + u"</h3>"_s;
    if (m.openFollowUps.isEmpty()) {
        html += u"<p>"_s + esc(tr("None.")) + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const auto &f : m.openFollowUps) {
            html +=
                u"<li>"_s + esc(f.action) +
                (f.dueOn.isValid() ? esc(tr(" (due %1)").arg(m_dates.date(f.dueOn))) : QString()) +
                u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

QString ProgressSummary::html() const
{
    QString html = u"<html><body>"_s;
    if (m_data.wholeProgram)
        html += overview();
    else
        html += u"<h2 align='center'>"_s + esc(tr("Progress summary")) + u"</h2>"_s;
    for (int i = 0; i < m_data.municipalities.size(); ++i)
        html += section(m_data.municipalities[i], i);
    html += u"</body></html>"_s;
    return html;
}

PrintedDocument ProgressSummary::document() const
{
    const core::Program &program = m_data.program;
    const QString fiscalYear = m_japanese
                                   ? core::DateFormatter::eraFiscalYearLabel(program.fiscalYear)
                                   : u"FY%1"_s.arg(program.fiscalYear);
    PrintedDocument document(
        (m_japanese ? program.nameJa : program.nameEn) + u" "_s + tr("Progress summary"), html());
    // Its tables' columns are sized from what they hold (columnShares()), words kept whole.
    document.setWholeWords(true);
    document.setRunningHeader(fiscalYear + u"　"_s +
                              (m_japanese ? program.nameJa : program.nameEn));
    const QColor onTime(0x66, 0xbb, 0x6a);
    const QColor late(0xff, 0xca, 0x28);
    const QColor missing(0xe5, 0x73, 0x73);
    QList<int> onTimes, lates, missings, consultations;
    for (const auto &r : m_data.overview.reports) {
        onTimes << r.onTime;
        lates << r.late;
        missings << r.missing;
    }
    for (const auto &c : m_data.overview.consultations) {
        int sum = 0;
        for (int n : c.byChannel)
            sum += n;
        consultations << sum;
    }
    const bool japanese = m_japanese;
    document.addChart(u"overview-reports"_s, [=](int width) {
        return monthlyChart(
            {}, {onTimes, lates, missings}, {onTime, late, missing},
            {tr("Received on time"), tr("Received late"), tr("Overdue, not received")}, {},
            japanese, width);
    });
    document.addChart(u"overview-consultations"_s, [=](int width) {
        return monthlyChart({}, {consultations}, {QColor(0x42, 0xa5, 0xf5)}, {tr("Consultations")},
                            {}, japanese, width);
    });
    for (int i = 0; i < m_data.municipalities.size(); ++i) {
        const core::MunicipalitySummary &m = m_data.municipalities[i];
        // Under each month: ✓ a report received, ✗ one missing.
        QStringList marks(12);
        for (const core::MonthlyReport &r : m.reports) {
            const int at = core::DateFormatter::fiscalMonth(program.fiscalYear, r.month);
            if (at < 0 || at >= 12)
                continue;
            marks[at] = r.receivedOn                                           ? u"✓"_s
                        : r.status(m_data.asOf) == core::ReportStatus::Overdue ? u"✗"_s
                                                                               : QString();
        }
        const QList<int> byMonth = m.consultationsByMonth;
        document.addChart(u"activity-%1"_s.arg(i), [=](int width) {
            return monthlyChart({}, {byMonth}, {QColor(0x42, 0xa5, 0xf5)},
                                {tr("Consultations (✓ report received, ✗ missing)")}, marks,
                                japanese, width);
        });
    }
    return document;
}

} // namespace iotdesk::ui
