#include "ui/widgets/dateprompt.h"

#include "core/foundation/japantime.h"
#include "ui/widgets/datefield.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label,
                             QDate initial, const QString &explanation)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"datePrompt"_s);
    dialog.setWindowTitle(title);
    auto *day = new DateField(initial.isValid() ? initial : core::JapanTime::today(), &dialog);
    day->setObjectName(u"day"_s);
    // The year is selected: typing 20180615 or 2018-06-15 replaces the date section by section.
    day->setSelectedSection(QDateTimeEdit::YearSection);
    auto *form = new QFormLayout;
    form->addRow(label, day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    if (!explanation.isEmpty()) {
        auto *text = new QLabel(explanation, &dialog);
        text->setObjectName(u"explanation"_s);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    day->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return day->date();
}

} // namespace iotdesk::ui
