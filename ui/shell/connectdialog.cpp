#include "ui/shell/connectdialog.h"

#include "ui/widgets/filechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("&Keep the password in the system keychain"), this))
    , m_tls(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to Team Database"));
    m_recent->addItem(tr("New connection"), QString());
    for (const QString &url : recent) {
        if (const auto address = core::ServerAddress::fromUrl(url))
            m_recent->addItem(address->description(), url);
    }
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_host->setPlaceholderText(tr("e.g. db.example.lg.jp"));
    m_database->setText(u"iotdesk"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"password"_s);
    m_keep->setChecked(true);
    // The modes of libpq, safest first.
    m_tls->addItem(tr("Encrypted, server verified (verify-full)"), u"verify-full"_s);
    m_tls->addItem(tr("Encrypted, certificate authority checked (verify-ca)"), u"verify-ca"_s);
    m_tls->addItem(tr("Encrypted, server not verified (require)"), u"require"_s);
    m_tls->addItem(tr("Encrypted if the server offers it (prefer)"), u"prefer"_s);
    m_tls->addItem(tr("Not encrypted (disable)"), u"disable"_s);
    m_caFile->setPlaceholderText(tr("The certificate authority's file (.crt)"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #8a1010;"_s);
    m_message->setObjectName(u"message"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    createLayout();
    createConnections();
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
    updateState();
}

void ConnectDialog::createLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keep);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_browse);
    // A row of a layout gets no buddy by itself: the label points at the file's field.
    auto *caLabel = new QLabel(tr("&Certificate authority:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, ca);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void ConnectDialog::createConnections()
{
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this] {
        const QString url = m_recent->currentData().toString();
        if (const auto address = core::ServerAddress::fromUrl(url); !url.isEmpty() && address)
            setAddress(*address);
    });
    // Who logs in where is settled when a field is left, not at every key.
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::editingFinished, this, &ConnectDialog::lookUpKeptPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &ConnectDialog::lookUpKeptPassword);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            FileChooser::openFileName(this, tr("Certificate Authority"), m_caFile->text(),
                                      tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit *field : {m_host, m_database, m_user, m_caFile})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConnectDialog::setAddress(const core::ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    m_tls->setCurrentIndex(
        std::max(0, m_tls->findData(address.sslMode.isEmpty() ? u"prefer"_s : address.sslMode)));
    m_caFile->setText(address.sslRootCert);
    lookUpKeptPassword();
}

void ConnectDialog::lookUpKeptPassword()
{
    const core::ServerAddress typed = address();
    m_hasKept = false;
    if (typed.host.isEmpty() || typed.user.isEmpty() || typed.database.isEmpty()) {
        m_password->setPlaceholderText(QString());
        return;
    }
    const auto kept = PasswordKeychain::read(typed);
    if (!kept) {
        // No keychain to keep it in: the password serves this connection only.
        m_keep->setChecked(false);
        m_keep->setEnabled(false);
        m_keep->setToolTip(kept.message());
        m_password->setPlaceholderText(tr("Used for this connection only"));
        return;
    }
    m_keep->setEnabled(true);
    m_keep->setToolTip(QString());
    m_hasKept = !kept->isEmpty();
    if (m_hasKept)
        m_keep->setChecked(true);
    m_password->setPlaceholderText(m_hasKept ? tr("Kept in the system keychain") : QString());
}

void ConnectDialog::focusPassword()
{
    // Asked because the server refused the password (or none was given): whatever is kept
    // does not count.
    m_password->setPlaceholderText(QString());
    m_password->setFocus();
    m_password->selectAll();
}

PasswordKeeping ConnectDialog::passwordKeeping() const
{
    if (!m_keep->isEnabled())
        return PasswordKeeping::AsItIs;
    return m_keep->isChecked() ? PasswordKeeping::Keep : PasswordKeeping::Forget;
}

core::ServerAddress ConnectDialog::address() const
{
    core::ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_tls->currentData().toString();
    address.sslRootCert = m_caFile->text().trimmed();
    return address;
}

QString ConnectDialog::problem() const
{
    const core::ServerAddress a = address();
    if (a.host.isEmpty())
        return tr("Name the server (its host name or address).");
    if (a.database.isEmpty())
        return tr("Name the database (iotdesk, unless your administrator says otherwise).");
    if (a.user.isEmpty())
        return tr("Give your user name on the team database.");
    if ((a.sslMode == u"verify-full" || a.sslMode == u"verify-ca") && a.sslRootCert.isEmpty())
        return tr("Verifying the server needs the certificate authority's file.");
    return {};
}

void ConnectDialog::updateState()
{
    const bool verifies =
        m_tls->currentData() == u"verify-full"_s || m_tls->currentData() == u"verify-ca"_s;
    m_caFile->setEnabled(verifies);
    m_browse->setEnabled(verifies);
    const QString wrong = problem();
    m_message->setText(wrong);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(wrong.isEmpty());
}

} // namespace iotdesk::ui
