// stilla-cli on a data folder it may not write: while another program holds the folder
// (Stilla's window, here stood in for by a lock this test holds), commands that write refuse
// with exit code 4 and change nothing, and commands that read work read-only; on a read-only
// diary or folder, commands that write refuse with 5 and reading ones work.
#include "CliRunner.h"
#include "core/AppPaths.h"
#include "core/InstanceLock.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"
#include "tests/core/DiaryTestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace stilla {
namespace {

using namespace test;

class CliAccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_csv = m_dir.filePath(QStringLiteral("days.csv"));
        QFile file(m_csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(test::kCsvHeader + "2026-11-21,,,,,3,4,,,,,imported\n");
        file.close();
        auto opened = DiaryStore::open(AppPaths::diaryFile(m_data));
        ASSERT_TRUE(opened.store);
        ASSERT_TRUE(opened.store->save(test::fullDay(QDate(2026, 11, 20))).ok());
        ASSERT_TRUE(opened.store->backupTo(m_dir.filePath(QStringLiteral("backup.sqlite"))).ok());
    }
    void TearDown() override
    {
        QFile::setPermissions(m_data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(AppPaths::diaryFile(m_data), QFile::ReadOwner | QFile::WriteOwner);
    }

    CliRun run(const QStringList& arguments) const
    {
        return test::runCli(QStringList {QStringLiteral("--data-dir"), m_data} + arguments);
    }
    QStringList importArguments() const { return {QStringLiteral("import"), m_csv}; }
    QStringList exportArguments() const
    {
        return {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("-")};
    }
    QByteArray diaryHash() const { return test::fileHash(AppPaths::diaryFile(m_data)); }

    /// The reading commands all work, and say what they found.
    void expectReadingWorks() const
    {
        const CliRun exported = run(exportArguments());
        EXPECT_EQ(exported.code, Cli::Success) << exported.err.toStdString();
        EXPECT_TRUE(exported.out.contains(QLatin1String("2026-11-20")));
        EXPECT_EQ(run({QStringLiteral("check")}).code, Cli::Success);
        const CliRun backup
            = run({QStringLiteral("backup"), m_dir.filePath(QStringLiteral("copy.sqlite"))});
        EXPECT_EQ(backup.code, Cli::Success) << backup.err.toStdString();
        const CliRun safety = run(
            {QStringLiteral("safety"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        EXPECT_EQ(safety.code, Cli::Success) << safety.err.toStdString();
        EXPECT_EQ(run({QStringLiteral("stats")}).code, Cli::Success);
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_csv;
};

TEST_F(CliAccessTest, WhileAnotherProgramHoldsTheFolderWritingCommandsRefuseWith4)
{
    InstanceLock window(m_data);
    ASSERT_EQ(window.acquire(), InstanceLock::Outcome::Acquired);
    const QByteArray before = diaryHash();

    const CliRun imported = run(importArguments());
    EXPECT_EQ(imported.code, Cli::InUse);
    EXPECT_TRUE(imported.err.contains(QDir::toNativeSeparators(m_data)))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QLatin1String("stilla-cli import may not change the diary")));
    EXPECT_TRUE(imported.err.contains(QLatin1String("Close Stilla's window")));
    const CliRun restored
        = run({QStringLiteral("restore"), m_dir.filePath(QStringLiteral("backup.sqlite"))});
    EXPECT_EQ(restored.code, Cli::InUse) << restored.err.toStdString();
    const CliRun profile
        = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("sex=female")});
    EXPECT_EQ(profile.code, Cli::InUse) << profile.err.toStdString();
    // With a settings file of its own, profile set does not touch the window's.
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("sex=female"),
                      QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("other.conf"))})
                  .code,
        Cli::Success);

    expectReadingWorks();
    EXPECT_EQ(diaryHash(), before);

    window.release();
    EXPECT_EQ(run(importArguments()).code, Cli::Success);
    EXPECT_TRUE(run(exportArguments()).out.contains(QLatin1String("imported")));
}

TEST_F(CliAccessTest, OnAReadOnlyDiaryWritingCommandsRefuseWith5)
{
    ASSERT_TRUE(QFile::setPermissions(AppPaths::diaryFile(m_data), QFile::ReadOwner));
    const QByteArray before = diaryHash();
    const CliRun imported = run(importArguments());
    EXPECT_EQ(imported.code, Cli::ReadOnly) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QLatin1String("is read-only")));
    const CliRun restored
        = run({QStringLiteral("restore"), m_dir.filePath(QStringLiteral("backup.sqlite"))});
    EXPECT_EQ(restored.code, Cli::ReadOnly) << restored.err.toStdString();
    expectReadingWorks();
    EXPECT_EQ(diaryHash(), before);
}

TEST_F(CliAccessTest, InAReadOnlyFolderWritingCommandsRefuseWith5)
{
    // The reading commands write their log in the folder; make it first, as a first run would.
    ASSERT_TRUE(QDir().mkpath(AppPaths::logDir(m_data)));
    const QStringList before = QDir(m_data).entryList(QDir::Files | QDir::Hidden);
    ASSERT_TRUE(QFile::setPermissions(m_data, QFile::ReadOwner | QFile::ExeOwner));
    const CliRun imported = run(importArguments());
    EXPECT_EQ(imported.code, Cli::ReadOnly) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QLatin1String("is read-only")));
    const CliRun exported = run(exportArguments());
    EXPECT_EQ(exported.code, Cli::Success) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QLatin1String("2026-11-20")));
    EXPECT_EQ(QDir(m_data).entryList(QDir::Files | QDir::Hidden), before);
}

TEST_F(CliAccessTest, TheHelpNamesExitCodes4And5)
{
    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QLatin1String("4  the data folder is in use")));
    EXPECT_TRUE(help.out.contains(QLatin1String("5  the diary or the data folder is read-only")));
}

} // namespace
} // namespace stilla
