// ParticipantPicker: chooses the people to register for a session: the consultants and the
// people of the selected municipalities (of the host, for a local workshop), or everyone;
// filtered as one types. People not yet known are added through the People dialog.
#pragma once

#include "core/consultations/consultation.h"
#include "ui/widgets/commandrunner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ParticipantPicker : public QDialog
{
    Q_OBJECT

public:
    ParticipantPicker(const core::Database &db, CommandRunner &commands, qint64 sessionId,
                      const QString &hostCode6, QWidget *parent = nullptr);

    QList<qint64> chosen() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

    // Register: with nobody ticked, the ones selected are taken; with nobody either, the
    // dialog stays open and says what to do.
    void accept() override;

protected:
    // Down or Page Down in the filter goes on to the people shown.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void applyFilter();

    const core::Database &m_db;
    CommandRunner &m_commands;
    qint64 m_sessionId;
    QString m_hostCode6;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_everyone = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace iotdesk::ui
