// YearCalendarTab: the Meetings page's year at a glance — a program's meeting days, report due
// dates, application window and planned periods, one cell per day.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/meetings/meeting.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace iotdesk::core {
class Database;
class YearCalendarModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class YearCalendarTab : public QWidget
{
    Q_OBJECT

public:
    explicit YearCalendarTab(QWidget *parent = nullptr);

    void setDateStyle(core::DateStyle style);
    // A program's year with its sessions and the due dates of its monthly reports.
    void load(const core::Database &db, qint64 programId,
              const QList<core::SessionSummary> &sessions);

signals:
    // A day was double-clicked (a meeting day opens its session).
    void dayActivated(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void retranslate();

    core::YearCalendarModel *m_model;
    QTableView *m_table;
    QLabel *m_legend;
};

} // namespace iotdesk::ui
