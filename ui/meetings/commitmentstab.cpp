#include "ui/meetings/commitmentstab.h"

#include "core/foundation/japantime.h"
#include "core/meetings/commitmentmodel.h"
#include "core/meetings/commitmenttable.h"
#include "ui/widgets/statecolordelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

CommitmentsTab::CommitmentsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new core::CommitmentModel(this))
    , m_table(new QTableView(this))
    , m_legend(new QLabel(this))
{
    createLayout();
    retranslate();
}

void CommitmentsTab::createLayout()
{
    m_table->setObjectName(u"commitmentTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateColorDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().height() + 12);
    m_legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(m_table, 1);
}

QString CommitmentsTab::load(const core::Database &db, qint64 programId)
{
    QString error;
    if (auto table = core::CommitmentTable::build(db, programId, core::JapanTime::today()); table)
        m_model->setTable(*table);
    else
        error = table.message();
    for (int c : {int(core::CommitmentModel::Municipality), int(core::CommitmentModel::Promised),
                  m_model->gapsColumn()}) {
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    return error;
}

void CommitmentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommitmentsTab::retranslate()
{
    m_legend->setText(
        tr("What each selected municipality promised when applying (“Promised”), and whether "
           "it kept it: someone attended every day of each meeting in Tokyo, and it hosted its "
           "local workshop. Green: kept; red: a gap; white: still ahead."));
}

} // namespace iotdesk::ui
