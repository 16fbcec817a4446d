#include "core/applications/applicationtiming.h"

#include "testsupport.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

core::BusinessCalendar shippedCalendar()
{
    QFile file(test::sourcePath(u"resources/data/holidays_jp.csv"_s));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QHash<QDate, QString> holidays;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() >= 3)
            holidays.insert(QDate::fromString(QString::fromUtf8(fields[0]), Qt::ISODate),
                            QString::fromUtf8(fields[2]));
    }
    return core::BusinessCalendar(holidays);
}

} // namespace

TEST(ApplicationTiming, JapanDateDecidesTheWindow)
{
    // 23:30 JST on the closing day is 14:30 UTC: in time. 00:30 JST the next day is late.
    const QDateTime lastEvening(QDate(2018, 6, 8), QTime(14, 30), Qt::UTC);
    const QDateTime nextNight(QDate(2018, 6, 8), QTime(15, 30), Qt::UTC);
    EXPECT_EQ(core::ApplicationTiming::japanDate(lastEvening), QDate(2018, 6, 8));
    EXPECT_EQ(core::ApplicationTiming::japanDate(nextNight), QDate(2018, 6, 9));
    const QDate start(2018, 5, 14);
    const QDate end(2018, 6, 8);
    using core::WindowPosition;
    EXPECT_EQ(core::ApplicationTiming::windowPosition(QDate(2018, 6, 8), start, end),
              WindowPosition::InWindow);
    EXPECT_EQ(core::ApplicationTiming::windowPosition(QDate(2018, 6, 9), start, end),
              WindowPosition::Late);
    EXPECT_EQ(core::ApplicationTiming::windowPosition(QDate(2018, 5, 13), start, end),
              WindowPosition::Early);
    EXPECT_EQ(core::ApplicationTiming::windowPosition(start, start, end), WindowPosition::InWindow);
}

TEST(ApplicationTiming, ConfirmationDueTwoBusinessDaysLater)
{
    const core::BusinessCalendar calendar = shippedCalendar();
    // Wednesday -> Friday.
    EXPECT_EQ(core::ApplicationTiming::confirmationDue(QDate(2018, 5, 16), calendar),
              QDate(2018, 5, 18));
    // Friday -> Tuesday over the weekend.
    EXPECT_EQ(core::ApplicationTiming::confirmationDue(QDate(2018, 5, 18), calendar),
              QDate(2018, 5, 22));
    // Saturday -> Tuesday.
    EXPECT_EQ(core::ApplicationTiming::confirmationDue(QDate(2018, 5, 19), calendar),
              QDate(2018, 5, 22));
    // Golden Week 2019: Friday 26 April -> Wednesday 8 May.
    EXPECT_EQ(core::ApplicationTiming::confirmationDue(QDate(2019, 4, 26), calendar),
              QDate(2019, 5, 8));
    // New Year: Friday 28 December 2018 -> Monday 7 January 2019.
    EXPECT_EQ(core::ApplicationTiming::confirmationDue(QDate(2018, 12, 28), calendar),
              QDate(2019, 1, 7));
}

TEST(ApplicationTiming, ConfirmationStates)
{
    using core::ConfirmationState;
    const QDate due(2018, 5, 22);
    EXPECT_EQ(core::ApplicationTiming::confirmationState(due, std::nullopt, QDate(2018, 5, 21)),
              ConfirmationState::Pending);
    EXPECT_EQ(core::ApplicationTiming::confirmationState(due, std::nullopt, due),
              ConfirmationState::DueToday);
    EXPECT_EQ(core::ApplicationTiming::confirmationState(due, std::nullopt, QDate(2018, 5, 23)),
              ConfirmationState::Overdue);
    EXPECT_EQ(
        core::ApplicationTiming::confirmationState(due, QDate(2018, 5, 21), QDate(2018, 6, 1)),
        ConfirmationState::Sent);
    EXPECT_EQ(
        core::ApplicationTiming::confirmationState(due, QDate(2018, 5, 23), QDate(2018, 6, 1)),
        ConfirmationState::SentLate);
}

TEST(ApplicationTiming, MailLimit)
{
    EXPECT_FALSE(core::ApplicationTiming::exceedsMailLimit(10'000'000));
    EXPECT_TRUE(core::ApplicationTiming::exceedsMailLimit(10'000'001));
}
