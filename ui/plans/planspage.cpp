#include "ui/plans/planspage.h"

#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/foundation/japantime.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/overview/casebookdata.h"
#include "core/plans/knowhowrepository.h"
#include "core/plans/planrepository.h"
#include "core/programs/programrepository.h"
#include "core/reports/reportrepository.h"
#include "core/storage/changenotifier.h"
#include "core/storage/database.h"
#include "core/undo/plancommands.h"
#include "ui/plans/drawingview.h"
#include "ui/print/casebook.h"
#include "ui/print/plandocument.h"
#include "ui/print/plandrawings.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/editsession.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/guardeddialog.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/printpreview.h"
#include "ui/widgets/programselector.h"
#include "ui/widgets/valuecombo.h"
#include "ui/widgets/writeaccess.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

bool japanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString fiscalYearText(int year)
{
    return japanese() ? core::DateFormatter::eraFiscalYearLabel(year) : u"FY%1"_s.arg(year);
}

QString yen(double amount)
{
    return PlanDocument::yen(amount, japanese());
}

QTableWidget *listTable(QWidget *parent, const QString &name, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *cell(const QString &text, qint64 key = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (key)
        item->setData(Qt::UserRole, key);
    return item;
}

// A row of buttons under a list, left-aligned.
QHBoxLayout *buttonRow(std::initializer_list<QWidget *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets, QLayout *below = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w, qobject_cast<QAbstractItemView *>(w) ? 1 : 0);
    if (below)
        layout->addLayout(below);
    return box;
}

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The dialog of one item: a form, OK and Cancel; typed input is never lost (GuardedDialog).
class ItemDialog : public GuardedDialog
{
public:
    ItemDialog(QWidget *parent, const QString &title)
        : GuardedDialog(parent)
        , form(new QFormLayout)
    {
        setWindowTitle(title);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addStretch();
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        setMinimumWidth(480);
    }
    QFormLayout *form;
};

QPlainTextEdit *textBox(QWidget *parent, int lines = 3)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// An optional whole number in a spin box whose lowest value shows as "—".
QSpinBox *optionalYear(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(1988, 2200);
    spin->setSpecialValueText(PlansPage::tr("—"));
    return spin;
}
std::optional<int> yearOf(const QSpinBox *spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional(spin->value());
}
void setYear(QSpinBox *spin, const std::optional<int> &year, int fallback = 0)
{
    spin->setValue(year ? *year : (fallback ? fallback : spin->minimum()));
}

std::optional<double> numberOf(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(QString(text).remove(u','), ok);
    return *ok ? std::optional(value) : std::nullopt;
}
QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

// Fields of plans, as check boxes over three columns.
QGridLayout *checkGrid(const QList<QCheckBox *> &boxes, int columns)
{
    auto *grid = new QGridLayout;
    for (int i = 0; i < boxes.size(); ++i)
        grid->addWidget(boxes[i], i / columns, i % columns);
    return grid;
}

} // namespace

PlansPage::PlansPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                     QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_writes(writes)
    , m_commands(undoStack, &writes, [this](const QString &message) { showError(message); })
    , m_programLabel(new QLabel(this))
    , m_programs(new ProgramSelector(db, this))
    , m_chooserLabel(new QLabel(this))
    , m_chooser(new QComboBox(this))
    , m_print(new QPushButton(this))
    , m_casebook(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"plansPage"_s);
    m_programLabel->setBuddy(m_programs);
    m_chooserLabel->setBuddy(m_chooser);
    m_chooser->setObjectName(u"planChooser"_s);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setMinimumContentsLength(12);
    auto *top = new QHBoxLayout;
    top->addWidget(m_programLabel);
    top->addWidget(m_programs);
    top->addWidget(m_chooserLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_print);
    top->addWidget(m_casebook);
    const auto documentMenu = [this](QPushButton *button, bool casebook) {
        auto *menu = new QMenu(button);
        menu->addAction(QString(), this, [this, casebook] {
            PrintPreview::show(casebook ? this->casebook() : planDocument(), this);
        });
        menu->addAction(QString(), this, [this, casebook] {
            const PrintedDocument document = casebook ? this->casebook() : planDocument();
            const QString path = FileChooser::saveFileName(
                this, casebook ? tr("Save the Casebook") : tr("Save the Plan"),
                document.title() + u".pdf"_s, tr("PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            if (auto written = document.writePdf(path); !written)
                showError(written.message());
        });
        button->setMenu(menu);
    };
    documentMenu(m_print, false);
    documentMenu(m_casebook, true);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"plansEmpty"_s);
    m_tabs->setObjectName(u"planTabs"_s);
    // Eight tabs across a 1024-pixel screen: the compact tabs of a document.
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOutline(), {});
    m_tabs->addTab(buildTree(), {});
    m_tabs->addTab(buildSystem(), {});
    m_tabs->addTab(buildRoadmap(), {});
    m_tabs->addTab(buildCost(), {});
    m_tabs->addTab(buildRisks(), {});
    m_tabs->addTab(buildVersions(), {});
    m_tabs->addTab(buildKnowhow(), {});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);

    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reload();
    });
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        if (m_reloading)
            return;
        // Leaving a plan with typed text asks first; Cancel stays.
        if (m_plan.header.applicationId != applicationId() && !resolveUnsavedEdits()) {
            m_reloading = true;
            m_chooser->setCurrentIndex(
                std::max(0, m_chooser->findData(m_plan.header.applicationId)));
            m_reloading = false;
            return;
        }
        loadPlan();
    });
    connect(&m_db.changes(), &core::ChangeNotifier::changed, this, &PlansPage::refresh);
    retranslate();
    markStale();
}

PlansPage::~PlansPage() = default;

qint64 PlansPage::programId() const
{
    return m_programs->programId();
}

qint64 PlansPage::applicationId() const
{
    return m_chooser->currentData().toLongLong();
}

QString PlansPage::errorTitle() const
{
    return tr("Plans");
}

void PlansPage::dateStyleChanged()
{
    refresh();
}

QString PlansPage::governmentInView() const
{
    return m_plan.code6;
}

void PlansPage::showPlan(qint64 programId, qint64 applicationId)
{
    m_programs->select(programId);
    reload();
    if (const int index = m_chooser->findData(applicationId); index >= 0)
        m_chooser->setCurrentIndex(index);
}

void PlansPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void PlansPage::reload()
{
    if (m_reloading)
        return;
    markFresh();
    m_reloading = true;
    if (const QString error = m_programs->reload(dates()); !error.isEmpty())
        emit errorShown(error);
    fillChooser();
    m_reloading = false;
    loadPlan();
}

void PlansPage::fillChooser()
{
    const qint64 keep = applicationId() ? applicationId() : m_plan.header.applicationId;
    m_chooser->clear();
    const auto entries = core::PlanRepository(m_db).entries(programId());
    if (!entries) {
        showError(entries.message());
        return;
    }
    for (const core::PlanRepository::Entry &e : *entries) {
        QString label = e.municipality;
        if (e.latestStage) {
            label +=
                u"  ("_s +
                tr("%1, %n version(s)", nullptr, e.versions).arg(core::shownName(*e.latestStage)) +
                u")"_s;
        } else if (!e.planId) {
            label += u"  ("_s + tr("not started") + u")"_s;
        }
        m_chooser->addItem(label, e.applicationId);
    }
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(keep)));
}

void PlansPage::loadPlan()
{
    const qint64 application = applicationId();
    const bool any = application != 0;
    m_tabs->setVisible(any);
    m_empty->setVisible(!any);
    m_print->setEnabled(any);
    m_casebook->setEnabled(programId() != 0);
    if (!any) {
        m_plan = {};
        m_empty->setText(tr("No application of this program is selected yet. A plan is written "
                            "for each selected municipality: record the decisions on the "
                            "Selection page first."));
        return;
    }
    const core::PlanRepository plans(m_db);
    const bool keepOutline = outlineChanged() && m_plan.header.applicationId == application;
    const core::PlanHeader openedHeader = m_plan.header;
    auto plan = plans.plan(application);
    auto versions = plans.versions(application);
    auto lessons = core::KnowhowRepository(m_db).lessons(programId());
    auto standings =
        core::ReportRepository(m_db).milestoneStandings(programId(), core::JapanTime::today());
    for (const QString &error :
         {plan.message(), versions.message(), lessons.message(), standings.message()}) {
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
    }
    const core::Plan fresh = *plan;
    m_plan = fresh;
    // A form being typed in keeps the plan it was opened from: saving it then asks.
    if (keepOutline)
        m_plan.header = openedHeader;
    m_versions = *versions;
    m_lessons = *lessons;
    m_states.clear();
    for (const auto &s : *standings) {
        if (s.applicationId == application && s.progress.state)
            m_states.insert(s.progress.milestoneId, *s.progress.state);
    }
    if (!keepOutline)
        fillOutline();
    fillTree();
    fillSystem();
    fillRoadmap();
    fillCost();
    fillRisks();
    fillVersions();
    fillKnowhow();
    updateButtons();
}

// ---- Outline ---------------------------------------------------------------------------------

