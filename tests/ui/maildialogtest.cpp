// The dialogs that take saved mails in (application mails, mails for the consultation log):
// what a typed local-government code names is shown beside it, a wrong code says why and
// stops saying so once corrected, a domain that fits several local governments offers them,
// and both dialogs fit a 1024×768 screen in Japanese and English.
#include "core/documents/applicationmailimporter.h"
#include "core/documents/mailimporter.h"
#include "core/foundation/localgovernmentcode.h"
#include "testsupport.h"
#include "ui/applications/applicationmaildialog.h"
#include "ui/consultations/mailimportdialog.h"
#include "ui/widgets/governmentchooser.h"
#include "ui/widgets/statecolors.h"
#include "ui/widgets/translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

QString mail(const QString &name)
{
    return test::sourcePath(u"tests/fixtures/mail/"_s + name);
}

QList<core::ApplicationMailItem> applicationMails(const core::Database &db,
                                                  const QStringList &names)
{
    const qint64 program = test::scalar(db, u"SELECT min(id) FROM programs"_s).toLongLong();
    QStringList paths;
    for (const QString &name : names)
        paths << mail(name);
    return core::ApplicationMailImporter(db, program).read(paths);
}

// Text as an input method commits it (Japanese always does), into the focused field.
void type(QWidget *dialog, const QString &text)
{
    QInputMethodEvent input;
    input.setCommitString(text);
    QCoreApplication::sendEvent(dialog->focusWidget(), &input);
}

core::RowState stateOf(const QTableWidgetItem *item)
{
    const QColor background = item->background().color();
    for (const core::RowState state :
         {core::RowState::Done, core::RowState::Attention, core::RowState::Problem}) {
        if (background == ui::StateColors::brush(state, Qt::BackgroundRole).value<QBrush>().color())
            return state;
    }
    return core::RowState::Normal;
}

class MailDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { m_translations.apply(core::Language::English); }
    void TearDown() override { m_translations.apply(core::Language::English); }

    test::TempDatabase m_temp;
    ui::Translations m_translations;
};

} // namespace

// The sender writes from gmail.com: no local government is recognised. The code the user
// types is looked up as it is typed and the local government shown beside it.
TEST_F(MailDialogTest, TypedCodeShowsItsLocalGovernment)
{
    const core::Database &db = m_temp.db();
    ui::ApplicationMailDialog dialog(db,
                                     applicationMails(db, {u"application-unknown-sender.eml"_s}));
    QTableWidget *table = dialog.table();
    ui::GovernmentChooser *lead = dialog.chooser(0);
    ASSERT_NE(lead, nullptr);
    const QTableWidgetItem *recognised = table->item(0, ui::ApplicationMailDialog::Recognised);
    EXPECT_EQ(lead->currentText(), u"");
    EXPECT_EQ(recognised->text(), u"Type a code or name");
    EXPECT_EQ(stateOf(recognised), core::RowState::Attention);
    EXPECT_FALSE(dialog.instructions()->text().isEmpty());
    EXPECT_EQ(dialog.messageLabel()->text(),
              u"1 mail still without a local government:\n"
              "application-unknown-sender.eml: Type its code, name or reading.");
    // The row in full below the table: the sender's name, which the table leaves out.
    EXPECT_TRUE(dialog.details()->text().contains(u"調布 太郎"_s));

    // The keyboard starts in the field to fill in.
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_EQ(dialog.focusWidget(), static_cast<QWidget *>(lead));
    type(&dialog, u"13206"_s);
    EXPECT_EQ(recognised->text(), u"東京都府中市");
    type(&dialog, u"3"_s);
    EXPECT_EQ(lead->currentText(), u"132063");
    EXPECT_EQ(recognised->text(), u"東京都府中市");
    EXPECT_EQ(stateOf(recognised), core::RowState::Done);
    EXPECT_EQ(dialog.messageLabel()->text(), u"");
    // Without candidates, the arrow lists every local government.
    lead->showPopup();
    QCompleter *completer = lead->lineEdit()->completer();
    EXPECT_TRUE(completer->popup()->isVisible());
    EXPECT_EQ(completer->completionCount(), 1788);
    completer->popup()->hide();
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto items = dialog.items();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].application.leadCode(), u"132063");
}

