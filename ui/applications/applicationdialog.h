// ApplicationDialog: an application entered or corrected by hand: when and how it arrived,
// the leading and joint local governments (code or name; a name several prefectures share
// needs the prefecture in front, 東京都府中市), the eligibility answers, the regional bureau's
// and the contractor's opinions and a note on one tab; the contact persons, partner businesses
// or bodies and multi-area frameworks as editable lists on another. The entry is checked
// against every rule before the dialog closes.
#pragma once

#include "core/applications/application.h"
#include "ui/widgets/guardeddialog.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class RowListEditor;

class ApplicationDialog : public GuardedDialog
{
    Q_OBJECT

public:
    // `application` is the one to edit, or a new one with programId set.
    ApplicationDialog(const core::Database &db, const core::Application &application,
                      QWidget *parent = nullptr);

    // The application as entered; empty message when it may be stored.
    core::Application entered(QString *problem = nullptr) const;

    QLineEdit *leadField() const { return m_lead; }
    QLineEdit *membersField() const { return m_members; }
    QComboBox *answerField(int index) const { return m_answers.at(std::size_t(index)); }
    RowListEditor *contactsEditor() const { return m_contacts; }
    RowListEditor *partnersEditor() const { return m_partners; }
    RowListEditor *frameworksEditor() const { return m_frameworks; }

    void accept() override;
    // Shows `application` in place of what the fields hold (after a reload), with `note`.
    void reload(const core::Application &application, const QString &note);

private:
    void fill();
    // Codes of the local governments named in `text` (separated by 、 or a comma); each one
    // that does not resolve adds its reason to `problems`.
    QStringList resolveAll(const QString &text, QStringList &problems) const;
    QString namesOf(const QStringList &codes) const;

    const core::Database &m_db;
    core::Application m_application;
    QDateTimeEdit *m_received = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_subject = nullptr;
    QDoubleSpinBox *m_attachmentMb = nullptr;
    QLineEdit *m_lead = nullptr;
    QLineEdit *m_members = nullptr;
    RowListEditor *m_contacts = nullptr;
    RowListEditor *m_partners = nullptr;
    RowListEditor *m_frameworks = nullptr;
    std::array<QComboBox *, 8> m_answers{};
    QPlainTextEdit *m_bureauOpinion = nullptr;
    QPlainTextEdit *m_contractorOpinion = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iotdesk::ui
