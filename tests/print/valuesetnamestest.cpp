// The Japanese names the fixed value sets keep for files and prints read in Japan are the ones
// the window shows in Japanese: one wording, whichever way a name reaches the user.
#include "core/applications/application.h"
#include "core/consultations/consultation.h"
#include "core/meetings/meeting.h"
#include "core/municipalities/localgovernment.h"
#include "core/programs/program.h"
#include "core/reports/monthlyreport.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/serverroles.h"
#include "ui/widgets/translations.h"

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

template <typename E> void expectTheJapaneseShown()
{
    for (const E value : core::allValues<E>()) {
        EXPECT_EQ(core::shownName(value), core::japaneseName(value))
            << core::storedName(value).toStdString();
        EXPECT_NE(core::shownName(value), core::englishName(value))
            << core::storedName(value).toStdString();
    }
}

} // namespace

TEST(ValueSetNames, TheJapaneseOfFilesIsTheJapaneseOfTheWindow)
{
    ui::Translations translations;
    translations.apply(core::Language::English);
    EXPECT_EQ(core::shownName(core::Channel::Visit), u"On-site visit");
    EXPECT_EQ(core::japaneseName(core::Channel::Visit), u"訪問");

    translations.apply(core::Language::Japanese);
    expectTheJapaneseShown<core::Channel>();
    expectTheJapaneseShown<core::Direction>();
    expectTheJapaneseShown<core::ContactKind>();
    expectTheJapaneseShown<core::Decision>();
    expectTheJapaneseShown<core::ReportChannel>();
    expectTheJapaneseShown<core::MeetingKind>();
    expectTheJapaneseShown<core::PartnerKind>();
    expectTheJapaneseShown<core::FrameworkKind>();
    expectTheJapaneseShown<core::FrameworkState>();
    expectTheJapaneseShown<core::ReviewerAffiliation>();
    expectTheJapaneseShown<core::RequestKind>();
    expectTheJapaneseShown<core::RequestStatus>();
    expectTheJapaneseShown<core::AttendanceState>();
    expectTheJapaneseShown<core::ServerRole>();
    EXPECT_EQ(core::englishName(core::Channel::Visit), u"On-site visit") << "for English prints";
    translations.apply(core::Language::English);
}

TEST(ValueSetNames, ALocalGovernmentsKindIsNamedAsTheListShowsIt)
{
    ui::Translations translations;
    translations.apply(core::Language::Japanese);
    expectTheJapaneseShown<core::LocalGovernmentKind>();
    translations.apply(core::Language::English);
    EXPECT_EQ(core::shownName(core::LocalGovernmentKind::DesignatedCity), u"Designated city");
}
