#include "ui/overview/dashboardpage.h"

#include "core/foundation/japantime.h"
#include "core/municipalities/localgovernment.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "ui/print/progresssummary.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/programselector.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// The charts' views by their place (DashboardPage::ChartIndex), named for the tests to find.
constexpr const char *kChartNames[] = {"bureauChart",   "reportChart",     "consultationChart",
                                       "followUpChart", "attendanceChart", "milestoneChart"};
static_assert(std::size(kChartNames) == DashboardPage::ChartCount);

bool japanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString monthLabel(QDate month)
{
    return japanese() ? u"%1月"_s.arg(month.month())
                      : QLocale(QLocale::English).toString(month, u"MMM"_s);
}

// A meeting under its bar, by its place in the program: 第1回, 1st.
QString meetingOrdinal(int seq)
{
    if (japanese())
        return u"第%1回"_s.arg(seq);
    const int tens = seq % 100;
    const int units = seq % 10;
    const QString suffix = tens >= 11 && tens <= 13 ? u"th"_s
                           : units == 1             ? u"st"_s
                           : units == 2             ? u"nd"_s
                           : units == 3             ? u"rd"_s
                                                    : u"th"_s;
    return QString::number(seq) + suffix;
}

// The axes of a bar chart: categories one way, counts the other.
void setAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
             double highest, bool horizontal, const QString &format = u"%d"_s)
{
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    auto *valueAxis = new QValueAxis;
    // Whole-number ticks, with room above the tallest bar for its number.
    const double step = std::max(1.0, std::ceil(highest * 1.2 / 4));
    valueAxis->setRange(0, step * std::max(1.0, std::ceil(highest * 1.2 / step)));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(format);
    valueAxis->setLabelsFont(small);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

// Plain text that a line never breaks inside: no-break spaces, and word joiners between its
// characters (Japanese breaks between any two; Qt's rich text ignores white-space:nowrap on
// a span).
QString unbreakable(const QString &text)
{
    QString glued;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0)
            glued += QChar(0x2060);
        glued += text[i] == u' ' ? QChar(QChar::Nbsp) : text[i];
    }
    return glued;
}

// One of the key figures, whole: "reports missing <b>9</b>", "令和8年11月30日 現在".
QString figure(const QString &pattern, const QString &value, bool bold = true)
{
    const qsizetype at = pattern.indexOf(u"%1"_s);
    if (at < 0)
        return unbreakable(pattern).toHtmlEscaped();
    const QString shown = unbreakable(value).toHtmlEscaped();
    return unbreakable(pattern.left(at)).toHtmlEscaped() + QChar(0x2060) +
           (bold ? u"<b>"_s + shown + u"</b>"_s : shown) + QChar(0x2060) +
           unbreakable(pattern.mid(at + 2)).toHtmlEscaped();
}

QBarSet *barSet(const QString &name, QColor colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    set->setLabelColor(Qt::black);
    return set;
}

} // namespace

