#include "ui/widgets/programselector.h"

#include "core/programs/programrepository.h"
#include "core/storage/database.h"
#include "ui/widgets/windowsettings.h"

#include <QAbstractItemView>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

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
    connect(this, &QComboBox::activated, this, [this] { remember(programId()); });
}

namespace {

// Per file: the settings key of the program last chosen on it.
QString chosenKey(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return u"programs/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

qint64 ProgramSelector::chosen() const
{
    return windowSettings().value(chosenKey(m_db.path())).toLongLong();
}

void ProgramSelector::remember(qint64 programId) const
{
    if (programId > 0)
        windowSettings().setValue(chosenKey(m_db.path()), programId);
}

void ProgramSelector::showEvent(QShowEvent *event)
{
    QComboBox::showEvent(event);
    const qint64 wanted = chosen();
    const int index = findData(wanted);
    if (wanted > 0 && index >= 0 && wanted != programId()) {
        setCurrentIndex(index);
        emit activated(index);
    }
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
    // The first time, the program last chosen on this file (or the newest).
    select(current != 0 ? current : chosen());
    setToolTip(currentText());
    return {};
}

void ProgramSelector::select(qint64 programId)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(std::max(0, findData(programId)));
}

} // namespace iotdesk::ui
