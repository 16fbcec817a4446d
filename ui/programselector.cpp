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

QString ProgramSelector::reload(const core::DateFormatter &dates)
{
    const qint64 current = programId();
    const QSignalBlocker blocker(this);
    clear();
    const auto programs = core::ProgramRepository(m_db).programs();
    if (!programs)
        return programs.message();
    for (const core::Program &p : *programs)
        addItem(dates.fiscalYearLabel(p.fiscalYear) + u"  "_s + p.nameJa, p.id);
    select(current);
    return {};
}

void ProgramSelector::select(qint64 programId)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(std::max(0, findData(programId)));
}

} // namespace iotdesk::ui
