#include "ui/meetings/slotplandialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

SlotPlanDialog::SlotPlanDialog(const core::SlotPlan &plan, int dayCount, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_start(new QTimeEdit(plan.start, this))
    , m_minutes(new QSpinBox(this))
    , m_every(new QSpinBox(this))
    , m_pause(new QSpinBox(this))
    , m_day(new QSpinBox(this))
{
    setWindowTitle(tr("Generate Presentation Slots"));
    m_start->setDisplayFormat(u"H:mm"_s);
    m_minutes->setRange(1, 180);
    m_minutes->setValue(plan.minutes);
    m_minutes->setSuffix(tr(" min"));
    m_every->setRange(0, 50);
    m_every->setValue(plan.breakEvery);
    m_every->setSpecialValueText(tr("no breaks"));
    m_pause->setRange(1, 120);
    m_pause->setValue(plan.breakMinutes);
    m_pause->setSuffix(tr(" min"));
    m_day->setRange(1, dayCount);
    m_day->setValue(std::min(plan.dayNo, dayCount));
    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&First talk at:"), m_start);
    form->addRow(tr("&Each talk with questions:"), m_minutes);
    form->addRow(tr("A &break after every:"), m_every);
    form->addRow(tr("Break &length:"), m_pause);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("One slot per selected municipality, in the order of the "
                                    "published list. The timetable being edited is replaced."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::SlotPlan SlotPlanDialog::plan() const
{
    core::SlotPlan plan = m_plan;
    plan.start = m_start->time();
    plan.minutes = m_minutes->value();
    plan.breakEvery = m_every->value();
    plan.breakMinutes = m_pause->value();
    plan.dayNo = m_day->value();
    return plan;
}

} // namespace iotdesk::ui
