// WriteAccess: whether the open file can be written now, and why not — the one answer every
// page and dialog follows. MainWindow owns it and sets its state when a file is opened and when
// the day's check ends (the same moments the banner above the pages changes).
//
// Each page names what writes once, in one list (guard()): buttons and actions, fields edited
// in place, tables whose cells are edited, ticked or dragged. While nothing can be saved these
// are disabled — fields and cells become read-only instead, so that they can still be read,
// selected and copied — a disabled one's tooltip says why (the banner's reason, in a few
// words), a read-only field has the window's background instead of a field's, and a disabled
// action's shortcut does nothing. As soon as writing is allowed (the
// held check has passed) they come back as they were, without reopening the file. What a page
// enables by its own condition (a row chosen) goes through setAvailable(), so both conditions
// hold. Ways in that are no control (a double-click on a row, a dropped file, a key in a table)
// ask mayWrite(), which says why in the status bar when not.
//
// On a team database the user's role narrows it further (setRole): a consultant writes the
// consultation log (Needs::Consultations) and a reviewer the scores of the review
// (Needs::Scores); everything else is read only for them, as the database itself enforces.
#pragma once

#include "core/storage/serverroles.h"

#include <QAbstractItemView>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace iotdesk::ui {

class WriteAccess : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Writable,
        ReadOnly,     // opened read-only, or a file or medium that may not be written
        HeldForCheck, // the day's full check runs; writes wait until it has passed
        Damaged,      // the day's check found damage: nothing is written into the file
    };
    // What a guarded control needs of the file.
    enum class Needs
    {
        Writes,        // writing into it (a coordinator's work on a team database)
        Replacement,   // replacing it whole (restoring a backup): also when damaged, the remedy
        Consultations, // the consultation log: consultations, follow-ups, people (consultants)
        Scores,        // the review's scores and declared conflicts (reviewers)
        Plans,         // the plans and the know-how register (consultants write them too)
        OwnSteps,      // undo and redo of the user's own steps: any role that writes
    };

    explicit WriteAccess(QObject *parent = nullptr);
    ~WriteAccess() override;

    State state() const { return m_state; }
    bool writable() const { return m_state == State::Writable; }
    void setState(State state);
    // The role on a team database; none for a local file (which has no roles).
    void setRole(std::optional<core::ServerRole> role);
    // Why changes cannot be saved now, in a few words of the interface language; empty when
    // they can. With `needs`: why that kind of change cannot (the role's reason too).
    QString reason() const;
    QString reason(Needs needs) const;

    // What writes: a QAction, a button or other control (disabled), a QLineEdit, QTextEdit,
    // QPlainTextEdit or spin box (read-only), or an item view (no editor opens, no tick
    // changes, nothing is dragged or dropped). Kept until the object is destroyed.
    void guard(QObject *object, Needs needs = Needs::Writes);
    void guard(std::initializer_list<QObject *> objects, Needs needs = Needs::Writes);
    // The page's own condition for a guarded control (a row chosen, something to undo): it is
    // enabled when this and the file both allow it. Use instead of setEnabled().
    void setAvailable(QObject *object, bool available);

    // For ways in that are no control: true when changes can be saved now; otherwise the
    // reason is announced (refused()) and false returned.
    bool mayWrite(Needs needs = Needs::Writes);

signals:
    void changed(bool writable);
    // A way in was refused: the reason, for the status bar.
    void refused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind
    {
        Action,
        Control,
        Field,
        Cells,
    };
    struct Entry
    {
        Kind kind = Kind::Control;
        Needs needs = Needs::Writes;
        bool held = false;  // closed because of the file
        bool wanted = true; // enabled (editable) by its own condition
        QAbstractItemView::EditTriggers editTriggers;
        QAbstractItemView::DragDropMode dragDropMode = QAbstractItemView::NoDragDrop;
        // While a field shows that it cannot be typed in: its palettes before (a spin box's
        // and its line edit's), none where it had no palette of its own.
        QList<std::pair<QPointer<QWidget>, std::optional<QPalette>>> palettes;
    };

    bool allows(Needs needs) const;
    void apply(QObject *object, Entry &entry);
    void actionChanged(QObject *action);
    // The guarded object a tooltip event concerns (a control, the tool button of an action, the
    // action under the cursor in a menu), or nullptr.
    const QObject *tooltipTarget(QObject *watched, QEvent *event) const;
    bool refuseCellChange(QObject *watched, QEvent *event) const;

    bool roleAllows(Needs needs) const;

    State m_state = State::Writable;
    std::optional<core::ServerRole> m_role;
    QHash<const QObject *, Entry> m_guarded;
    int m_applying = 0;
};

} // namespace iotdesk::ui
