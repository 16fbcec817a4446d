// Data that tests of a page and tests of the whole window both start from: the page's test
// checks what the page does with it, the window's test how the window shows it.
#pragma once

#include "core/applications/applicationrepository.h"
#include "core/consultations/consultationrepository.h"
#include "core/programs/programrepository.h"
#include "core/selection/reviewrepository.h"
#include "core/storage/database.h"

#include <QList>
#include <QStringList>

#include <gtest/gtest.h>

namespace iotdesk::test {

// The lead applicants of twenty applications, one from each part of Japan, in the order
// received.
inline const QStringList &twentyLeadCodes()
{
    using namespace Qt::StringLiterals;
    static const QStringList codes = {
        u"012025"_s, u"022012"_s, u"041009"_s, u"072028"_s, u"102016"_s, u"132063"_s, u"202029"_s,
        u"162019"_s, u"172014"_s, u"212016"_s, u"232114"_s, u"262021"_s, u"282014"_s, u"332020"_s,
        u"322016"_s, u"372013"_s, u"382027"_s, u"401005"_s, u"422029"_s, u"472018"_s};
    return codes;
}

// Twenty eligible applications to the sample program, each scored by three reviewers.
inline void addTwentyScoredApplications(const core::Database &db)
{
    using namespace Qt::StringLiterals;
    core::ApplicationRepository applications(db);
    core::ReviewRepository reviews(db);
    const QStringList &codes = twentyLeadCodes();
    QList<qint64> reviewers;
    for (const QString &name : {u"総務 花子"_s, u"関東 一郎"_s, u"支援 次郎"_s})
        reviewers
            << reviews.addReviewer({0, 1, name, core::ReviewerAffiliation::Mic, 0, true}).value();
    for (int i = 0; i < codes.size(); ++i) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 15).addDays(i), QTime(1, 0), Qt::UTC);
        a.members = {{codes[i], true}};
        a.answers.reportsMonthly = a.answers.hostsWorkshop2 = a.answers.attendsCentralMeetings =
            true;
        for (auto &used : a.answers.usedPriorProgram)
            used = false;
        a.answers.hasComprehensiveAgreement = false;
        const auto created = applications.create(a);
        ASSERT_TRUE(created) << created.message().toStdString();
        const qint64 id = created.value();
        for (int r = 0; r < reviewers.size(); ++r) {
            const int base = (i * 7 + r * 3) % 5 + 1;
            ASSERT_TRUE(reviews.setScore(
                {id, reviewers[r], base, (base + i) % 5 + 1, (base + r + i / 2) % 5 + 1, {}}));
        }
    }
}

// The program of fiscal year 2026 (made year by year from the sample FY2018) with Fuchu
// selected, its reports due monthly; `program` is set to its id.
inline void addFuchuSelectedInFiscal2026(const core::Database &db, qint64 *program)
{
    using namespace Qt::StringLiterals;
    core::ProgramRepository programs(db);
    *program = 1;
    for (int year = 2019; year <= 2026; ++year)
        *program = programs.createNextFiscalYear(*program).value();
    core::ApplicationRepository applications(db);
    core::Application a;
    a.programId = *program;
    a.receivedAt = QDateTime(QDate(2026, 5, 20), QTime(1, 0), Qt::UTC);
    a.members = {{u"132063"_s, true}};
    a.contacts = {{u"山田 太郎"_s, u"企画課"_s, {}, {}, u"yamada@city.fuchu.example.jp"_s}};
    a.decision = core::Decision::Selected;
    a.overrideReason = u"テスト"_s;
    a.decidedAt = QDateTime(QDate(2026, 6, 29), QTime(6, 0), Qt::UTC);
    ASSERT_TRUE(applications.create(a));
}

// Two applications to the sample program (府中市 selected, 高知市 undecided) and one e-mail
// from 府中市 in August 2018: what the dashboard's charts are checked against.
inline void addDashboardSample(const core::Database &db)
{
    using namespace Qt::StringLiterals;
    core::ApplicationRepository applications(db);
    for (const QString &code : {u"132063"_s, u"392014"_s}) {
        core::Application a;
        a.programId = 1;
        a.receivedAt = QDateTime(QDate(2018, 5, 21), QTime(1, 0), Qt::UTC);
        a.members = {{code, true}};
        a.decision = code == u"132063" ? core::Decision::Selected : core::Decision::None;
        a.overrideReason = a.decision == core::Decision::None ? QString() : u"テスト"_s;
        a.decidedAt = QDateTime(QDate(2018, 6, 29), QTime(6, 0), Qt::UTC);
        ASSERT_TRUE(applications.create(a));
    }
    core::Consultation call;
    call.occurredAt = QDateTime(QDate(2018, 8, 10), QTime(1, 0), Qt::UTC);
    call.lgCode6 = u"132063"_s;
    call.channel = core::Channel::Email;
    call.direction = core::Direction::Incoming;
    ASSERT_TRUE(core::ConsultationRepository(db).create(call));
}

} // namespace iotdesk::test
