// The fixed value sets: each name is stored as the schema spells it, read back as the same value,
// shown translated, and a name or a number outside the set is refused, never stored.
#include "core/foundation/valueset.h"

#include "core/applications/application.h"
#include "core/consultations/consultation.h"
#include "core/meetings/meeting.h"
#include "core/municipalities/localgovernment.h"
#include "core/programs/program.h"
#include "core/reports/monthlyreport.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/serverroles.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

// The names a column's CHECK constraint allows, as the migrations wrote it.
QStringList allowedByTheSchema(const core::Database &db, const QString &table,
                               const QString &column)
{
    QStringList names;
    if (db.engine() == core::Engine::PostgreSQL) {
        // CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text]))), as the server spells it.
        const QString sql = u"SELECT string_agg(pg_get_constraintdef(oid), ' ') FROM "
                            "pg_constraint WHERE contype = 'c' AND conrelid = CAST(? AS "
                            "regclass) AND pg_get_constraintdef(oid) LIKE ?"_s;
        const QString definition =
            test::scalar(db, sql, QVariantList{table, QString(u"%("_s + column + u" = ANY%"_s)})
                .toString();
        const QRegularExpression check(u"\\(%1 = ANY \\(ARRAY\\[([^\\]]*)\\]"_s.arg(column));
        const QRegularExpressionMatch match = check.match(definition);
        EXPECT_TRUE(match.hasMatch()) << table.toStdString() << '.' << column.toStdString();
        for (const QString &item : match.captured(1).split(u',')) {
            const QString quoted = item.trimmed().section(u"::"_s, 0, 0);
            names.append(quoted.mid(1, quoted.size() - 2));
        }
        return names;
    }
    const QString sql =
        test::scalar(db, u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s,
                     {table})
            .toString();
    const QRegularExpression check(u"CHECK \\(%1 IN \\(([^)]*)\\)\\)"_s.arg(column));
    const QRegularExpressionMatch match = check.match(sql);
    EXPECT_TRUE(match.hasMatch()) << table.toStdString() << '.' << column.toStdString();
    for (const QString &quoted : match.captured(1).split(u',')) {
        QString name = quoted.trimmed();
        names.append(name.mid(1, name.size() - 2));
    }
    return names;
}

template <typename E> void expectRoundTrip()
{
    for (const E value : core::allValues<E>()) {
        EXPECT_TRUE(core::isKnown(value));
        EXPECT_EQ(core::fromStored<E>(core::storedName(value)), value)
            << core::storedName(value).toStdString();
        EXPECT_FALSE(core::shownName(value).isEmpty());
        EXPECT_FALSE(core::japaneseName(value).isEmpty());
        EXPECT_FALSE(core::shownName(value).startsWith(u'#')) << "every value has its row";
    }
    const auto outside = static_cast<E>(99);
    EXPECT_FALSE(core::isKnown(outside));
    EXPECT_TRUE(core::storedName(outside).isEmpty()) << "nothing to store";
    EXPECT_EQ(core::shownName(outside), u"#99") << "shown as what it is, not as a real value";
    EXPECT_FALSE(core::fromStored<E>(u"pigeon"));
}

} // namespace

TEST(ValueSet, EveryValueReadsBackAsItselfAndNothingElseIsOne)
{
    expectRoundTrip<core::Channel>();
    expectRoundTrip<core::Direction>();
    expectRoundTrip<core::ContactKind>();
    expectRoundTrip<core::Decision>();
    expectRoundTrip<core::ReportChannel>();
    expectRoundTrip<core::MeetingKind>();
    expectRoundTrip<core::PartnerKind>();
    expectRoundTrip<core::FrameworkKind>();
    expectRoundTrip<core::FrameworkState>();
    expectRoundTrip<core::ReviewerAffiliation>();
    expectRoundTrip<core::RequestKind>();
    expectRoundTrip<core::RequestStatus>();
    expectRoundTrip<core::AttendanceState>();
    expectRoundTrip<core::ServerRole>();
}

