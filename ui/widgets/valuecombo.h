// A combo box offering the values of a fixed value set (core/foundation/valueset.h) by their
// shown names; each item's data is the value's stored name, so that a test or a saved state
// can find it by the name the file uses.
#pragma once

#include "core/foundation/valueset.h"

#include <QComboBox>

namespace iotdesk::ui::ValueCombo {

template <typename E> void fill(QComboBox *box, const QList<E> &values = core::allValues<E>())
{
    box->clear();
    for (E value : values)
        box->addItem(core::shownName(value), core::storedName(value));
}

template <typename E> void select(QComboBox *box, E value)
{
    box->setCurrentIndex(std::max(0, box->findData(core::storedName(value))));
}

// The values as {stored name, shown name} pairs, for a choice column of a RowListEditor.
template <typename E> QList<QPair<QString, QString>> choices()
{
    QList<QPair<QString, QString>> named;
    for (E value : core::allValues<E>())
        named.append({core::storedName(value), core::shownName(value)});
    return named;
}

// The value chosen; `fallback` when nothing is.
template <typename E> E current(const QComboBox *box, E fallback)
{
    return core::fromStored<E>(box->currentData().toString()).value_or(fallback);
}

} // namespace iotdesk::ui::ValueCombo
