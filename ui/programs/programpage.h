// ProgramPage: a program's settings (names, fiscal year, application window, selection cap,
// contact) and its planned meetings, edited in place. Every edit is an undoable command; a
// value that breaks a rule is refused with the reason and changes nothing.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/programs/businesscalendar.h"
#include "core/programs/program.h"
#include "ui/widgets/page.h"
#include "ui/widgets/programselector.h"

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;
class QUndoStack;

namespace iotdesk::core {
class Database;
class ProgramMeetingModel;
} // namespace iotdesk::core

namespace iotdesk::ui {

class WriteAccess;

class ProgramPage : public Page
{
    Q_OBJECT

public:
    ProgramPage(const core::Database &db, QUndoStack *undoStack, WriteAccess &writes,
                QWidget *parent = nullptr);

    qint64 currentProgramId() const { return m_program.id; }
    void showProgram(qint64 id);

protected:
    void dateStyleChanged() override;
    QString errorTitle() const override;
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps.
    void createWidgets();
    void createLayout();
    void createConnections();
    void retranslate();
    void showMeetingColumnsForLanguage();
    void reloadPrograms();
    void fillFields();
    void updateDerivedLabels();
    // Stores `changed` as one undoable edit named `what`.
    void submit(const core::Program &changed, const QString &what);
    void commitField(QWidget *field);
    void addMeeting(core::MeetingKind kind);
    void removeSelectedMeeting();
    void createNextFiscalYear();

    const core::Database &m_db;
    QUndoStack *m_undoStack;
    core::Program m_program;
    core::BusinessCalendar m_calendar;

    QLabel *m_programLabel = nullptr;
    ProgramSelector *m_programs = nullptr;
    QPushButton *m_newYear = nullptr;
    QGroupBox *m_general = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_nameJa = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QSpinBox *m_fiscalYear = nullptr;
    QLabel *m_fiscalYearLabel = nullptr;
    QDateEdit *m_applicationStart = nullptr;
    QDateEdit *m_applicationEnd = nullptr;
    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_cap = nullptr;
    QSpinBox *m_reportDueDay = nullptr;
    QGroupBox *m_contact = nullptr;
    QFormLayout *m_contactForm = nullptr;
    QFormLayout *m_phoneForm = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_fax = nullptr;
    QLineEdit *m_email = nullptr;
    QGroupBox *m_meetingsBox = nullptr;
    QTableView *m_meetings = nullptr;
    core::ProgramMeetingModel *m_meetingModel = nullptr;
    QToolButton *m_addMeeting = nullptr;
    QPushButton *m_removeMeeting = nullptr;
};

} // namespace iotdesk::ui
