// DatePrompt: asks on which day something happened (a decision, a confirmation sent, a
// follow-up done). Coordinators record past events all the time, so every "today" of the
// program is a default the user can change, never a fixed value.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace iotdesk::ui {

// The chosen day, or nothing when the user cancels. `initial` is preselected (today in Japan
// when invalid). `explanation`, rich text, says above the day what the day is for.
std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label,
                             QDate initial = {}, const QString &explanation = {});

} // namespace iotdesk::ui
