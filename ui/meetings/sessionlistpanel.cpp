#include "ui/meetings/sessionlistpanel.h"

#include "core/foundation/modelroles.h"
#include "core/meetings/sessionlistmodel.h"
#include "ui/widgets/statecolordelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

SessionListPanel::SessionListPanel(core::SessionListModel *sessions, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_table(new QTableView(this))
    , m_warningsLabel(new QLabel(this))
    , m_warnings(new QListWidget(this))
{
    createLayout();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionListPanel::currentSessionChanged);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit warningActivated(item->data(Qt::UserRole).toLongLong());
    });
}

void SessionListPanel::createLayout()
{
    m_table->setObjectName(u"sessionTable"_s);
    m_table->setModel(m_sessions);
    m_table->setItemDelegate(new StateColorDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_warningsLabel->setWordWrap(true);
    m_warnings->setObjectName(u"meetingWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warningsLabel->setBuddy(m_warnings);
    auto *warnings = new QWidget(this);
    auto *warningsLayout = new QVBoxLayout(warnings);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addWidget(m_warningsLabel);
    warningsLayout->addWidget(m_warnings, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(warnings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({940, 220});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

qint64 SessionListPanel::currentSessionId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(core::KeyRole).toLongLong() : 0;
}

void SessionListPanel::setCurrentSession(qint64 sessionId)
{
    const int row = m_sessions->rowOf(sessionId);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_sessions->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
}

void SessionListPanel::showWarnings()
{
    m_warnings->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const core::MeetingWarning &w : m_sessions->warnings()) {
        auto *item = new QListWidgetItem(warningIcon, w.message, m_warnings);
        item->setData(Qt::UserRole, w.sessionId);
    }
    m_warningsLabel->setText(m_sessions->warnings().isEmpty()
                                 ? tr("No warnings.")
                                 : tr("%n &warning(s) — double-click one to open its session:",
                                      nullptr, int(m_sessions->warnings().size())));
}

void SessionListPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
}

} // namespace iotdesk::ui
