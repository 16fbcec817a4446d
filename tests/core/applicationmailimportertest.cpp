// Application mails into a program: received time, sender, size against the 10 MB rule, the
// lead municipality from the sender (a known person, a known domain, the domain's spelling),
// the attached files kept with their checksum, the confirmation back to the sender; a mail
// taken in twice is refused; an unknown or ambiguous sender waits to be named.
#include "core/documents/applicationmailimporter.h"

#include "core/applications/applicationrepository.h"
#include "core/applications/confirmationmail.h"
#include "core/municipalities/contactrepository.h"
#include "core/programs/programrepository.h"
#include "core/storage/filestore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace iotdesk;
using namespace Qt::StringLiterals;

namespace {

QString mailFixture(const QString &name)
{
    return test::sourcePath(u"tests/fixtures/mail/"_s + name);
}

qint64 firstProgram(const core::Database &db)
{
    return test::scalar(db, u"SELECT min(id) FROM programs"_s).toLongLong();
}

} // namespace

TEST(ApplicationMailImporter, ProposesFromIso2022JpAndShiftJisMails)
{
    test::TempDatabase temp;
    const core::ApplicationMailImporter importer(temp.db(), firstProgram(temp.db()));
    const auto items = importer.read(
        {mailFixture(u"application-iso-2022-jp.eml"_s), mailFixture(u"application-shift_jis.eml"_s),
         mailFixture(u"application-unknown-sender.eml"_s), mailFixture(u"malformed.eml"_s)});
    ASSERT_EQ(items.size(), 4);

    // Furano's first mail: recognised from city.furano.hokkaido.jp.
    const core::ApplicationMailItem &furano = items[0];
    EXPECT_TRUE(furano.problem.isEmpty()) << furano.problem.toStdString();
    EXPECT_EQ(furano.matchedBy, u"domain");
    EXPECT_EQ(furano.application.leadCode(), u"012297");
    EXPECT_EQ(furano.application.receivedAt, QDateTime(QDate(2018, 5, 21), QTime(1, 15), Qt::UTC));
    EXPECT_EQ(furano.application.senderEmail, u"kikaku@city.furano.hokkaido.jp");
    EXPECT_EQ(furano.application.subject, u"【応募】地域IoT実装推進事業（富良野市）");
    EXPECT_EQ(furano.application.messageId, u"apply-2018-001@city.furano.hokkaido.jp");
    EXPECT_EQ(furano.application.attachmentBytes, 345);
    EXPECT_FALSE(furano.exceedsMailLimit());
    ASSERT_EQ(furano.application.files.size(), 1);
    EXPECT_EQ(furano.application.files[0].fileName, u"応募様式_富良野市.pdf");
    EXPECT_EQ(furano.application.files[0].sizeBytes, 345);
    EXPECT_TRUE(furano.application.files[0].content.startsWith("%PDF-1.4"));
    ASSERT_EQ(furano.application.contacts.size(), 1);
    EXPECT_EQ(furano.application.contacts[0].name, u"富良野 花子");

    // Shift_JIS without a Date: the time the first Received header gives. 江差町 and 枝幸町
    // both spell town.esashi.hokkaido.jp, so the user is asked.
    const core::ApplicationMailItem &esashi = items[1];
    EXPECT_TRUE(esashi.problem.isEmpty()) << esashi.problem.toStdString();
    EXPECT_EQ(esashi.application.receivedAt, QDateTime(QDate(2018, 6, 8), QTime(14, 30), Qt::UTC));
    EXPECT_EQ(esashi.application.subject, u"応募書類の送付について");
    EXPECT_TRUE(esashi.needsGovernment());
    ASSERT_EQ(esashi.candidates.size(), 2);
    EXPECT_EQ(esashi.candidates[0].code6, u"013617");
    EXPECT_EQ(esashi.candidates[1].code6, u"015148");
    ASSERT_EQ(esashi.application.files.size(), 1);
    EXPECT_EQ(esashi.application.files[0].fileName, u"実施計画書.xlsx");
    EXPECT_EQ(esashi.application.attachmentBytes, 284);

    // A private address names nothing.
    EXPECT_TRUE(items[2].needsGovernment());
    EXPECT_TRUE(items[2].candidates.isEmpty());
    EXPECT_TRUE(items[2].application.files.isEmpty());
    // Not a mail.
    EXPECT_FALSE(items[3].problem.isEmpty());
    EXPECT_FALSE(items[3].duplicate);
}

