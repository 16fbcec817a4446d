#include "ui/shell/globalsearchdialog.h"

#include "core/consultations/consultationquery.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

GlobalSearchDialog::GlobalSearchDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_text(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"globalSearch"_s);
    setWindowTitle(tr("Find Anything"));
    m_text->setObjectName(u"globalSearchText"_s);
    m_text->setMaxLength(core::kMaxSearchLength);
    m_text->setPlaceholderText(tr("A code, a name or its reading, a person, a word of a "
                                  "consultation or a meeting"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_results->setObjectName(u"globalSearchResults"_s);
    m_results->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 420);
    // A search after each pause in typing, not after every key.
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &GlobalSearchDialog::search);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_delay.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_delay.isActive())
            search();
        if (m_results->currentRow() >= 0)
            accept();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { accept(); });
    m_status->setText(tr("↑/↓ choose, Enter opens."));
}

QString GlobalSearchDialog::kindName(core::SearchHit::Kind kind)
{
    switch (kind) {
    case core::SearchHit::Kind::Municipality:
        return tr("Local government");
    case core::SearchHit::Kind::Application:
        return tr("Application");
    case core::SearchHit::Kind::Consultation:
        return tr("Consultation");
    case core::SearchHit::Kind::Person:
        return tr("Person");
    case core::SearchHit::Kind::Meeting:
        return tr("Meeting");
    }
    return {};
}

void GlobalSearchDialog::search()
{
    m_delay.stop();
    m_results->clear();
    m_hits.clear();
    const auto hits = core::GlobalSearch::find(m_db, m_text->text());
    if (!hits) {
        m_status->setText(hits.message());
        return;
    }
    m_hits = *hits;
    for (const core::SearchHit &hit : std::as_const(m_hits)) {
        auto *item = new QListWidgetItem(kindName(hit.kind) + u"：　"_s + hit.title, m_results);
        item->setToolTip(hit.detail);
        if (!hit.detail.isEmpty())
            item->setText(item->text() + u"　　"_s + hit.detail.simplified().left(60));
    }
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    m_status->setText(m_text->text().trimmed().isEmpty()
                          ? tr("↑/↓ choose, Enter opens.")
                          : tr("%n found. ↑/↓ choose, Enter opens.", nullptr, int(m_hits.size())));
}

std::optional<core::SearchHit> GlobalSearchDialog::chosen() const
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size())
        return std::nullopt;
    return m_hits[row];
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The arrows move in the results while the text keeps the focus.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            if (m_delay.isActive())
                search();
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace iotdesk::ui
