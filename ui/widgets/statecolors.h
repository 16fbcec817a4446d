// StateColors: the colours a RowState is shown in, the same in every table: soft backgrounds
// with dark text, readable on light and dark palettes alike.
#pragma once

#include "core/foundation/modelroles.h"

#include <QBrush>
#include <QColor>
#include <QVariant>

namespace iotdesk::ui::StateColors {

// The brush for Qt::BackgroundRole or Qt::ForegroundRole; an invalid QVariant for Normal.
inline QVariant brush(core::RowState state, int role)
{
    const bool background = role == Qt::BackgroundRole;
    switch (state) {
    case core::RowState::Problem:
        return background ? QBrush(QColor(0xfd, 0xe2, 0xe1)) : QBrush(QColor(0x8a, 0x10, 0x10));
    case core::RowState::Attention:
        return background ? QBrush(QColor(0xff, 0xf4, 0xce)) : QBrush(QColor(0x6b, 0x4b, 0x00));
    case core::RowState::Done:
        return background ? QBrush(QColor(0xe3, 0xf4, 0xe4)) : QBrush(QColor(0x14, 0x5a, 0x1e));
    case core::RowState::Normal:
        break;
    }
    return {};
}

} // namespace iotdesk::ui::StateColors
