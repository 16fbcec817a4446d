// OptionalDateEdit: a date that may be left empty — shown as a text such as "no date" while it
// holds its minimum. The first ↑, ↓ or wheel step from empty goes to today, not to a day of the
// year 2000 one step from the minimum.
#pragma once

#include "ui/widgets/datefield.h"

namespace iotdesk::ui {

class OptionalDateEdit : public DateField
{
    Q_OBJECT

public:
    // `none` is shown while the date is empty.
    OptionalDateEdit(const QString &none, QWidget *parent = nullptr);

    // The date, or an invalid one when empty.
    QDate optionalDate() const;
    void setOptionalDate(QDate date);
    void stepBy(int steps) override;
};

} // namespace iotdesk::ui
