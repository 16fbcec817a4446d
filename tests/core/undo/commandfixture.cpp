#include "commandfixture.h"

#include "core/applications/applicationrepository.h"

using namespace Qt::StringLiterals;

namespace iotdesk::test {

qint64 CommandTest::application(const QString &lead, core::Decision decision)
{
    core::Application a;
    a.programId = kProgram;
    a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
    a.members = {{lead, true}};
    a.contacts = {{u"山田 太郎"_s, u"企画課"_s, {}, {}, {}}};
    a.answers.reportsMonthly = true;
    a.answers.attendsCentralMeetings = true;
    a.answers.hostsWorkshop2 = true;
    a.answers.hasComprehensiveAgreement = false;
    for (auto &used : a.answers.usedPriorProgram)
        used = false;
    a.decision = decision;
    a.overrideReason = decision == core::Decision::Selected ? u"テスト"_s : QString();
    if (decision != core::Decision::None)
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
    const auto id = core::ApplicationRepository(temp.db()).create(a);
    EXPECT_TRUE(id) << id.message().toStdString();
    return id ? *id : 0;
}

qint64 CommandTest::person(const QString &name, const QString &code6)
{
    core::Contact c;
    c.kind = code6.isEmpty() ? core::ContactKind::Consultant : core::ContactKind::Municipal;
    c.name = name;
    c.lgCode6 = code6;
    const auto id = core::ContactRepository(temp.db()).add(c);
    EXPECT_TRUE(id) << id.message().toStdString();
    return id ? *id : 0;
}

} // namespace iotdesk::test
