#include "ui/widgets/optionaldateedit.h"

#include "core/foundation/japantime.h"

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

OptionalDateEdit::OptionalDateEdit(const QString &none, QWidget *parent)
    : DateField(parent)
{
    setMinimumDate(QDate(2000, 1, 1));
    setSpecialValueText(none);
    setDate(minimumDate());
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == minimumDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(QDate date)
{
    setDate(date.isValid() ? date : minimumDate());
}

void OptionalDateEdit::stepBy(int steps)
{
    if (date() == minimumDate()) {
        setDate(core::JapanTime::today());
        // The next steps move the day (a due date a few days on), not the year the cursor
        // happened to stand in.
        setSelectedSection(QDateTimeEdit::DaySection);
        return;
    }
    DateField::stepBy(steps);
}

} // namespace iotdesk::ui