DashboardPage::DashboardPage(const core::Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_figures(new QLabel(this))
    , m_summary(new QPushButton(this))
{
    setObjectName(u"dashboardPage"_s);
    m_programLabel->setBuddy(m_programs);
    m_figures->setObjectName(u"dashboardFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    // The key figures on a line of their own under the program, the whole page wide: on one
    // line on a 1024-pixel screen, and where they must wrap, between two figures only.
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs, 1);
    top->addWidget(m_summary);
    auto *menu = new QMenu(m_summary);
    menu->addAction(QString(), this, [this] { PrintPreview::show(summary(), this); });
    menu->addAction(QString(), this, [this] {
        const QString path =
            FileChooser::saveFileName(this, tr("Save the Progress Summary"),
                                      summary().title() + u".pdf"_s, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto written = summary().writePdf(path); !written)
            emit errorShown(written.message());
    });
    m_summary->setMenu(menu);
    auto *grid = new QGridLayout;
    QList<QWidget *> cards;
    for (int i = 0; i < ChartCount; ++i) {
        // A white card: the chart, and its legend under it.
        auto *card = new QWidget(this);
        card->setAutoFillBackground(true);
        QPalette white = card->palette();
        white.setColor(QPalette::Window, Qt::white);
        card->setPalette(white);
        auto *chart = new QChart;
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setBackgroundRoundness(0);
        // The legend is a label that wraps between its entries: the chart's own legend cuts
        // the names short ("Receive…") where the chart is narrow.
        chart->legend()->hide();
        QFont title = chart->titleFont();
        title.setBold(true);
        chart->setTitleFont(title);
        auto *view = new QChartView(chart, card);
        view->setObjectName(QString::fromLatin1(kChartNames[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setBackgroundBrush(Qt::white);
        view->setMinimumSize(220, 150); // three across within a 1024-pixel screen
        auto *legend = new QLabel(card);
        legend->setObjectName(u"chartLegend"_s);
        legend->setTextFormat(Qt::RichText);
        legend->setWordWrap(true);
        legend->setAlignment(Qt::AlignCenter);
        legend->setContentsMargins(4, 0, 4, 6);
        legend->hide();
        auto *column = new QVBoxLayout(card);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        column->addWidget(view, 1);
        column->addWidget(legend);
        m_charts.append(chart);
        m_views.append(view);
        m_legends.append(legend);
        cards.append(card);
    }
    // Months as 4月 or Apr where twelve fit across a chart, else shorter.
    for (const ChartIndex monthly : {ReportChart, ConsultationChart}) {
        connect(m_charts[monthly], &QChart::plotAreaChanged, this,
                [this, monthly] { fitMonthLabels(monthly); });
    }
    // The monthly charts need width for twelve months.
    grid->addWidget(cards[BureauChart], 0, 0);
    grid->addWidget(cards[MilestoneChart], 1, 0);
    grid->addWidget(cards[ReportChart], 0, 1);
    grid->addWidget(cards[ConsultationChart], 0, 2);
    grid->addWidget(cards[FollowUpChart], 1, 1);
    grid->addWidget(cards[AttendanceChart], 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addLayout(grid, 1);
    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reload();
    });
    // Read when shown; a change made elsewhere marks a hidden page for reading when shown.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this, &DashboardPage::refresh);
    retranslate();
    markStale();
}

qint64 DashboardPage::programId() const
{
    return m_programs->programId();
}

void DashboardPage::dateStyleChanged()
{
    refresh();
}

void DashboardPage::reload()
{
    if (m_reloading)
        return;
    markFresh();
    m_reloading = true;
    if (const QString error = m_programs->reload(dates()); !error.isEmpty())
        emit errorShown(error);
    m_reloading = false;
    if (programId() == 0) {
        for (QChart *chart : m_charts)
            chart->removeAllSeries();
        for (QLabel *legend : m_legends)
            legend->hide();
        m_figures->clear();
        m_data = {};
        return;
    }
    auto loaded = core::DashboardData::load(m_db, programId(), core::JapanTime::today());
    if (!loaded) {
        emit errorShown(loaded.message());
        return;
    }
    m_data = *loaded;
    rebuildCharts();
}

void DashboardPage::rebuildCharts()
{
    for (QChart *chart : m_charts)
        chart->removeAllSeries();
    const bool ja = japanese();

    // Applications and selections per bureau.
    {
        auto *applied = barSet(tr("Applications received"), QColor(0x90, 0xca, 0xf9));
        auto *selected = barSet(tr("Applications selected"), QColor(0x2e, 0x7d, 0x32));
        QStringList names;
        int highest = 0;
        // Drawn bottom up: the first bureau (Hokkaido) on top.
        for (auto it = m_data.bureaus.crbegin(); it != m_data.bureaus.crend(); ++it) {
            names.append(core::Bureau::shortName(ja ? it->nameJa : it->nameEn));
            *applied << it->applications;
            *selected << it->selected;
            highest = std::max(highest, it->applications);
        }
        auto *series = new QHorizontalBarSeries;
        series->append({applied, selected});
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_charts[BureauChart]->addSeries(series);
        setAxes(m_charts[BureauChart], series, names, highest, true);
        setLegend(BureauChart, series->barSets());
        connect(series, &QHorizontalBarSeries::clicked, this,
                [this](int index, QBarSet *) { openBar(BureauChart, 0, index); });
    }

    QStringList months;
    for (const auto &m : m_data.reports)
        months.append(monthLabel(m.month));

    // Reports per month.
    {
        auto *onTime = barSet(tr("Received on time"), QColor(0x66, 0xbb, 0x6a));
        auto *late = barSet(tr("Received late"), QColor(0xff, 0xca, 0x28));
        auto *missing = barSet(tr("Overdue, not received"), QColor(0xe5, 0x73, 0x73));
        int highest = 0;
        for (const auto &m : m_data.reports) {
            *onTime << m.onTime;
            *late << m.late;
            *missing << m.missing;
            highest = std::max(highest, m.onTime + m.late + m.missing);
        }
        auto *series = new QStackedBarSeries;
        series->append({onTime, late, missing});
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
        // A zero is not written on the bar.
        series->setLabelsFormat(u"@value"_s);
        m_charts[ReportChart]->addSeries(series);
        setAxes(m_charts[ReportChart], series, months, highest, false);
        setLegend(ReportChart, series->barSets());
        fitMonthLabels(ReportChart);
        connect(series, &QStackedBarSeries::clicked, this, [this, series](int index, QBarSet *set) {
            openBar(ReportChart, int(series->barSets().indexOf(set)), index);
        });
    }

    // Consultations per month by channel.
    {
        static const QList<QColor> colours = {QColor(0x42, 0xa5, 0xf5), QColor(0xab, 0x47, 0xbc),
                                              QColor(0x26, 0xa6, 0x9a), QColor(0xff, 0xa7, 0x26),
                                              QColor(0x9e, 0x9e, 0x9e)};
        const QList<core::Channel> channels = core::allValues<core::Channel>();
        auto *series = new QStackedBarSeries;
        int highest = 0;
        for (int c = 0; c < channels.size(); ++c) {
            auto *set = barSet(core::shownName(channels[c]), colours[c]);
            for (const auto &m : m_data.consultations)
                *set << m.byChannel.value(channels[c]);
            series->append(set);
        }
        for (const auto &m : m_data.consultations) {
            int sum = 0;
            for (int n : m.byChannel)
                sum += n;
            highest = std::max(highest, sum);
        }
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
        m_charts[ConsultationChart]->addSeries(series);
        setAxes(m_charts[ConsultationChart], series, months, highest, false);
        setLegend(ConsultationChart, series->barSets());
        fitMonthLabels(ConsultationChart);
        connect(series, &QStackedBarSeries::clicked, this, [this, series](int index, QBarSet *set) {
            openBar(ConsultationChart, int(series->barSets().indexOf(set)), index);
        });
    }

    // Open follow-ups by age.
    {
        auto *set = barSet(tr("Open follow-ups"), QColor(0xff, 0x8a, 0x65));
        QStringList ages;
        int highest = 0;
        for (const auto &a : m_data.followUps) {
            ages.append(a.toDays < 0 ? tr("%1+ days").arg(a.fromDays)
                                     : tr("%1–%2 days").arg(a.fromDays).arg(a.toDays));
            *set << a.count;
            highest = std::max(highest, a.count);
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_charts[FollowUpChart]->addSeries(series);
        setAxes(m_charts[FollowUpChart], series, ages, highest, false);
        connect(series, &QBarSeries::clicked, this,
                [this](int index, QBarSet *) { openBar(FollowUpChart, 0, index); });
    }

    // Attendance per meeting, in per cent of the registered person-days already held.
    {
        auto *set = barSet(tr("Attendance %"), QColor(0x5c, 0x6b, 0xc0));
        QStringList names;
        for (const auto &m : m_data.attendance) {
            // Short names under the bars; the full one is the meeting's.
            names.append(m.kind == core::MeetingKind::FinalMeeting ? tr("Final")
                                                                   : meetingOrdinal(m.seq));
            *set << m.rate();
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(u"@value%"_s);
        series->setLabelsPrecision(3);
        m_charts[AttendanceChart]->addSeries(series);
        setAxes(m_charts[AttendanceChart], series, names, 100, false, u"%.0f%%"_s);
        // Per cent: quarters up to 100, with room above for the numbers.
        for (QAbstractAxis *axis : m_charts[AttendanceChart]->axes(Qt::Vertical)) {
            if (auto *percent = qobject_cast<QValueAxis *>(axis)) {
                percent->setRange(0, 115);
                percent->setTickInterval(25);
            }
        }
        connect(series, &QBarSeries::clicked, this,
                [this](int index, QBarSet *) { openBar(AttendanceChart, 0, index); });
    }

    // The milestones of each municipality's plan by their latest reported state.
    {
        const QList<std::pair<QString, QColor>> states = {
            {core::shownName(core::MilestoneState::Done), QColor(0x2e, 0x7d, 0x32)},
            {core::shownName(core::MilestoneState::OnTrack), QColor(0x66, 0xbb, 0x6a)},
            {core::shownName(core::MilestoneState::NotStarted), QColor(0xbd, 0xbd, 0xbd)},
            {core::shownName(core::MilestoneState::Delayed), QColor(0xe5, 0x73, 0x73)},
            {tr("Not yet reported"), QColor(0x90, 0xca, 0xf9)}};
        QList<QBarSet *> sets;
        for (const auto &[name, colour] : states)
            sets.append(barSet(name, colour));
        QStringList names;
        int highest = 0;
        // The bars read from the top: the categories of a horizontal chart go upwards.
        for (auto m = m_data.milestones.crbegin(); m != m_data.milestones.crend(); ++m) {
            names.append(m->shortName);
            const int counts[] = {m->done, m->onTrack, m->notStarted, m->delayed, m->unreported};
            for (int i = 0; i < sets.size(); ++i)
                *sets[i] << counts[i];
            highest = std::max(highest,
                               m->done + m->onTrack + m->notStarted + m->delayed + m->unreported);
        }
        auto *series = new QHorizontalStackedBarSeries;
        series->append(sets);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
        m_charts[MilestoneChart]->addSeries(series);
        setAxes(m_charts[MilestoneChart], series, names, highest, true);
        setLegend(MilestoneChart, series->barSets());
        connect(series, &QHorizontalStackedBarSeries::clicked, this,
                [this](int index, QBarSet *) { openBar(MilestoneChart, 0, index); });
    }

    // The key figures beside the program.
    int applications = 0;
    int selected = 0;
    for (const auto &b : m_data.bureaus) {
        applications += b.applications;
        selected += b.selected;
    }
    int missing = 0;
    for (const auto &m : m_data.reports)
        missing += m.missing;
    int consultations = 0;
    for (const auto &m : m_data.consultations) {
        for (int n : m.byChannel)
            consultations += n;
    }
    int open = 0;
    for (const auto &a : m_data.followUps)
        open += a.count;
    // Each figure held together: a line breaks between two figures, never inside one (not
    // before 「現在」).
    m_figures->setText(
        QStringList{figure(tr("applications %1"), QString::number(applications)),
                    figure(tr("selected %1"), QString::number(selected)),
                    figure(tr("reports missing %1"), QString::number(missing)),
                    figure(tr("consultations this fiscal year %1"), QString::number(consultations)),
                    figure(tr("open follow-ups %1"), QString::number(open)),
                    figure(tr("as of %1"), dates().date(core::JapanTime::today()), false)}
            .join(QChar(QChar::Nbsp) + tr("·", "between two key figures") + u" "_s));
    // An empty program says where its year starts.
    if (applications == 0) {
        m_figures->setText(m_figures->text() + u"<br>"_s +
                           tr("<b>To begin:</b> check the program's dates on the Program page, "
                              "then enter the applications on the Applications page (New "
                              "Application…, Import from CSV… or Import from Mail…); F1 opens "
                              "the user guide."));
    } else if (selected == 0) {
        m_figures->setText(m_figures->text() + u"<br>"_s +
                           tr("<b>Next:</b> add reviewers and scores on the Selection page, "
                              "then record the decisions with the day they were taken."));
    }
}

void DashboardPage::setLegend(ChartIndex which, const QList<QBarSet *> &sets)
{
    // A swatch and the name of each bar set, a line breaking between two entries only.
    QStringList entries;
    for (QBarSet *set : sets) {
        entries.append(u"<span style='background:%1'>&nbsp;&nbsp;&nbsp;</span>&nbsp;"_s.arg(
                           set->color().name()) +
                       unbreakable(set->label()).toHtmlEscaped());
    }
    m_legends[which]->setText(entries.join(u"&nbsp;&nbsp; "_s));
    m_legends[which]->setVisible(!entries.isEmpty());
}

void DashboardPage::fitMonthLabels(ChartIndex which)
{
    const QList<QAbstractAxis *> axes = m_charts[which]->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.front());
    if (!axis || axis->count() != 12 || m_data.reports.size() != 12)
        return;
    // 4月 / Apr where the widest fits its twelfth of the chart with room between, else the
    // month's number in either language: initials would give June and July the same J.
    QStringList full;
    QStringList compact;
    for (const auto &m : m_data.reports) {
        full.append(monthLabel(m.month));
        compact.append(QString::number(m.month.month()));
    }
    const QFontMetricsF metrics(axis->labelsFont());
    double widest = 0;
    for (const QString &label : full)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double slot = m_charts[which]->plotArea().width() / 12;
    const QStringList wanted = widest + metrics.averageCharWidth() <= slot ? full : compact;
    if (axis->categories() != wanted)
        axis->setCategories(wanted);
}

PrintedDocument DashboardPage::summary() const
{
    const auto loaded =
        core::ProgressSummaryData::load(m_db, programId(), core::JapanTime::today());
    if (!loaded) {
        return PrintedDocument(tr("Progress summary"),
                               u"<p>"_s + loaded.message().toHtmlEscaped() + u"</p>"_s);
    }
    return ProgressSummary(*loaded, dates(), japanese()).document();
}

void DashboardPage::openBar(ChartIndex which, int setIndex, int barIndex)
{
    switch (which) {
    case BureauChart:
        emit selectionRequested();
        break;
    case ReportChart:
        if (barIndex >= 0 && barIndex < m_data.reports.size())
            emit reportsRequested(programId(), m_data.reports[barIndex].month);
        break;
    case ConsultationChart: {
        if (barIndex < 0 || barIndex >= m_data.consultations.size())
            break;
        core::ConsultationFilter filter;
        const QDate month = m_data.consultations[barIndex].month;
        filter.from = month;
        filter.to = month.addMonths(1).addDays(-1);
        if (const QList<core::Channel> channels = core::allValues<core::Channel>();
            setIndex >= 0 && setIndex < channels.size())
            filter.channel = channels.at(setIndex);
        emit consultationsRequested(filter);
        break;
    }
    case FollowUpChart:
        emit followUpsRequested();
        break;
    case AttendanceChart:
        if (barIndex >= 0 && barIndex < m_data.attendance.size())
            emit meetingRequested(programId(), m_data.attendance[barIndex].meetingId);
        break;
    case MilestoneChart:
        // Counted from the bottom, as the bars are drawn.
        if (barIndex >= 0 && barIndex < m_data.milestones.size()) {
            emit planRequested(
                programId(),
                m_data.milestones[m_data.milestones.size() - 1 - barIndex].applicationId);
        }
        break;
    case ChartCount:
        break;
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_data.bureaus.isEmpty())
            rebuildCharts();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_summary->setText(tr("Progress &Summary"));
    m_summary->setToolTip(tr("The program's progress summary on A4, for reporting upward."));
    const QList<QAction *> actions = m_summary->menu()->actions();
    actions[0]->setText(tr("Print &Preview…"));
    actions[1]->setText(tr("&Save as PDF…"));
    m_charts[BureauChart]->setTitle(tr("Applications by bureau"));
    m_charts[ReportChart]->setTitle(tr("Monthly reports"));
    m_charts[ConsultationChart]->setTitle(tr("Consultations per month"));
    m_charts[FollowUpChart]->setTitle(tr("Open follow-ups by age"));
    m_charts[AttendanceChart]->setTitle(tr("Attendance per meeting"));
    m_charts[MilestoneChart]->setTitle(tr("Milestones of the plans"));
    for (QChartView *view : m_views)
        view->setToolTip(tr("Click a bar to open the list behind it."));
}

} // namespace iotdesk::ui
