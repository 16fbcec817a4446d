#include "ui/municipalities/municipalitiespage.h"

#include "core/foundation/modelroles.h"
#include "core/municipalities/localgovernmentmodel.h"
#include "core/municipalities/localgovernmentrepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

bool englishUi()
{
    return QLocale().language() != QLocale::Japanese;
}

} // namespace

MunicipalitiesPage::MunicipalitiesPage(QSqlDatabase db, QWidget *parent)
    : Page(parent)
    , m_db(std::move(db))
    , m_model(new core::LocalGovernmentModel(m_db, this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_prefectureLabel(new QLabel(this))
    , m_prefecture(new QComboBox(this))
    , m_bureauLabel(new QLabel(this))
    , m_bureau(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"municipalitiesPage"_s);
    m_search->setObjectName(u"municipalitySearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_searchLabel->setBuddy(m_search);
    // The page hands its focus to the search box, and Ctrl+F returns there from the table.
    setFocusProxy(m_search);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_prefectureLabel->setBuddy(m_prefecture);
    m_bureauLabel->setBuddy(m_bureau);
    m_prefecture->setObjectName(u"prefectureFilter"_s);
    m_bureau->setObjectName(u"bureauFilter"_s);
    m_prefecture->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The bureaus' full names are long; the list shows them whole.
    m_bureau->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bureau->setMinimumContentsLength(12);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(m_prefectureLabel);
    filters->addWidget(m_prefecture);
    filters->addSpacing(12);
    filters->addWidget(m_bureauLabel);
    filters->addWidget(m_bureau);

    m_table->setObjectName(u"municipalityTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::LocalGovernmentModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_status->setObjectName(u"municipalityStatus"_s);
    m_details->setObjectName(u"municipalityDetails"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);

    // Typing filters after a short pause, so that fast typing does not query on every key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MunicipalitiesPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MunicipalitiesPage::applySearch);
    connect(m_prefecture, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPrefectureFilter(m_prefecture->currentData().toString()); });
    connect(m_bureau, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setBureauFilter(m_bureau->currentData().toInt()); });
    connect(m_model, &core::LocalGovernmentModel::reloaded, this,
            &MunicipalitiesPage::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MunicipalitiesPage::updateDetails);

    retranslate();
    m_table->resizeColumnsToContents();
}

void MunicipalitiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MunicipalitiesPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Code, name or reading (e.g. 131016, 府中市, ふちゅう)"));
    m_search->setToolTip(tr("A 5- or 6-digit code (the check digit is checked), a name in "
                            "kanji, or a reading in hiragana or katakana."));
    m_prefectureLabel->setText(tr("&Prefecture:"));
    m_bureauLabel->setText(tr("&Bureau:"));
    m_model->setEnglishNames(englishUi());
    m_model->retranslate();
    fillFilters();
    updateStatus();
    updateDetails();
}

void MunicipalitiesPage::fillFilters()
{
    const core::LocalGovernmentRepository repository(m_db);
    const bool english = englishUi();
    const QString prefecture = m_prefecture->currentData().toString();
    const int bureau = m_bureau->currentData().toInt();
    {
        const QSignalBlocker blockPrefecture(m_prefecture);
        const QSignalBlocker blockBureau(m_bureau);
        m_prefecture->clear();
        m_prefecture->addItem(tr("All prefectures"), QString());
        if (const auto all = repository.prefectures()) {
            for (const core::Prefecture &p : *all)
                m_prefecture->addItem(english ? p.nameEn : p.nameJa, p.code);
        }
        m_bureau->clear();
        m_bureau->addItem(tr("All bureaus"), 0);
        if (const auto all = repository.bureaus()) {
            for (const core::Bureau &b : *all)
                m_bureau->addItem(english ? b.nameEn : b.nameJa, b.id);
        }
        m_bureau->view()->setMinimumWidth(m_bureau->view()->sizeHintForColumn(0) + 24);
        m_prefecture->setCurrentIndex(std::max(0, m_prefecture->findData(prefecture)));
        m_bureau->setCurrentIndex(std::max(0, m_bureau->findData(bureau)));
    }
}

void MunicipalitiesPage::showGovernment(const QString &code6)
{
    m_search->setText(code6);
    m_table->setFocus();
    applySearch();
    if (m_table->model()->rowCount() > 0)
        m_table->selectRow(0);
}

QString MunicipalitiesPage::governmentInView() const
{
    return m_table->currentIndex().data(core::KeyRole).toString();
}

void MunicipalitiesPage::applySearch()
{
    m_searchDelay->stop();
    if (m_model->query().text != m_search->text())
        m_model->setSearchText(m_search->text());
}

void MunicipalitiesPage::updateStatus()
{
    const QString error = m_model->lastError();
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_status->setStyleSheet(u"color: #b00020;"_s);
        return;
    }
    m_status->setStyleSheet({});
    const int rows = m_model->rowCount();
    m_status->setText(rows == 0 ? tr("No local government matches.")
                                : tr("%Ln local government(s)", nullptr, rows));
}

void MunicipalitiesPage::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setText(tr("Select a row to see its details."));
        return;
    }
    const core::LocalGovernment &lg = m_model->at(current.row());
    QStringList parts = {lg.fullName(), lg.nameKanaMic,
                         tr("code %1 (5 digits %2)").arg(lg.code6, lg.code5),
                         englishUi() ? lg.bureauEn : lg.bureau};
    if (lg.nameMic != lg.name)
        parts.insert(1, tr("also written %1").arg(lg.nameMic));
    m_details->setText(parts.join(u"  ·  "_s));
}

} // namespace iotdesk::ui
