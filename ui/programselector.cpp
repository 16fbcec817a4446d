#include "programselector.h"

#include "programrepository.h"

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ProgramSelector::ProgramSelector(const core::Database &db, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void ProgramSelector::reload(const core::DateFormatter &dates)
{
    const qint64 current = programId();
    const QSignalBlocker blocker(this);
    clear();
    if (const auto programs = core::ProgramRepository(m_db).programs()) {
        for (const core::Program &p : *programs)
            addItem(dates.fiscalYearLabel(p.fiscalYear) + u"  "_s + p.nameJa, p.id);
    }
    setCurrentIndex(std::max(0, findData(current)));
}

} // namespace iotdesk::ui
