// editUntilSaved: the life of an editor dialog over a stored record that others may change at
// the same time (on a team database, or in a second window on a file). The dialog runs until
// its edit is saved or given up; what the user typed is never thrown away by a failure:
// - a refused save (a rule, the server gone) shows why and opens the dialog again as it was;
// - a save refused because someone else changed the record since it was opened
//   (ErrorCode::Conflict) names who and when, and offers to reload and reapply — the record
//   as it is stored now, with every field the user changed put back on top, for the user to
//   check and save again — to go on editing as it is, or to discard the user's changes.
#pragma once

#include "core/foundation/result.h"
#include "ui/widgets/commandrunner.h"

#include <QCoreApplication>
#include <QDialog>

#include <functional>

class QWidget;

namespace iotdesk::ui {

class ConflictPrompt
{
    Q_DECLARE_TR_FUNCTIONS(iotdesk::ui::ConflictPrompt)

public:
    enum class Choice
    {
        ReloadAndReapply,
        KeepEditing,
        Discard,
    };
    static Choice ask(QWidget *parent, const QString &message);
    static void showRefusal(QWidget *parent, const QString &message);
    // The note the dialog shows after a reload: whose change it now holds.
    static QString reloadedNote();
};

template <typename Record> struct EditSteps
{
    std::function<Record()> entered;                 // what the dialog holds
    std::function<QString(const Record &)> save;     // pushes the edit: empty when stored
    std::function<core::Result<Record>()> storedNow; // the record as stored now
    std::function<void(const Record &)> show;        // fills the dialog with a record
    // `mine` carried onto `theirs`: every field where mine differs from `opened` (what the
    // dialog was opened with) takes mine; the others keep theirs, version included.
    std::function<Record(const Record &opened, const Record &mine, Record theirs)> reapply;
};

// True when the edit was stored.
template <typename Record>
bool editUntilSaved(QDialog &dialog, const CommandRunner &runner, Record opened,
                    const EditSteps<Record> &steps)
{
    while (dialog.exec() == QDialog::Accepted) {
        const Record mine = steps.entered();
        const QString error = steps.save(mine);
        if (error.isEmpty())
            return true;
        if (runner.lastErrorCode() != core::ErrorCode::Conflict) {
            ConflictPrompt::showRefusal(&dialog, error);
            continue;
        }
        switch (ConflictPrompt::ask(&dialog, error)) {
        case ConflictPrompt::Choice::ReloadAndReapply: {
            const auto theirs = steps.storedNow();
            if (!theirs) {
                ConflictPrompt::showRefusal(&dialog, theirs.message());
                return false;
            }
            steps.show(steps.reapply(opened, mine, *theirs));
            opened = *theirs;
            break;
        }
        case ConflictPrompt::Choice::KeepEditing:
            break;
        case ConflictPrompt::Choice::Discard:
            return false;
        }
    }
    return false;
}

} // namespace iotdesk::ui
