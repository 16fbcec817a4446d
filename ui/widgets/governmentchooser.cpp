#include "ui/widgets/governmentchooser.h"

#include "core/municipalities/localgovernmentquery.h"
#include "core/municipalities/localgovernmentrepository.h"
#include "core/storage/database.h"
#include "ui/consultations/consultationdialog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iotdesk::ui {

namespace {

// Matches on the whole completion text, reading included, but puts only the name and the
// code into the field.
class GovernmentCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QString pathFromIndex(const QModelIndex &index) const override
    {
        return QCompleter::pathFromIndex(index).section(u' ', 0, 1);
    }
};

} // namespace

GovernmentChooser::GovernmentChooser(const core::Database &db,
                                     const QList<core::MunicipalDomain::Candidate> &candidates,
                                     const QString &proposedCode6, const QString &matchedBy,
                                     QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
    , m_proposedCode6(proposedCode6)
    , m_matchedBy(matchedBy)
    , m_candidates(int(candidates.size()))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Wide enough for a name and its code, before it is first shown too.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(20);
    lineEdit()->setPlaceholderText(tr("Code, name or reading"));
    for (const core::MunicipalDomain::Candidate &candidate : candidates)
        addItem(candidate.fullName + u' ' + candidate.code6, candidate.code6);
    QString proposedText;
    if (!proposedCode6.isEmpty()) {
        const auto lg = core::LocalGovernmentRepository(db.connection()).findByCode(proposedCode6);
        proposedText = lg ? fieldText(*lg) : proposedCode6;
        if (findData(proposedCode6) < 0)
            addItem(proposedText, proposedCode6);
    }
    setCurrentIndex(-1);
    setEditText(proposedText);
    // Any local government, by any part of its code, name or reading.
    const QStringList texts = completionTexts(db);
    auto *completer = new GovernmentCompleter(texts, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    // Wider than the field: the longest name, its code and its reading in full.
    const auto longest =
        std::max_element(texts.cbegin(), texts.cend(),
                         [](const QString &a, const QString &b) { return a.size() < b.size(); });
    if (longest != texts.cend()) {
        completer->popup()->setMinimumWidth(fontMetrics().horizontalAdvance(*longest) +
                                            style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    }
    // On the line edit itself: the combo box would look a completion up among its own items.
    lineEdit()->setCompleter(completer);
    connect(this, &QComboBox::editTextChanged, this, &GovernmentChooser::evaluate);
    evaluate();
}

QString GovernmentChooser::statusToolTip() const
{
    if (m_state != State::Named)
        return m_problem;
    if (m_government.code6 != m_proposedCode6)
        return m_status;
    return m_status + u'\n' +
           (m_matchedBy == u"contact" ? tr("Recognised from the address of a known person.")
                                      : tr("Recognised from the mail domain."));
}

QString GovernmentChooser::fieldText(const core::LocalGovernment &lg)
{
    return lg.fullName() + u' ' + lg.code6;
}

QStringList GovernmentChooser::completionTexts(const core::Database &db)
{
    // The master data is the same in every file: read once.
    static QStringList texts;
    if (!texts.isEmpty())
        return texts;
    const auto all =
        core::LocalGovernmentRepository(db.connection()).search(core::LocalGovernmentQuery{});
    if (!all)
        return {};
    for (const core::LocalGovernment &lg : *all)
        texts << fieldText(lg) + u' ' + lg.nameKanaMic;
    return texts;
}

void GovernmentChooser::showPopup()
{
    if (count() > 0) {
        QComboBox::showPopup();
        return;
    }
    QCompleter *completer = lineEdit()->completer();
    completer->setCompletionPrefix(m_state == State::Named ? QString() : currentText().trimmed());
    if (completer->completionCount() == 0)
        completer->setCompletionPrefix({});
    completer->complete();
}

void GovernmentChooser::evaluate()
{
    const State before = m_state;
    const QString code = m_government.code6;
    const QString status = m_status;
    m_government = {};
    m_problem.clear();
    if (currentText().trimmed().isEmpty()) {
        m_state = State::Empty;
        m_status = m_candidates > 0 ? tr("Choose a candidate") : tr("Type a code or name");
        m_problem = m_candidates > 0 ? tr("Choose one of the %n candidates.", nullptr, m_candidates)
                                     : tr("Type its code, name or reading.");
    } else if (const auto found = ConsultationDialog::government(m_db, currentText())) {
        m_state = State::Named;
        m_government = *found;
        m_status = found->fullName();
    } else {
        m_state = State::Wrong;
        m_status = found.message();
        m_problem = m_status;
    }
    if (m_state != before || m_government.code6 != code || m_status != status)
        emit governmentChanged();
}

} // namespace iotdesk::ui
