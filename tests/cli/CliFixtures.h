#pragma once

// The fixtures of the stilla-cli tests: a throw-away data folder with files beside it, and the
// command line run in this process on that folder (CliRunner.h).
#include "CliRunner.h"
#include "core/AppPaths.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace stilla::test {

/// A throw-away data folder and files beside it, with the Cli run on that folder.
class CliDiaryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString diary() const { return AppPaths::diaryFile(dataDir()); }
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QString write(const char* name, const QByteArray& content) const
    {
        QFile out(file(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return out.fileName();
    }
    static QByteArray read(const QString& path)
    {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
        return in.readAll();
    }

    CliRun cli(QStringList args) const
    {
        args.prepend(dataDir());
        args.prepend(QStringLiteral("--data-dir"));
        return runCli(args);
    }
    /// Exports the whole diary as JSON through stdout.
    QString exportJson() const
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("-")});
        EXPECT_EQ(run.code, Cli::Success) << run.err.toStdString();
        return run.out;
    }
    void importTwoDays() const
    {
        const QString csv = write("two.csv",
            kCsvHeader
                + "2024-03-01,22:30,06:30,20,1,4,3,250,300,1,30,first\n"
                  "2024-03-02,23:00,07:00,10,0,5,1,,,,,\"second, with comma\"\n");
        const CliRun run = cli({QStringLiteral("import"), csv});
        ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    }

    QTemporaryDir m_dir;
};

/// The diary commands' fixture, with the profile in a settings file of its own.
class CliSafetyTest : public CliDiaryTest
{
protected:
    QString settingsFile() const { return file("stilla.conf"); }
    CliRun profile(QStringList args) const
    {
        args.prepend(QStringLiteral("profile"));
        args << QStringLiteral("--settings") << settingsFile();
        return cli(args);
    }
    QJsonObject profileJson() const
    {
        const CliRun run = profile({QStringLiteral("show"), QStringLiteral("--json")});
        EXPECT_EQ(run.code, Cli::Success) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    CliRun safety(QStringList args) const
    {
        args.prepend(QStringLiteral("safety"));
        args << QStringLiteral("--settings") << settingsFile();
        return cli(args);
    }
    /// The findings of @p date as JSON, checking the shape of every object.
    QStringList rulesOn(const char* date) const
    {
        const CliRun run
            = safety({QStringLiteral("--date"), QLatin1String(date), QStringLiteral("--json")});
        EXPECT_EQ(run.code, Cli::Success) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(document.isArray());
        QStringList rules;
        for (const QJsonValue& value : document.array()) {
            const QJsonObject finding = value.toObject();
            EXPECT_EQ(finding.keys(),
                QStringList({QStringLiteral("message"), QStringLiteral("rule"),
                    QStringLiteral("section"), QStringLiteral("severity")}));
            EXPECT_FALSE(finding.value(QStringLiteral("message")).toString().isEmpty());
            EXPECT_FALSE(finding.value(QStringLiteral("section")).toString().isEmpty());
            rules << finding.value(QStringLiteral("rule")).toString() + QLatin1Char('/')
                    + finding.value(QStringLiteral("severity")).toString();
        }
        return rules;
    }
    /// 2024-03-01: 250 mg food, one 300 mg supplement, caffeine and symptoms.
    void importSupplementDay() const
    {
        const QString csv = write("supplement.csv",
            kCsvHeader
                + "2024-03-01,22:30,06:30,20,1,4,3,250,300,1,30,\n"
                  "2024-03-02,,,,,,,900,,,,food only\n");
        const CliRun run = cli({QStringLiteral("import"), csv});
        ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    }
};

class CliFoodsTest : public ::testing::Test
{
protected:
    CliRun foods(QStringList args) const
    {
        args.prepend(QStringLiteral("foods"));
        args.prepend(m_data);
        args.prepend(QStringLiteral("--data-dir"));
        return runCli(args);
    }
    static QJsonArray parseJson(const CliRun& run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(document.isArray());
        return document.array();
    }

    QTemporaryDir m_dir;
    const QString m_data = m_dir.filePath(QStringLiteral("data"));
};

} // namespace stilla::test
