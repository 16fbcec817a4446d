// The Consultations page on its own: consultations logged with the keyboard or from a mail,
// edited, deleted and undone; follow-ups done; the people of a local government.
#include "ui/consultations/consultationspage.h"

#include "core/consultations/consultationlistmodel.h"
#include "core/consultations/consultationrepository.h"
#include "core/municipalities/contactrepository.h"
#include "pagefixture.h"
#include "ui/consultations/consultationdialog.h"
#include "ui/consultations/mailimportdialog.h"
#include "ui/municipalities/contactsdialog.h"
#include "ui/widgets/commandrunner.h"
#include "ui/widgets/governmentchooser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

class ConsultationsPageTest : public test::PageFixture
{
protected:
    void SetUp() override
    {
        giveDateStyle(page);
        page.show();
    }

    ui::ConsultationsPage page{db(), &undoStack, writes};
    core::ConsultationListModel *model =
        child<core::ConsultationListModel>(&page, u"consultationList"_s);
    QTableView *table = child<QTableView>(&page, u"consultationTable"_s);
    QTextBrowser *details = child<QTextBrowser>(&page, u"consultationDetails"_s);
    QLineEdit *searchField = child<QLineEdit>(&page, u"consultationSearch"_s);
    QTabWidget *tabs = child<QTabWidget>(&page, u"consultationTabs"_s);
    QTableWidget *followUpTable = child<QTableWidget>(&page, u"followUpTable"_s);
    QTableWidget *hoursTable = child<QTableWidget>(&page, u"hoursTable"_s);
};

} // namespace

// A mail dropped on the Consultations page from a domain that spells two towns (Esashi):
// the dialog lists both, the user picks one with the keyboard, and the mail is logged under
// the town picked.
TEST_F(ConsultationsPageTest, ConsultationMailFromAnAmbiguousDomainLoggedUnderTheTownPicked)
{
    const QString esashi = test::sourcePath(u"tests/fixtures/mail/application-shift_jis.eml"_s);

    bool reviewed = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ui::MailImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        ui::GovernmentChooser *government = dialog->chooser(0);
        ASSERT_NE(government, nullptr);
        ASSERT_EQ(government->count(), 2);
        EXPECT_EQ(government->itemText(0), u"北海道檜山郡江差町 013617");
        EXPECT_EQ(government->itemText(1), u"北海道枝幸郡枝幸町 015148");
        EXPECT_EQ(government->currentText(), u"");
        QTableWidgetItem *recognised = dialog->table()->item(0, ui::MailImportDialog::Recognised);
        EXPECT_EQ(recognised->text(), u"Choose a candidate");
        ASSERT_EQ(dialog->focusWidget(), static_cast<QWidget *>(government));
        QTest::keyClick(government, Qt::Key_Down);
        QTest::keyClick(government, Qt::Key_Down);
        EXPECT_EQ(recognised->text(), u"北海道枝幸郡枝幸町");
        QTest::keyClick(government, Qt::Key_Return);
        reviewed = true;
    });
    poll.start();

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(esashi)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reviewed; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return test::scalar(db(), u"SELECT count(*) FROM consultations"_s).toInt() == 1; },
        5000));
    EXPECT_EQ(test::scalar(db(), u"SELECT lg_code6 FROM consultations"_s).toString(), u"015148");
}

