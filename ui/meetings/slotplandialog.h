// SlotPlanDialog: how a generated presentation timetable is laid out — the day, the first talk,
// the length of each talk and the breaks between them.
#pragma once

#include "core/meetings/presentationschedule.h"

#include <QDialog>

class QSpinBox;
class QTimeEdit;

namespace iotdesk::ui {

class SlotPlanDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts from `plan`, on a day of a session of `dayCount` days.
    SlotPlanDialog(const core::SlotPlan &plan, int dayCount, QWidget *parent = nullptr);

    core::SlotPlan plan() const;

private:
    core::SlotPlan m_plan;
    QTimeEdit *m_start;
    QSpinBox *m_minutes;
    QSpinBox *m_every;
    QSpinBox *m_pause;
    QSpinBox *m_day;
};

} // namespace iotdesk::ui
