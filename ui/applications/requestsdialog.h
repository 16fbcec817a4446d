// RequestsDialog: what MIC asked an applicant for during the review (additional documents, an
// explanation, a hearing), when, the answer and when it came. Every change is undoable.
#pragma once

#include "core/selection/reviewrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class CommandRunner;

class RequestsDialog : public QDialog
{
    Q_OBJECT

public:
    RequestsDialog(const core::Database &db, CommandRunner &commands, qint64 applicationId,
                   const QString &applicantName, QWidget *parent = nullptr);

    // What the buttons do; each returns what went wrong, or an empty string.
    QString ask(core::RequestKind kind, QDate askedOn, const QString &question);
    QString answer(qint64 requestId, QDate answeredOn, const QString &answer);
    int requestCount() const;

private:
    void reload();

    const core::Database &m_db;
    CommandRunner &m_commands;
    qint64 m_applicationId;
    QList<core::ReviewRequest> m_requests;
    QTableWidget *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace iotdesk::ui
