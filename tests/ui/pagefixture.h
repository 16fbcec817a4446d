// The fixture of the page tests: one page made on its own, as the main window makes it — a
// fresh database, an undo stack whose every step is announced through the core's change
// notification (as the main window does), and the file's write access — without a window.
#pragma once

#include "core/storage/changenotifier.h"
#include "testsupport.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/writeaccess.h"

#include <QObject>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace iotdesk::test {

class PageFixture : public ::testing::Test
{
protected:
    PageFixture()
    {
        translations.apply(core::Language::English);
        QObject::connect(&undoStack, &QUndoStack::indexChanged, &undoStack,
                         [this] { temp.db().changes().poll(); });
    }
    ~PageFixture() override { undoStack.clear(); }

    core::Database &db() { return temp.db(); }

    // A child of the page by its object name; fails the test when there is none.
    template <typename T> static T *child(const QObject *page, const QString &name)
    {
        auto *found = page->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << "no " << name.toStdString();
        return found;
    }

    TempDatabase temp;
    ui::Translations translations;
    QUndoStack undoStack;
    ui::WriteAccess writes;
};

} // namespace iotdesk::test
