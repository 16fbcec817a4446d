#include "ui/widgets/writeaccess.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// A field keeps its text readable, selectable and copyable while it may not be changed.
bool isField(const QObject *object)
{
    return qobject_cast<const QLineEdit *>(object) || qobject_cast<const QTextEdit *>(object) ||
           qobject_cast<const QPlainTextEdit *>(object) ||
           qobject_cast<const QAbstractSpinBox *>(object);
}

bool isReadOnly(const QObject *object)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(object))
        return line->isReadOnly();
    if (const auto *rich = qobject_cast<const QTextEdit *>(object))
        return rich->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return plain->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(object))
        return spin->isReadOnly();
    return false;
}

void setReadOnly(QObject *object, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(object))
        line->setReadOnly(readOnly);
    else if (auto *rich = qobject_cast<QTextEdit *>(object))
        rich->setReadOnly(readOnly);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(object))
        plain->setReadOnly(readOnly);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(object))
        spin->setReadOnly(readOnly);
}

bool isCheckable(const QModelIndex &index)
{
    return index.isValid() && (index.flags() & Qt::ItemIsUserCheckable);
}

} // namespace

WriteAccess::WriteAccess(QObject *parent)
    : QObject(parent)
{
    // Tooltips of disabled actions (in menus and on tool bars) and ticks in lists arrive at
    // widgets that are not guarded themselves: one filter sees them all.
    qApp->installEventFilter(this);
}

WriteAccess::~WriteAccess() = default;

void WriteAccess::setState(State state)
{
    if (state == m_state)
        return;
    const bool wasWritable = writable();
    m_state = state;
    for (auto it = m_guarded.begin(); it != m_guarded.end(); ++it)
        apply(const_cast<QObject *>(it.key()), it.value());
    if (writable() != wasWritable)
        emit changed(writable());
}

QString WriteAccess::reason() const
{
    switch (m_state) {
    case State::Writable:
        break;
    case State::ReadOnly:
        if (m_role == core::ServerRole::Viewer)
            return tr("Your role on the team database, %1, does not change this.")
                .arg(core::shownName(*m_role));
        return tr("The file is read-only: changes cannot be saved.");
    case State::HeldForCheck:
        return tr("Changes can be saved once the file's daily check has passed.");
    case State::Damaged:
        return tr("The file is damaged: nothing can be saved into it. Restore a backup.");
    }
    return {};
}

void WriteAccess::setRole(std::optional<core::ServerRole> role)
{
    if (role == m_role)
        return;
    m_role = role;
    for (auto it = m_guarded.begin(); it != m_guarded.end(); ++it)
        apply(const_cast<QObject *>(it.key()), it.value());
}

bool WriteAccess::roleAllows(Needs needs) const
{
    if (!m_role || *m_role == core::ServerRole::Coordinator)
        return true;
    switch (*m_role) {
    case core::ServerRole::Consultant:
        return needs == Needs::Consultations || needs == Needs::Plans || needs == Needs::OwnSteps;
    case core::ServerRole::Reviewer:
        return needs == Needs::Scores || needs == Needs::OwnSteps;
    case core::ServerRole::Coordinator:
    case core::ServerRole::Viewer:
        break;
    }
    return false;
}

QString WriteAccess::reason(Needs needs) const
{
    if (!writable() || roleAllows(needs))
        return reason();
    return tr("Your role on the team database, %1, does not change this.")
        .arg(core::shownName(*m_role));
}

bool WriteAccess::allows(Needs needs) const
{
    if (needs == Needs::Replacement && m_state == State::Damaged)
        return true;
    return writable() && roleAllows(needs);
}

void WriteAccess::guard(std::initializer_list<QObject *> objects, Needs needs)
{
    for (QObject *object : objects)
        guard(object, needs);
}

void WriteAccess::guard(QObject *object, Needs needs)
{
    if (!object || m_guarded.contains(object))
        return;
    Entry entry;
    entry.needs = needs;
    if (auto *action = qobject_cast<QAction *>(object)) {
        entry.kind = Kind::Action;
        connect(action, &QAction::changed, this, [this, action] { actionChanged(action); });
    } else if (qobject_cast<QAbstractItemView *>(object)) {
        entry.kind = Kind::Cells;
    } else if (isField(object)) {
        entry.kind = Kind::Field;
    } else if (object->isWidgetType()) {
        entry.kind = Kind::Control;
    } else {
        return;
    }
    connect(object, &QObject::destroyed, this, [this](QObject *gone) { m_guarded.remove(gone); });
    apply(object, m_guarded.insert(object, entry).value());
}

void WriteAccess::setAvailable(QObject *object, bool available)
{
    const auto it = m_guarded.find(object);
    if (it == m_guarded.end()) {
        if (auto *action = qobject_cast<QAction *>(object))
            action->setEnabled(available);
        else if (object && object->isWidgetType())
            static_cast<QWidget *>(object)->setEnabled(available);
        return;
    }
    it->wanted = available;
    if (it->held)
        return; // applied when the file allows writing again
    ++m_applying;
    switch (it->kind) {
    case Kind::Action:
        static_cast<QAction *>(object)->setEnabled(available);
        break;
    case Kind::Control:
        static_cast<QWidget *>(object)->setEnabled(available);
        break;
    case Kind::Field:
        setReadOnly(object, !available);
        break;
    case Kind::Cells:
        break; // a table stays readable; only its editing follows the file
    }
    --m_applying;
}

