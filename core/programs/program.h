// Program: one fiscal year of the support program (its call for applications, selection cap,
// contact) and the meetings it plans: the workshops and the final results meeting.
#pragma once

#include "core/foundation/valueset.h"
#include "core/storage/changehistory.h"

#include <QDate>
#include <QList>
#include <QString>

namespace iotdesk::core {

enum class MeetingKind
{
    CentralWorkshop, // 集合研修会, for all the selected municipalities together
    LocalWorkshop,   // 現地研修会, one session at each selected municipality
    FinalMeeting,    // 成果報告会
};
template <> const ValueSet<MeetingKind> &valueSet<MeetingKind>();

struct ProgramMeeting
{
    qint64 id = 0;
    int seq = 0; // 1, 2, ... in program order
    MeetingKind kind = MeetingKind::CentralWorkshop;
    QString nameJa;
    QString nameEn;
    QDate plannedStart; // the period in which it is to be held
    QDate plannedEnd;
    QString placeJa;
    QString placeEn;
    int days = 1; // its length in consecutive days

    bool operator==(const ProgramMeeting &) const = default;
};

struct Program
{
    qint64 id = 0;
    QString nameJa;
    QString nameEn;
    int fiscalYear = 0;
    QDate applicationStart;
    QDate applicationEnd;
    int selectionCap = 10;
    int reportDueDay = 10; // a month's progress report is due on this day of the next month
    QString contactOffice;
    QString contactPhone;
    QString contactFax;
    QString contactEmail;
    QList<ProgramMeeting> meetings;
    RecordVersion version; // as read; an update from it is refused if the record changed since

    bool operator==(const Program &) const = default;
};

// What the user changed between `opened` and `mine`, put onto `theirs` (reapplyEdit over the
// fields the Program page changes).
inline Program reapplyEdit(const Program &opened, const Program &mine, Program theirs)
{
    return reapplyEdit(opened, mine, std::move(theirs), &Program::nameJa, &Program::nameEn,
                       &Program::fiscalYear, &Program::applicationStart, &Program::applicationEnd,
                       &Program::selectionCap, &Program::reportDueDay, &Program::contactOffice,
                       &Program::contactPhone, &Program::contactFax, &Program::contactEmail,
                       &Program::meetings);
}

} // namespace iotdesk::core
