// PlansPage: the plan of each selected municipality, from the first draft to the final plan.
// A municipality is chosen at the top; its plan's tabs: the outline (title, fields, the
// sections' text), the tree from the vision to the solutions (loose ends flagged), the
// promotion system with its organisation chart, the roadmap (milestones as a Gantt chart,
// KPIs), the cost-effectiveness with its live evaluation and sensitivity, the risks, the frozen
// versions compared side by side, and the program's know-how register. Every change is an
// undoable step; a change someone else made in the meantime is never overwritten unseen.
// The plan prints on its own, and the program's casebook from here.
#pragma once

#include "core/plans/knowhow.h"
#include "core/plans/plan.h"
#include "core/reports/monthlyreport.h"
#include "ui/print/printeddocument.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/page.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QUndoStack;
class QChartView;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class DrawingView;
class ProgramSelector;
class WriteAccess;

class PlansPage : public Page
{
    Q_OBJECT

public:
    enum Tab
    {
        OutlineTab,
        TreeTab,
        SystemTab,
        RoadmapTab,
        CostTab,
        RisksTab,
        VersionsTab,
        KnowhowTab,
    };

    PlansPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
              QWidget *parent = nullptr);
    ~PlansPage() override;

    qint64 programId() const;
    qint64 applicationId() const;
    // The plan as the page shows it.
    const core::Plan &plan() const { return m_plan; }
    void showPlan(qint64 programId, qint64 applicationId);
    void showTab(Tab tab);

    // The work behind the controls; what went wrong, or an empty string.
    template <typename Item> QString addItem(const Item &item);
    template <typename Item> QString changeItem(const Item &before, const Item &after);
    template <typename Item> QString removeItem(const Item &item);
    QString setHeader(const core::PlanHeader &header);
    QString freeze(core::PlanStage stage, QDate on);
    QString addLesson(const core::Lesson &lesson);
    QString changeLesson(const core::Lesson &before, const core::Lesson &after);
    // The plan shown (or the version chosen on the Versions tab) on A4, and the casebook.
    PrintedDocument planDocument() const;
    PrintedDocument casebook() const;

    QString governmentInView() const override;
    bool resolveUnsavedEdits() override;
    void reload() override;

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildOutline();
    QWidget *buildTree();
    QWidget *buildSystem();
    QWidget *buildRoadmap();
    QWidget *buildCost();
    QWidget *buildRisks();
    QWidget *buildVersions();
    QWidget *buildKnowhow();
    void retranslate();
    void fillChooser();
    void loadPlan();
    void fillOutline();
    void fillTree();
    void fillSystem();
    void fillRoadmap();
    void fillCost();
    void fillRisks();
    void fillVersions();
    void fillComparison();
    void fillKnowhow();
    void updateButtons();
    bool outlineChanged() const;
    QString saveOutline();
    // `error` after loading the plan again when it is empty (the page's own step done).
    QString reloaded(const QString &error);

    // The editors of each part (planspage.cpp).
    void editNode(const core::PlanNode &opened);
    void editMember(const core::PlanMember &opened);
    void editMilestone(const core::PlanMilestone &opened);
    void editKpi(const core::PlanKpi &opened);
    void editAmount(const core::PlanAmount &opened);
    void editRisk(const core::PlanRisk &opened);
    void editSection(const core::PlanSection &opened);
    void editLesson(const core::Lesson &opened);
    void askFreeze();
    template <typename Item> void removeChosen(const Item *item);
    template <typename Item>
    const Item *chosen(QTableWidget *table, const QList<Item> &items) const;
    const core::PlanNode *chosenNode() const;
    const core::PlanMember *chosenMember() const;
    const core::Lesson *chosenLesson() const;

    const core::Database &m_db;
    WriteAccess &m_writes;
    CommandRunner m_commands;
    core::Plan m_plan;
    QList<core::PlanVersion> m_versions;
    QList<core::Lesson> m_lessons;
    QHash<qint64, core::MilestoneState> m_states;
    bool m_reloading = false;
    int m_shownSection = -1;

    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QLabel *m_chooserLabel = nullptr;
    QComboBox *m_chooser = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_casebook = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Outline.
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_firstYearLabel = nullptr;
    QSpinBox *m_firstYear = nullptr;
    QLabel *m_fieldsLabel = nullptr;
    QList<QCheckBox *> m_fields;
    QPushButton *m_saveOutline = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QListWidget *m_sections = nullptr;
    QPlainTextEdit *m_sectionText = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_renameSection = nullptr;
    QPushButton *m_removeSection = nullptr;
    QPushButton *m_sectionUp = nullptr;
    QPushButton *m_sectionDown = nullptr;

    // The tree.
    QTreeWidget *m_tree = nullptr;
    QLabel *m_looseNote = nullptr;
    QPushButton *m_addVision = nullptr;
    QPushButton *m_addUnder = nullptr;
    QPushButton *m_addSolution = nullptr;
    QPushButton *m_editNode = nullptr;
    QPushButton *m_removeNode = nullptr;

    // The promotion system.
    QTreeWidget *m_members = nullptr;
    DrawingView *m_orgChart = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_editMember = nullptr;
    QPushButton *m_removeMember = nullptr;

    // Roadmap and KPIs.
    QTableWidget *m_milestones = nullptr;
    DrawingView *m_gantt = nullptr;
    QTableWidget *m_kpis = nullptr;
    QPushButton *m_addMilestone = nullptr;
    QPushButton *m_editMilestone = nullptr;
    QPushButton *m_removeMilestone = nullptr;
    QPushButton *m_addKpi = nullptr;
    QPushButton *m_editKpi = nullptr;
    QPushButton *m_removeKpi = nullptr;
    QLabel *m_milestonesLabel = nullptr;
    QLabel *m_kpisLabel = nullptr;

    // Cost-effectiveness.
    QLabel *m_periodLabel = nullptr;
    QSpinBox *m_period = nullptr;
    QLabel *m_rateLabel = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QPushButton *m_applySettings = nullptr;
    QTableWidget *m_amounts = nullptr;
    QPushButton *m_addCost = nullptr;
    QPushButton *m_addBenefit = nullptr;
    QPushButton *m_editAmount = nullptr;
    QPushButton *m_removeAmount = nullptr;
    QLabel *m_results = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    QTableWidget *m_years = nullptr;
    QTableWidget *m_sensitivity = nullptr;
    QChartView *m_sensitivityChart = nullptr;

    // Risks.
    QTableWidget *m_risks = nullptr;
    QPushButton *m_addRisk = nullptr;
    QPushButton *m_editRisk = nullptr;
    QPushButton *m_removeRisk = nullptr;

    // Versions.
    QTableWidget *m_versionTable = nullptr;
    QPushButton *m_freeze = nullptr;
    QLabel *m_compareLabel = nullptr;
    QComboBox *m_compareFrom = nullptr;
    QComboBox *m_compareTo = nullptr;
    QTableWidget *m_changes = nullptr;

    // Know-how.
    QTableWidget *m_lessonTable = nullptr;
    QCheckBox *m_onlyThis = nullptr;
    QPushButton *m_addLesson = nullptr;
    QPushButton *m_editLesson = nullptr;
    QPushButton *m_removeLesson = nullptr;
    QPushButton *m_approveLesson = nullptr;
};

} // namespace iotdesk::ui
