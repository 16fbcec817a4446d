#include "core/programs/businesscalendar.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using iotdesk::core::BusinessCalendar;
using iotdesk::core::ErrorCode;

namespace {

// The shipped data, so the tests also catch a wrong or missing year in it.
QHash<QDate, QString> shippedHolidays()
{
    QHash<QDate, QString> holidays;
    QFile file(QString::fromUtf8(IOTDESK_SOURCE_DIR) + u"/resources/data/holidays_jp.csv"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        ADD_FAILURE() << "cannot open " << qPrintable(file.fileName());
        return holidays;
    }
    QTextStream in(&file);
    in.readLine(); // header: date,week,name,name_en
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList fields = line.split(u',');
        const QDate date = QDate::fromString(fields.value(0), Qt::ISODate);
        if (fields.size() != 4 || !date.isValid()) {
            ADD_FAILURE() << "bad line: " << qPrintable(line);
            continue;
        }
        holidays.insert(date, fields.at(2));
    }
    return holidays;
}

const BusinessCalendar &shippedCalendar()
{
    static const BusinessCalendar calendar(shippedHolidays());
    return calendar;
}

// An in-memory database whose connection is removed once every handle to it has gone.
class MemoryDatabase
{
public:
    MemoryDatabase()
        : m_name(u"businesscalendartest-"_s + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(u":memory:"_s);
        m_open = db.open();
    }
    ~MemoryDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

    bool insertHoliday(const QString &date, const QString &nameJa, const QString &nameEn) const
    {
        QSqlQuery q(db());
        if (!q.prepare(u"INSERT INTO holidays (date, name_ja, name_en) VALUES (?, ?, ?)"_s)) {
            return false;
        }
        q.addBindValue(date);
        q.addBindValue(nameJa);
        q.addBindValue(nameEn);
        return q.exec();
    }

private:
    QString m_name;
    bool m_open = false;
};

const QString createHolidays = u"CREATE TABLE holidays (date TEXT PRIMARY KEY, "
                               u"name_ja TEXT NOT NULL, name_en TEXT NOT NULL)"_s;

} // namespace

TEST(BusinessCalendar, ShippedDataCoversWholeYears)
{
    const BusinessCalendar &calendar = shippedCalendar();
    EXPECT_EQ(calendar.firstCoveredDate(), QDate(2018, 1, 1));
    EXPECT_EQ(calendar.lastCoveredDate(), QDate(2030, 12, 31));
    EXPECT_FALSE(calendar.covers(QDate(2017, 12, 31)));
    EXPECT_TRUE(calendar.covers(QDate(2018, 1, 1)));
    EXPECT_TRUE(calendar.covers(QDate(2024, 6, 1)));
    EXPECT_TRUE(calendar.covers(QDate(2030, 12, 31)));
    EXPECT_FALSE(calendar.covers(QDate(2031, 1, 1)));
    EXPECT_FALSE(calendar.covers(QDate()));
}

TEST(BusinessCalendar, EmptyCalendarCoversNothing)
{
    const BusinessCalendar calendar;
    EXPECT_FALSE(calendar.firstCoveredDate().isValid());
    EXPECT_FALSE(calendar.lastCoveredDate().isValid());
    EXPECT_FALSE(calendar.covers(QDate(2019, 1, 1)));
    // Weekends and the year-end closure still count without holiday data.
    EXPECT_TRUE(calendar.isBusinessDay(QDate(2019, 5, 1)));
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2019, 5, 4)));
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2019, 1, 2)));
}

TEST(BusinessCalendar, HolidayNames)
{
    const BusinessCalendar &calendar = shippedCalendar();
    EXPECT_EQ(calendar.holidayName(QDate(2019, 1, 1)), u"元日"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2019, 5, 1)), u"休日（祝日扱い）"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2019, 5, 6)), u"こどもの日 振替休日"_s);
    EXPECT_TRUE(calendar.holidayName(QDate(2019, 5, 7)).isEmpty());
    EXPECT_TRUE(calendar.holidayName(QDate()).isEmpty());
}

TEST(BusinessCalendar, SubstituteHoliday)
{
    const BusinessCalendar &calendar = shippedCalendar();
    // Children's Day 2019 fell on a Sunday, so Monday May 6 was off.
    EXPECT_TRUE(calendar.isHoliday(QDate(2019, 5, 6)));
    EXPECT_EQ(QDate(2019, 5, 6).dayOfWeek(), Qt::Monday);
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2019, 5, 6)));
    EXPECT_TRUE(calendar.isBusinessDay(QDate(2019, 5, 7)));
}

