#include "core/AppPaths.h"

#include "tests/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace stilla {
namespace {

class AppPathsTest : public ::testing::Test
{
protected:
    void SetUp() override { qunsetenv(AppPaths::kDataDirEnv); }
    void TearDown() override { qunsetenv(AppPaths::kDataDirEnv); }
    QTemporaryDir m_dir;
};

TEST_F(AppPathsTest, CommandLineBeatsEnvironmentBeatsStandardLocation)
{
    const QString fromEnv = m_dir.filePath(QStringLiteral("env"));
    const QString fromCli = m_dir.filePath(QStringLiteral("cli"));

    const QString standard = AppPaths::resolveDataDir();
    EXPECT_TRUE(standard.endsWith(QStringLiteral("org.stilla.Stilla"))) << standard.toStdString();

    qputenv(AppPaths::kDataDirEnv, fromEnv.toLocal8Bit());
    EXPECT_EQ(AppPaths::resolveDataDir(), fromEnv);
    EXPECT_EQ(AppPaths::resolveDataDir(fromCli), fromCli);
}

TEST_F(AppPathsTest, RelativeOverrideBecomesAbsoluteAndClean)
{
    const QString resolved = AppPaths::resolveDataDir(QStringLiteral("some/../diary"));
    EXPECT_TRUE(QDir::isAbsolutePath(resolved));
    EXPECT_EQ(resolved, QDir::current().absoluteFilePath(QStringLiteral("diary")));
}

TEST_F(AppPathsTest, PrepareCreatesAnOwnerOnlyFolder)
{
    const QString dir = m_dir.filePath(QStringLiteral("a/b/data"));
    ASSERT_TRUE(AppPaths::prepareDataDir(dir).ok());
    EXPECT_TRUE(QFileInfo(dir).isDir());
    EXPECT_TRUE(AppPaths::isOwnerOnly(QFile::permissions(dir)));
}

TEST_F(AppPathsTest, PrepareTightensAnExistingOpenFolder)
{
    const QString dir = m_dir.filePath(QStringLiteral("open"));
    ASSERT_TRUE(QDir().mkpath(dir));
    ASSERT_TRUE(QFile::setPermissions(dir,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther));
    ASSERT_TRUE(AppPaths::prepareDataDir(dir).ok());
    EXPECT_TRUE(AppPaths::isOwnerOnly(QFile::permissions(dir)));
}

TEST_F(AppPathsTest, PrepareRefusesAFileAndNamesIt)
{
    const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const Status status = AppPaths::prepareDataDir(file);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(QStringLiteral("not-a-folder")));
}

} // namespace
} // namespace stilla
