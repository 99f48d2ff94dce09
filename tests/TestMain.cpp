// The one main() of every test binary: headless Qt, test-mode standard paths, GoogleTest.
#include "core/AppPaths.h"

#include <QStandardPaths>

#ifdef STILLA_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // No display in CI: render offscreen. Set before the application object exists.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep tests away from the real user's data and settings folders.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    stilla::AppPaths::setApplicationIdentity();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