TEST(ValueSet, TheStoredNamesAreTheOnesTheSchemaAllows)
{
    test::TempDatabase temp;
    const auto &db = temp.db();
    EXPECT_EQ(core::valueSet<core::Channel>().storedNames(),
              allowedByTheSchema(db, u"consultations"_s, u"channel"_s));
    EXPECT_EQ(core::valueSet<core::Direction>().storedNames(),
              allowedByTheSchema(db, u"consultations"_s, u"direction"_s));
    EXPECT_EQ(core::valueSet<core::ContactKind>().storedNames(),
              allowedByTheSchema(db, u"contacts"_s, u"kind"_s));
    EXPECT_EQ(core::valueSet<core::Decision>().storedNames(),
              allowedByTheSchema(db, u"applications"_s, u"decision"_s));
    EXPECT_EQ(core::valueSet<core::ReportChannel>().storedNames(),
              allowedByTheSchema(db, u"monthly_reports"_s, u"channel"_s));
    EXPECT_EQ(core::valueSet<core::MeetingKind>().storedNames(),
              allowedByTheSchema(db, u"program_meetings"_s, u"kind"_s));
    EXPECT_EQ(core::valueSet<core::PartnerKind>().storedNames(),
              allowedByTheSchema(db, u"application_partners"_s, u"kind"_s));
    EXPECT_EQ(core::valueSet<core::FrameworkKind>().storedNames(),
              allowedByTheSchema(db, u"application_frameworks"_s, u"kind"_s));
    EXPECT_EQ(core::valueSet<core::FrameworkState>().storedNames(),
              allowedByTheSchema(db, u"application_frameworks"_s, u"state"_s));
    EXPECT_EQ(core::valueSet<core::ReviewerAffiliation>().storedNames(),
              allowedByTheSchema(db, u"reviewers"_s, u"affiliation"_s));
    EXPECT_EQ(core::valueSet<core::RequestKind>().storedNames(),
              allowedByTheSchema(db, u"application_requests"_s, u"kind"_s));
    EXPECT_EQ(core::valueSet<core::RequestStatus>().storedNames(),
              allowedByTheSchema(db, u"application_requests"_s, u"status"_s));
    EXPECT_EQ(core::valueSet<core::AttendanceState>().storedNames(),
              allowedByTheSchema(db, u"attendance"_s, u"state"_s));
}

TEST(ValueSet, AValueThatIsNotDecidedIsStoredAsNull)
{
    EXPECT_TRUE(core::storedValue(core::Decision::None).isNull());
    EXPECT_EQ(core::fromStored<core::Decision>(QString()), core::Decision::None)
        << "a NULL column reads as an empty string";
    EXPECT_EQ(core::storedValue(core::Decision::Selected).toString(), u"selected");
    EXPECT_FALSE(core::valueSet<core::Decision>().storedNames().contains(QString()))
        << "nobody types an empty name";
}

TEST(ValueSet, ANameTheFileShouldNotHoldReadsAsTheFallback)
{
    EXPECT_EQ(core::readStored(QVariant(u"pigeon"_s), core::Channel::Other), core::Channel::Other);
    EXPECT_EQ(core::readStored(QVariant(u"visit"_s), core::Channel::Other), core::Channel::Visit);
}

TEST(ValueSet, ALocalGovernmentsKindIsOneOfTheSchemasAndSortsByRank)
{
    expectRoundTrip<core::LocalGovernmentKind>();
    test::TempDatabase temp;
    // The set is in administrative rank, the schema in the order the master data lists them.
    QStringList stored = core::valueSet<core::LocalGovernmentKind>().storedNames();
    QStringList allowed = allowedByTheSchema(temp.db(), u"local_governments"_s, u"kind"_s);
    stored.sort();
    allowed.sort();
    EXPECT_EQ(stored, allowed);
    const QList<core::LocalGovernmentKind> kinds = core::allValues<core::LocalGovernmentKind>();
    EXPECT_TRUE(std::is_sorted(kinds.begin(), kinds.end())) << "a sort by kind is by rank";
    EXPECT_EQ(kinds.first(), core::LocalGovernmentKind::Prefecture);
}
