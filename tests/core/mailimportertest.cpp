// Saved mails into the log: matched to a known contact or by a known domain, or left for the
// user to name the local government; duplicates refused; nothing stored while one waits.
#include "core/documents/mailimporter.h"

#include "core/consultations/consultationrepository.h"
#include "core/municipalities/contactrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

QStringList fixtures(const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names)
        paths << test::sourcePath(u"tests/fixtures/mail/"_s + name);
    return paths;
}

} // namespace

TEST(MailImporter, MatchesPeopleAndDomainsAndRefusesDuplicates)
{
    test::TempDatabase temp;
    core::ContactRepository contacts(temp.db());
    const qint64 yamada = contacts
                              .add({0,
                                    core::ContactKind::Municipal,
                                    u"山田 太郎"_s,
                                    {},
                                    u"132063"_s,
                                    {},
                                    {},
                                    u"yamada@city.fuchu.example"_s,
                                    {},
                                    true,
                                    {}})
                              .value();
    const qint64 support = contacts
                               .add({0,
                                     core::ContactKind::Consultant,
                                     u"支援 次郎"_s,
                                     {},
                                     {},
                                     {},
                                     {},
                                     u"support@iot-desk.example"_s,
                                     {},
                                     true,
                                     {}})
                               .value();
    ASSERT_TRUE(contacts.add({0,
                              core::ContactKind::Municipal,
                              u"企画課"_s,
                              {},
                              u"394050"_s,
                              {},
                              {},
                              u"soumu@town.yusuhara.example"_s,
                              {},
                              true,
                              {}}));

    core::MailImporter importer(temp.db());
    auto items = importer.read(
        fixtures({u"iso-2022-jp.eml"_s, u"shift_jis-qp.eml"_s, u"utf-8-multipart.eml"_s,
                  u"html-only.eml"_s, u"malformed.eml"_s, u"iso-2022-jp.eml"_s}));
    ASSERT_EQ(items.size(), 6);
    // From a known person: the government, the counterpart and the consultant it went to.
    EXPECT_EQ(items[0].matchedBy, u"contact");
    EXPECT_EQ(items[0].consultation.lgCode6, u"132063");
    EXPECT_EQ(items[0].consultation.counterpartId, yamada);
    EXPECT_EQ(items[0].consultation.consultantId, support);
    EXPECT_EQ(items[0].consultation.direction, core::Direction::Incoming);
    EXPECT_EQ(items[0].consultation.summary, u"予算要求の時期について");
    EXPECT_EQ(items[0].consultation.occurredAt,
              QDateTime(QDate(2018, 7, 2), QTime(0, 30), Qt::UTC));
    // A partner's mail copied to the government's known person.
    EXPECT_EQ(items[1].consultation.lgCode6, u"132063");
    // By the domain a known contact uses.
    EXPECT_EQ(items[2].matchedBy, u"domain");
    EXPECT_EQ(items[2].consultation.lgCode6, u"394050");
    EXPECT_EQ(items[2].consultation.counterpartId, 0);
    // Nothing known: the user is asked.
    EXPECT_TRUE(items[3].needsGovernment());
    EXPECT_FALSE(items[4].problem.isEmpty()); // not a mail
    EXPECT_TRUE(items[5].duplicate);          // the first again in the same batch

    // While one waits for its government, nothing is stored.
    const auto waiting = importer.store(items);
    ASSERT_FALSE(waiting);
    EXPECT_TRUE(waiting.message().contains(u"html-only.eml"_s)) << waiting.message().toStdString();
    core::ConsultationRepository consultations(temp.db());
    EXPECT_EQ(consultations.count().value(), 0);

    items[3].consultation.lgCode6 = u"012025"_s;
    const auto stored = importer.store(items);
    ASSERT_TRUE(stored) << stored.message().toStdString();
    EXPECT_EQ(stored->size(), 4);
    const core::Consultation first = consultations.consultation(stored->front()).value();
    EXPECT_EQ(first.channel, core::Channel::Email);
    EXPECT_TRUE(first.mailBody.contains(u"ご相談させてください"_s));
    EXPECT_EQ(first.mailFrom, u"山田 太郎 <yamada@city.fuchu.example>");

    // A second import of the same files: every mail is a duplicate.
    const auto again = importer.read(fixtures({u"iso-2022-jp.eml"_s, u"utf-8-multipart.eml"_s}));
    EXPECT_TRUE(again[0].duplicate && again[1].duplicate);
    EXPECT_TRUE(importer.store(again)->isEmpty());
    EXPECT_EQ(consultations.count().value(), 4);
}

