// ConnectDialog: File ▸ Connect to Team Database… — where the team's PostgreSQL database is
// (host, port, database), as whom (user, password), how the connection is protected (the TLS
// mode and the certificate authority's file), and the team databases connected to before.
// The password is used for this connection only: it is never written to the settings.
#pragma once

#include "core/storage/serveraddress.h"

#include <QDialog>

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
    core::ServerAddress address() const;
    // What is wrong with the fields (empty when a connection can be tried).
    QString problem() const;

private:
    void createLayout();
    void createConnections();
    void updateState();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace iotdesk::ui