// A wrong check digit or an unknown code says why, beside the field and below the table,
// and keeps the mails from being taken in; each correction is looked at again at once.
TEST_F(MailDialogTest, WrongCodeSaysWhyUntilItIsCorrected)
{
    const core::Database &db = m_temp.db();
    ui::ApplicationMailDialog dialog(db,
                                     applicationMails(db, {u"application-unknown-sender.eml"_s}));
    ui::GovernmentChooser *lead = dialog.chooser(0);
    ASSERT_NE(lead, nullptr);
    const QTableWidgetItem *recognised =
        dialog.table()->item(0, ui::ApplicationMailDialog::Recognised);
    dialog.show();
    QApplication::setActiveWindow(&dialog);

    type(&dialog, u"132060"_s);
    const QString checkDigit = u"The check digit of 132060 is wrong: for 13206 it is 3 (132063)."_s;
    EXPECT_EQ(recognised->text(), checkDigit);
    EXPECT_EQ(stateOf(recognised), core::RowState::Problem);
    EXPECT_TRUE(
        dialog.messageLabel()->text().contains(u"application-unknown-sender.eml: "_s + checkDigit));
    dialog.okButton()->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());

    // A code of the right form that no local government has.
    const QString unknown =
        u"01999"_s + QString::number(core::LocalGovernmentCode::checkDigit(u"01999"));
    lead->setEditText(unknown);
    EXPECT_EQ(recognised->text(), u"There is no local government with the code %1."_s.arg(unknown));
    EXPECT_FALSE(dialog.messageLabel()->text().contains(checkDigit));

    // Corrected by a key: the last digit.
    lead->setEditText(u"132060"_s);
    QTest::keyClick(lead, Qt::Key_Backspace);
    type(&dialog, u"3"_s);
    EXPECT_EQ(recognised->text(), u"東京都府中市");
    EXPECT_EQ(stateOf(recognised), core::RowState::Done);
    EXPECT_EQ(dialog.messageLabel()->text(), u"");
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// Esashi's domain spells two towns: both are offered, none is guessed, and the one picked is
// the lead local government; any other is still found by typing its name.
TEST_F(MailDialogTest, AmbiguousDomainOffersItsCandidates)
{
    const core::Database &db = m_temp.db();
    ui::ApplicationMailDialog dialog(db, applicationMails(db, {u"application-iso-2022-jp.eml"_s,
                                                               u"application-shift_jis.eml"_s}));
    ui::GovernmentChooser *furano = dialog.chooser(0);
    ui::GovernmentChooser *esashi = dialog.chooser(1);
    ASSERT_NE(furano, nullptr);
    ASSERT_NE(esashi, nullptr);
    EXPECT_EQ(furano->currentText(), u"北海道富良野市 012297");
    EXPECT_EQ(dialog.table()->item(0, ui::ApplicationMailDialog::Recognised)->text(),
              u"北海道富良野市");
    EXPECT_TRUE(dialog.table()
                    ->item(0, ui::ApplicationMailDialog::Recognised)
                    ->toolTip()
                    .contains(u"mail domain"_s));
    ASSERT_EQ(esashi->count(), 2);
    EXPECT_EQ(esashi->itemText(0), u"北海道檜山郡江差町 013617");
    EXPECT_EQ(esashi->itemText(1), u"北海道枝幸郡枝幸町 015148");
    EXPECT_EQ(esashi->currentText(), u"");
    const QTableWidgetItem *recognised =
        dialog.table()->item(1, ui::ApplicationMailDialog::Recognised);
    EXPECT_EQ(recognised->text(), u"Choose a candidate");

    // The keyboard starts at the mail that waits; Tab goes from field to field.
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_EQ(dialog.focusWidget(), static_cast<QWidget *>(esashi));
    EXPECT_EQ(dialog.table()->currentRow(), 1);
    QTest::keyClick(esashi, Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_EQ(dialog.focusWidget(), static_cast<QWidget *>(furano));
    EXPECT_EQ(dialog.table()->currentRow(), 0);
    QTest::keyClick(furano, Qt::Key_Tab);
    ASSERT_EQ(dialog.focusWidget(), static_cast<QWidget *>(esashi));
    QTest::keyClick(esashi, Qt::Key_Down);
    EXPECT_EQ(esashi->currentText(), u"北海道檜山郡江差町 013617");
    EXPECT_EQ(recognised->text(), u"北海道檜山郡江差町");
    QTest::keyClick(esashi, Qt::Key_Down);
    EXPECT_EQ(recognised->text(), u"北海道枝幸郡枝幸町");
    EXPECT_EQ(dialog.items()[1].application.leadCode(), u"015148");
    // Not one of the candidates: typed by name.
    esashi->setEditText(u"江差町"_s);
    EXPECT_EQ(recognised->text(), u"北海道檜山郡江差町");
    EXPECT_EQ(dialog.items()[1].application.leadCode(), u"013617");
    esashi->setEditText(u"府中市"_s);
    EXPECT_TRUE(recognised->text().contains(u"more than one local government"_s));

    // Any other by the completion of its reading, picked with the keyboard.
    esashi->setEditText({});
    type(&dialog, u"ふらの"_s);
    QAbstractItemView *completions = esashi->lineEdit()->completer()->popup();
    ASSERT_TRUE(completions->isVisible());
    QTest::keyClick(completions, Qt::Key_Down);
    QTest::keyClick(completions, Qt::Key_Return);
    EXPECT_EQ(esashi->currentText(), u"北海道富良野市 012297");
    EXPECT_EQ(recognised->text(), u"北海道富良野市");
}

// The consultation log's mail dialog offers the candidates the same way.
TEST_F(MailDialogTest, ConsultationMailsOfferTheCandidatesToo)
{
    const core::Database &db = m_temp.db();
    ui::MailImportDialog dialog(db,
                                core::MailImporter(db).read({mail(u"application-shift_jis.eml"_s),
                                                             mail(u"malformed.eml"_s)}));
    ui::GovernmentChooser *esashi = dialog.chooser(0);
    ASSERT_NE(esashi, nullptr);
    EXPECT_EQ(dialog.chooser(1), nullptr);
    ASSERT_EQ(esashi->count(), 2);
    EXPECT_EQ(esashi->itemText(1), u"北海道枝幸郡枝幸町 015148");
    EXPECT_EQ(dialog.table()->item(0, ui::MailImportDialog::Recognised)->text(),
              u"Choose a candidate");
    EXPECT_EQ(dialog.okButton()->text(), u"Log 1 Mail");
    dialog.okButton()->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    esashi->setCurrentIndex(1);
    EXPECT_EQ(dialog.table()->item(0, ui::MailImportDialog::Recognised)->text(),
              u"北海道枝幸郡枝幸町");
    EXPECT_EQ(dialog.messageLabel()->text(), u"");
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.items()[0].consultation.lgCode6, u"015148");
}