// The first mail of a municipality nobody knows yet: its domain spells its name. Where it
// spells two (江差町 and 枝幸町), both are named to the user and nothing is guessed.
TEST(MailImporter, NewMunicipalityRecognisedFromItsDomain)
{
    test::TempDatabase temp;
    core::MailImporter importer(temp.db());
    auto items =
        importer.read(fixtures({u"application-iso-2022-jp.eml"_s, u"application-shift_jis.eml"_s}));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].matchedBy, u"domain");
    EXPECT_EQ(items[0].consultation.lgCode6, u"012297");
    EXPECT_EQ(items[0].consultation.counterpartId, 0);
    EXPECT_TRUE(items[1].needsGovernment());
    ASSERT_EQ(items[1].candidates.size(), 2);

    const auto waiting = importer.store(items);
    ASSERT_FALSE(waiting);
    EXPECT_TRUE(waiting.message().contains(u"北海道檜山郡江差町 013617"_s))
        << waiting.message().toStdString();
    EXPECT_TRUE(waiting.message().contains(u"北海道枝幸郡枝幸町 015148"_s));
    items[1].consultation.lgCode6 = u"015148"_s;
    const auto stored = importer.store(items);
    ASSERT_TRUE(stored) << stored.message().toStdString();
    EXPECT_EQ(stored->size(), 2);
}

TEST(MailImporter, APublicMailServiceSaysNothingOfTheGovernment)
{
    test::TempDatabase temp;
    // One counterpart of Fuchu writes from Gmail …
    ASSERT_TRUE(core::ContactRepository(temp.db()).add({0,
                                                        core::ContactKind::Municipal,
                                                        u"山田 太郎"_s,
                                                        {},
                                                        u"132063"_s,
                                                        {},
                                                        {},
                                                        u"yamada.fuchu@gmail.com"_s,
                                                        {},
                                                        true,
                                                        {}}));
    // … which says nothing of the next Gmail sender.
    const QString path = temp.folder() + u"/gmail.eml"_s;
    {
        QFile mail(path);
        ASSERT_TRUE(mail.open(QIODevice::WriteOnly));
        mail.write("From: someone.else@gmail.com\r\nTo: desk@example.jp\r\n"
                   "Subject: question\r\nDate: Mon, 2 Jul 2018 09:30:00 +0900\r\n"
                   "Message-ID: <public-service@example>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n");
    }
    const auto items = core::MailImporter(temp.db()).read({path});
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(items[0].needsGovernment()) << items[0].matchedBy.toStdString();
}

// A mail whose sender cannot be looked up because the file fails is that failure, never a
// mail from an unknown sender that the user is asked to name.
TEST(MailImporter, AFailedLookupIsAProblemNotAnUnknownSender)
{
    test::TempDatabase temp;
    QSqlQuery rename(temp.db().connection());
    ASSERT_TRUE(rename.exec(u"ALTER TABLE contacts RENAME TO contacts_elsewhere"_s));
    const auto items =
        core::MailImporter(temp.db()).read(fixtures({u"application-iso-2022-jp.eml"_s}));
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(items[0].problem.startsWith(u"The contact could not be read"_s))
        << items[0].problem.toStdString();
    EXPECT_TRUE(items[0].matchedBy.isEmpty());
    // Nothing of it is logged.
    const auto stored = core::MailImporter(temp.db()).store(items);
    ASSERT_TRUE(stored) << stored.message().toStdString();
    EXPECT_TRUE(stored->isEmpty());
}
