#include "testsupport.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    // Settings and data of this run only; each iotdesk-cli a test starts has its own too.
    const iotdesk::test::IsolatedUserFolders userFolders;
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
