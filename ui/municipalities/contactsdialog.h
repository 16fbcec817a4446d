// ContactsDialog: the people the consultations are with and by, kept once: the consultants,
// or one local government's people. A person is chosen from the list and corrected in the
// form below it (reading, department, title, e-mail — which lets saved mails find them —
// phone, still active), or added. Every change is undoable.
#pragma once

#include "core/consultations/consultation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class CommandRunner;

class ContactsDialog : public QDialog
{
    Q_OBJECT

public:
    // `code6`: the local government whose people to show first; empty for the consultants.
    ContactsDialog(const core::Database &db, CommandRunner &commands, const QString &code6,
                   QWidget *parent = nullptr);

    // The work behind the buttons; what went wrong, or an empty string.
    QString save(const core::Contact &contact);
    void showGovernment(const QString &code6); // empty: the consultants
    QTableWidget *table() const { return m_table; }

private:
    // Reads the people again; `fill` puts the current one in the form (else the form, maybe
    // being typed in, stays as it is).
    void reload(bool fill = true);
    void fillForm();
    void showInForm(const core::Contact &contact);
    core::Contact formContact() const;

    const core::Database &m_db;
    CommandRunner &m_commands;
    QString m_code6;
    QList<core::Contact> m_contacts;
    // The person as the form was filled with them: the version an edit starts from, whatever
    // the list has been refreshed to since.
    core::Contact m_opened;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_government = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_kana = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace iotdesk::ui
