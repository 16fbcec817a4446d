// The dashboard's counts against a small fixture counted by hand.
#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/meetings/meetingrepository.h"
#include "core/municipalities/contactrepository.h"
#include "core/overview/dashboarddata.h"
#include "core/reports/reportrepository.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

TEST(Dashboard, AggregatesMatchAHandCount)
{
    test::TempDatabase temp;
    const core::Database &db = temp.db();
    core::ApplicationRepository applications(db);
    QHash<QString, qint64> ids;
    for (const auto &[code, decision] :
         QList<std::pair<QString, core::Decision>>{{u"132063"_s, core::Decision::Selected},
                                                   {u"392014"_s, core::Decision::Selected},
                                                   {u"011002"_s, core::Decision::NotSelected}}) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.decision = decision;
        a.overrideReason = decision == core::Decision::Selected ? u"テスト"_s : QString();
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        ids.insert(code, applications.create(a).value());
    }
    // Fuchu: July on time, August late. Kochi: nothing.
    core::ReportRepository reports(db);
    for (core::MonthlyReport r : reports.reports(1).value()) {
        if (r.applicationId != ids[u"132063"_s] || r.month > QDate(2018, 8, 1))
            continue;
        r.receivedOn = r.month == QDate(2018, 7, 1) ? QDate(2018, 8, 9) : QDate(2018, 9, 12);
        r.channel = core::ReportChannel::Email;
        ASSERT_TRUE(reports.update(r));
    }
    // Consultations (times in UTC): 10 Aug phone, 31 Aug 23:30 JST phone, 1 Sep 00:30 JST
    // e-mail, 10 Nov visit, 1 April 2019 00:10 JST (the next fiscal year) online, and 20 March
    // 2018 (the year before) phone.
    core::ConsultationRepository consultations(db);
    const auto log = [&](QDateTime at, core::Channel channel, bool openFollowUp,
                         bool doneFollowUp) {
        core::Consultation c;
        c.occurredAt = at;
        c.lgCode6 = u"132063"_s;
        c.channel = channel;
        c.direction = core::Direction::Incoming;
        if (openFollowUp)
            c.followUps.append({0, 0, u"資料送付"_s, {}, 0, {}});
        if (doneFollowUp)
            c.followUps.append({0, 0, u"折り返し"_s, {}, 0, QDate(2018, 9, 3)});
        ASSERT_TRUE(consultations.create(c));
    };
    log(QDateTime(QDate(2018, 8, 10), QTime(1, 0), Qt::UTC), core::Channel::Phone, true, false);
    log(QDateTime(QDate(2018, 8, 31), QTime(14, 30), Qt::UTC), core::Channel::Phone, false, false);
    log(QDateTime(QDate(2018, 8, 31), QTime(15, 30), Qt::UTC), core::Channel::Email, true, true);
    log(QDateTime(QDate(2018, 11, 10), QTime(2, 0), Qt::UTC), core::Channel::Visit, true, false);
    // The next fiscal year's has an open follow-up, and so has one of the year before.
    log(QDateTime(QDate(2019, 3, 31), QTime(15, 10), Qt::UTC), core::Channel::Online, true, false);
    log(QDateTime(QDate(2018, 3, 20), QTime(1, 0), Qt::UTC), core::Channel::Phone, true, false);
    // Workshop 1 on 21–22 June: one person at both days, one absent on day 2.
    core::MeetingRepository meetings(db);
    core::MeetingSession ws1 = meetings.sessions(1)->front().session;
    ws1.firstDay = QDate(2018, 6, 21);
    ASSERT_TRUE(meetings.updateSession(ws1));
    QList<qint64> people;
    for (const QString &name : {u"府中 花子"_s, u"高知 太郎"_s}) {
        core::Contact person;
        person.kind = core::ContactKind::Municipal;
        person.name = name;
        person.lgCode6 = name.startsWith(u"府中"_s) ? u"132063"_s : u"392014"_s;
        people.append(core::ContactRepository(db).add(person).value());
    }
    const auto participants = meetings.addParticipants(ws1.id, people).value();
    const auto attended = core::AttendanceMark{core::AttendanceState::Attended, {}};
    const auto absent = core::AttendanceMark{core::AttendanceState::Absent, {}};
    ASSERT_TRUE(meetings.setAttendance({{participants[0], 1, attended},
                                        {participants[0], 2, attended},
                                        {participants[1], 1, attended},
                                        {participants[1], 2, absent}}));

    const auto d = core::DashboardData::load(db, 1, QDate(2018, 11, 15));
    ASSERT_TRUE(d) << d.message().toStdString();
    ASSERT_EQ(d->bureaus.size(), 11);
    int applied = 0;
    int chosen = 0;
    for (const auto &b : d->bureaus) {
        applied += b.applications;
        chosen += b.selected;
        if (b.nameJa.contains(u"関東"_s)) {
            EXPECT_EQ(b.applications, 1);
            EXPECT_EQ(b.selected, 1);
        }
        if (b.nameJa.contains(u"北海道"_s)) {
            EXPECT_EQ(b.applications, 1);
            EXPECT_EQ(b.selected, 0);
        }
    }
    EXPECT_EQ(applied, 3);
    EXPECT_EQ(chosen, 2);

    // April is index 0: July 3, August 4, September 5, October 6, November 7.
    ASSERT_EQ(d->reports.size(), 12);
    EXPECT_EQ(d->reports[3].onTime, 1);
    EXPECT_EQ(d->reports[3].missing, 1);
    EXPECT_EQ(d->reports[4].late, 1);
    EXPECT_EQ(d->reports[4].missing, 1);
    EXPECT_EQ(d->reports[5].missing, 2);
    EXPECT_EQ(d->reports[6].missing, 2) << "due 12 November";
    EXPECT_EQ(d->reports[7].missing, 0) << "November's report is not yet due";

    EXPECT_EQ(d->consultations[4].byChannel.value(core::Channel::Phone), 2)
        << "31 Aug 23:30 is August";
    EXPECT_EQ(d->consultations[5].byChannel.value(core::Channel::Email), 1)
        << "1 Sep 00:30 is September";
    EXPECT_EQ(d->consultations[7].byChannel.value(core::Channel::Visit), 1);
    int total = 0;
    for (const auto &m : d->consultations) {
        for (int n : m.byChannel)
            total += n;
    }
    EXPECT_EQ(total, 4) << "1 April 2019 belongs to the next fiscal year";

    // Open follow-ups by age on 15 November: 5 days, 75 days, 97 days; the done one not, nor
    // those of the other fiscal years' consultations.
    ASSERT_EQ(d->followUps.size(), 4);
    EXPECT_EQ(d->followUps[0].count, 1) << "not the next year's";
    EXPECT_EQ(d->followUps[1].count, 0);
    EXPECT_EQ(d->followUps[2].count, 1);
    EXPECT_EQ(d->followUps[3].count, 1) << "not the year before's";

    ASSERT_EQ(d->attendance.size(), 4);
    EXPECT_EQ(d->attendance[0].registered, 4);
    EXPECT_EQ(d->attendance[0].attended, 3);
    EXPECT_DOUBLE_EQ(d->attendance[0].rate(), 75.0);
    EXPECT_EQ(d->attendance[3].registered, 0);
}
