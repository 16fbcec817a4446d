// The UI test program: a QApplication on the offscreen platform, set before the application
// exists (gtest discovery runs this binary at build time, without a display).
#include "testsupport.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data of this run only: ctest runs several of these programs at once, and
    // one test's preferences (the user's name, the date style) must not reach another's.
    const iotdesk::test::IsolatedUserFolders userFolders;
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
