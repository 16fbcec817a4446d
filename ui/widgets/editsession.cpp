#include "ui/widgets/editsession.h"

#include <QMessageBox>
#include <QPushButton>

namespace iotdesk::ui {

ConflictPrompt::Choice ConflictPrompt::ask(QWidget *parent, const QString &message)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Changed by Someone Else"));
    box.setText(message);
    box.setInformativeText(
        tr("What you typed is kept. Reload and Reapply shows the record as it is stored now with "
           "your changes put back on top, for you to check and save again."));
    auto *reload = box.addButton(tr("&Reload and Reapply"), QMessageBox::AcceptRole);
    auto *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    auto *discard = box.addButton(tr("&Discard My Changes"), QMessageBox::DestructiveRole);
    box.setDefaultButton(reload);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == reload)
        return Choice::ReloadAndReapply;
    if (box.clickedButton() == discard)
        return Choice::Discard;
    return Choice::KeepEditing;
}

void ConflictPrompt::showRefusal(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Not Saved"), message, QMessageBox::Ok, parent);
    box.setInformativeText(tr("What you typed is kept: correct it and save again, or cancel."));
    box.exec();
}

QString ConflictPrompt::reloadedNote()
{
    return tr("Reloaded as stored now, with your changes put back on top: check and save.");
}

} // namespace iotdesk::ui
