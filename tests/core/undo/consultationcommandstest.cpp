// The commands of the Consultations page and the people it keeps, without a window.
#include "commandfixture.h"
#include "core/consultations/consultationrepository.h"
#include "core/documents/mailimporter.h"
#include "core/undo/addcontactcommand.h"
#include "core/undo/completefollowupcommand.h"
#include "core/undo/deleteconsultationcommand.h"
#include "core/undo/editconsultationcommand.h"
#include "core/undo/editcontactcommand.h"
#include "core/undo/importconsultationmailscommand.h"
#include "core/undo/logconsultationcommand.h"

using namespace Qt::StringLiterals;
using namespace iotdesk;
using test::CommandTest;

namespace {

class ConsultationCommands : public CommandTest
{
protected:
    void SetUp() override
    {
        m_consultant = person(u"支援 次郎"_s);
        m_counterpart = person(u"山田 太郎"_s, u"132063"_s);
    }

    core::Consultation call(const QString &summary = u"予算の相談"_s) const
    {
        core::Consultation c;
        c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
        c.lgCode6 = u"132063"_s;
        c.counterpartId = m_counterpart;
        c.consultantId = m_consultant;
        c.channel = core::Channel::Phone;
        c.direction = core::Direction::Incoming;
        c.setTopic(core::Topic::BudgetAndSubsidies);
        c.durationMinutes = 15;
        c.summary = summary;
        return c;
    }

    qint64 consultations() { return core::ConsultationRepository(temp.db()).count().value(); }

    qint64 m_consultant = 0;
    qint64 m_counterpart = 0;
};

} // namespace

