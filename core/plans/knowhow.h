// Lesson: one entry of the know-how register — what was learned, in which phase of writing and
// carrying out a plan, at which municipality, where it came from (a consultation, a monthly
// report, a meeting session), and whether it is approved for publication in the casebook.
#pragma once

#include "core/foundation/valueset.h"
#include "core/storage/changehistory.h"

#include <QDateTime>
#include <QString>

namespace iotdesk::core {

enum class KnowhowPhase
{
    Issues,    // making the issues clear
    Solutions, // choosing solutions
    Promotion, // building the promotion system
    Cost,      // estimating cost-effectiveness
    Consensus, // consensus and budgeting
    Procurement,
    Operation,
    Other,
};
template <> const ValueSet<KnowhowPhase> &valueSet<KnowhowPhase>();

struct Lesson
{
    qint64 id = 0;
    qint64 programId = 0;
    qint64 applicationId = 0; // 0: the program as a whole
    KnowhowPhase phase = KnowhowPhase::Issues;
    QString lesson;
    // Where it came from: at most one.
    qint64 consultationId = 0;
    qint64 reportId = 0;
    qint64 sessionId = 0;
    bool approved = false;
    QDateTime createdAt;
    QString createdBy;
    RecordVersion version{};

    // Read with it: the application's municipality.
    QString code6;
    QString municipality;

    bool operator==(const Lesson &) const = default;
};

} // namespace iotdesk::core

namespace iotdesk::core {

inline Lesson reapplyEdit(const Lesson &opened, const Lesson &mine, Lesson theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &Lesson::applicationId, &Lesson::phase,
                       &Lesson::lesson, &Lesson::consultationId, &Lesson::reportId,
                       &Lesson::sessionId, &Lesson::approved);
}

} // namespace iotdesk::core