TEST(BusinessCalendar, YearEndClosure)
{
    for (const QDate date : {QDate(2019, 12, 29), QDate(2019, 12, 30), QDate(2019, 12, 31),
                             QDate(2020, 1, 1), QDate(2020, 1, 2), QDate(2020, 1, 3)}) {
        EXPECT_TRUE(BusinessCalendar::isYearEndClosure(date)) << qPrintable(date.toString());
    }
    EXPECT_FALSE(BusinessCalendar::isYearEndClosure(QDate(2019, 12, 28)));
    EXPECT_FALSE(BusinessCalendar::isYearEndClosure(QDate(2020, 1, 4)));
    EXPECT_FALSE(BusinessCalendar::isYearEndClosure(QDate()));
    // 2020-01-02 and 2020-01-03 are weekdays and no national holiday, yet closed.
    EXPECT_FALSE(shippedCalendar().isBusinessDay(QDate(2020, 1, 2)));
    EXPECT_FALSE(shippedCalendar().isBusinessDay(QDate(2020, 1, 3)));
}

TEST(BusinessCalendar, GoldenWeek2019)
{
    const BusinessCalendar &calendar = shippedCalendar();
    // The ten days from Saturday 2019-04-27 to Monday 2019-05-06 were all off.
    for (QDate date(2019, 4, 27); date <= QDate(2019, 5, 6); date = date.addDays(1)) {
        EXPECT_FALSE(calendar.isBusinessDay(date)) << qPrintable(date.toString(Qt::ISODate));
    }
    const QDate friday(2019, 4, 26);
    EXPECT_TRUE(calendar.isBusinessDay(friday));
    EXPECT_EQ(calendar.addBusinessDays(friday, 1), QDate(2019, 5, 7));
    EXPECT_EQ(calendar.addBusinessDays(friday, 2), QDate(2019, 5, 8));
    EXPECT_EQ(calendar.nextBusinessDayFrom(QDate(2019, 4, 27)), QDate(2019, 5, 7));
    EXPECT_EQ(calendar.businessDaysBetween(friday, QDate(2019, 5, 8)), 2);
}

TEST(BusinessCalendar, GoldenWeek2018)
{
    const BusinessCalendar &calendar = shippedCalendar();
    // Monday 2018-04-30 was the substitute for Showa Day; May 1 and 2 were working days.
    const QDate friday(2018, 4, 27);
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2018, 4, 30)));
    EXPECT_EQ(calendar.addBusinessDays(friday, 1), QDate(2018, 5, 1));
    EXPECT_EQ(calendar.addBusinessDays(friday, 2), QDate(2018, 5, 2));
    EXPECT_EQ(calendar.addBusinessDays(friday, 3), QDate(2018, 5, 7));
    EXPECT_EQ(calendar.nextBusinessDayFrom(QDate(2018, 5, 3)), QDate(2018, 5, 7));
    EXPECT_EQ(calendar.businessDaysBetween(friday, QDate(2018, 5, 7)), 3);
}

TEST(BusinessCalendar, NewYear)
{
    const BusinessCalendar &calendar = shippedCalendar();
    const QDate lastDay2018(2018, 12, 28); // Friday
    EXPECT_EQ(calendar.addBusinessDays(lastDay2018, 1), QDate(2019, 1, 4));
    EXPECT_EQ(calendar.addBusinessDays(lastDay2018, 2), QDate(2019, 1, 7));
    EXPECT_EQ(calendar.businessDaysBetween(lastDay2018, QDate(2019, 1, 7)), 2);

    // Offices reopened on Monday 2020-01-06, the first weekday after the closure.
    const QDate lastDay2019(2019, 12, 27); // Friday
    EXPECT_EQ(calendar.addBusinessDays(lastDay2019, 1), QDate(2020, 1, 6));
    EXPECT_EQ(calendar.addBusinessDays(lastDay2019, 2), QDate(2020, 1, 7));
    EXPECT_EQ(calendar.nextBusinessDayFrom(QDate(2019, 12, 28)), QDate(2020, 1, 6));
}

