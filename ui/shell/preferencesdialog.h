// PreferencesDialog: language, date style, the user name written into the history, and how
// many daily backups to keep. Changes apply when the dialog is accepted.
#pragma once

#include "core/foundation/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace iotdesk::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    core::Language language() const;
    // The chosen style; nothing when dates follow the language.
    std::optional<core::DateStyle> dateStyle() const;
    QString userName() const;
    int backupsToKeep() const;

    void setValues(core::Language language, std::optional<core::DateStyle> style,
                   const QString &userName, int backupsToKeep);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSample();

    QFormLayout *m_form = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_dateStyle = nullptr;
    QLabel *m_sample = nullptr;
    QLineEdit *m_userName = nullptr;
    QSpinBox *m_backups = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iotdesk::ui