QWidget *PlansPage::buildOutline()
{
    auto *page = new QWidget(this);
    m_titleLabel = new QLabel(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(u"planTitle"_s);
    m_titleLabel->setBuddy(m_title);
    m_firstYearLabel = new QLabel(page);
    m_firstYear = new QSpinBox(page);
    m_firstYear->setRange(1989, 2200);
    m_firstYearLabel->setBuddy(m_firstYear);
    m_fieldsLabel = new QLabel(page);
    for (const core::PlanField f : core::allValues<core::PlanField>()) {
        auto *box = new QCheckBox(page);
        box->setProperty("field", int(f));
        m_fields.append(box);
    }
    m_saveOutline = new QPushButton(page);
    m_saveOutline->setObjectName(u"saveOutline"_s);
    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    auto *firstYearRow = new QHBoxLayout;
    firstYearRow->addWidget(m_firstYear);
    firstYearRow->addStretch();
    form->addRow(m_firstYearLabel, firstYearRow);
    form->addRow(m_fieldsLabel, checkGrid(m_fields, 5));

    m_sectionsLabel = new QLabel(page);
    m_sectionsLabel->setWordWrap(true);
    m_sections = new QListWidget(page);
    m_sections->setObjectName(u"planSections"_s);
    m_sections->setMaximumWidth(300);
    m_sections->setWordWrap(true);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionText = new QPlainTextEdit(page);
    m_sectionText->setObjectName(u"sectionText"_s);
    m_sectionText->setTabChangesFocus(true);
    m_sectionText->setObjectName(u"sectionText"_s);
    m_sectionsLabel->setBuddy(m_sections);
    m_addSection = new QPushButton(page);
    m_renameSection = new QPushButton(page);
    m_removeSection = new QPushButton(page);
    m_sectionUp = new QPushButton(page);
    m_sectionDown = new QPushButton(page);
    auto *sectionButtons = new QVBoxLayout;
    for (QPushButton *b :
         {m_addSection, m_renameSection, m_removeSection, m_sectionUp, m_sectionDown})
        sectionButtons->addWidget(b);
    sectionButtons->addStretch();
    auto *sections = new QHBoxLayout;
    sections->addWidget(m_sections);
    sections->addLayout(sectionButtons);
    sections->addWidget(m_sectionText, 1);
    auto *save = new QHBoxLayout;
    save->addStretch();
    save->addWidget(m_saveOutline);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_sectionsLabel);
    layout->addLayout(sections, 1);
    layout->addLayout(save);

    connect(m_saveOutline, &QPushButton::clicked, this, [this] {
        if (const QString error = saveOutline(); !error.isEmpty())
            showError(error);
    });
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_reloading || row == m_shownSection)
            return;
        // The text typed under the section being left is saved or discarded as the user says.
        if (m_shownSection >= 0 && m_shownSection < m_plan.sections.size() &&
            m_sectionText->toPlainText() != m_plan.sections[m_shownSection].body) {
            const int keep = m_shownSection;
            if (!resolveUnsavedEdits()) {
                QSignalBlocker block(m_sections);
                m_sections->setCurrentRow(keep);
                return;
            }
        }
        m_shownSection = row;
        QSignalBlocker block(m_sectionText);
        m_sectionText->setPlainText(
            row >= 0 && row < m_plan.sections.size() ? m_plan.sections[row].body : QString());
        updateButtons();
    });
    connect(m_sectionText, &QPlainTextEdit::textChanged, this, &PlansPage::updateButtons);
    connect(m_title, &QLineEdit::textChanged, this, &PlansPage::updateButtons);
    connect(m_firstYear, &QSpinBox::valueChanged, this, &PlansPage::updateButtons);
    for (QCheckBox *box : std::as_const(m_fields))
        connect(box, &QCheckBox::toggled, this, &PlansPage::updateButtons);
    connect(m_addSection, &QPushButton::clicked, this, [this] {
        core::PlanSection s;
        s.position = int(m_plan.sections.size());
        editSection(s);
    });
    connect(m_renameSection, &QPushButton::clicked, this, [this] {
        if (const int row = m_sections->currentRow(); row >= 0 && row < m_plan.sections.size())
            editSection(m_plan.sections[row]);
    });
    connect(m_removeSection, &QPushButton::clicked, this, [this] {
        const int row = m_sections->currentRow();
        if (row < 0 || row >= m_plan.sections.size())
            return;
        const core::PlanSection &s = m_plan.sections[row];
        if (!s.body.trimmed().isEmpty() &&
            QMessageBox::question(
                this, tr("Remove the Section"),
                tr("Remove “%1” and its text? Undo brings it back.").arg(s.heading)) !=
                QMessageBox::Yes)
            return;
        removeChosen(&s);
    });
    // Moving a section swaps its place with its neighbour's: two steps, undone as one.
    const auto move = [this](int by) {
        const int row = m_sections->currentRow();
        const int other = row + by;
        if (row < 0 || other < 0 || other >= m_plan.sections.size() ||
            row >= m_plan.sections.size() || !resolveUnsavedEdits())
            return;
        core::PlanSection a = m_plan.sections[row];
        core::PlanSection b = m_plan.sections[other];
        core::PlanSection movedA = a;
        core::PlanSection movedB = b;
        movedA.position = other;
        movedB.position = row;
        m_commands.beginMacro(tr("Move the Section “%1”").arg(a.heading));
        QString error = changeItem(a, movedA);
        if (error.isEmpty())
            error = changeItem(b, movedB);
        if (const QString macro = m_commands.endMacro(); error.isEmpty())
            error = macro;
        if (!error.isEmpty())
            showError(error);
        loadPlan();
        m_sections->setCurrentRow(other);
    };
    connect(m_sectionUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_sectionDown, &QPushButton::clicked, this, [move] { move(1); });
    m_writes.guard({m_title, m_firstYear, m_sectionText, m_addSection, m_renameSection,
                    m_removeSection, m_sectionUp, m_sectionDown, m_saveOutline},
                   WriteAccess::Needs::Plans);
    for (QCheckBox *box : std::as_const(m_fields))
        m_writes.guard(box, WriteAccess::Needs::Plans);
    return page;
}

void PlansPage::fillOutline()
{
    QSignalBlocker a(m_title), b(m_firstYear), c(m_sectionText), d(m_sections);
    m_title->setText(m_plan.header.title);
    m_firstYear->setValue(m_plan.header.firstFiscalYear);
    for (QCheckBox *box : std::as_const(m_fields)) {
        QSignalBlocker block(box);
        box->setChecked(
            m_plan.header.fields.contains(core::PlanField(box->property("field").toInt())));
    }
    const int keep = std::max(0, m_sections->currentRow());
    m_sections->clear();
    for (const core::PlanSection &s : std::as_const(m_plan.sections)) {
        auto *item = new QListWidgetItem(s.heading, m_sections);
        item->setToolTip(s.heading);
    }
    m_shownSection =
        m_plan.sections.isEmpty() ? -1 : std::min<int>(keep, m_plan.sections.size() - 1);
    m_sections->setCurrentRow(m_shownSection);
    m_sectionText->setPlainText(m_shownSection >= 0 ? m_plan.sections[m_shownSection].body
                                                    : QString());
}

bool PlansPage::outlineChanged() const
{
    if (!m_plan.header.applicationId)
        return false;
    QList<core::PlanField> fields;
    for (QCheckBox *box : m_fields) {
        if (box->isChecked())
            fields.append(core::PlanField(box->property("field").toInt()));
    }
    QList<core::PlanField> stored = m_plan.header.fields;
    std::sort(stored.begin(), stored.end());
    const bool sectionChanged =
        m_shownSection >= 0 && m_shownSection < m_plan.sections.size() &&
        m_sectionText->toPlainText() != m_plan.sections[m_shownSection].body;
    return m_title->text().trimmed() != m_plan.header.title ||
           m_firstYear->value() != m_plan.header.firstFiscalYear || fields != stored ||
           sectionChanged;
}

QString PlansPage::saveOutline()
{
    core::PlanHeader header = m_plan.header;
    header.title = m_title->text().trimmed();
    header.firstFiscalYear = m_firstYear->value();
    header.fields.clear();
    for (QCheckBox *box : std::as_const(m_fields)) {
        if (box->isChecked())
            header.fields.append(core::PlanField(box->property("field").toInt()));
    }
    QList<core::PlanField> stored = m_plan.header.fields;
    std::sort(stored.begin(), stored.end());
    const bool headerChanged = header.title != m_plan.header.title ||
                               header.firstFiscalYear != m_plan.header.firstFiscalYear ||
                               header.fields != stored;
    std::optional<std::pair<core::PlanSection, core::PlanSection>> section;
    if (m_shownSection >= 0 && m_shownSection < m_plan.sections.size() &&
        m_sectionText->toPlainText() != m_plan.sections[m_shownSection].body) {
        core::PlanSection after = m_plan.sections[m_shownSection];
        after.body = m_sectionText->toPlainText();
        section = {m_plan.sections[m_shownSection], after};
    }
    if (!headerChanged && !section)
        return {};
    QString error;
    const int sectionRow = m_shownSection;
    if (headerChanged)
        error = setHeader(header);
    // A section of a plan not yet made has no id: made with the plan, it is found by its place.
    if (error.isEmpty() && section && !section->first.id) {
        const auto made = core::PlanRepository(m_db).plan(m_plan.header.applicationId);
        if (made && sectionRow < made->sections.size()) {
            section->second.id = made->sections[sectionRow].id;
            section->second.version = made->sections[sectionRow].version;
            section->first = made->sections[sectionRow];
        }
    }
    if (error.isEmpty() && section)
        error = changeItem(section->first, section->second);
    if (error.isEmpty()) {
        // Saved: the form shows the plan as stored now.
        m_plan.header = {};
        loadPlan();
        m_sections->setCurrentRow(sectionRow);
        return {};
    }
    if (m_commands.lastErrorCode() != core::ErrorCode::Conflict)
        return error;
    // Someone else changed the plan since it was read: the user chooses.
    switch (ConflictPrompt::ask(this, error)) {
    case ConflictPrompt::Choice::ReloadAndReapply: {
        const QString title = m_title->text();
        const int year = m_firstYear->value();
        QList<bool> checked;
        for (QCheckBox *box : std::as_const(m_fields))
            checked.append(box->isChecked());
        const QString text = m_sectionText->toPlainText();
        const core::PlanHeader opened = m_plan.header;
        const std::optional<core::PlanSection> openedSection =
            section ? std::optional(section->first) : std::nullopt;
        m_plan.header = {}; // clean: the reload fills the form
        loadPlan();
        // What the user changed, on top of theirs; left unsaved for the user to check.
        QSignalBlocker a(m_title), b(m_firstYear), c(m_sectionText);
        if (title.trimmed() != opened.title)
            m_title->setText(title);
        if (year != opened.firstFiscalYear)
            m_firstYear->setValue(year);
        if (header.fields != stored) {
            for (int i = 0; i < m_fields.size(); ++i)
                m_fields[i]->setChecked(checked[i]);
        }
        if (openedSection && text != openedSection->body)
            m_sectionText->setPlainText(text);
        updateButtons();
        return {};
    }
    case ConflictPrompt::Choice::KeepEditing:
        return {};
    case ConflictPrompt::Choice::Discard:
        m_plan.header = {};
        loadPlan();
        return {};
    }
    return {};
}

bool PlansPage::resolveUnsavedEdits()
{
    if (!outlineChanged())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("The plan's outline of %1 has changes that are not saved.").arg(m_plan.municipality),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        fillOutline();
        return true;
    }
    if (const QString error = saveOutline(); !error.isEmpty()) {
        showError(error);
        return false;
    }
    return !outlineChanged();
}

void PlansPage::editSection(const core::PlanSection &opened)
{
    const bool ok = true;
    bool accepted = false;
    const QString heading =
        QInputDialog::getText(this, opened.id ? tr("Rename the Section") : tr("Add a Section"),
                              tr("&Heading:"), QLineEdit::Normal, opened.heading, &accepted);
    if (!accepted || heading.trimmed() == opened.heading || !ok)
        return;
    core::PlanSection after = opened;
    after.heading = heading.trimmed();
    const QString error = opened.id ? changeItem(opened, after) : addItem(after);
    if (!error.isEmpty())
        showError(error);
}

// ---- The tree --------------------------------------------------------------------------------

QWidget *PlansPage::buildTree()
{
    auto *page = new QWidget(this);
    m_tree = new QTreeWidget(page);
    m_tree->setObjectName(u"planTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setWordWrap(true);
    // The entries' text takes the room; kind and details as wide as they need.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_looseNote = new QLabel(page);
    m_looseNote->setWordWrap(true);
    m_addVision = new QPushButton(page);
    m_addUnder = new QPushButton(page);
    m_addSolution = new QPushButton(page);
    m_editNode = new QPushButton(page);
    m_removeNode = new QPushButton(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_looseNote);
    layout->addLayout(
        buttonRow({m_addVision, m_addUnder, m_addSolution, m_editNode, m_removeNode}));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlansPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const core::PlanNode *n = chosenNode();
            n && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editNode(*n);
    });
    connect(m_addVision, &QPushButton::clicked, this, [this] {
        core::PlanNode n;
        n.kind = core::PlanNodeKind::Vision;
        n.position = int(m_plan.children(0).size());
        editNode(n);
    });
    connect(m_addUnder, &QPushButton::clicked, this, [this] {
        const core::PlanNode *parent = chosenNode();
        if (!parent || parent->kind == core::PlanNodeKind::Solution)
            return;
        core::PlanNode n;
        n.kind = core::PlanNodeKind(int(parent->kind) + 1);
        n.parentId = parent->id;
        n.position = int(m_plan.children(parent->id).size());
        editNode(n);
    });
    connect(m_addSolution, &QPushButton::clicked, this, [this] {
        core::PlanNode n;
        n.kind = core::PlanNodeKind::Solution;
        if (const core::PlanNode *issue = chosenNode();
            issue && issue->kind == core::PlanNodeKind::Issue)
            n.parentId = issue->id;
        n.position = int(m_plan.children(n.parentId).size());
        editNode(n);
    });
    connect(m_editNode, &QPushButton::clicked, this, [this] {
        if (const core::PlanNode *n = chosenNode())
            editNode(*n);
    });
    connect(m_removeNode, &QPushButton::clicked, this, [this] { removeChosen(chosenNode()); });
    m_writes.guard({m_addVision, m_addUnder, m_addSolution, m_editNode, m_removeNode},
                   WriteAccess::Needs::Plans);
    return page;
}

const core::PlanNode *PlansPage::chosenNode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::PlanNode &n : m_plan.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