TEST(BusinessCalendar, AddBusinessDaysEdgeCases)
{
    const BusinessCalendar &calendar = shippedCalendar();
    const QDate monday(2018, 5, 14);
    EXPECT_EQ(calendar.addBusinessDays(monday, 0), monday);
    EXPECT_EQ(calendar.addBusinessDays(monday, -3), monday);
    EXPECT_EQ(calendar.addBusinessDays(monday, 5), QDate(2018, 5, 21));
    EXPECT_EQ(calendar.addBusinessDays(QDate(2018, 5, 19), 0), QDate(2018, 5, 21));
    EXPECT_EQ(calendar.nextBusinessDayFrom(monday), monday);
    EXPECT_FALSE(calendar.addBusinessDays(QDate(), 1).isValid());
    EXPECT_FALSE(calendar.nextBusinessDayFrom(QDate()).isValid());
}

TEST(BusinessCalendar, BusinessDaysBetween)
{
    const BusinessCalendar &calendar = shippedCalendar();
    const QDate monday(2018, 5, 14);
    EXPECT_EQ(calendar.businessDaysBetween(monday, monday), 0);
    EXPECT_EQ(calendar.businessDaysBetween(monday, QDate(2018, 5, 13)), 0);
    EXPECT_EQ(calendar.businessDaysBetween(monday, QDate(2018, 5, 21)), 5);
    // Saturday to Monday: only the Monday counts.
    EXPECT_EQ(calendar.businessDaysBetween(QDate(2018, 5, 12), monday), 1);
    // Whole April 2019: 22 weekdays, of which April 29 and 30 were holidays.
    EXPECT_EQ(calendar.businessDaysBetween(QDate(2019, 3, 31), QDate(2019, 4, 30)), 20);
    EXPECT_EQ(calendar.businessDaysBetween(QDate(), monday), 0);
}

TEST(BusinessCalendar, LoadsFromDatabase)
{
    const MemoryDatabase database;
    ASSERT_TRUE(database.isOpen());
    ASSERT_TRUE(database.exec(createHolidays));
    ASSERT_TRUE(database.insertHoliday(u"2019-05-01"_s, u"休日（祝日扱い）"_s, u"Holiday"_s));
    ASSERT_TRUE(
        database.insertHoliday(u"2019-05-06"_s, u"こどもの日 振替休日"_s, u"Holiday in lieu"_s));

    const auto calendar = BusinessCalendar::load(database.db());
    ASSERT_TRUE(calendar.ok()) << qPrintable(calendar.message());
    EXPECT_TRUE(calendar->isHoliday(QDate(2019, 5, 1)));
    EXPECT_EQ(calendar->holidayName(QDate(2019, 5, 6)), u"こどもの日 振替休日"_s);
    EXPECT_FALSE(calendar->isHoliday(QDate(2019, 5, 2)));
    EXPECT_EQ(calendar->firstCoveredDate(), QDate(2019, 1, 1));
    EXPECT_EQ(calendar->lastCoveredDate(), QDate(2019, 12, 31));
    EXPECT_EQ(calendar->addBusinessDays(QDate(2019, 4, 30), 1), QDate(2019, 5, 2));
}

TEST(BusinessCalendar, LoadFailsWithoutTable)
{
    const MemoryDatabase database;
    ASSERT_TRUE(database.isOpen());

    const auto calendar = BusinessCalendar::load(database.db());
    ASSERT_FALSE(calendar.ok());
    EXPECT_EQ(calendar.error().code(), ErrorCode::Failed);
    EXPECT_TRUE(calendar.message().startsWith(u"Could not read the holidays: "_s))
        << qPrintable(calendar.message());
    EXPECT_TRUE(calendar.message().contains(u"no such table"_s));
}

TEST(BusinessCalendar, LoadRejectsInvalidDate)
{
    const MemoryDatabase database;
    ASSERT_TRUE(database.isOpen());
    ASSERT_TRUE(database.exec(createHolidays));
    ASSERT_TRUE(database.insertHoliday(u"2019/05/01"_s, u"休日"_s, u"Holiday"_s));

    const auto calendar = BusinessCalendar::load(database.db());
    ASSERT_FALSE(calendar.ok());
    EXPECT_EQ(calendar.error().code(), ErrorCode::Damaged);
    EXPECT_TRUE(calendar.message().contains(u"2019/05/01"_s)) << qPrintable(calendar.message());
}
