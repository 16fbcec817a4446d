#include "ui/meetings/yearcalendartab.h"

#include "core/foundation/japantime.h"
#include "core/programs/businesscalendar.h"
#include "core/programs/programrepository.h"
#include "core/programs/yearcalendarmodel.h"
#include "core/reports/reportrepository.h"
#include "core/storage/database.h"
#include "ui/meetings/yearcalendardelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

YearCalendarTab::YearCalendarTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new core::YearCalendarModel(this))
    , m_table(new QTableView(this))
    , m_legend(new QLabel(this))
{
    createLayout();
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit dayActivated(m_model->dateAt(index)); });
    retranslate();
}

void YearCalendarTab::createLayout()
{
    m_table->setObjectName(u"yearCalendar"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new YearCalendarDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(22);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setShowGrid(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
}

void YearCalendarTab::setDateStyle(core::DateStyle style)
{
    m_model->setDateStyle(style);
}

void YearCalendarTab::load(const core::Database &db, qint64 programId,
                           const QList<core::SessionSummary> &sessions)
{
    const auto stored = core::ProgramRepository(db).program(programId);
    const auto calendar = core::BusinessCalendar::load(db.connection());
    if (!stored || !calendar)
        return;
    // The report due dates of the year, one mark per day however many are due.
    QMap<QDate, int> due;
    if (const auto reports = core::ReportRepository(db).reports(programId); reports) {
        for (const core::MonthlyReport &r : *reports) {
            if (!r.cancelled)
                ++due[r.dueOn];
        }
    }
    QList<core::YearCalendarModel::Event> events;
    for (auto it = due.begin(); it != due.end(); ++it) {
        events.append({it.key(), core::YearCalendarModel::ReportDue,
                       tr("R", "the calendar's mark of a day monthly reports are due: one letter"),
                       tr("Monthly reports due: %n", nullptr, it.value())});
    }
    m_model->setYear(*stored, sessions, *calendar, core::JapanTime::today(), events);
}

void YearCalendarTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void YearCalendarTab::retranslate()
{
    QStringList legend;
    const QStringList names = {tr("meeting day (①: meeting number)"),
                               tr("report due"),
                               tr("application window"),
                               tr("planned period"),
                               tr("Saturday"),
                               tr("Sunday, holiday or office holiday")};
    const auto colours = YearCalendarDelegate::legend();
    for (int i = 0; i < colours.size() && i < names.size(); ++i) {
        legend.append(u"<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2"_s.arg(
            colours[i].second.name(), names[i].toHtmlEscaped()));
    }
    m_legend->setText(legend.join(u"&nbsp;&nbsp;&nbsp;"_s) +
                      tr("&nbsp;&nbsp;&nbsp;Today is framed in red. Double-click a "
                         "meeting day to open its session."));
}

} // namespace iotdesk::ui