TEST_F(ConsultationCommands, LoggedUndoneAndBackUnderItsNumber)
{
    auto *logged = new undo::LogConsultationCommand(temp.db(), call());
    ASSERT_TRUE(push(logged));
    const qint64 id = logged->consultationId();
    EXPECT_GT(id, 0);
    EXPECT_EQ(consultations(), 1);
    undo();
    EXPECT_EQ(consultations(), 0);
    redo();
    EXPECT_EQ(consultations(), 1);
    EXPECT_TRUE(core::ConsultationRepository(temp.db()).consultation(id))
        << "a redo brings it back under the number it had";
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    core::Consultation nowhere = call();
    nowhere.lgCode6 = u"999999"_s;
    EXPECT_FALSE(push(new undo::LogConsultationCommand(temp.db(), nowhere)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(consultations(), 1);
}

TEST_F(ConsultationCommands, EditedAndDeleted)
{
    core::ConsultationRepository repository(temp.db());
    const qint64 id = repository.create(call()).value();
    const core::Consultation before = repository.consultation(id).value();
    core::Consultation changed = before;
    changed.summary = u"補助金の相談"_s;
    ASSERT_TRUE(push(new undo::EditConsultationCommand(temp.db(), before, changed)));
    EXPECT_EQ(repository.consultation(id)->summary, u"補助金の相談");
    undo();
    EXPECT_EQ(repository.consultation(id)->summary, u"予算の相談");
    redo();
    EXPECT_EQ(repository.consultation(id)->summary, u"補助金の相談");

    ASSERT_TRUE(
        push(new undo::DeleteConsultationCommand(temp.db(), repository.consultation(id).value())));
    EXPECT_FALSE(repository.consultation(id));
    undo();
    ASSERT_TRUE(repository.consultation(id)) << "back under its own number";
    EXPECT_EQ(repository.consultation(id)->summary, u"補助金の相談");
    redo();
    EXPECT_FALSE(repository.consultation(id));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    undo();

    // An edit that breaks a rule is refused and the stored one stays.
    core::Consultation broken = repository.consultation(id).value();
    broken.lgCode6 = u"999999"_s;
    EXPECT_FALSE(push(
        new undo::EditConsultationCommand(temp.db(), repository.consultation(id).value(), broken)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(repository.consultation(id)->summary, u"補助金の相談");
}

// Undo puts back one's own change only while no one else has changed the record since; then
// it is refused with who and when, and their change stays. Redo is held to the same rule.
TEST_F(ConsultationCommands, UndoIsRefusedWhenSomeoneChangedTheRecordSince)
{
    core::ConsultationRepository repository(temp.db());
    const qint64 id = repository.create(call()).value();
    const core::Consultation before = repository.consultation(id).value();
    core::Consultation changed = before;
    changed.summary = u"補助金の相談"_s;
    ASSERT_TRUE(push(new undo::EditConsultationCommand(temp.db(), before, changed)));
    undo();
    redo(); // one's own undo and redo follow each other's versions
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);
    core::Consultation theirs = core::ConsultationRepository(*other).consultation(id).value();
    theirs.advice = u"補助事業を紹介"_s;
    ASSERT_TRUE(core::ConsultationRepository(*other).update(theirs));

    undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(
        errors.front().startsWith(u"Cannot undo “Edit a consultation”: 鈴木 花子 changed"_s))
        << errors.front().toStdString();
    EXPECT_EQ(stack.count(), 0) << "the step can no longer be undone";
    const core::Consultation stored = repository.consultation(id).value();
    EXPECT_EQ(stored.summary, u"補助金の相談");
    EXPECT_EQ(stored.advice, u"補助事業を紹介");
}

TEST_F(ConsultationCommands, FollowUpCompletedWithTheNextAndReopened)
{
    core::ConsultationRepository repository(temp.db());
    core::Consultation c = call();
    c.followUps = {{0, 0, u"資料を送付"_s, QDate(2018, 7, 6), m_consultant, {}}};
    const qint64 id = repository.create(c).value();
    const qint64 first = repository.consultation(id)->followUps.front().id;

    auto *done = new undo::CompleteFollowUpCommand(
        temp.db(), first, QDate(2018, 7, 4),
        core::FollowUp{0, 0, u"回答を確認"_s, QDate(2018, 7, 11), m_consultant, {}});
    EXPECT_EQ(done->text(), u"Complete a follow-up and schedule the next");
    ASSERT_TRUE(push(done));
    ASSERT_EQ(repository.openFollowUps()->size(), 1);
    EXPECT_EQ(repository.openFollowUps()->front().followUp.action, u"回答を確認");
    undo();
    ASSERT_EQ(repository.openFollowUps()->size(), 1);
    EXPECT_EQ(repository.openFollowUps()->front().followUp.action, u"資料を送付");
    EXPECT_EQ(repository.consultation(id)->followUps.size(), 1);
    redo();
    EXPECT_EQ(repository.openFollowUps()->front().followUp.action, u"回答を確認");
    EXPECT_EQ(repository.consultation(id)->followUps.size(), 2);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    // Done before the call it follows: refused, still open.
    undo();
    EXPECT_FALSE(
        push(new undo::CompleteFollowUpCommand(temp.db(), first, QDate(2018, 7, 1), std::nullopt)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(repository.openFollowUps()->front().followUp.action, u"資料を送付");
}

TEST_F(ConsultationCommands, MailsImportedUndoneAndBackUnderTheirNumbers)
{
    core::MailImporter importer(temp.db());
    auto items = importer.read({test::sourcePath(u"tests/fixtures/mail/iso-2022-jp.eml"_s),
                                test::sourcePath(u"tests/fixtures/mail/html-only.eml"_s)});
    ASSERT_EQ(items.size(), 2);
    // One still waits for its government: nothing is stored.
    EXPECT_FALSE(push(new undo::ImportConsultationMailsCommand(temp.db(), items)));
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(consultations(), 0);

    ASSERT_TRUE(items[1].needsGovernment());
    for (core::MailImportItem &item : items) {
        if (item.needsGovernment())
            item.consultation.lgCode6 = u"012025"_s;
    }
    auto *imported = new undo::ImportConsultationMailsCommand(temp.db(), items);
    ASSERT_TRUE(push(imported));
    const QList<qint64> ids = imported->ids();
    EXPECT_EQ(ids.size(), 2);
    EXPECT_EQ(consultations(), 2);
    undo();
    EXPECT_EQ(consultations(), 0);
    redo();
    EXPECT_EQ(consultations(), 2);
    EXPECT_EQ(imported->ids(), ids) << "the same numbers again";
    EXPECT_EQ(errors.size(), 1);
}

TEST_F(ConsultationCommands, PeopleAddedAndCorrected)
{
    core::ContactRepository contacts(temp.db());
    core::Contact taro;
    taro.kind = core::ContactKind::Municipal;
    taro.name = u"府中 太郎"_s;
    taro.lgCode6 = u"132063"_s;
    auto *added = new undo::AddContactCommand(temp.db(), taro);
    ASSERT_TRUE(push(added));
    const qint64 id = added->contactId();
    ASSERT_TRUE(contacts.contact(id));
    undo();
    EXPECT_FALSE(contacts.contact(id));
    redo();
    ASSERT_TRUE(contacts.contact(id)) << "back under the number it had";

    core::Contact corrected = contacts.contact(id).value();
    corrected.email = u"taro@city.fuchu.example"_s;
    ASSERT_TRUE(
        push(new undo::EditContactCommand(temp.db(), contacts.contact(id).value(), corrected)));
    EXPECT_EQ(contacts.contact(id)->email, u"taro@city.fuchu.example");
    undo();
    EXPECT_TRUE(contacts.contact(id)->email.isEmpty());
    redo();
    EXPECT_EQ(contacts.contact(id)->email, u"taro@city.fuchu.example");
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    core::Contact nameless = taro;
    nameless.name = u" "_s;
    EXPECT_FALSE(push(new undo::AddContactCommand(temp.db(), nameless)));
    EXPECT_EQ(errors.size(), 1);
}
