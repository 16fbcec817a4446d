#include "ui/applications/requestsdialog.h"

#include "core/foundation/dateformatter.h"
#include "core/foundation/japantime.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/askapplicantcommand.h"
#include "core/undo/recordanswercommand.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/valuecombo.h"
#include "ui/widgets/writeaccess.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

RequestsDialog::RequestsDialog(const core::Database &db, CommandRunner &commands,
                               qint64 applicationId, const QString &applicantName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_applicationId(applicationId)
    , m_table(new QTableWidget(this))
    , m_kind(new QComboBox(this))
    , m_date(new DateField(core::JapanTime::today(), this))
    , m_text(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"requestsDialog"_s);
    setWindowTitle(tr("Requests to %1").arg(applicantName));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Asked on"), tr("Question"), tr("State"), tr("Answer")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ValueCombo::fill<core::RequestKind>(m_kind);
    m_text->setPlaceholderText(tr("What is asked, or the answer to the selected request"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    auto *askButton = new QPushButton(tr("&Ask"), this);
    auto *answerButton = new QPushButton(tr("Record &Answer"), this);
    auto *form = new QHBoxLayout;
    form->addWidget(m_kind);
    form->addWidget(m_date);
    form->addWidget(m_text, 1);
    form->addWidget(askButton);
    form->addWidget(answerButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(askButton, &QPushButton::clicked, this, [this] {
        m_message->setText(ask(ValueCombo::current(m_kind, core::RequestKind::Documents),
                               m_date->date(), m_text->text()));
        if (m_message->text().isEmpty())
            m_text->clear();
    });
    connect(answerButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_requests.size()) {
            m_message->setText(tr("Select the request that was answered."));
            return;
        }
        m_message->setText(answer(m_requests[row].id, m_date->date(), m_text->text()));
        if (m_message->text().isEmpty())
            m_text->clear();
    });
    // The requests are read whatever the file allows; asking and answering write.
    if (WriteAccess *writes = m_commands.writes())
        writes->guard({m_kind, m_date, m_text, askButton, answerButton});
    reload();
    // Changes made elsewhere meanwhile (another window, the command line) show at once.
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                if (changes.touches({u"application", u"review_request"}))
                    reload();
            });
}

int RequestsDialog::requestCount() const
{
    return int(m_requests.size());
}

void RequestsDialog::reload()
{
    const auto requests = core::ReviewRepository(m_db).requests(m_applicationId);
    m_requests = requests ? requests.value() : QList<core::ReviewRequest>{};
    if (!requests)
        m_message->setText(requests.message());
    m_table->setRowCount(int(m_requests.size()));
    // Dates in the style the user chose, as on the pages.
    const core::DateFormatter dates = core::DateFormatter::forMessages();
    for (int row = 0; row < m_requests.size(); ++row) {
        const core::ReviewRequest &r = m_requests[row];
        const QStringList cells = {
            core::shownName(r.kind), dates.date(r.askedOn), r.question, core::shownName(r.status),
            r.answeredOn.isValid() ? dates.date(r.answeredOn) + u"  "_s + r.answer : r.answer};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

QString RequestsDialog::ask(core::RequestKind kind, QDate askedOn, const QString &question)
{
    const core::ReviewRequest request{
        0, m_applicationId, kind, askedOn, question.trimmed(), {}, {}, core::RequestStatus::Open};
    const QString error = m_commands.push(new undo::AskApplicantCommand(m_db, request));
    reload();
    return error;
}

QString RequestsDialog::answer(qint64 requestId, QDate answeredOn, const QString &answer)
{
    for (const core::ReviewRequest &old : std::as_const(m_requests)) {
        if (old.id != requestId)
            continue;
        const QString error =
            m_commands.push(new undo::RecordAnswerCommand(m_db, old, answeredOn, answer));
        reload();
        return error;
    }
    return tr("Select the request that was answered.");
}

} // namespace iotdesk::ui