// On a 1024×768 screen the instructions, the fields, what they name, the sender and the
// subject show without scrolling, in Japanese and in English.
static_assert(int(ui::ApplicationMailDialog::Subject) == int(ui::MailImportDialog::Subject));

TEST_F(MailDialogTest, BothDialogsFit1024By768InBothLanguages)
{
    const core::Database &db = m_temp.db();
    const QStringList names = {u"application-iso-2022-jp.eml"_s, u"application-shift_jis.eml"_s,
                               u"application-unknown-sender.eml"_s, u"malformed.eml"_s};
    QStringList paths;
    for (const QString &name : names)
        paths << mail(name);
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        ui::ApplicationMailDialog applications(db, applicationMails(db, names));
        ui::MailImportDialog consultations(db, core::MailImporter(db).read(paths));
        for (ui::MailReviewDialog *dialog :
             std::initializer_list<ui::MailReviewDialog *>{&applications, &consultations}) {
            const QString what = dialog->objectName() + u' ' + QString::number(int(language));
            EXPECT_LE(dialog->minimumSizeHint().width(), 1000) << what.toStdString();
            EXPECT_LE(dialog->minimumSizeHint().height(), 700) << what.toStdString();
            dialog->resize(1024 - 16, 768 - 48); // the screen less the frame and title bar
            // One field named, one to choose, one wrong, one file left out.
            dialog->chooser(2)->setEditText(u"132060"_s);
            dialog->show();
            QCoreApplication::processEvents();
            if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR");
                !folder.isEmpty()) {
                dialog->grab().save(folder + u'/' +
                                    (language == core::Language::Japanese ? u"ja-"_s : u"en-"_s) +
                                    dialog->objectName() + u".png"_s);
            }
            QTableWidget *table = dialog->table();
            const int subject = ui::ApplicationMailDialog::Subject;
            // The subject starts well inside the table and is not cut short.
            EXPECT_LE(table->columnViewportPosition(subject) + table->columnWidth(subject),
                      table->viewport()->width())
                << what.toStdString();
            EXPECT_GE(table->columnWidth(subject), 200) << what.toStdString();
            // So do the time and the size (flagged over 10 MB) after it.
            const int last = dialog == &applications ? int(ui::ApplicationMailDialog::Size)
                                                     : int(ui::MailImportDialog::Received);
            EXPECT_LE(table->columnViewportPosition(last) + table->columnWidth(last),
                      table->viewport()->width())
                << what.toStdString();
            for (int r = 0; r < table->rowCount(); ++r) {
                if (ui::GovernmentChooser *c = dialog->chooser(r)) {
                    EXPECT_GE(c->width(), c->sizeHint().width()) << what.toStdString();
                    EXPECT_GE(c->height(), c->sizeHint().height()) << what.toStdString();
                }
            }
            EXPECT_TRUE(dialog->rect().contains(
                QRect(dialog->okButton()->mapTo(dialog, QPoint(0, 0)), dialog->okButton()->size())))
                << what.toStdString();
            dialog->hide();
        }
    }
}

