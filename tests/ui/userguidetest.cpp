// The user guide inside the program: F1 opens the section of the page in view, in the
// interface language, and every section a page names exists in both languages' guide.
#include "core/foundation/logging.h"
#include "core/foundation/userfolders.h"
#include "testsupport.h"
#include "ui/consultations/consultationspage.h"
#include "ui/shell/helpwindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/translations.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace iotdesk;

namespace {

// Stands in for the system's file manager: records what it was asked to show.
class FileManager : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> shown;

public slots:
    void show(const QUrl &url) { shown.append(url); }
};

QString guideHtml(const QString &language)
{
    QFile file(u":/help/%1/index.html"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

class UserGuideTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::UserFolders::openSettings().clear();
        m_translations.apply(core::Language::English);
        m_window = std::make_unique<ui::MainWindow>(&m_translations);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(m_dir.filePath(u"guide.sqlite"_s), false));
        QApplication::setActiveWindow(m_window.get());
    }
    void TearDown() override
    {
        m_window.reset();
        m_translations.apply(core::Language::English);
    }

    // Presses F1 where the user is and returns the guide window it opened.
    ui::HelpWindow *pressF1(QWidget *where)
    {
        QTest::keyClick(where, Qt::Key_F1);
        QCoreApplication::processEvents();
        auto *guide = m_window->findChild<ui::HelpWindow *>();
        EXPECT_NE(guide, nullptr);
        EXPECT_TRUE(guide && guide->isVisible());
        return guide;
    }

    QTemporaryDir m_dir;
    ui::Translations m_translations;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(UserGuideTest, F1OpensThePagesSectionInTheInterfaceLanguage)
{
    m_window->showPage(ui::MainWindow::ConsultationsPageIndex);
    ui::HelpWindow *guide = pressF1(m_window->consultationsPage());
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->language(), u"en");
    // Never larger than the screen (1024×768 offices).
    ASSERT_NE(guide->screen(), nullptr);
    EXPECT_LE(guide->width(), guide->screen()->availableGeometry().width());
    EXPECT_LE(guide->height(), guide->screen()->availableGeometry().height());
    EXPECT_EQ(guide->browser()->source(), ui::HelpWindow::guideUrl(u"en"_s, u"consultations"_s));
    EXPECT_EQ(guide->currentSection(), u"consultations");
    // The section's heading is at the top of the view, and the contents list marks it.
    ASSERT_NE(guide->contents()->currentItem(), nullptr);
    EXPECT_EQ(guide->contents()->currentItem()->data(Qt::UserRole).toString(), u"consultations");
    EXPECT_EQ(guide->contents()->currentItem()->text(), u"Consultations");
    EXPECT_GE(guide->contents()->count(), 12) << "a section per page and the how-tos";
    // The screenshots load from the resources.
    EXPECT_FALSE(QImage(u":/help/images/en-consultations.png"_s).isNull());

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        guide->resize(1040, 760);
        QTest::qWait(200);
        guide->grab().save(folder + u"/en-user-guide.png"_s);
    }

    // The language switched: the guide follows at the same section.
    m_translations.apply(core::Language::Japanese);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    EXPECT_EQ(guide->language(), u"ja");
    EXPECT_EQ(guide->browser()->source(), ui::HelpWindow::guideUrl(u"ja"_s, u"consultations"_s));
    EXPECT_EQ(guide->contents()->currentItem()->text(), u"相談記録");

    if (const QString folder = qEnvironmentVariable("IOTDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        guide->resize(1040, 760);
        QTest::qWait(200);
        guide->grab().save(folder + u"/ja-user-guide.png"_s);
    }

    // In Japanese, F1 on the Monthly Reports page opens that section of the Japanese guide.
    guide->hide();
    m_window->showPage(ui::MainWindow::ReportsPageIndex);
    QApplication::setActiveWindow(m_window.get());
    guide = pressF1(m_window->navigation());
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->browser()->source(), ui::HelpWindow::guideUrl(u"ja"_s, u"reports"_s));
    EXPECT_EQ(guide->currentSection(), u"reports");

    // Back returns to the Consultations section; the search finds text within the guide.
    guide->browser()->backward();
    EXPECT_EQ(guide->browser()->source().fragment(), u"consultations");
    guide->searchField()->setText(u"Ctrl+L"_s);
    QTest::keyClick(guide->searchField(), Qt::Key_Return);
    EXPECT_EQ(guide->browser()->textCursor().selectedText(), u"Ctrl+L");
}

TEST(UserGuide, EveryPagesSectionExistsInBothLanguages)
{
    for (const QString &language : {u"ja"_s, u"en"_s}) {
        const QString html = guideHtml(language);
        ASSERT_FALSE(html.isEmpty()) << language.toStdString();
        QStringList anchors;
        for (const auto &[anchor, title] : ui::HelpWindow::sections(html)) {
            anchors.append(anchor);
            EXPECT_FALSE(title.isEmpty()) << anchor.toStdString();
        }
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            const QString anchor = ui::MainWindow::helpAnchor(ui::MainWindow::PageIndex(page));
            EXPECT_FALSE(anchor.isEmpty()) << "page " << page;
            EXPECT_TRUE(anchors.contains(anchor))
                << language.toStdString() << " guide has no section " << anchor.toStdString();
        }
        // The how-tos every newcomer needs are there too.
        for (const QString &anchor :
             {u"getting-started"_s, u"coordinator-year"_s, u"consultant-call"_s, u"backups"_s,
              u"shortcuts"_s, u"command-line"_s})
            EXPECT_TRUE(anchors.contains(anchor))
                << language.toStdString() << " " << anchor.toStdString();
        // Every picture it shows is bundled.
        const QRegularExpression image(u"<img[^>]*src=\"([^\"]+)\""_s);
        for (auto it = image.globalMatch(html); it.hasNext();) {
            const QUrl source =
                ui::HelpWindow::guideUrl(language).resolved(QUrl(it.next().captured(1)));
            EXPECT_TRUE(QFile::exists(u":"_s + source.path())) << source.toString().toStdString();
        }
    }
    // Both guides name the same sections in the same order.
    QStringList ja, en;
    for (const auto &section : ui::HelpWindow::sections(guideHtml(u"ja"_s)))
        ja.append(section.first);
    for (const auto &section : ui::HelpWindow::sections(guideHtml(u"en"_s)))
        en.append(section.first);
    EXPECT_EQ(ja, en);
}

// Help ▸ Open Log Folder shows the folder the log is written to, creating it if need be.
TEST_F(UserGuideTest, HelpOpensTheLogFolder)
{
    auto *action = m_window->findChild<QAction *>(u"openLogFolder"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), u"Open &Log Folder"_s);
    FileManager manager;
    QDesktopServices::setUrlHandler(u"file"_s, &manager, "show");
    action->trigger();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    ASSERT_EQ(manager.shown.size(), 1);
    EXPECT_EQ(QDir(manager.shown.front().toLocalFile()).absolutePath(),
              QDir(core::LogFile::defaultFolder()).absolutePath());
    EXPECT_TRUE(QDir(core::LogFile::defaultFolder()).exists());
}

#include "userguidetest.moc"