TEST(ApplicationMailImporter, StoresWithFilesOnceAndRefusesDuplicates)
{
    test::TempDatabase temp;
    const qint64 programId = firstProgram(temp.db());
    const core::ApplicationMailImporter importer(temp.db(), programId);
    auto items = importer.read({mailFixture(u"application-iso-2022-jp.eml"_s),
                                mailFixture(u"application-shift_jis.eml"_s),
                                mailFixture(u"application-unknown-sender.eml"_s)});
    ASSERT_EQ(items.size(), 3);

    // Two still unnamed: nothing is stored, and the message lists the candidates.
    const auto waiting = importer.store(items);
    ASSERT_FALSE(waiting);
    EXPECT_TRUE(waiting.message().contains(u"application-shift_jis.eml"_s));
    EXPECT_TRUE(waiting.message().contains(u"013617"_s)) << waiting.message().toStdString();
    EXPECT_TRUE(waiting.message().contains(u"application-unknown-sender.eml"_s));
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM applications"_s).toInt(), 0);

    items[1].setGovernment(u"013617"_s);
    items[2].setGovernment(u"132080"_s);
    const auto ids = importer.store(items);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    ASSERT_EQ(ids->size(), 3);

    core::ApplicationRepository repository(temp.db());
    const auto furano = repository.application(ids->at(0));
    ASSERT_TRUE(furano);
    EXPECT_EQ(furano->leadCode(), u"012297");
    EXPECT_EQ(furano->messageId, u"apply-2018-001@city.furano.hokkaido.jp");
    EXPECT_EQ(furano->attachmentBytes, 345);
    const core::FileStore files(temp.db(), core::FileStore::Kind::ApplicationFiles);
    const auto stored = files.files(ids->at(0));
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->at(0).fileName, u"応募様式_富良野市.pdf");
    EXPECT_EQ(stored->at(0).sizeBytes, 345);
    const auto content = files.content(stored->at(0).id);
    ASSERT_TRUE(content);
    EXPECT_EQ(
        QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex()),
        stored->at(0).sha256);
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM history WHERE entity = "
                                      "'application_file'"_s)
                  .toInt(),
              2);
    EXPECT_EQ(repository.application(ids->at(2))->leadCode(), u"132080");

    // The receipt confirmation goes back to the address the application came from.
    const auto program = core::ProgramRepository(temp.db()).program(programId);
    ASSERT_TRUE(program);
    const core::MailDraft draft =
        core::ConfirmationMail::compose(*furano, *program, u"富良野市"_s, core::DateFormatter());
    EXPECT_EQ(draft.to, u"kikaku@city.furano.hokkaido.jp");

    // Taken in already: refused, also when stored directly.
    const auto again = importer.read({mailFixture(u"application-iso-2022-jp.eml"_s),
                                      mailFixture(u"application-iso-2022-jp.eml"_s)});
    ASSERT_EQ(again.size(), 2);
    EXPECT_TRUE(again[0].duplicate);
    EXPECT_TRUE(again[1].duplicate);
    EXPECT_FALSE(repository.create(furano.value()));
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM applications"_s).toInt(), 3);

    // Removing an application removes its files with it.
    ASSERT_TRUE(repository.remove(ids->at(0)));
    EXPECT_EQ(test::scalar(temp.db(), u"SELECT count(*) FROM application_files"_s).toInt(), 1);
}

TEST(ApplicationMailImporter, TwiceInOneBatchIsADuplicate)
{
    test::TempDatabase temp;
    const core::ApplicationMailImporter importer(temp.db(), firstProgram(temp.db()));
    const auto items = importer.read({mailFixture(u"application-iso-2022-jp.eml"_s),
                                      mailFixture(u"application-iso-2022-jp.eml"_s)});
    ASSERT_EQ(items.size(), 2);
    EXPECT_FALSE(items[0].duplicate);
    EXPECT_TRUE(items[1].duplicate);
    const auto ids = importer.store(items);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    EXPECT_EQ(ids->size(), 1);
}

TEST(ApplicationMailImporter, KnownPersonBeforeTheDomain)
{
    test::TempDatabase temp;
    // Someone of 中富良野町 writing from the city's domain (a shared office).
    ASSERT_TRUE(core::ContactRepository(temp.db()).add({0,
                                                        core::ContactKind::Municipal,
                                                        u"中富良野 一郎"_s,
                                                        {},
                                                        u"014613"_s,
                                                        {},
                                                        {},
                                                        u"kikaku@city.furano.hokkaido.jp"_s,
                                                        {},
                                                        true,
                                                        {}}));
    const core::ApplicationMailImporter importer(temp.db(), firstProgram(temp.db()));
    const auto items = importer.read({mailFixture(u"application-iso-2022-jp.eml"_s)});
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].matchedBy, u"contact");
    EXPECT_EQ(items[0].application.leadCode(), u"014613");
}

TEST(ApplicationMailImporter, OverTenMegabytesIsFlagged)
{
    test::TempDatabase temp;
    const QByteArray big(10'500'000, 'x');
    QByteArray mail = "Message-ID: <big@city.furano.hokkaido.jp>\r\n"
                      "Date: Mon, 21 May 2018 10:15:00 +0900\r\n"
                      "From: kikaku@city.furano.hokkaido.jp\r\n"
                      "Subject: big\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                      "--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
                      "--b\r\nContent-Type: application/octet-stream\r\n"
                      "Content-Disposition: attachment; filename=\"map.tif\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n";
    mail += big.toBase64() + "\r\n--b--\r\n";
    const auto parsed = core::MailParser::parse(mail);
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const core::ApplicationMailImporter importer(temp.db(), firstProgram(temp.db()));
    const core::ApplicationMailItem item = importer.propose(*parsed);
    EXPECT_EQ(item.application.attachmentBytes, 10'500'000);
    EXPECT_TRUE(item.exceedsMailLimit());
    ASSERT_EQ(item.application.files.size(), 1);
    EXPECT_EQ(item.application.files[0].fileName, u"map.tif");
}

// A failure to read the file is the mail's problem: not "unknown sender", not "new mail".
TEST(ApplicationMailImporter, AFailedLookupIsAProblemNotAnUnknownSender)
{
    test::TempDatabase temp;
    const core::ApplicationMailImporter importer(temp.db(), firstProgram(temp.db()));
    QSqlQuery rename(temp.db().connection());
    ASSERT_TRUE(rename.exec(u"ALTER TABLE contacts RENAME TO contacts_elsewhere"_s));
    const auto items = importer.read({mailFixture(u"application-iso-2022-jp.eml"_s)});
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(items[0].problem.startsWith(u"The contact could not be read"_s))
        << items[0].problem.toStdString();
    EXPECT_TRUE(items[0].candidates.isEmpty());
    EXPECT_FALSE(items[0].duplicate);
}
