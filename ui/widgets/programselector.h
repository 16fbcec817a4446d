// ProgramSelector: the combo box with which a page chooses the program it shows, newest
// fiscal year first, labelled in the user's date style (平成30年度 or FY2018). The program a
// user chooses on any page is the one every page shows when it is next shown, and the one
// the window opens on the next time (kept per file in the settings): a coordinator working on
// last year's program is not sent back to a new, empty year on each page or each start.
#pragma once

#include "core/foundation/dateformatter.h"

#include <QComboBox>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class ProgramSelector : public QComboBox
{
    Q_OBJECT

public:
    ProgramSelector(const core::Database &db, QWidget *parent = nullptr);

    qint64 programId() const { return currentData().toLongLong(); }
    // Reads the programs again, keeping the current one where it still exists; what went
    // wrong, or an empty string.
    QString reload(const core::DateFormatter &dates);
    void select(qint64 programId);

protected:
    // Shown again (its page chosen): follows the program chosen on another page, as the user
    // would have chosen it here (activated).
    void showEvent(QShowEvent *event) override;

private:
    qint64 chosen() const;
    void remember(qint64 programId) const;

    const core::Database &m_db;
};

} // namespace iotdesk::ui