void PlansPage::fillTree()
{
    const qint64 keep = chosenNode() ? chosenNode()->id : 0;
    m_tree->clear();
    const QList<qint64> loose = m_plan.loose();
    QTreeWidgetItem *current = nullptr;
    const std::function<void(qint64, QTreeWidgetItem *)> add = [&](qint64 parent,
                                                                   QTreeWidgetItem *under) {
        for (const core::PlanNode &n : m_plan.children(parent)) {
            auto *item = under ? new QTreeWidgetItem(under) : new QTreeWidgetItem(m_tree);
            const bool isLoose = loose.contains(n.id);
            item->setText(0, (isLoose ? u"⚑ "_s : QString()) + n.text);
            item->setToolTip(0, n.text);
            item->setText(1, core::shownName(n.kind));
            item->setData(0, Qt::UserRole, n.id);
            if (n.kind == core::PlanNodeKind::Solution) {
                QStringList parts;
                QStringList technologies;
                for (const core::Technology t : n.technologies)
                    technologies.append(core::shownName(t));
                if (!technologies.isEmpty())
                    parts.append(technologies.join(u", "_s));
                if (!n.dataUsed.isEmpty())
                    parts.append(tr("data: %1").arg(n.dataUsed));
                if (!n.partner.isEmpty())
                    parts.append(tr("partner: %1").arg(n.partner));
                item->setText(2, parts.join(u" · "_s));
                item->setToolTip(2, parts.join(u"\n"_s));
            }
            if (isLoose) {
                item->setForeground(0, QColor(0xc6, 0x28, 0x28));
                item->setToolTip(0, n.kind == core::PlanNodeKind::Solution
                                        ? tr("This solution answers no issue yet.")
                                        : tr("Nothing is under this entry yet."));
            }
            if (n.id == keep)
                current = item;
            add(n.id, item);
        }
    };
    add(0, nullptr);
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    int issues = 0;
    int solutions = 0;
    int problems = 0;
    for (const core::PlanNode &n : m_plan.nodes) {
        if (!loose.contains(n.id))
            continue;
        issues += n.kind == core::PlanNodeKind::Issue;
        solutions += n.kind == core::PlanNodeKind::Solution;
        problems += n.kind == core::PlanNodeKind::Problem;
    }
    QStringList notes;
    if (issues)
        notes.append(tr("%n issue(s) without a solution", nullptr, issues));
    if (problems)
        notes.append(tr("%n problem(s) without an issue", nullptr, problems));
    if (solutions)
        notes.append(tr("%n solution(s) answering no issue", nullptr, solutions));
    m_looseNote->setText(
        m_plan.nodes.isEmpty()
            ? tr("Think from the problem, not from the technology: describe the future vision, "
                 "then the current state beside it; their gap is the problem, the causes behind it "
                 "the issues, and only then the solutions. Start with Add Vision….")
        : notes.isEmpty() ? tr("Every issue has a solution and every solution answers an issue.")
                          : u"⚑ "_s + notes.join(u"; "_s) + u"."_s);
}

