// ConnectDialog: File ▸ Connect to Team Database… — where the team's PostgreSQL database is
// (host, port, database), as whom (user, password), how the connection is protected (the TLS
// mode and the certificate authority's file), and the team databases connected to before.
// The password is never written to the settings: it is used for this connection only, or kept
// in the system keychain when the user ticks "Keep the password" (PasswordKeychain).
#pragma once

#include "core/storage/serveraddress.h"
#include "ui/shell/passwordkeychain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace iotdesk::ui {

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `recent`: addresses of earlier connections (URLs without a password), newest first.
    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    void setAddress(const core::ServerAddress &address);
    // The address with the password as typed: empty when the field was left empty, which
    // means the kept password (keptPassword()), if there is one.
    core::ServerAddress address() const;
    // Puts the cursor in the password field (after the server refused the password).
    void focusPassword();
    // Whether the user wants the password kept in the system keychain.
    PasswordKeeping passwordKeeping() const;
    // Whether the keychain holds a password for the address as it stands now.
    bool hasKeptPassword() const { return m_hasKept; }
    // What is wrong with the fields (empty when a connection can be tried).
    QString problem() const;

private:
    void createLayout();
    void createConnections();
    void updateState();
    // Asks the keychain whether it keeps a password for the address in the fields.
    void lookUpKeptPassword();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QComboBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_hasKept = false;
};

} // namespace iotdesk::ui
