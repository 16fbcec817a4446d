#include "ui/widgets/guardeddialog.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace iotdesk::ui {

QByteArray GuardedDialog::inputState(const QWidget *root)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        // Popups (a combo box's list, a date's calendar) are made when first opened, after the
        // snapshot; they hold no input of their own.
        if (w->window() != root->window())
            continue;
        if (const auto *line = qobject_cast<const QLineEdit *>(w)) {
            if (!line->isReadOnly())
                out << line->text();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
            if (!plain->isReadOnly())
                out << plain->toPlainText();
        } else if (const auto *rich = qobject_cast<const QTextEdit *>(w)) {
            if (!rich->isReadOnly())
                out << rich->toPlainText();
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            out << combo->currentIndex() << combo->currentText();
        } else if (const auto *when = qobject_cast<const QDateTimeEdit *>(w)) {
            out << when->dateTime();
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
            out << spin->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->isCheckable())
                out << button->isChecked();
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            // Row lists (contacts, partners, agenda): every cell's text.
            if (const QAbstractItemModel *model = view->model();
                model && qobject_cast<const QComboBox *>(view->parentWidget()) == nullptr) {
                out << model->rowCount() << model->columnCount();
                for (int r = 0; r < model->rowCount(); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        out << model->index(r, c).data(Qt::EditRole);
            }
        }
    }
    return state;
}

void GuardedDialog::showEvent(QShowEvent *event)
{
    if (!m_marked)
        markPristine();
    QDialog::showEvent(event);
}

void GuardedDialog::markPristine()
{
    m_pristine = inputState(this);
    m_marked = true;
}

bool GuardedDialog::hasUnsavedInput() const
{
    return m_marked && inputState(this) != m_pristine;
}

void GuardedDialog::reject()
{
    if (hasUnsavedInput()) {
        const auto choice = QMessageBox::question(
            this, tr("Unsaved Input"),
            tr("What you typed here is not saved yet. Save it, discard it, or go on editing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (choice == QMessageBox::Cancel)
            return;
        if (choice == QMessageBox::Save) {
            accept(); // stays open, with the reason, when the entry is refused
            return;
        }
    }
    QDialog::reject();
}

} // namespace iotdesk::ui