void PlansPage::editNode(const core::PlanNode &opened)
{
    ItemDialog dialog(this, opened.id ? tr("Edit the Entry") : tr("Add an Entry"));
    auto *kind = new QLabel(core::shownName(opened.kind), &dialog);
    auto *parent = new QComboBox(&dialog);
    auto *text = textBox(&dialog, 3);
    QList<QCheckBox *> technologies;
    for (const core::Technology t : core::allValues<core::Technology>()) {
        auto *box = new QCheckBox(core::shownName(t), &dialog);
        box->setProperty("technology", int(t));
        technologies.append(box);
    }
    auto *dataUsed = new QLineEdit(&dialog);
    auto *partner = new QComboBox(&dialog);
    partner->setEditable(true);
    const auto parentKind = core::PlanNode::parentKind(opened.kind);
    if (opened.kind == core::PlanNodeKind::Solution)
        parent->addItem(tr("— no issue yet —"), 0);
    for (const core::PlanNode &n : std::as_const(m_plan.nodes)) {
        if (parentKind && n.kind == *parentKind)
            parent->addItem(n.text.left(60), n.id);
    }
    if (const auto application = core::ApplicationRepository(m_db).application(applicationId())) {
        partner->addItem(QString());
        for (const core::ApplicationPartner &p : application->partners)
            partner->addItem(p.name);
    }
    dialog.form->addRow(tr("Kind:"), kind);
    if (parentKind)
        dialog.form->addRow(tr("&Under:"), parent);
    dialog.form->addRow(tr("&Text:"), text);
    const bool solution = opened.kind == core::PlanNodeKind::Solution;
    if (solution) {
        dialog.form->addRow(tr("Technology:"), checkGrid(technologies, 3));
        dialog.form->addRow(tr("&Data used:"), dataUsed);
        dialog.form->addRow(tr("&Partner:"), partner);
    } else {
        // What only a solution has is not shown at all.
        for (QWidget *w : std::as_const(technologies))
            w->hide();
        dataUsed->hide();
        partner->hide();
    }
    if (!parentKind)
        parent->hide();
    core::PlanNode base = opened;
    const auto show = [&](const core::PlanNode &n) {
        base = n;
        parent->setCurrentIndex(std::max(0, parent->findData(n.parentId)));
        text->setPlainText(n.text);
        for (QCheckBox *box : std::as_const(technologies))
            box->setChecked(
                n.technologies.contains(core::Technology(box->property("technology").toInt())));
        dataUsed->setText(n.dataUsed);
        partner->setCurrentText(n.partner);
    };
    const auto read = [&] {
        core::PlanNode n = base;
        n.parentId = parentKind ? parent->currentData().toLongLong() : 0;
        n.text = text->toPlainText().trimmed();
        n.technologies.clear();
        if (solution) {
            for (QCheckBox *box : std::as_const(technologies)) {
                if (box->isChecked())
                    n.technologies.append(core::Technology(box->property("technology").toInt()));
            }
            n.dataUsed = dataUsed->text().trimmed();
            n.partner = partner->currentText().trimmed();
        }
        return n;
    };
    show(opened);
    text->setFocus();
    EditSteps<core::PlanNode> steps;
    steps.entered = read;
    steps.save = [&](const core::PlanNode &n) {
        return opened.id ? changeItem(opened, n) : addItem(n);
    };
    steps.storedNow = [&] {
        return core::PlanRepository(m_db).item<core::PlanNode>(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::PlanNode &o, const core::PlanNode &m, core::PlanNode t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

// ---- The promotion system ------------------------------------------------------------------

QWidget *PlansPage::buildSystem()
{
    auto *page = new QWidget(this);
    m_members = new QTreeWidget(page);
    m_members->setObjectName(u"planMembers"_s);
    m_members->setColumnCount(3);
    m_orgChart = new DrawingView(page);
    m_orgChart->setObjectName(u"orgChart"_s);
    m_addMember = new QPushButton(page);
    m_editMember = new QPushButton(page);
    m_removeMember = new QPushButton(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(
        column(page, {m_members}, buttonRow({m_addMember, m_editMember, m_removeMember})));
    splitter->addWidget(scrolled(m_orgChart, page));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    connect(m_members, &QTreeWidget::currentItemChanged, this, &PlansPage::updateButtons);
    connect(m_members, &QTreeWidget::itemActivated, this, [this] {
        if (const core::PlanMember *m = chosenMember();
            m && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editMember(*m);
    });
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        core::PlanMember m;
        if (const core::PlanMember *above = chosenMember())
            m.parentId = above->id;
        m.position = int(m_plan.members.size());
        m.kind = m_plan.members.isEmpty() ? core::MemberKind::Department : core::MemberKind::Person;
        editMember(m);
    });
    connect(m_editMember, &QPushButton::clicked, this, [this] {
        if (const core::PlanMember *m = chosenMember())
            editMember(*m);
    });
    connect(m_removeMember, &QPushButton::clicked, this, [this] { removeChosen(chosenMember()); });
    m_writes.guard({m_addMember, m_editMember, m_removeMember}, WriteAccess::Needs::Plans);
    return page;
}

const core::PlanMember *PlansPage::chosenMember() const
{
    const QTreeWidgetItem *item = m_members->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::PlanMember &m : m_plan.members) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void PlansPage::fillSystem()
{
    const qint64 keep = chosenMember() ? chosenMember()->id : 0;
    m_members->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    QTreeWidgetItem *current = nullptr;
    // Parents come before their children once the list is walked often enough.
    QList<core::PlanMember> left = m_plan.members;
    for (int pass = 0; pass <= m_plan.members.size() && !left.isEmpty(); ++pass) {
        for (auto it = left.begin(); it != left.end();) {
            QTreeWidgetItem *parent = items.value(it->parentId);
            const bool top =
                !it->parentId ||
                std::none_of(m_plan.members.cbegin(), m_plan.members.cend(),
                             [&](const core::PlanMember &o) { return o.id == it->parentId; });
            if (!parent && !top) {
                ++it;
                continue;
            }
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_members);
            item->setText(0, (it->lead ? u"★ "_s : QString()) + it->name);
            item->setText(1, core::shownName(it->kind));
            item->setText(2, it->role);
            item->setData(0, Qt::UserRole, it->id);
            items.insert(it->id, item);
            if (it->id == keep)
                current = item;
            it = left.erase(it);
        }
    }
    m_members->expandAll();
    m_members->resizeColumnToContents(0);
    if (current)
        m_members->setCurrentItem(current);
    const core::Plan plan = m_plan;
    const bool ja = japanese();
    m_orgChart->setDrawing(PlanDrawings::orgChartHeight(plan),
                           [plan, ja](QPainter &p, const QRectF &area) {
                               PlanDrawings::paintOrgChart(p, area, plan, ja);
                           });
}

void PlansPage::editMember(const core::PlanMember &opened)
{
    ItemDialog dialog(this, opened.id ? tr("Edit the Member") : tr("Add a Member"));
    auto *kind = new QComboBox(&dialog);
    ValueCombo::fill<core::MemberKind>(kind);
    auto *name = new QComboBox(&dialog);
    name->setEditable(true);
    auto *role = new QLineEdit(&dialog);
    auto *above = new QComboBox(&dialog);
    auto *lead = new QCheckBox(&dialog);
    // The people of the municipality's registry; choosing one links the member to them.
    QList<core::Contact> people;
    if (const auto found = core::ContactRepository(m_db).ofGovernment(m_plan.code6))
        people = *found;
    name->addItem(QString(), 0);
    for (const core::Contact &c : std::as_const(people))
        name->addItem(c.department.isEmpty() ? c.name : c.name + u" ("_s + c.department + u")"_s,
                      c.id);
    // It reports to anyone but itself and those under it.
    QSet<qint64> below = {opened.id};
    for (bool grew = true; grew && opened.id;) {
        grew = false;
        for (const core::PlanMember &m : std::as_const(m_plan.members)) {
            if (below.contains(m.parentId) && !below.contains(m.id)) {
                below.insert(m.id);
                grew = true;
            }
        }
    }
    above->addItem(tr("— nobody (the top) —"), 0);
    for (const core::PlanMember &m : std::as_const(m_plan.members)) {
        if (!below.contains(m.id))
            above->addItem(m.name, m.id);
    }
    dialog.form->addRow(tr("&Kind:"), kind);
    dialog.form->addRow(tr("&Name:"), name);
    dialog.form->addRow(tr("&Role:"), role);
    dialog.form->addRow(tr("Reports &to:"), above);
    dialog.form->addRow(QString(), lead);
    const auto leadText = [&] {
        const auto k = ValueCombo::current(kind, core::MemberKind::Other);
        lead->setText(k == core::MemberKind::Person ? tr("The person &responsible")
                                                    : tr("The &lead department"));
        lead->setEnabled(k == core::MemberKind::Person || k == core::MemberKind::Department);
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, leadText);
    core::PlanMember base = opened;
    const auto show = [&](const core::PlanMember &m) {
        base = m;
        ValueCombo::select(kind, m.kind);
        const int person = m.contactId ? name->findData(m.contactId) : -1;
        if (person >= 0)
            name->setCurrentIndex(person);
        else
            name->setCurrentText(m.name);
        role->setText(m.role);
        above->setCurrentIndex(std::max(0, above->findData(m.parentId)));
        lead->setChecked(m.lead);
        leadText();
    };
    const auto read = [&] {
        core::PlanMember m = base;
        m.kind = ValueCombo::current(kind, core::MemberKind::Other);
        const int person = name->currentIndex();
        const bool fromRegistry = person > 0 && name->currentText() == name->itemText(person);
        m.contactId = fromRegistry ? name->itemData(person).toLongLong() : 0;
        m.name = fromRegistry ? people.value(person - 1).name : name->currentText().trimmed();
        m.role = role->text().trimmed();
        m.parentId = above->currentData().toLongLong();
        m.lead = lead->isEnabled() && lead->isChecked();
        return m;
    };
    show(opened);
    name->setFocus();
    EditSteps<core::PlanMember> steps;
    steps.entered = read;
    steps.save = [&](const core::PlanMember &m) {
        return opened.id ? changeItem(opened, m) : addItem(m);
    };
    steps.storedNow = [&] {
        return core::PlanRepository(m_db).item<core::PlanMember>(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::PlanMember &o, const core::PlanMember &m, core::PlanMember t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

// ---- Roadmap and KPIs ------------------------------------------------------------------------

QWidget *PlansPage::buildRoadmap()
{
    auto *page = new QWidget(this);
    m_milestonesLabel = new QLabel(page);
    m_milestones = listTable(page, u"planMilestones"_s, 4);
    m_gantt = new DrawingView(page);
    m_gantt->setObjectName(u"roadmapChart"_s);
    m_kpisLabel = new QLabel(page);
    m_kpis = listTable(page, u"planKpis"_s, 4);
    m_addMilestone = new QPushButton(page);
    m_editMilestone = new QPushButton(page);
    m_removeMilestone = new QPushButton(page);
    m_addKpi = new QPushButton(page);
    m_editKpi = new QPushButton(page);
    m_removeKpi = new QPushButton(page);
    m_milestonesLabel->setBuddy(m_milestones);
    m_kpisLabel->setBuddy(m_kpis);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(column(page, {m_milestonesLabel, m_milestones},
                               buttonRow({m_addMilestone, m_editMilestone, m_removeMilestone})));
    splitter->addWidget(scrolled(m_gantt, page));
    splitter->addWidget(
        column(page, {m_kpisLabel, m_kpis}, buttonRow({m_addKpi, m_editKpi, m_removeKpi})));
    splitter->setSizes({200, 160, 160});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    connect(m_milestones, &QTableWidget::itemSelectionChanged, this, &PlansPage::updateButtons);
    connect(m_kpis, &QTableWidget::itemSelectionChanged, this, &PlansPage::updateButtons);
    connect(m_addMilestone, &QPushButton::clicked, this, [this] {
        core::PlanMilestone m;
        m.position = int(m_plan.milestones.size());
        editMilestone(m);
    });
    connect(m_editMilestone, &QPushButton::clicked, this, [this] {
        if (const auto *m = chosen(m_milestones, m_plan.milestones))
            editMilestone(*m);
    });
    connect(m_milestones, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto *m = chosen(m_milestones, m_plan.milestones);
            m && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editMilestone(*m);
    });
    connect(m_removeMilestone, &QPushButton::clicked, this,
            [this] { removeChosen(chosen(m_milestones, m_plan.milestones)); });
    connect(m_addKpi, &QPushButton::clicked, this, [this] {
        core::PlanKpi k;
        k.position = int(m_plan.kpis.size());
        editKpi(k);
    });
    connect(m_editKpi, &QPushButton::clicked, this, [this] {
        if (const auto *k = chosen(m_kpis, m_plan.kpis))
            editKpi(*k);
    });
    connect(m_kpis, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto *k = chosen(m_kpis, m_plan.kpis);
            k && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editKpi(*k);
    });
    connect(m_removeKpi, &QPushButton::clicked, this,
            [this] { removeChosen(chosen(m_kpis, m_plan.kpis)); });
    m_writes.guard(
        {m_addMilestone, m_editMilestone, m_removeMilestone, m_addKpi, m_editKpi, m_removeKpi},
        WriteAccess::Needs::Plans);
    return page;
}

template <typename Item>
const Item *PlansPage::chosen(QTableWidget *table, const QList<Item> &items) const
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return nullptr;
    const qint64 id = table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const Item &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

void PlansPage::fillRoadmap()
{
    const int milestoneRow = m_milestones->currentRow();
    m_milestones->setRowCount(int(m_plan.milestones.size()));
    for (int row = 0; row < m_plan.milestones.size(); ++row) {
        const core::PlanMilestone &m = m_plan.milestones[row];
        const auto state = m_states.constFind(m.id);
        m_milestones->setItem(row, 0, cell(m.title, m.id));
        m_milestones->setItem(row, 1,
                              cell((m.startsOn ? dates().date(*m.startsOn) + u" – "_s : QString()) +
                                   dates().date(m.dueOn)));
        m_milestones->setItem(
            row, 2, cell(m.budgetFiscalYear ? fiscalYearText(*m.budgetFiscalYear) : QString()));
        m_milestones->setItem(
            row, 3,
            cell(state != m_states.cend() ? core::shownName(*state) : tr("not yet reported")));
        if (state != m_states.cend() && *state == core::MilestoneState::Delayed)
            m_milestones->item(row, 3)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_milestones->resizeColumnsToContents();
    m_milestones->setCurrentCell(std::min(milestoneRow, int(m_plan.milestones.size()) - 1), 0);
    const core::Plan plan = m_plan;
    const QHash<qint64, core::MilestoneState> states = m_states;
    const bool ja = japanese();
    m_gantt->setDrawing(PlanDrawings::roadmapHeight(plan),
                        [plan, ja, states](QPainter &p, const QRectF &area) {
                            PlanDrawings::paintRoadmap(p, area, plan, ja, states);
                        });
    const int kpiRow = m_kpis->currentRow();
    m_kpis->setRowCount(int(m_plan.kpis.size()));
    const auto value = [](const std::optional<double> &v, const std::optional<int> &year) {
        if (!v)
            return QString();
        return year ? tr("%1 (%2)").arg(numberText(v), fiscalYearText(*year)) : numberText(v);
    };
    for (int row = 0; row < m_plan.kpis.size(); ++row) {
        const core::PlanKpi &k = m_plan.kpis[row];
        m_kpis->setItem(row, 0, cell(k.indicator, k.id));
        m_kpis->setItem(row, 1, cell(k.unit));
        m_kpis->setItem(row, 2, cell(value(k.baselineValue, k.baselineYear)));
        m_kpis->setItem(row, 3, cell(value(k.targetValue, k.targetYear)));
    }
    m_kpis->resizeColumnsToContents();
    m_kpis->setCurrentCell(std::min(kpiRow, int(m_plan.kpis.size()) - 1), 0);
}

void PlansPage::editMilestone(const core::PlanMilestone &opened)
{
    ItemDialog dialog(this, opened.id ? tr("Edit the Milestone") : tr("Add a Milestone"));
    auto *title = new QLineEdit(&dialog);
    auto *start = new OptionalDateEdit(tr("— a point in time —"), &dialog);
    auto *due = new DateField(&dialog);
    auto *budget = optionalYear(&dialog);
    dialog.form->addRow(tr("&Title:"), title);
    dialog.form->addRow(tr("&Starts:"), start);
    dialog.form->addRow(tr("&Due:"), due);
    dialog.form->addRow(tr("&Budget requested in:"), budget);
    budget->setToolTip(tr("The fiscal year of the budget request the milestone depends on."));
    core::PlanMilestone base = opened;
    const auto show = [&](const core::PlanMilestone &m) {
        base = m;
        title->setText(m.title);
        start->setOptionalDate(m.startsOn.value_or(QDate()));
        due->setDate(m.dueOn.isValid() ? m.dueOn : QDate(m_plan.header.firstFiscalYear + 1, 3, 31));
        setYear(budget, m.budgetFiscalYear);
    };
    const auto read = [&] {
        core::PlanMilestone m = base;
        m.title = title->text().trimmed();
        const QDate s = start->optionalDate();
        m.startsOn = s.isValid() ? std::optional(s) : std::nullopt;
        m.dueOn = due->date();
        m.budgetFiscalYear = yearOf(budget);
        return m;
    };
    show(opened);
    EditSteps<core::PlanMilestone> steps;
    steps.entered = read;
    steps.save = [&](const core::PlanMilestone &m) {
        return opened.id ? changeItem(opened, m) : addItem(m);
    };
    steps.storedNow = [&] {
        return core::PlanRepository(m_db).item<core::PlanMilestone>(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::PlanMilestone &o, const core::PlanMilestone &m,
                       core::PlanMilestone t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

void PlansPage::editKpi(const core::PlanKpi &opened)
{
    ItemDialog dialog(this, opened.id ? tr("Edit the KPI") : tr("Add a KPI"));
    auto *indicator = new QLineEdit(&dialog);
    auto *unit = new QLineEdit(&dialog);
    auto *baseline = new QLineEdit(&dialog);
    auto *baselineYear = optionalYear(&dialog);
    auto *target = new QLineEdit(&dialog);
    auto *targetYear = optionalYear(&dialog);
    dialog.form->addRow(tr("&Indicator:"), indicator);
    dialog.form->addRow(tr("&Unit:"), unit);
    auto *baselineRow = new QHBoxLayout;
    baselineRow->addWidget(baseline, 1);
    baselineRow->addWidget(new QLabel(tr("in"), &dialog));
    baselineRow->addWidget(baselineYear);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(target, 1);
    targetRow->addWidget(new QLabel(tr("in"), &dialog));
    targetRow->addWidget(targetYear);
    dialog.form->addRow(tr("&Baseline:"), baselineRow);
    dialog.form->addRow(tr("&Target:"), targetRow);
    core::PlanKpi base = opened;
    const auto show = [&](const core::PlanKpi &k) {
        base = k;
        indicator->setText(k.indicator);
        unit->setText(k.unit);
        baseline->setText(numberText(k.baselineValue));
        setYear(baselineYear, k.baselineYear);
        target->setText(numberText(k.targetValue));
        setYear(targetYear, k.targetYear);
    };
    bool numbersOk = true;
    const auto read = [&] {
        core::PlanKpi k = base;
        k.indicator = indicator->text().trimmed();
        k.unit = unit->text().trimmed();
        bool a = true;
        bool b = true;
        k.baselineValue = numberOf(baseline, &a);
        k.targetValue = numberOf(target, &b);
        numbersOk = a && b;
        k.baselineYear = yearOf(baselineYear);
        k.targetYear = yearOf(targetYear);
        return k;
    };
    show(opened);
    EditSteps<core::PlanKpi> steps;
    steps.entered = read;
    steps.save = [&](const core::PlanKpi &k) {
        if (!numbersOk)
            return tr("The baseline and the target are numbers (or left empty).");
        return opened.id ? changeItem(opened, k) : addItem(k);
    };
    steps.storedNow = [&] {
        return core::PlanRepository(m_db).item<core::PlanKpi>(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::PlanKpi &o, const core::PlanKpi &m, core::PlanKpi t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

// ---- Cost-effectiveness ----------------------------------------------------------------------

QWidget *PlansPage::buildCost()
{
    auto *page = new QWidget(this);
    m_periodLabel = new QLabel(page);
    m_period = new QSpinBox(page);
    m_period->setObjectName(u"planPeriod"_s);
    m_period->setRange(1, core::CostEffectiveness::kMaxPeriodYears);
    m_periodLabel->setBuddy(m_period);
    m_rateLabel = new QLabel(page);
    m_rate = new QDoubleSpinBox(page);
    m_rate->setObjectName(u"planRate"_s);
    m_rate->setRange(0, 20);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(0.5);
    m_rate->setSuffix(u"%"_s);
    m_rateLabel->setBuddy(m_rate);
    m_applySettings = new QPushButton(page);
    auto *settings = new QHBoxLayout;
    settings->addWidget(m_periodLabel);
    settings->addWidget(m_period);
    settings->addWidget(m_rateLabel);
    settings->addWidget(m_rate);
    settings->addWidget(m_applySettings);
    settings->addStretch();

    m_amounts = listTable(page, u"planAmounts"_s, 5);
    m_addCost = new QPushButton(page);
    m_addBenefit = new QPushButton(page);
    m_editAmount = new QPushButton(page);
    m_removeAmount = new QPushButton(page);
    m_results = new QLabel(page);
    m_results->setObjectName(u"planResults"_s);
    m_results->setWordWrap(true);
    m_results->setTextFormat(Qt::RichText);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_years = listTable(page, u"planYears"_s, 5);
    m_sensitivity = listTable(page, u"planSensitivity"_s, 3);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_sensitivityChart = new QChartView(chart, page);
    m_sensitivityChart->setObjectName(u"sensitivityChart"_s);
    m_sensitivityChart->setRenderHint(QPainter::Antialiasing);
    m_sensitivityChart->setMinimumHeight(220);
    auto *sensitivity = new QSplitter(Qt::Vertical, page);
    sensitivity->addWidget(m_sensitivity);
    sensitivity->addWidget(m_sensitivityChart);
    sensitivity->setSizes({160, 260});
    m_resultTabs = new QTabWidget(page);
    m_resultTabs->addTab(m_years, {});
    m_resultTabs->addTab(sensitivity, {});
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(column(page, {m_amounts},
                               buttonRow({m_addCost, m_addBenefit, m_editAmount, m_removeAmount})));
    splitter->addWidget(column(page, {m_results, m_resultTabs}));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(settings);
    layout->addWidget(splitter, 1);

    connect(m_applySettings, &QPushButton::clicked, this, [this] {
        core::PlanHeader header = m_plan.header;
        header.periodYears = m_period->value();
        header.discountBasisPoints = qRound(m_rate->value() * 100);
        if (const QString error = setHeader(header); !error.isEmpty())
            showError(error);
    });
    const auto settingsChanged = [this] {
        updateButtons();
    };
    connect(m_period, &QSpinBox::valueChanged, this, settingsChanged);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, settingsChanged);
    connect(m_amounts, &QTableWidget::itemSelectionChanged, this, &PlansPage::updateButtons);
    connect(m_addCost, &QPushButton::clicked, this, [this] {
        core::PlanAmount a;
        a.kind = core::AmountKind::Initial;
        a.bearer = core::CostBearer::Municipality;
        editAmount(a);
    });
    connect(m_addBenefit, &QPushButton::clicked, this, [this] {
        core::PlanAmount a;
        a.kind = core::AmountKind::HoursSaved;
        a.year = 1;
        editAmount(a);
    });
    connect(m_editAmount, &QPushButton::clicked, this, [this] {
        if (const auto *a = chosen(m_amounts, m_plan.amounts))
            editAmount(*a);
    });
    connect(m_amounts, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto *a = chosen(m_amounts, m_plan.amounts);
            a && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editAmount(*a);
    });
    connect(m_removeAmount, &QPushButton::clicked, this,
            [this] { removeChosen(chosen(m_amounts, m_plan.amounts)); });
    m_writes.guard(
        {m_period, m_rate, m_applySettings, m_addCost, m_addBenefit, m_editAmount, m_removeAmount},
        WriteAccess::Needs::Plans);
    return page;
}

void PlansPage::fillCost()
{
    {
        QSignalBlocker a(m_period), b(m_rate);
        m_period->setValue(m_plan.header.periodYears);
        m_rate->setValue(m_plan.header.discountBasisPoints / 100.0);
    }
    const int fy = m_plan.header.firstFiscalYear;
    const auto yearText = [fy](int year) {
        return tr("year %1 (%2)").arg(year).arg(fiscalYearText(fy + year));
    };
    const int keep = m_amounts->currentRow();
    m_amounts->setRowCount(int(m_plan.amounts.size()));
    for (int row = 0; row < m_plan.amounts.size(); ++row) {
        const core::PlanAmount &a = m_plan.amounts[row];
        m_amounts->setItem(row, 0, cell(yearText(a.year), a.id));
        m_amounts->setItem(row, 1, cell(core::shownName(a.kind)));
        m_amounts->setItem(row, 2, cell(a.item));
        auto *amount = cell((a.isCost() ? u"−"_s : u"+"_s) + yen(double(a.yen)));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setForeground(a.isCost() ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        m_amounts->setItem(row, 3, amount);
        m_amounts->setItem(row, 4,
                           cell(a.isCost()
                                    ? core::shownName(a.bearer) +
                                          (a.basis.isEmpty() ? QString() : u" · "_s + a.basis)
                                    : a.basis));
    }
    m_amounts->resizeColumnsToContents();
    m_amounts->setCurrentCell(std::min(keep, int(m_plan.amounts.size()) - 1), 0);

    const core::CostBenefitEvaluation e = m_plan.evaluation();
    const auto payback = [&](const std::optional<int> &year) {
        return year ? yearText(*year) : tr("not within the period");
    };
    const QString negative = e.npv < 0 ? u" style='color:#c62828'"_s : QString();
    m_results->setText(
        u"<table cellspacing='2'><tr><td>"_s + tr("Present value of benefits").toHtmlEscaped() +
        u"</td><td align='right'><b>"_s + yen(e.presentBenefits).toHtmlEscaped() +
        u"</b></td></tr><tr><td>"_s + tr("Present value of costs").toHtmlEscaped() +
        u"</td><td align='right'><b>"_s + yen(e.presentCosts).toHtmlEscaped() +
        u"</b></td></tr><tr><td>"_s + tr("NPV").toHtmlEscaped() + u"</td><td align='right'"_s +
        negative + u"><b>"_s + yen(e.npv).toHtmlEscaped() + u"</b></td></tr><tr><td>"_s +
        tr("B/C").toHtmlEscaped() + u"</td><td align='right'"_s + negative + u"><b>"_s +
        (e.bc ? QLocale().toString(*e.bc, 'f', 2) : tr("— (no costs)")).toHtmlEscaped() +
        u"</b></td></tr><tr><td>"_s + tr("Pays back").toHtmlEscaped() + u"</td><td>"_s +
        payback(e.paybackYear).toHtmlEscaped() + u"</td></tr><tr><td>"_s +
        tr("Discounted").toHtmlEscaped() + u"</td><td>"_s +
        payback(e.discountedPaybackYear).toHtmlEscaped() + u"</td></tr></table>"_s);

    m_years->setRowCount(int(e.years.size()));
    for (int row = 0; row < e.years.size(); ++row) {
        const core::YearFigures &y = e.years[row];
        const QStringList texts = {yearText(y.year), yen(double(y.cost)), yen(double(y.benefit)),
                                   yen(double(y.cumulativeNet)), yen(y.cumulativePresentNet)};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = cell(texts[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if ((c == 3 && y.cumulativeNet < 0) || (c == 4 && y.cumulativePresentNet < 0))
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_years->setItem(row, c, item);
        }
    }
    m_years->resizeColumnsToContents();

    m_sensitivity->setRowCount(int(e.sensitivity.size()) + 1);
    QStringList cases = {tr("As planned")};
    QList<double> npvs = {e.npv};
    for (const core::SensitivityCase &s : e.sensitivity) {
        const QString change =
            (s.changePercent > 0 ? u"+"_s : QString()) + QString::number(s.changePercent) + u"%"_s;
        cases.append(s.varied == core::SensitivityCase::Varied::Benefits
                         ? tr("Benefits %1").arg(change)
                         : tr("Costs %1").arg(change));
        npvs.append(s.npv);
    }
    for (int row = 0; row < cases.size(); ++row) {
        const std::optional<double> bc = row == 0 ? e.bc : e.sensitivity[row - 1].bc;
        m_sensitivity->setItem(row, 0, cell(cases[row]));
        auto *npv = cell(yen(npvs[row]));
        npv->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (npvs[row] < 0)
            npv->setForeground(QColor(0xc6, 0x28, 0x28));
        m_sensitivity->setItem(row, 1, npv);
        m_sensitivity->setItem(row, 2, cell(bc ? QLocale().toString(*bc, 'f', 2) : u"—"_s));
    }
    m_sensitivity->resizeColumnsToContents();
    // NPV of each case, in ten thousands of yen (万円) as a Japanese reader counts.
    QChart *chart = m_sensitivityChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *set = new QBarSet(tr("NPV"));
    set->setColor(QColor(0x42, 0x85, 0xf4));
    double low = 0;
    double high = 0;
    QStringList categories;
    for (int i = int(cases.size()) - 1; i >= 0; --i) {
        *set << npvs[i] / 10000.0;
        categories.append(cases[i]);
        low = std::min(low, npvs[i] / 10000.0);
        high = std::max(high, npvs[i] / 10000.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categoryAxis->setLabelsFont(small);
    categoryAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelsFont(small);
    valueAxis->setRange(low == 0 ? 0 : low * 1.1, high == 0 ? 0 : high * 1.1);
    valueAxis->setLabelFormat(u"%.0f"_s);
    valueAxis->setTitleText(tr("NPV (10,000 yen)"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

void PlansPage::editAmount(const core::PlanAmount &opened)
{
    const bool cost = opened.isCost();
    ItemDialog dialog(this, opened.id ? (cost ? tr("Edit the Cost") : tr("Edit the Benefit"))
                                      : (cost ? tr("Add a Cost") : tr("Add a Benefit")));
    auto *kind = new QComboBox(&dialog);
    QList<core::AmountKind> kinds;
    for (const core::AmountKind k : core::allValues<core::AmountKind>()) {
        core::PlanAmount probe;
        probe.kind = k;
        if (probe.isCost() == cost)
            kinds.append(k);
    }
    ValueCombo::fill(kind, kinds);
    auto *year = new QSpinBox(&dialog);
    year->setRange(0, m_plan.header.periodYears);
    const int fy = m_plan.header.firstFiscalYear;
    const auto yearSuffix = [year, fy] {
        year->setSuffix(u"  ("_s + fiscalYearText(fy + year->value()) + u")"_s);
    };
    yearSuffix();
    connect(year, &QSpinBox::valueChanged, &dialog, yearSuffix);
    auto *item = new QLineEdit(&dialog);
    auto *amount = new QLineEdit(&dialog);
    amount->setObjectName(u"amountYen"_s);
    amount->setAlignment(Qt::AlignRight);
    auto *basis = new QLineEdit(&dialog);
    auto *bearer = new QComboBox(&dialog);
    QList<core::CostBearer> bearers = core::allValues<core::CostBearer>();
    bearers.removeAll(core::CostBearer::None);
    ValueCombo::fill(bearer, bearers);
    // Hours saved × the hourly cost gives the amount and says how it was reckoned.
    auto *hours = new QDoubleSpinBox(&dialog);
    hours->setRange(0, 10'000'000);
    hours->setDecimals(1);
    hours->setSuffix(tr(" h"));
    auto *rate = new QSpinBox(&dialog);
    rate->setRange(0, 1'000'000);
    rate->setSingleStep(100);
    rate->setPrefix(japanese() ? QString() : u"¥"_s);
    rate->setSuffix(japanese() ? tr(" yen/h") : tr("/h"));
    rate->setValue(3000);
    auto *reckon = new QPushButton(tr("&Reckon"), &dialog);
    // The hours row is a widget of its own, so that a cost's dialog leaves it out whole.
    auto *hoursBox = new QWidget(&dialog);
    auto *hoursRow = new QHBoxLayout(hoursBox);
    hoursRow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{hours, rate, reckon})
        w->setParent(hoursBox);
    hoursRow->addWidget(hours);
    hoursRow->addWidget(new QLabel(u"×"_s, hoursBox));
    hoursRow->addWidget(rate);
    hoursRow->addWidget(reckon);
    hoursRow->addStretch();
    dialog.form->addRow(tr("&Kind:"), kind);
    dialog.form->addRow(tr("&Year:"), year);
    dialog.form->addRow(tr("&Item:"), item);
    dialog.form->addRow(japanese() ? tr("&Amount (yen):") : tr("&Amount (¥):"), amount);
    if (cost) {
        dialog.form->addRow(tr("&Borne by:"), bearer);
        hoursBox->hide();
    } else {
        dialog.form->addRow(tr("Hours saved × hourly cost:"), hoursBox);
        bearer->hide();
    }
    dialog.form->addRow(tr("How it was &reckoned:"), basis);
    connect(reckon, &QPushButton::clicked, &dialog, [=] {
        const qint64 total = qRound64(hours->value() * rate->value());
        amount->setText(QLocale(QLocale::English).toString(total));
        basis->setText(tr("%1 h × %2 yen")
                           .arg(QLocale().toString(hours->value(), 'g', 10),
                                QLocale(QLocale::English).toString(rate->value())));
        ValueCombo::select(kind, core::AmountKind::HoursSaved);
    });
    core::PlanAmount base = opened;
    const auto show = [&](const core::PlanAmount &a) {
        base = a;
        ValueCombo::select(kind, a.kind);
        year->setValue(a.year);
        item->setText(a.item);
        amount->setText(a.id || a.yen ? QLocale(QLocale::English).toString(a.yen) : QString());
        basis->setText(a.basis);
        if (a.isCost())
            ValueCombo::select(bearer, a.bearer);
    };
    bool amountOk = true;
    const auto read = [&] {
        core::PlanAmount a = base;
        a.kind =
            ValueCombo::current(kind, cost ? core::AmountKind::Initial : core::AmountKind::Other);
        a.year = year->value();
        a.item = item->text().trimmed();
        QString digits = amount->text().trimmed();
        digits.remove(u',').remove(u'，').remove(u'¥').remove(u'円').remove(u' ');
        a.yen = digits.toLongLong(&amountOk);
        a.basis = basis->text().trimmed();
        a.bearer = cost ? ValueCombo::current(bearer, core::CostBearer::Municipality)
                        : core::CostBearer::None;
        return a;
    };
    show(opened);
    item->setFocus();
    EditSteps<core::PlanAmount> steps;
    steps.entered = read;
    steps.save = [&](const core::PlanAmount &a) {
        if (!amountOk)
            return tr("The amount is a whole number of yen, such as 1,200,000.");
        return opened.id ? changeItem(opened, a) : addItem(a);
    };
    steps.storedNow = [&] {
        return core::PlanRepository(m_db).item<core::PlanAmount>(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::PlanAmount &o, const core::PlanAmount &m, core::PlanAmount t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

// ---- Risks -----------------------------------------------------------------------------------

QWidget *PlansPage::buildRisks()
{
    auto *page = new QWidget(this);
    m_risks = listTable(page, u"planRisks"_s, 2);
    m_risks->setWordWrap(true);
    m_addRisk = new QPushButton(page);
    m_editRisk = new QPushButton(page);
    m_removeRisk = new QPushButton(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_risks, 1);
    layout->addLayout(buttonRow({m_addRisk, m_editRisk, m_removeRisk}));
    connect(m_risks, &QTableWidget::itemSelectionChanged, this, &PlansPage::updateButtons);
    connect(m_addRisk, &QPushButton::clicked, this, [this] {
        core::PlanRisk r;
        r.position = int(m_plan.risks.size());
        editRisk(r);
    });
    connect(m_editRisk, &QPushButton::clicked, this, [this] {
        if (const auto *r = chosen(m_risks, m_plan.risks))
            editRisk(*r);
    });
    connect(m_risks, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto *r = chosen(m_risks, m_plan.risks);
            r && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editRisk(*r);
    });
    connect(m_removeRisk, &QPushButton::clicked, this,
            [this] { removeChosen(chosen(m_risks, m_plan.risks)); });
    m_writes.guard({m_addRisk, m_editRisk, m_removeRisk}, WriteAccess::Needs::Plans);
    return page;
}

void PlansPage::fillRisks()
{
    const int keep = m_risks->currentRow();
    m_risks->setRowCount(int(m_plan.risks.size()));
    for (int row = 0; row < m_plan.risks.size(); ++row) {
        m_risks->setItem(row, 0, cell(m_plan.risks[row].risk, m_plan.risks[row].id));
        m_risks->setItem(row, 1, cell(m_plan.risks[row].countermeasure));
    }
    m_risks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_risks->resizeRowsToContents();
    m_risks->setCurrentCell(std::min(keep, int(m_plan.risks.size()) - 1), 0);
}

void PlansPage::editRisk(const core::PlanRisk &opened)
{
    ItemDialog dialog(this, opened.id ? tr("Edit the Risk") : tr("Add a Risk"));
    auto *risk = textBox(&dialog, 2);
    auto *countermeasure = textBox(&dialog, 3);
    dialog.form->addRow(tr("&Risk:"), risk);
    dialog.form->addRow(tr("&Counter-measure:"), countermeasure);
    core::PlanRisk base = opened;
    const auto show = [&](const core::PlanRisk &r) {
        base = r;
        risk->setPlainText(r.risk);
        countermeasure->setPlainText(r.countermeasure);
    };
    const auto read = [&] {
        core::PlanRisk r = base;
        r.risk = risk->toPlainText().trimmed();
        r.countermeasure = countermeasure->toPlainText().trimmed();
        return r;
    };
    show(opened);
    risk->setFocus();
    EditSteps<core::PlanRisk> steps;
    steps.entered = read;
    steps.save = [&](const core::PlanRisk &r) {
        return opened.id ? changeItem(opened, r) : addItem(r);
    };
    steps.storedNow = [&] {
        return core::PlanRepository(m_db).item<core::PlanRisk>(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::PlanRisk &o, const core::PlanRisk &m, core::PlanRisk t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

// ---- Versions --------------------------------------------------------------------------------

QWidget *PlansPage::buildVersions()
{
    auto *page = new QWidget(this);
    m_versionTable = listTable(page, u"planVersions"_s, 4);
    m_freeze = new QPushButton(page);
    m_freeze->setObjectName(u"freezePlan"_s);
    m_compareLabel = new QLabel(page);
    m_compareFrom = new QComboBox(page);
    m_compareFrom->setObjectName(u"compareFrom"_s);
    m_compareTo = new QComboBox(page);
    m_compareTo->setObjectName(u"compareTo"_s);
    m_compareLabel->setBuddy(m_compareFrom);
    m_changes = listTable(page, u"planChanges"_s, 4);
    auto *compare = new QHBoxLayout;
    compare->addWidget(m_compareLabel);
    compare->addWidget(m_compareFrom, 1);
    compare->addWidget(new QLabel(u"→"_s, page));
    compare->addWidget(m_compareTo, 1);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(column(page, {m_versionTable}, buttonRow({m_freeze})));
    auto *below = new QWidget(page);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addLayout(compare);
    belowLayout->addWidget(m_changes, 1);
    splitter->addWidget(below);
    splitter->setSizes({160, 320});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    connect(m_freeze, &QPushButton::clicked, this, &PlansPage::askFreeze);
    connect(m_compareFrom, &QComboBox::currentIndexChanged, this, &PlansPage::fillComparison);
    connect(m_compareTo, &QComboBox::currentIndexChanged, this, &PlansPage::fillComparison);
    m_writes.guard(m_freeze, WriteAccess::Needs::Plans);
    return page;
}

void PlansPage::fillVersions()
{
    m_versionTable->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const core::PlanVersion &v = m_versions[row];
        m_versionTable->setItem(row, 0, cell(QString::number(v.seq), v.id));
        m_versionTable->setItem(row, 1, cell(core::shownName(v.stage)));
        m_versionTable->setItem(row, 2, cell(dates().date(v.frozenOn)));
        m_versionTable->setItem(
            row, 3,
            cell(v.frozenBy + (v.slotId ? u"  ·  "_s + tr("presented at its slot of the "
                                                          "mid-term presentation")
                                        : QString())));
    }
    m_versionTable->resizeColumnsToContents();
    // Compare: by default the newest version with the plan as it is now.
    const QVariant from = m_compareFrom->currentData();
    const QVariant to = m_compareTo->currentData();
    QSignalBlocker a(m_compareFrom), b(m_compareTo);
    m_compareFrom->clear();
    m_compareTo->clear();
    for (const core::PlanVersion &v : std::as_const(m_versions)) {
        const QString label =
            tr("No. %1 %2 (%3)").arg(v.seq).arg(core::shownName(v.stage), dates().date(v.frozenOn));
        m_compareFrom->addItem(label, v.id);
        m_compareTo->addItem(label, v.id);
    }
    m_compareFrom->addItem(tr("The plan as it is now"), 0);
    m_compareTo->addItem(tr("The plan as it is now"), 0);
    m_compareFrom->setCurrentIndex(from.isValid() && m_compareFrom->findData(from) >= 0
                                       ? m_compareFrom->findData(from)
                                       : std::max(0, int(m_versions.size()) - 1));
    m_compareTo->setCurrentIndex(to.isValid() && m_compareTo->findData(to) >= 0
                                     ? m_compareTo->findData(to)
                                     : m_compareTo->count() - 1);
    fillComparison();
}

void PlansPage::fillComparison()
{
    const core::PlanRepository plans(m_db);
    const auto planOf = [&](const QComboBox *box) -> core::Result<core::Plan> {
        const qint64 id = box->currentData().toLongLong();
        return id ? plans.frozenPlan(id) : core::Result<core::Plan>(m_plan);
    };
    m_changes->setRowCount(0);
    if (m_compareFrom->count() == 0)
        return;
    const auto before = planOf(m_compareFrom);
    const auto after = planOf(m_compareTo);
    if (!before || !after) {
        showError(before ? after.message() : before.message());
        return;
    }
    const QList<core::PlanChange> changes = core::PlanRepository::compare(*before, *after);
    const QHash<QString, QString> parts = {{u"plan"_s, tr("Settings")},
                                           {u"section"_s, tr("Section")},
                                           {u"node"_s, tr("Vision to solutions")},
                                           {u"member"_s, tr("Promotion system")},
                                           {u"milestone"_s, tr("Milestone")},
                                           {u"kpi"_s, tr("KPI")},
                                           {u"amount"_s, tr("Cost or benefit")},
                                           {u"risk"_s, tr("Risk")}};
    // The stored fields by the names the page gives them.
    const QHash<QString, QString> fields = {{u"title"_s, tr("title")},
                                            {u"first_fiscal_year"_s, tr("first fiscal year")},
                                            {u"period_years"_s, tr("period")},
                                            {u"discount_rate"_s, tr("discount rate")},
                                            {u"fields"_s, tr("fields")},
                                            {u"heading"_s, tr("heading")},
                                            {u"body"_s, tr("text")},
                                            {u"parent_id"_s, tr("place in the tree")},
                                            {u"kind"_s, tr("kind")},
                                            {u"text"_s, tr("text")},
                                            {u"technology"_s, tr("technology")},
                                            {u"data_used"_s, tr("data used")},
                                            {u"partner"_s, tr("partner")},
                                            {u"name"_s, tr("name")},
                                            {u"contact_id"_s, tr("person of the registry")},
                                            {u"role"_s, tr("role")},
                                            {u"lead"_s, tr("lead")},
                                            {u"starts_on"_s, tr("start")},
                                            {u"due_on"_s, tr("due")},
                                            {u"budget_fiscal_year"_s, tr("budget request")},
                                            {u"indicator"_s, tr("indicator")},
                                            {u"unit"_s, tr("unit")},
                                            {u"baseline_value"_s, tr("baseline")},
                                            {u"baseline_year"_s, tr("baseline year")},
                                            {u"target_value"_s, tr("target")},
                                            {u"target_year"_s, tr("target year")},
                                            {u"side"_s, tr("cost or benefit")},
                                            {u"year"_s, tr("year")},
                                            {u"item"_s, tr("item")},
                                            {u"yen"_s, tr("amount")},
                                            {u"basis"_s, tr("how it was reckoned")},
                                            {u"bearer"_s, tr("borne by")},
                                            {u"risk"_s, tr("risk")},
                                            {u"countermeasure"_s, tr("counter-measure")}};
    m_changes->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const core::PlanChange &c = changes[row];
        const QString what = c.kind == core::PlanChange::Kind::Added ? tr("added")
                             : c.kind == core::PlanChange::Kind::Removed
                                 ? tr("removed")
                                 : fields.value(c.field, c.field);
        m_changes->setItem(row, 0, cell(parts.value(c.part, c.part)));
        m_changes->setItem(row, 1, cell(c.label));
        m_changes->setItem(row, 2, cell(what));
        m_changes->setItem(row, 3,
                           cell(c.kind == core::PlanChange::Kind::Changed
                                    ? c.before + u"  →  "_s + c.after
                                    : QString()));
        const QColor colour = c.kind == core::PlanChange::Kind::Added ? QColor(0xe8, 0xf5, 0xe9)
                              : c.kind == core::PlanChange::Kind::Removed
                                  ? QColor(0xfd, 0xe2, 0xe1)
                                  : QColor(0xff, 0xf8, 0xe1);
        for (int c2 = 0; c2 < 4; ++c2)
            m_changes->item(row, c2)->setBackground(colour);
    }
    m_changes->resizeColumnsToContents();
    if (changes.isEmpty()) {
        m_changes->setRowCount(1);
        m_changes->setItem(0, 0, cell(tr("No difference.")));
    }
}

void PlansPage::askFreeze()
{
    if (!resolveUnsavedEdits())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Freeze a Version"));
    auto *stage = new QComboBox(&dialog);
    ValueCombo::fill<core::PlanStage>(stage);
    auto *on = new DateField(&dialog);
    auto *note = new QLabel(&dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Stage:"), stage);
    form->addRow(tr("&Dated:"), on);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    note->setText(tr("The plan of %1 as it is now is kept unchanged as a version: a draft while "
                     "it is written, the mid-term version presented at workshop 3, the final "
                     "version at the end of March.")
                      .arg(m_plan.municipality));
    // The stage offered follows the versions there are; its date, the program's calendar.
    const auto suggest = [&] {
        const auto s = ValueCombo::current(stage, core::PlanStage::Draft);
        if (const auto day = core::PlanRepository(m_db).suggestedFreezeDate(
                applicationId(), s, core::JapanTime::today()))
            on->setDate(*day);
    };
    connect(stage, &QComboBox::currentIndexChanged, &dialog, suggest);
    core::PlanStage next = core::PlanStage::Draft;
    for (const core::PlanVersion &v : std::as_const(m_versions)) {
        if (v.stage == core::PlanStage::Draft)
            next = core::PlanStage::Midterm;
        if (v.stage == core::PlanStage::Midterm)
            next = core::PlanStage::Final;
    }
    ValueCombo::select(stage, next);
    suggest();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error =
            freeze(ValueCombo::current(stage, core::PlanStage::Draft), on->date());
        !error.isEmpty())
        showError(error);
}

// ---- Know-how --------------------------------------------------------------------------------

QWidget *PlansPage::buildKnowhow()
{
    auto *page = new QWidget(this);
    m_onlyThis = new QCheckBox(page);
    m_lessonTable = listTable(page, u"lessonTable"_s, 5);
    m_lessonTable->horizontalHeader()->setStretchLastSection(false);
    m_lessonTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_addLesson = new QPushButton(page);
    m_editLesson = new QPushButton(page);
    m_removeLesson = new QPushButton(page);
    m_approveLesson = new QPushButton(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_onlyThis);
    layout->addWidget(m_lessonTable, 1);
    layout->addLayout(buttonRow({m_addLesson, m_editLesson, m_approveLesson, m_removeLesson}));
    connect(m_onlyThis, &QCheckBox::toggled, this, &PlansPage::fillKnowhow);
    connect(m_lessonTable, &QTableWidget::itemSelectionChanged, this, &PlansPage::updateButtons);
    connect(m_addLesson, &QPushButton::clicked, this, [this] {
        core::Lesson l;
        l.programId = programId();
        l.applicationId = applicationId();
        editLesson(l);
    });
    connect(m_editLesson, &QPushButton::clicked, this, [this] {
        if (const core::Lesson *l = chosenLesson())
            editLesson(*l);
    });
    connect(m_lessonTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const core::Lesson *l = chosenLesson();
            l && m_writes.mayWrite(WriteAccess::Needs::Plans))
            editLesson(*l);
    });
    connect(m_approveLesson, &QPushButton::clicked, this, [this] {
        const core::Lesson *l = chosenLesson();
        if (!l)
            return;
        core::Lesson after = *l;
        after.approved = !l->approved;
        if (const QString error = changeLesson(*l, after); !error.isEmpty())
            showError(error);
    });
    connect(m_removeLesson, &QPushButton::clicked, this, [this] {
        const core::Lesson *l = chosenLesson();
        if (!l)
            return;
        auto *command = new undo::LessonCommand(m_db, undo::LessonCommand::Step::Remove, *l, {});
        if (const QString error = reloaded(m_commands.push(command)); !error.isEmpty())
            showError(error);
    });
    m_writes.guard({m_addLesson, m_editLesson, m_removeLesson, m_approveLesson},
                   WriteAccess::Needs::Plans);
    return page;
}

const core::Lesson *PlansPage::chosenLesson() const
{
    return chosen(m_lessonTable, m_lessons);
}

void PlansPage::fillKnowhow()
{
    const int keep = m_lessonTable->currentRow();
    int row = 0;
    m_lessonTable->setRowCount(int(m_lessons.size()));
    for (const core::Lesson &l : std::as_const(m_lessons)) {
        if (m_onlyThis->isChecked() && l.applicationId != applicationId())
            continue;
        const QString source = l.consultationId ? tr("consultation %1").arg(l.consultationId)
                               : l.reportId     ? tr("report %1").arg(l.reportId)
                               : l.sessionId    ? tr("meeting session %1").arg(l.sessionId)
                                                : QString();
        m_lessonTable->setItem(row, 0, cell(core::shownName(l.phase), l.id));
        m_lessonTable->setItem(row, 1,
                               cell(l.municipality.isEmpty() ? tr("the program") : l.municipality));
        m_lessonTable->setItem(row, 2, cell(l.lesson));
        m_lessonTable->setItem(row, 3, cell(source));
        m_lessonTable->setItem(row, 4, cell(l.approved ? tr("✓ approved") : tr("not yet")));
        ++row;
    }
    m_lessonTable->setRowCount(row);
    m_lessonTable->resizeColumnToContents(0);
    m_lessonTable->resizeColumnToContents(1);
    m_lessonTable->resizeColumnToContents(3);
    m_lessonTable->resizeColumnToContents(4);
    m_lessonTable->setCurrentCell(std::min(keep, row - 1), 0);
}

void PlansPage::editLesson(const core::Lesson &opened)
{
    ItemDialog dialog(this, opened.id ? tr("Edit the Lesson") : tr("Register a Lesson"));
    auto *phase = new QComboBox(&dialog);
    ValueCombo::fill<core::KnowhowPhase>(phase);
    auto *whose = new QComboBox(&dialog);
    whose->addItem(tr("The program as a whole"), 0);
    if (const auto entries = core::PlanRepository(m_db).entries(opened.programId)) {
        for (const auto &e : *entries)
            whose->addItem(e.municipality, e.applicationId);
    }
    auto *lesson = textBox(&dialog, 4);
    auto *sourceKind = new QComboBox(&dialog);
    sourceKind->addItem(tr("—"));
    sourceKind->addItem(tr("A consultation"));
    sourceKind->addItem(tr("A monthly report"));
    sourceKind->addItem(tr("A meeting"));
    auto *source = new QComboBox(&dialog);
    auto *consultation = new QSpinBox(&dialog);
    consultation->setRange(1, std::numeric_limits<int>::max());
    consultation->setPrefix(tr("No. "));
    auto *consultationText = new QLabel(&dialog);
    consultationText->setWordWrap(true);
    auto *approved = new QCheckBox(tr("&Approved for publication in the casebook"), &dialog);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(sourceKind);
    sourceRow->addWidget(source, 1);
    sourceRow->addWidget(consultation, 1);
    dialog.form->addRow(tr("&Phase:"), phase);
    dialog.form->addRow(tr("&Municipality:"), whose);
    dialog.form->addRow(tr("&Lesson:"), lesson);
    dialog.form->addRow(tr("Came &from:"), sourceRow);
    dialog.form->addRow(QString(), consultationText);
    dialog.form->addRow(QString(), approved);
    // The reports of the chosen municipality and the program's meetings to choose from.
    QList<core::MonthlyReport> reports;
    if (const auto found = core::ReportRepository(m_db).reports(opened.programId))
        reports = *found;
    QList<core::SessionSummary> sessions;
    if (const auto found = core::MeetingRepository(m_db).sessions(opened.programId))
        sessions = *found;
    const auto fillSources = [&] {
        const int kind = sourceKind->currentIndex();
        source->clear();
        source->setVisible(kind == 2 || kind == 3);
        consultation->setVisible(kind == 1);
        consultationText->setVisible(kind == 1);
        const qint64 application = whose->currentData().toLongLong();
        if (kind == 2) {
            for (const core::MonthlyReport &r : std::as_const(reports)) {
                if (r.receivedOn && (!application || r.applicationId == application))
                    source->addItem(r.name + u" "_s + dates().month(r.month), r.id);
            }
        } else if (kind == 3) {
            for (const core::SessionSummary &s : std::as_const(sessions))
                source->addItem(s.title(japanese()), s.session.id);
        }
    };
    const auto showConsultation = [&] {
        const auto c = core::ConsultationRepository(m_db).consultation(consultation->value());
        consultationText->setText(c ? dates().date(core::JapanTime::dayOf(c->occurredAt)) + u" "_s +
                                          c->summary.left(80)
                                    : tr("There is no consultation of that number."));
    };
    connect(sourceKind, &QComboBox::currentIndexChanged, &dialog, fillSources);
    connect(whose, &QComboBox::currentIndexChanged, &dialog, fillSources);
    connect(consultation, &QSpinBox::valueChanged, &dialog, showConsultation);
    core::Lesson base = opened;
    const auto show = [&](const core::Lesson &l) {
        base = l;
        ValueCombo::select(phase, l.phase);
        whose->setCurrentIndex(std::max(0, whose->findData(l.applicationId)));
        lesson->setPlainText(l.lesson);
        sourceKind->setCurrentIndex(l.consultationId ? 1 : l.reportId ? 2 : l.sessionId ? 3 : 0);
        fillSources();
        if (l.consultationId)
            consultation->setValue(int(l.consultationId));
        if (l.reportId || l.sessionId)
            source->setCurrentIndex(
                std::max(0, source->findData(l.reportId ? l.reportId : l.sessionId)));
        showConsultation();
        approved->setChecked(l.approved);
    };
    const auto read = [&] {
        core::Lesson l = base;
        l.phase = ValueCombo::current(phase, core::KnowhowPhase::Other);
        l.applicationId = whose->currentData().toLongLong();
        l.lesson = lesson->toPlainText().trimmed();
        const int kind = sourceKind->currentIndex();
        l.consultationId = kind == 1 ? consultation->value() : 0;
        l.reportId = kind == 2 ? source->currentData().toLongLong() : 0;
        l.sessionId = kind == 3 ? source->currentData().toLongLong() : 0;
        l.approved = approved->isChecked();
        return l;
    };
    show(opened);
    lesson->setFocus();
    EditSteps<core::Lesson> steps;
    steps.entered = read;
    steps.save = [&](const core::Lesson &l) {
        return opened.id ? changeLesson(opened, l) : addLesson(l);
    };
    steps.storedNow = [&] {
        return core::KnowhowRepository(m_db).lesson(opened.id);
    };
    steps.show = show;
    steps.reapply = [](const core::Lesson &o, const core::Lesson &m, core::Lesson t) {
        return core::reapplyEdit(o, m, std::move(t));
    };
    editUntilSaved(dialog, m_commands, opened, steps);
}

// ---- The steps -------------------------------------------------------------------------------

template <typename Item> QString PlansPage::addItem(const Item &item)
{
    using Command = undo::PlanItemCommand<Item>;
    return reloaded(
        m_commands.push(new Command(m_db, applicationId(), Command::Step::Add, {}, item)));
}

template <typename Item> QString PlansPage::changeItem(const Item &before, const Item &after)
{
    using Command = undo::PlanItemCommand<Item>;
    return reloaded(
        m_commands.push(new Command(m_db, applicationId(), Command::Step::Change, before, after)));
}

template <typename Item> QString PlansPage::removeItem(const Item &item)
{
    using Command = undo::PlanItemCommand<Item>;
    return reloaded(
        m_commands.push(new Command(m_db, applicationId(), Command::Step::Remove, item, {})));
}

template <typename Item> void PlansPage::removeChosen(const Item *item)
{
    if (!item)
        return;
    if (const QString error = removeItem(*item); !error.isEmpty())
        showError(error);
}

template QString PlansPage::addItem(const core::PlanSection &);
template QString PlansPage::addItem(const core::PlanNode &);
template QString PlansPage::addItem(const core::PlanMember &);
template QString PlansPage::addItem(const core::PlanMilestone &);
template QString PlansPage::addItem(const core::PlanKpi &);
template QString PlansPage::addItem(const core::PlanAmount &);
template QString PlansPage::addItem(const core::PlanRisk &);
template QString PlansPage::changeItem(const core::PlanNode &, const core::PlanNode &);
template QString PlansPage::changeItem(const core::PlanAmount &, const core::PlanAmount &);
template QString PlansPage::changeItem(const core::PlanMilestone &, const core::PlanMilestone &);
template QString PlansPage::removeItem(const core::PlanNode &);
template QString PlansPage::removeItem(const core::PlanAmount &);

QString PlansPage::reloaded(const QString &error)
{
    // What the page shows follows its own step at once (the change notifier comes later).
    if (error.isEmpty())
        loadPlan();
    return error;
}

QString PlansPage::setHeader(const core::PlanHeader &header)
{
    return reloaded(m_commands.push(new undo::SetPlanHeaderCommand(m_db, m_plan.header, header)));
}

QString PlansPage::freeze(core::PlanStage stage, QDate on)
{
    return reloaded(m_commands.push(
        new undo::FreezePlanCommand(m_db, applicationId(), m_plan.municipality, stage, on)));
}

QString PlansPage::addLesson(const core::Lesson &lesson)
{
    return reloaded(
        m_commands.push(new undo::LessonCommand(m_db, undo::LessonCommand::Step::Add, {}, lesson)));
}

QString PlansPage::changeLesson(const core::Lesson &before, const core::Lesson &after)
{
    return reloaded(m_commands.push(
        new undo::LessonCommand(m_db, undo::LessonCommand::Step::Change, before, after)));
}

PrintedDocument PlansPage::planDocument() const
{
    // The version chosen to compare from on the Versions tab when it is on view; else the plan
    // as it is.
    std::optional<core::PlanVersion> version;
    core::Plan plan = m_plan;
    if (m_tabs->currentIndex() == VersionsTab && m_versionTable->currentRow() >= 0 &&
        m_versionTable->currentRow() < m_versions.size()) {
        version = m_versions[m_versionTable->currentRow()];
        if (const auto frozen = core::PlanRepository(m_db).frozenPlan(version->id))
            plan = *frozen;
    }
    PlanDocument document(plan, version, dates(), japanese());
    document.setMilestoneStates(m_states);
    const auto program = core::ProgramRepository(m_db).program(programId());
    if (!program) {
        return PrintedDocument(tr("Plan"),
                               u"<p>"_s + program.message().toHtmlEscaped() + u"</p>"_s);
    }
    return document.document(*program);
}

PrintedDocument PlansPage::casebook() const
{
    const auto loaded = core::CasebookData::load(m_db, programId(), core::JapanTime::today());
    if (!loaded) {
        return PrintedDocument(tr("Casebook"),
                               u"<p>"_s + loaded.message().toHtmlEscaped() + u"</p>"_s);
    }
    return Casebook(*loaded, dates(), japanese()).document();
}

// ---- Buttons and words -----------------------------------------------------------------------

void PlansPage::updateButtons()
{
    const bool any = m_plan.header.applicationId != 0;
    const core::PlanNode *node = chosenNode();
    m_writes.setAvailable(m_addUnder, node && node->kind != core::PlanNodeKind::Solution);
    m_writes.setAvailable(m_editNode, node != nullptr);
    m_writes.setAvailable(m_removeNode, node != nullptr);
    m_writes.setAvailable(m_editMember, chosenMember() != nullptr);
    m_writes.setAvailable(m_removeMember, chosenMember() != nullptr);
    const bool milestone = chosen(m_milestones, m_plan.milestones) != nullptr;
    m_writes.setAvailable(m_editMilestone, milestone);
    m_writes.setAvailable(m_removeMilestone, milestone);
    const bool kpi = chosen(m_kpis, m_plan.kpis) != nullptr;
    m_writes.setAvailable(m_editKpi, kpi);
    m_writes.setAvailable(m_removeKpi, kpi);
    const bool amount = chosen(m_amounts, m_plan.amounts) != nullptr;
    m_writes.setAvailable(m_editAmount, amount);
    m_writes.setAvailable(m_removeAmount, amount);
    const bool risk = chosen(m_risks, m_plan.risks) != nullptr;
    m_writes.setAvailable(m_editRisk, risk);
    m_writes.setAvailable(m_removeRisk, risk);
    const bool section = m_sections->currentRow() >= 0;
    m_writes.setAvailable(m_renameSection, section);
    m_writes.setAvailable(m_removeSection, section);
    m_writes.setAvailable(m_sectionUp, section && m_sections->currentRow() > 0);
    m_writes.setAvailable(m_sectionDown,
                          section && m_sections->currentRow() < m_sections->count() - 1);
    m_writes.setAvailable(m_saveOutline, any && outlineChanged());
    m_writes.setAvailable(m_applySettings, any && (m_period->value() != m_plan.header.periodYears ||
                                                   qRound(m_rate->value() * 100) !=
                                                       m_plan.header.discountBasisPoints));
    const core::Lesson *lesson = chosenLesson();
    m_writes.setAvailable(m_editLesson, lesson != nullptr);
    m_writes.setAvailable(m_removeLesson, lesson != nullptr);
    m_writes.setAvailable(m_approveLesson, lesson != nullptr);
    m_approveLesson->setText(lesson && lesson->approved ? tr("&Withhold") : tr("A&pprove"));
}

void PlansPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!isStale())
            refresh();
    }
    Page::changeEvent(event);
}

void PlansPage::retranslate()
{
    m_programLabel->setText(tr("&Program:"));
    m_chooserLabel->setText(tr("&Municipality:"));
    m_print->setText(tr("P&rint the Plan"));
    m_print->setToolTip(tr("The plan on A4: as it is, or the version chosen on the Versions tab."));
    m_casebook->setText(tr("&Casebook"));
    m_casebook->setToolTip(tr("The program year's casebook: each municipality's plan and track "
                              "through the year, and the approved lessons by phase."));
    for (QPushButton *button : {m_print, m_casebook}) {
        const QList<QAction *> actions = button->menu()->actions();
        actions[0]->setText(tr("Print &Preview…"));
        actions[1]->setText(tr("&Save as PDF…"));
    }
    m_tabs->setTabText(OutlineTab, tr("Outline"));
    m_tabs->setTabText(TreeTab, tr("Issues && Solutions"));
    m_tabs->setTabText(SystemTab, tr("Promotion System"));
    m_tabs->setTabText(RoadmapTab, tr("Roadmap && KPIs"));
    m_tabs->setTabText(CostTab, tr("Cost-Effectiveness"));
    m_tabs->setTabText(RisksTab, tr("Risks"));
    m_tabs->setTabText(VersionsTab, tr("Versions"));
    m_tabs->setTabText(KnowhowTab, tr("Know-How"));

    m_titleLabel->setText(tr("&Title:"));
    m_firstYearLabel->setText(tr("&First fiscal year:"));
    m_firstYear->setToolTip(tr("Year 0 of the roadmap and of the cost-effectiveness."));
    m_firstYear->setPrefix(japanese() ? QString() : u"FY"_s);
    m_firstYear->setSuffix(japanese() ? u"年度"_s : QString());
    m_fieldsLabel->setText(tr("Fields:"));
    for (QCheckBox *box : std::as_const(m_fields))
        box->setText(core::shownName(core::PlanField(box->property("field").toInt())));
    m_saveOutline->setText(tr("&Save the Outline"));
    m_sectionText->setPlaceholderText(tr("The text of the section chosen on the left."));
    m_sectionsLabel->setText(tr("&Sections of the plan (name and order them as the plan needs):"));
    m_addSection->setText(tr("Add…"));
    m_renameSection->setText(tr("Rename…"));
    m_removeSection->setText(tr("Remove"));
    m_sectionUp->setText(tr("Up"));
    m_sectionDown->setText(tr("Down"));

    m_tree->setHeaderLabels({tr("Entry"), tr("Kind"), tr("Technology, data, partner")});
    m_addVision->setText(tr("Add &Vision…"));
    m_addUnder->setText(tr("Add &Under…"));
    m_addSolution->setText(tr("Add &Solution…"));
    m_editNode->setText(tr("&Edit…"));
    m_removeNode->setText(tr("&Remove"));

    m_members->setHeaderLabels({tr("Member"), tr("Kind"), tr("Role")});
    m_addMember->setText(tr("&Add…"));
    m_addMember->setToolTip(tr("A member under the one chosen."));
    m_editMember->setText(tr("&Edit…"));
    m_removeMember->setText(tr("&Remove"));

    m_milestonesLabel->setText(tr("&Milestones:"));
    m_milestones->setHorizontalHeaderLabels(
        {tr("Milestone"), tr("Planned"), tr("Budget request"), tr("Latest report")});
    m_kpisLabel->setText(tr("&KPIs:"));
    m_kpis->setHorizontalHeaderLabels({tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target")});
    m_addMilestone->setText(tr("Add Milestone…"));
    m_editMilestone->setText(tr("Edit…"));
    m_removeMilestone->setText(tr("Remove"));
    m_addKpi->setText(tr("Add KPI…"));
    m_editKpi->setText(tr("Edit…"));
    m_removeKpi->setText(tr("Remove"));

    m_periodLabel->setText(tr("&Period: years 0 to"));
    m_rateLabel->setText(tr("&Discount rate:"));
    m_rate->setToolTip(tr("4% is the rate of Japan's public-works cost–benefit manuals."));
    m_applySettings->setText(tr("Appl&y"));
    m_amounts->setHorizontalHeaderLabels(
        {tr("Year"), tr("Kind"), tr("Item"), tr("Amount"), tr("Borne by, reckoned")});
    m_addCost->setText(tr("Add &Cost…"));
    m_addBenefit->setText(tr("Add &Benefit…"));
    m_editAmount->setText(tr("&Edit…"));
    m_removeAmount->setText(tr("&Remove"));
    m_resultTabs->setTabText(0, tr("Year by Year"));
    m_resultTabs->setTabText(1, tr("Sensitivity"));
    m_years->setHorizontalHeaderLabels(
        {tr("Year"), tr("Costs"), tr("Benefits"), tr("Cumulative"), tr("Discounted")});
    m_sensitivity->setHorizontalHeaderLabels({tr("Case"), tr("NPV"), tr("B/C")});

    m_risks->setHorizontalHeaderLabels({tr("Risk"), tr("Counter-measure")});
    m_addRisk->setText(tr("&Add…"));
    m_editRisk->setText(tr("&Edit…"));
    m_removeRisk->setText(tr("&Remove"));

    m_versionTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Stage"), tr("Dated"), tr("Frozen by")});
    m_freeze->setText(tr("&Freeze a Version…"));
    m_compareLabel->setText(tr("C&ompare:"));
    m_changes->setHorizontalHeaderLabels(
        {tr("Part"), tr("Item"), tr("Change"), tr("Before → after")});

    m_onlyThis->setText(tr("&Only this municipality's lessons"));
    m_lessonTable->setHorizontalHeaderLabels(
        {tr("Phase"), tr("Municipality"), tr("Lesson"), tr("From"), tr("Publication")});
    m_addLesson->setText(tr("&Register…"));
    m_editLesson->setText(tr("&Edit…"));
    m_removeLesson->setText(tr("&Remove"));
    updateButtons();
}

} // namespace iotdesk::ui