TEST_F(ConsultationsPageTest, ConsultationLoggedWithTheKeyboardAlone)
{
    core::ContactRepository contacts(db());
    ASSERT_TRUE(contacts.add(
        {0, core::ContactKind::Consultant, db().userName(), {}, {}, {}, {}, {}, {}, true, {}}));
    ASSERT_TRUE(contacts.add({0,
                              core::ContactKind::Municipal,
                              u"山田 太郎"_s,
                              {},
                              u"132063"_s,
                              u"企画課"_s,
                              {},
                              {},
                              {},
                              true,
                              {}}));

    bool typed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        // Text arrives as an input method commits it (Japanese always does).
        const auto type = [dialog](const QString &text) {
            QInputMethodEvent input;
            input.setCommitString(text);
            QCoreApplication::sendEvent(dialog->focusWidget(), &input);
        };
        const auto tab = [dialog] {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        };
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        // The time is now: the entry starts at the government.
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->governmentField()));
        type(u"132063"_s);
        tab();
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->counterpartField()));
        type(u"山田 太郎"_s);
        // Enter, as after an input method's conversion, goes on to the next field: it never
        // saves a half-typed entry.
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->departmentField()));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        tab(); // department: known already
        tab(); // consultant: the user
        tab(); // channel: phone
        tab(); // direction: incoming
        tab(); // minutes
        QTest::keyClick(dialog->focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(u"15"_s);
        tab(); // the first topic: regional issues; the fifth is budget, below the first
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
        tab(); // the topics are one stop of Tab
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->summaryField()));
        type(u"予算要求の時期について相談"_s);
        tab(); // advice
        type(u"補助金の公募時期を案内"_s);
        tab();
        EXPECT_EQ(dialog->focusWidget(), static_cast<QWidget *>(dialog->followUpField()));
        type(u"資料を送付"_s);
        if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR");
            !folder.isEmpty())
            dialog->grab().save(folder + u"/en-consultation-dialog.png"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible()) { // refused: say why, and do not hang on the modal dialog
            ADD_FAILURE() << dialog->messageLabel()->text().toStdString();
            dialog->reject();
        }
        typed = true;
    });
    // What Ctrl+L does with the page in view (the window's own part, asking once who the user
    // is, is the window's test).
    page.openLogDialog(page.governmentInView());
    ASSERT_TRUE(typed);

    ASSERT_EQ(model->rowCount(), 1);
    const core::Consultation c =
        core::ConsultationRepository(db()).consultation(model->at(0).id).value();
    EXPECT_EQ(c.lgCode6, u"132063");
    EXPECT_EQ(c.durationMinutes, 15);
    EXPECT_TRUE(c.hasTopic(core::Topic::BudgetAndSubsidies));
    EXPECT_EQ(c.summary, u"予算要求の時期について相談");
    EXPECT_EQ(c.advice, u"補助金の公募時期を案内");
    EXPECT_EQ(contacts.contact(c.counterpartId)->name, u"山田 太郎");
    EXPECT_EQ(contacts.contact(c.consultantId)->name, db().userName());
    ASSERT_EQ(c.followUps.size(), 1);
    EXPECT_EQ(c.followUps[0].action, u"資料を送付");
    EXPECT_EQ(contacts.ofGovernment(u"132063"_s)->size(), 1); // the known person, reused

    // Found again by a word of the summary, highlighted; undone, it is gone.
    QInputMethodEvent search;
    search.setCommitString(u"公募時期"_s);
    QCoreApplication::sendEvent(searchField, &search);
    QTest::keyClick(searchField, Qt::Key_Return);
    ASSERT_EQ(model->rowCount(), 1);
    table->selectRow(0);
    EXPECT_TRUE(details->toHtml().contains(u"#ffe066"_s));
    EXPECT_TRUE(page.timelineHtml(u"132063"_s).contains(u"予算要求の時期について相談"_s));
    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        translations.apply(core::Language::Japanese);
        ui::ConsultationDialog japanese(db(), c);
        japanese.show();
        japanese.grab().save(folder + u"/ja-consultation-dialog.png"_s);
        translations.apply(core::Language::English);
    }
    undoStack.undo();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(ConsultationsPageTest, FollowUpsDoneAndNextFromTheConsultationsPage)
{
    const qint64 me = core::ContactRepository(db())
                          .add({0,
                                core::ContactKind::Consultant,
                                u"支援 次郎"_s,
                                {},
                                {},
                                {},
                                {},
                                {},
                                {},
                                true,
                                {}})
                          .value();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::Consultation c;
    c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
    c.lgCode6 = u"394050"_s;
    c.consultantId = me;
    c.channel = core::Channel::Visit;
    c.direction = core::Direction::Outgoing;
    c.durationMinutes = 90;
    c.summary = u"研修会の会場を下見"_s;
    c.followUps = {{0, 0, u"会場を予約"_s, QDate(2018, 7, 6), me, {}}};
    ASSERT_TRUE(page.logConsultation(c).isEmpty());
    EXPECT_FALSE(page.logConsultation(core::Consultation{}).isEmpty()); // refused, nothing added
    ASSERT_EQ(model->rowCount(), 1);

    tabs->setCurrentIndex(1);
    ASSERT_EQ(followUpTable->rowCount(), 1);
    EXPECT_EQ(followUpTable->item(0, 0)->data(Qt::BackgroundRole).value<QBrush>().color(),
              QColor(0xfd, 0xe2, 0xe1)); // long overdue
    const qint64 followUp = followUpTable->item(0, 0)->data(Qt::UserRole).toLongLong();
    ASSERT_TRUE(
        page.completeFollowUp(followUp, QDate(2018, 7, 5),
                              core::FollowUp{0, 0, u"当日の設営"_s, QDate(2018, 7, 20), me, {}})
            .isEmpty());
    ASSERT_EQ(followUpTable->rowCount(), 1);
    EXPECT_EQ(followUpTable->item(0, 2)->text(), u"当日の設営");
    undoStack.undo();
    ASSERT_EQ(followUpTable->rowCount(), 1);
    EXPECT_EQ(followUpTable->item(0, 2)->text(), u"会場を予約");

    tabs->setCurrentIndex(2);
    EXPECT_GE(hoursTable->rowCount(), 0); // today's twelve months; 2018 is outside
    const auto hours =
        core::ConsultationRepository(db()).hours(true, QDate(2018, 7, 1), QDate(2018, 7, 31));
    ASSERT_EQ(hours->size(), 1);
    EXPECT_EQ(hours->front().minutes, 90);

    // Edited, then deleted: undo brings it back under its own number, so the edit before it
    // can be undone too.
    tabs->setCurrentIndex(0);
    const qint64 id = model->at(0).id;
    core::Consultation edited = core::ConsultationRepository(db()).consultation(id).value();
    edited.summary = u"研修会の会場を下見（再訪）"_s;
    ASSERT_TRUE(page.editConsultation(edited).isEmpty());
    ASSERT_TRUE(page.deleteConsultation(id).isEmpty());
    EXPECT_EQ(model->rowCount(), 0);
    undoStack.undo();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->at(0).id, id);
    EXPECT_EQ(core::ConsultationRepository(db()).openFollowUps()->size(), 1);
    undoStack.undo();
    EXPECT_EQ(core::ConsultationRepository(db()).consultation(id)->summary, u"研修会の会場を下見");
    undoStack.redo();
    undoStack.redo(); // deleted again
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(ConsultationsPageTest, PeopleCorrectedAndAddedFromTheConsultationsPage)
{
    core::ContactRepository contacts(db());
    const qint64 yamada = contacts
                              .add({0,
                                    core::ContactKind::Municipal,
                                    u"山田 太郎"_s,
                                    {},
                                    u"132063"_s,
                                    {},
                                    {},
                                    {},
                                    {},
                                    true,
                                    {}})
                              .value();
    ui::CommandRunner runner(&undoStack, {});
    ui::ContactsDialog dialog(db(), runner, u"132063"_s);
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    // An address lets saved mails find him; undo takes it back.
    core::Contact changed = contacts.contact(yamada).value();
    changed.email = u"Yamada@City.Fuchu.Example"_s;
    ASSERT_TRUE(dialog.save(changed).isEmpty());
    EXPECT_EQ(contacts.byEmail(u"yamada@city.fuchu.example"_s)->value().id, yamada);
    EXPECT_FALSE(dialog
                     .save({0,
                            core::ContactKind::Municipal,
                            u" "_s,
                            {},
                            u"132063"_s,
                            {},
                            {},
                            {},
                            {},
                            true,
                            {}})
                     .isEmpty()); // no name
    ASSERT_TRUE(dialog
                    .save({0,
                           core::ContactKind::Municipal,
                           u"鈴木 花子"_s,
                           u"すずき はなこ"_s,
                           u"132063"_s,
                           u"DX推進課"_s,
                           {},
                           {},
                           {},
                           true,
                           {}})
                    .isEmpty());
    EXPECT_EQ(dialog.table()->rowCount(), 2);
    undoStack.undo();
    EXPECT_EQ(contacts.ofGovernment(u"132063"_s)->size(), 1);
    undoStack.undo();
    EXPECT_TRUE(contacts.contact(yamada)->email.isEmpty());
    dialog.showGovernment({});
    EXPECT_EQ(dialog.table()->rowCount(), 0); // no consultant yet
}

