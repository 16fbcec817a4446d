// ScoreDialog: one reviewer's review of one application: a score from 1 to 5 on each of the
// call's three viewpoints, with the call's example questions as guidance, and a comment; or
// a declared conflict of interest, which rules out scoring.
#pragma once

#include "core/selection/reviewrepository.h"
#include "ui/widgets/guardeddialog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ScoreDialog : public GuardedDialog
{
    Q_OBJECT

public:
    ScoreDialog(const core::Database &db, qint64 programId, qint64 applicationId,
                const QString &applicantName, QWidget *parent = nullptr);

    qint64 reviewerId() const;
    bool declaresConflict() const;
    QString conflictReason() const;
    // What the dialog holds, with the version of the chosen reviewer's score as it was read.
    core::ReviewScore score() const;
    // Fills the score fields (after a reload) with `score`, which the next save goes on from.
    void showScore(const core::ReviewScore &score);
    void showMessage(const QString &message);
    // The conflict this reviewer had declared when the dialog opened, if any.
    bool hadConflict() const { return m_hadConflict; }

    void accept() override;

private:
    void loadReviewer();

    const core::Database &m_db;
    qint64 m_programId;
    qint64 m_applicationId;
    bool m_hadConflict = false;
    core::RecordVersion m_version; // of the chosen reviewer's score, read with it
    QComboBox *m_reviewer = nullptr;
    QSpinBox *m_proactiveness = nullptr;
    QSpinBox *m_partner = nullptr;
    QSpinBox *m_spread = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QCheckBox *m_conflict = nullptr;
    QLineEdit *m_conflictReason = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iotdesk::ui
