// Item data roles shared by the models of IoT Desk, after Qt's own.
#pragma once

#include <Qt>

namespace iotdesk::core {

enum ModelRole
{
    SortRole = Qt::UserRole + 1, // the raw value a column sorts by
    KeyRole,                     // the record's identity (a code or an id)
    StateRole,                   // a RowState: how the UI should mark the cell
    KindRole,                    // a model's own kind of cell (flags), for the UI to colour
};

// What a cell says about its row, for the UI to colour; core knows no colours.
enum class RowState
{
    Normal,
    Attention,
    Problem,
    Done
};

} // namespace iotdesk::core
