// ConsultationDialog: one consultation logged or corrected, made for the keyboard: the time
// (now), the local government (code, kanji or kana, completed from all 1,788), the person
// there (completed from the people already known there), the consultant (the user), channel,
// direction, topics, minutes, summary, advice and a follow-up, in that tab order. Ctrl+Enter
// saves from anywhere. The entry is checked against every rule before the dialog closes.
#pragma once

#include "core/consultations/consultation.h"
#include "core/foundation/result.h"
#include "core/municipalities/localgovernment.h"
#include "ui/widgets/guardeddialog.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStringListModel;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ConsultationDialog : public GuardedDialog
{
    Q_OBJECT

public:
    // `consultation`: the one to edit, or a new one with its defaults (time, government,
    // consultant) filled in.
    ConsultationDialog(const core::Database &db, const core::Consultation &consultation,
                       QWidget *parent = nullptr);

    // The consultation as entered, with the people it names: a name not known yet is added
    // on accept. Empty `problem` when it may be stored.
    core::Consultation entered(QString *problem = nullptr) const;

    QLineEdit *governmentField() const { return m_government; }
    QLineEdit *counterpartField() const { return m_counterpart; }
    QLineEdit *departmentField() const { return m_department; }
    QComboBox *consultantField() const { return m_consultant; }
    QPlainTextEdit *summaryField() const { return m_summary; }
    QLineEdit *followUpField() const { return m_followUp; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;
    // Shows `consultation` in place of what the fields hold (after a reload), with `note`.
    void reload(const core::Consultation &consultation, const QString &note);

    // The local government a text names (code, name, or a completion's text); empty with the
    // reason in `problem` if none or several.
    static QString governmentCode(const core::Database &db, const QString &text,
                                  QString *problem = nullptr);
    // The same, with the local government; an empty text is an Invalid error.
    static core::Result<core::LocalGovernment> government(const core::Database &db,
                                                          const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A plain Enter moves to the next field, never saves: Japanese is typed with an input
    // method, whose conversions are confirmed with Enter (Ctrl+Enter saves).
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The constructor's steps.
    void createWidgets();
    void createLayout();
    void createConnections();
    void orderTabs();
    void fillDepartment();
    void fill();
    void updateCounterparts();
    // The contact id for a name typed in a field; 0 for an empty name, -1 for a new one.
    qint64 contactId(core::ContactKind kind, const QString &name, const QString &code6) const;

    const core::Database &m_db;
    core::Consultation m_consultation;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_government = nullptr;
    QLabel *m_governmentName = nullptr;
    QLineEdit *m_counterpart = nullptr;
    QLineEdit *m_department = nullptr;
    QString m_filledDepartment; // what the registry put in the department, not the user
    QStringListModel *m_counterpartNames = nullptr;
    QComboBox *m_consultant = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    std::array<QCheckBox *, core::kTopicCount> m_topics{};
    QSpinBox *m_minutes = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_advice = nullptr;
    QLineEdit *m_followUp = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_owner = nullptr; // first item: the consultant
    QLabel *m_message = nullptr;
};

} // namespace iotdesk::ui
