// The print library's test program: a QGuiApplication on the offscreen platform (fonts, never a
// screen), set before the application exists (gtest discovery runs this binary at build time).
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
