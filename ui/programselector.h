// ProgramSelector: the combo box with which a page chooses the program it shows, newest
// fiscal year first, labelled in the user's date style (平成30年度 or FY2018).
#pragma once

#include "dateformatter.h"

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

private:
    const core::Database &m_db;
};

} // namespace iotdesk::ui
