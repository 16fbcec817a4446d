// The fixture of the page tests: one page made on its own, as the main window makes it — a
// fresh database, an undo stack whose every step is announced through the core's change
// notification (as the main window does), the file's write access, and the date style of the
// preferences (fresh ones) in the interface language — without a window.
#pragma once

#include "core/foundation/dateformatter.h"
#include "core/foundation/preferences.h"
#include "core/foundation/userfolders.h"
#include "core/storage/changenotifier.h"
#include "testsupport.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/page.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/writeaccess.h"

#include <QEvent>
#include <QObject>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <vector>

namespace iotdesk::test {

// A child of a page by its object name (a widget, or a model the page owns); fails the test
// when there is none. Pages show what they hold, they do not hand it out: tests find it as
// they would on screen.
template <typename T> T *child(const QObject *page, const QString &name)
{
    auto *found = page->findChild<T *>(name);
    EXPECT_NE(found, nullptr) << "no " << name.toStdString();
    return found;
}

// Calls back when the object it watches is told the interface language changed.
class LanguageChangeWatch : public QObject
{
public:
    explicit LanguageChangeWatch(std::function<void()> changed)
        : m_changed(std::move(changed))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_changed();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_changed;
};

class PageFixture : public ::testing::Test
{
protected:
    PageFixture()
    {
        // Preferences as on a first start (one test's date style is not another's).
        core::UserFolders::openSettings().clear();
        translations.apply(core::Language::English);
        QObject::connect(&undoStack, &QUndoStack::indexChanged, &undoStack,
                         [this] { temp.db().changes().poll(); });
    }
    ~PageFixture() override { undoStack.clear(); }

    core::Database &db() { return temp.db(); }

    // What the main window gives each page when it is made and whenever the interface language
    // changes: the date style of the preferences in that language, for the page, the date
    // fields and the core's messages alike.
    void giveDateStyle(ui::Page &page)
    {
        const auto give = [this, &page] {
            const core::DateStyle style = core::Preferences().dateStyle(translations.language());
            ui::DateField::setStyle(style);
            core::DateFormatter::setMessageStyle(style);
            page.setDateStyle(style);
        };
        give();
        languageWatches.push_back(std::make_unique<LanguageChangeWatch>(give));
        page.installEventFilter(languageWatches.back().get());
    }

    template <typename T> static T *child(const QObject *page, const QString &name)
    {
        return test::child<T>(page, name);
    }

    TempDatabase temp;
    ui::Translations translations;
    QUndoStack undoStack;
    ui::WriteAccess writes;
    std::vector<std::unique_ptr<LanguageChangeWatch>> languageWatches;
};

} // namespace iotdesk::test
