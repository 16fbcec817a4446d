// GuardedDialog: an editor dialog that never throws typed input away without asking. It
// remembers what its fields held when it was filled; Esc, Cancel or closing the window with
// anything changed asks Save / Discard / Cancel (Save runs the dialog's own accept(), so a
// refused entry keeps the dialog open with its reason).
#pragma once

#include <QByteArray>
#include <QDialog>

namespace iotdesk::ui {

class GuardedDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    // True when a field differs from what it held at markPristine().
    bool hasUnsavedInput() const;
    void reject() override;

    // What every input field of `root` holds, as one comparable value.
    static QByteArray inputState(const QWidget *root);

protected:
    // What the fields hold when the dialog first shows counts as nothing typed.
    void showEvent(QShowEvent *event) override;
    void markPristine();

private:
    QByteArray m_pristine;
    bool m_marked = false;
};

} // namespace iotdesk::ui