// A mail over the 10 MB MIC can receive is flagged where it shows at 1024×768, and why in the
// tooltip and the details.
TEST_F(MailDialogTest, MailOver10MBIsFlagged)
{
    const core::Database &db = m_temp.db();
    for (const core::Language language : {core::Language::Japanese, core::Language::English}) {
        m_translations.apply(language);
        auto items = applicationMails(db, {u"application-iso-2022-jp.eml"_s});
        items[0].application.attachmentBytes = 12'300'000;
        ui::ApplicationMailDialog dialog(db, items);
        dialog.resize(1024 - 16, 768 - 48);
        dialog.show();
        QCoreApplication::processEvents();
        const QTableWidget *table = dialog.table();
        const QTableWidgetItem *size = table->item(0, ui::ApplicationMailDialog::Size);
        EXPECT_EQ(size->text(),
                  language == core::Language::English ? u"12.3 MB (over)"_s : u"12.3 MB（超過）"_s);
        EXPECT_TRUE(size->toolTip().contains(u"10 MB"_s) || size->toolTip().contains(u"10MB"_s));
        EXPECT_TRUE(dialog.details()->text().contains(size->toolTip().toHtmlEscaped()));
        EXPECT_LE(table->columnViewportPosition(ui::ApplicationMailDialog::Size) +
                      table->columnWidth(ui::ApplicationMailDialog::Size),
                  table->viewport()->width());
    }
}
