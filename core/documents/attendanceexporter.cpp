#include "core/documents/attendanceexporter.h"

#include "core/meetings/meetingrepository.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace iotdesk::core {

namespace {

QString stateJa(AttendanceState state)
{
    switch (state) {
    case AttendanceState::Registered:
        return u"登録"_s;
    case AttendanceState::Attended:
        return u"出席"_s;
    case AttendanceState::Absent:
        return u"欠席"_s;
    case AttendanceState::Excused:
        return u"欠席（届出あり）"_s;
    }
    return {};
}

} // namespace

QList<TableFileWriter::Column> AttendanceExporter::columns()
{
    return {{u"会議"_s, 30},         {u"開催団体"_s, 20}, {u"日"_s, 4, true}, {u"日付"_s, 12},
            {u"所属"_s, 20},         {u"部署"_s, 20},     {u"役職"_s, 12},    {u"氏名"_s, 14},
            {u"支援対象団体"_s, 20}, {u"出欠"_s, 14},     {u"備考"_s, 30}};
}

Result<QList<QStringList>> AttendanceExporter::rows(const Database &db, qint64 programId,
                                                    std::optional<qint64> sessionId)
{
    MeetingRepository meetings(db);
    const auto sessions = meetings.sessions(programId);
    if (!sessions)
        return sessions.error();
    const auto applicants = meetings.selectedApplicants(programId);
    if (!applicants)
        return applicants.error();
    QHash<qint64, QString> applicantNames;
    for (const SelectedApplicant &a : *applicants)
        applicantNames.insert(a.applicationId, a.name);
    QList<QStringList> rows;
    bool found = !sessionId;
    for (const SessionSummary &s : *sessions) {
        if (sessionId && s.session.id != *sessionId)
            continue;
        found = true;
        const auto people = meetings.participants(s.session.id);
        if (!people)
            return people.error();
        for (int n = 1; n <= s.session.dayCount; ++n) {
            const QDate day = s.session.day(n);
            for (const Participant &p : *people) {
                const auto mark = p.days.find(n);
                if (mark == p.days.end())
                    continue;
                rows.append({s.meeting.nameJa, s.hostName, QString::number(n),
                             day.isValid() ? day.toString(Qt::ISODate) : QString(),
                             p.lgCode6.isEmpty() ? u"相談員"_s : p.affiliation, p.department,
                             p.title, p.name, applicantNames.value(p.applicationId),
                             stateJa(mark->state), mark->note});
            }
        }
    }
    if (!found)
        return Error(ErrorCode::NotFound,
                     tr("The program has no meeting session %1.").arg(sessionId.value_or(0)));
    return rows;
}

Result<int> AttendanceExporter::write(const Database &db, qint64 programId,
                                      std::optional<qint64> sessionId, const QString &path,
                                      TableFileWriter::Format format)
{
    const auto table = rows(db, programId, sessionId);
    if (!table)
        return table.error();
    if (auto written = TableFileWriter::writeAll(path, format, u"出欠"_s, columns(), *table);
        !written) {
        return written.error();
    }
    return int(table->size());
}

} // namespace iotdesk::core
