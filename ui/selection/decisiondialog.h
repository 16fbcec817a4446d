// DecisionDialog: the selection decision for one application (selected, not selected,
// withdrawn) with its rationale, and the override reason that selecting an ineligible or
// unreviewed application needs. The decision is checked before the dialog closes.
#pragma once

#include "core/applications/application.h"
#include "ui/widgets/guardeddialog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class DecisionDialog : public GuardedDialog
{
    Q_OBJECT

public:
    DecisionDialog(const core::Database &db, const core::Application &application,
                   const QString &applicantName, QWidget *parent = nullptr);

    // The application with the decision as entered.
    core::Application decided() const;
    void setDecision(core::Decision decision, const QString &rationale,
                     const QString &overrideReason, QDate decidedOn = {});
    // Checks the entered decision; empty when it may be stored.
    QString problem() const;

    void accept() override;

private:
    const core::Database &m_db;
    core::Application m_application;
    QComboBox *m_decision = nullptr;
    QDateEdit *m_decidedOn = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_override = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iotdesk::ui