void WriteAccess::apply(QObject *object, Entry &entry)
{
    const bool hold = !allows(entry.needs);
    if (hold == entry.held)
        return;
    ++m_applying;
    switch (entry.kind) {
    case Kind::Action: {
        auto *action = static_cast<QAction *>(object);
        if (hold)
            entry.wanted = action->isEnabled();
        action->setEnabled(!hold && entry.wanted);
        break;
    }
    case Kind::Control: {
        auto *widget = static_cast<QWidget *>(object);
        if (hold)
            entry.wanted = !widget->testAttribute(Qt::WA_ForceDisabled);
        widget->setEnabled(!hold && entry.wanted);
        break;
    }
    case Kind::Field: {
        auto *field = static_cast<QWidget *>(object);
        if (hold) {
            entry.wanted = !isReadOnly(object);
            // Not a field to type in: it has the background of the page around it (its text
            // stays black, selectable and copyable, unlike a disabled field's).
            QList<QWidget *> painted = {field};
            if (qobject_cast<QAbstractSpinBox *>(field)) {
                for (QLineEdit *line : field->findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly))
                    painted.append(line);
            }
            entry.palettes.clear();
            for (QWidget *widget : painted) {
                entry.palettes.append({widget, widget->testAttribute(Qt::WA_SetPalette)
                                                   ? std::optional(widget->palette())
                                                   : std::nullopt});
                QPalette held = widget->palette();
                held.setColor(QPalette::Base, held.color(QPalette::Window));
                widget->setPalette(held);
            }
        } else {
            for (const auto &[widget, palette] : std::as_const(entry.palettes)) {
                if (widget)
                    widget->setPalette(palette.value_or(QPalette()));
            }
            entry.palettes.clear();
        }
        setReadOnly(object, hold || !entry.wanted);
        break;
    }
    case Kind::Cells: {
        auto *view = static_cast<QAbstractItemView *>(object);
        if (hold) {
            entry.editTriggers = view->editTriggers();
            entry.dragDropMode = view->dragDropMode();
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            if (entry.dragDropMode != QAbstractItemView::NoDragDrop)
                view->setDragDropMode(QAbstractItemView::NoDragDrop);
        } else {
            view->setEditTriggers(entry.editTriggers);
            if (entry.dragDropMode != QAbstractItemView::NoDragDrop)
                view->setDragDropMode(entry.dragDropMode);
        }
        break;
    }
    }
    entry.held = hold;
    --m_applying;
}

void WriteAccess::actionChanged(QObject *object)
{
    // A page that enabled a held action directly (not through setAvailable) gets it back
    // enabled when writing is allowed again, not now.
    const auto it = m_guarded.find(object);
    auto *action = static_cast<QAction *>(object);
    if (m_applying || it == m_guarded.end() || !it->held || !action->isEnabled())
        return;
    it->wanted = true;
    ++m_applying;
    action->setEnabled(false);
    --m_applying;
}

bool WriteAccess::mayWrite(Needs needs)
{
    if (allows(needs))
        return true;
    emit refused(reason(needs));
    return false;
}

const QObject *WriteAccess::tooltipTarget(QObject *watched, QEvent *event) const
{
    const auto held = [this](const QObject *object) {
        const auto it = m_guarded.constFind(object);
        return it != m_guarded.cend() && it->held && it->kind != Kind::Cells;
    };
    if (held(watched))
        return watched;
    if (const auto *button = qobject_cast<const QToolButton *>(watched);
        button && held(button->defaultAction()))
        return button->defaultAction();
    if (const auto *menu = qobject_cast<const QMenu *>(watched)) {
        const QAction *action = menu->actionAt(static_cast<QHelpEvent *>(event)->pos());
        if (held(action))
            return action;
    }
    return nullptr;
}

bool WriteAccess::refuseCellChange(QObject *watched, QEvent *event) const
{
    const auto heldView = [this](QObject *object) -> QAbstractItemView * {
        auto *view = qobject_cast<QAbstractItemView *>(object);
        const auto it = m_guarded.constFind(view);
        return view && it != m_guarded.cend() && it->held ? view : nullptr;
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        // A click on a tick: the view does not see it at all (half a click would leave it
        // in a pressed state).
        QAbstractItemView *view = heldView(watched->parent());
        if (!view || watched != view->viewport())
            return false;
        const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
        return isCheckable(view->indexAt(at));
    }
    case QEvent::KeyPress: {
        QAbstractItemView *view = heldView(watched);
        const int key = static_cast<QKeyEvent *>(event)->key();
        return view && (key == Qt::Key_Space || key == Qt::Key_Select) &&
               isCheckable(view->currentIndex());
    }
    default:
        return false;
    }
}

bool WriteAccess::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::EnabledChange: {
        // A page that enabled a held control directly (not through setAvailable): it stays
        // disabled until writing is allowed again, and is enabled then.
        const auto it = m_guarded.find(watched);
        if (m_applying || it == m_guarded.end() || !it->held || it->kind != Kind::Control)
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->testAttribute(Qt::WA_ForceDisabled))
            return false;
        it->wanted = true;
        ++m_applying;
        widget->setEnabled(false);
        --m_applying;
        return false;
    }
    case QEvent::ToolTip: {
        const QObject *target = tooltipTarget(watched, event);
        if (!target)
            return false;
        // The reason first; a control's own explanation after it.
        QString text = reason(m_guarded.value(target).needs);
        if (target->isWidgetType()) {
            if (const QString own = static_cast<const QWidget *>(target)->toolTip(); !own.isEmpty())
                text += u'\n' + own;
        }
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text,
                           static_cast<QWidget *>(watched));
        return true;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
        return refuseCellChange(watched, event);
    default:
        return false;
    }
}

} // namespace iotdesk::ui