// Two people correct the same consultation: the second save is refused naming the first, the
// dialog keeps what was typed, and Reload and Reapply shows both changes to save; undo of the
// saved edit is then refused once someone changed the consultation again.
TEST_F(ConsultationsPageTest, AConsultationChangedBySomeoneElseIsNeverOverwrittenUnseen)
{
    core::Consultation c;
    c.occurredAt = QDateTime(QDate(2018, 7, 2), QTime(1, 0), Qt::UTC);
    c.lgCode6 = u"394050"_s;
    c.summary = u"研修会の会場を下見"_s;
    c.durationMinutes = 30;
    ASSERT_TRUE(page.logConsultation(c).isEmpty());
    ASSERT_EQ(model->rowCount(), 1);
    table->setCurrentIndex(model->index(0, 0));
    const qint64 id = model->at(0).id;
    auto other = temp.openAnother();
    other->setUserName(u"鈴木 花子"_s);

    QString conflict;
    bool reloaded = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->summaryField()->setPlainText(u"研修会の会場を下見し、予約した"_s);
        // Meanwhile, someone else saves their correction.
        core::ConsultationRepository theirs(*other);
        core::Consultation changed = theirs.consultation(id).value();
        changed.advice = u"駐車場の台数を確認"_s;
        ASSERT_TRUE(theirs.update(changed));

        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            conflict = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"&Reload and Reapply")
                    button->click();
            }
            QTimer::singleShot(0, [&] {
                auto *again =
                    qobject_cast<ui::ConsultationDialog *>(QApplication::activeModalWidget());
                ASSERT_NE(again, nullptr);
                reloaded = true;
                EXPECT_EQ(again->summaryField()->toPlainText(), u"研修会の会場を下見し、予約した")
                    << "what was typed is kept";
                EXPECT_TRUE(again->messageLabel()->text().startsWith(u"Reloaded"_s));
                again->accept();
                if (again->isVisible())
                    again->reject();
            });
        });
        dialog->accept();
    });
    child<QPushButton>(&page, u"editConsultation"_s)->click();
    EXPECT_TRUE(conflict.contains(u"鈴木 花子 changed this record"_s)) << conflict.toStdString();
    EXPECT_TRUE(reloaded);
    const core::Consultation stored = core::ConsultationRepository(db()).consultation(id).value();
    EXPECT_EQ(stored.summary, u"研修会の会場を下見し、予約した");
    EXPECT_EQ(stored.advice, u"駐車場の台数を確認") << "their change is kept";

    // Changed again by the other: the saved edit can no longer be undone.
    core::Consultation later = core::ConsultationRepository(*other).consultation(id).value();
    later.durationMinutes = 45;
    ASSERT_TRUE(core::ConsultationRepository(*other).update(later));
    QString laterFailure;
    QObject::connect(&page, &ui::Page::errorShown, &page,
                     [&](const QString &message) { laterFailure = message; });
    undoStack.undo();
    EXPECT_EQ(core::ConsultationRepository(db()).consultation(id)->summary,
              u"研修会の会場を下見し、予約した");
    EXPECT_TRUE(laterFailure.contains(u"Cannot undo"_s)) << laterFailure.toStdString();
}
