// GovernmentChooser: where the user names the local government of one mail in a list of
// mails. An editable combo box that offers the candidates (the local governments the mail's
// domain spells, or the one recognised from the sender), completes any of the 1,788 by code,
// name or reading as the user types, and tells what its text names at every change: the
// local government, or why the text names none (an unknown code, a wrong check digit, a name
// several prefectures share).
#pragma once

#include "core/municipalities/localgovernment.h"
#include "core/municipalities/municipaldomain.h"

#include <QComboBox>

namespace iotdesk::core {
class Database;
}

namespace iotdesk::ui {

class GovernmentChooser : public QComboBox
{
    Q_OBJECT

public:
    enum class State
    {
        Named, // the text names one local government
        Empty, // nothing typed or chosen yet
        Wrong, // the text names none, or several
    };

    // `proposedCode6`: the local government recognised from the sender (`matchedBy`: contact
    // or domain), shown to start with; empty when none or several were.
    GovernmentChooser(const core::Database &db,
                      const QList<core::MunicipalDomain::Candidate> &candidates,
                      const QString &proposedCode6, const QString &matchedBy,
                      QWidget *parent = nullptr);

    State state() const { return m_state; }
    // The local government named; empty unless Named.
    QString code6() const { return m_government.code6; }
    const core::LocalGovernment &government() const { return m_government; }
    // What to show beside the field: the full name (北海道富良野市), why the text names none,
    // or, in short, what the user has to do.
    QString status() const { return m_status; }
    // Empty when Named; else what the user has to do, or why the text names none.
    QString problem() const { return m_problem; }
    // The status with how the government was found, when it is the one proposed.
    QString statusToolTip() const;
    int candidateCount() const { return m_candidates; }

    // Without candidates to list, the arrow lists every local government the text matches.
    void showPopup() override;

    // "北海道富良野市 012297": how a local government is written in the field.
    static QString fieldText(const core::LocalGovernment &lg);
    // "東京都府中市 132063 ふちゅうし" for every local government: completion matches any part.
    static QStringList completionTexts(const core::Database &db);

signals:
    // The text changed and names another local government, or none (status() says why).
    void governmentChanged();

private:
    void evaluate();

    const core::Database &m_db;
    QString m_proposedCode6;
    QString m_matchedBy;
    int m_candidates = 0;
    State m_state = State::Empty;
    core::LocalGovernment m_government;
    QString m_status;
    QString m_problem;
};

} // namespace iotdesk::ui
