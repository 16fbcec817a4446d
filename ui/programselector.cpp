#include "programselector.h"

#include "programrepository.h"

#include <QAbstractItemView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

ProgramSelector::ProgramSelector(const core::Database &db, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
{
    // The long official names would widen every page past a laptop's screen: the box shows
    // the fiscal year and the start of the name, the list and the tooltip the whole name.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { setToolTip(currentText()); });
}

QString ProgramSelector::reload(const core::DateFormatter &dates)
{
    const qint64 current = programId();
    const QSignalBlocker blocker(this);
    clear();
    const auto programs = core::ProgramRepository(m_db).programs();
    if (!programs)
        return programs.message();
    // An English interface shows the English name where the program has one.
    const bool english = QLocale().language() != QLocale::Japanese;
    for (const core::Program &p : *programs) {
        const QString name = english && !p.nameEn.isEmpty() ? p.nameEn : p.nameJa;
        addItem(dates.fiscalYearLabel(p.fiscalYear) + u"  "_s + name, p.id);
        setItemData(count() - 1, name, Qt::ToolTipRole);
    }
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
    select(current);
    setToolTip(currentText());
    return {};
}

void ProgramSelector::select(qint64 programId)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(std::max(0, findData(programId)));
}

} // namespace iotdesk::ui
