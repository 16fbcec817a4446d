// ReviewersDialog: who reviews a program's applications: reviewers of the MIC division, of a
// regional bureau (naming it) or of the support contractor. Reviewers are added here and
// made inactive when they stop; every change is undoable.
#pragma once

#include "core/selection/reviewrepository.h"

#include <QDialog>

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

class ReviewersDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewersDialog(const core::Database &db, CommandRunner &commands, qint64 programId,
                    QWidget *parent = nullptr);

    // Adds a reviewer as the form would; what went wrong, or an empty string.
    QString addReviewer(const QString &name, core::ReviewerAffiliation affiliation, int bureauId);
    QString setActive(qint64 reviewerId, bool active);

private:
    void reload();

    const core::Database &m_db;
    CommandRunner &m_commands;
    qint64 m_programId;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_affiliation = nullptr;
    QComboBox *m_bureau = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace iotdesk::ui
