#include "app/gui/report/ReportDialog.h"

#include "app/gui/widgets/FileDialog.h"
#include "app/report/DoctorReport.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "tests/ReportFixtures.h"
#include "tests/cli/CliRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace stilla {
namespace {

using test::knownDays;
using test::pdfPages;
using test::readFile;

// ---- the dialog ----------------------------------------------------------------------------

class ReportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_store = std::move(opened.store);
        for (const DayEntry& day : knownDays())
            ASSERT_TRUE(m_store->save(day).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
    Settings m_settings {m_dir.filePath(QStringLiteral("stilla.conf"))};
    FixedClock m_clock {QDateTime(QDate(2026, 3, 5), QTime(12, 0))};
};

TEST_F(ReportDialogTest, PresetsSetThePeriodAndEveryControlHasAName)
{
    ReportDialog dialog(*m_store, m_settings, m_clock, QStringLiteral("sv"));
    EXPECT_EQ(dialog.options().to, QDate(2026, 3, 5));
    EXPECT_EQ(dialog.options().from, QDate(2026, 2, 6));
    EXPECT_EQ(dialog.options().language, QStringLiteral("sv"));
    dialog.applyPreset(ReportDialog::Preset::LastThreeMonths);
    EXPECT_EQ(dialog.options().from, QDate(2025, 12, 6));
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QComboBox*>(widget) || qobject_cast<QDateEdit*>(widget)
            || qobject_cast<QPushButton*>(widget)) {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    // A first day after the last one cannot be previewed or saved.
    dialog.findChild<QDateEdit*>(QStringLiteral("fromEdit"))->setDate(QDate(2026, 3, 5));
    dialog.findChild<QDateEdit*>(QStringLiteral("toEdit"))->setDate(QDate(2026, 3, 1));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_F(ReportDialogTest, SavesAPdfAndRendersThePreview)
{
    ReportDialog dialog(*m_store, m_settings, m_clock, QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(dialog.saveTo(path).ok());
    const int saved = pdfPages(readFile(path));
    EXPECT_GE(saved, 1);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("preview.pdf")));
    EXPECT_EQ(dialog.renderTo(printer), saved);
}

TEST_F(ReportDialogTest, TheSavedMessageMakesTheDialogTallerInsteadOfSqueezingIt)
{
    ReportDialog dialog(*m_store, m_settings, m_clock, QStringLiteral("en"));
    dialog.resize(360, dialog.sizeHint().height());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    FileDialog::setNextPath(m_dir.filePath(QStringLiteral("a-report-with-a-rather-long-name.pdf")));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    ASSERT_TRUE(message->isVisible());
    QCoreApplication::processEvents();
    // Every wrapped text has the height its lines need at its width.
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        EXPECT_GE(label->height(), label->heightForWidth(label->width()))
            << label->text().toStdString();
    }
}

TEST_F(ReportDialogTest, NameAndBirthYearArePrintedAndNeverSaved)
{
    ReportDialog dialog(*m_store, m_settings, m_clock, QStringLiteral("en"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* year = dialog.findChild<QLineEdit*>(QStringLiteral("birthYearEdit"));
    ASSERT_TRUE(name && year);
    EXPECT_FALSE(name->accessibleName().isEmpty());
    EXPECT_FALSE(year->accessibleName().isEmpty());
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));

    // A year that cannot be a birth year is named, and the report cannot be made.
    QTest::keyClicks(year, QStringLiteral("1850"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(message->text().contains(QStringLiteral("1850"))) << message->text().toStdString();
    year->clear();
    QTest::keyClicks(year, QStringLiteral("1961"));
    QTest::keyClicks(name, QStringLiteral("  Anna   Svensson "));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(dialog.options().name, QStringLiteral("Anna Svensson"));
    EXPECT_EQ(dialog.options().birthYear, 1961);

    const Result<DoctorReport> report = DoctorReport::load(*m_store, Profile(), dialog.options());
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->plainText().contains(QStringLiteral("Anna Svensson, born 1961")));
    // Nothing of it reaches the settings file.
    m_settings.sync();
    QFile settings(m_dir.filePath(QStringLiteral("stilla.conf")));
    if (settings.open(QIODevice::ReadOnly)) {
        const QByteArray saved = settings.readAll();
        EXPECT_FALSE(saved.contains("Svensson"));
        EXPECT_FALSE(saved.contains("1961"));
    }
}

// ---- stilla-cli report -----------------------------------------------------------------------

class CliReportTest : public ReportDialogTest
{
protected:
    using Run = test::CliRun;
    Run run(const QStringList& arguments) const
    {
        return test::runCli(
            QStringList {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("report")}
            + arguments);
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    void SetUp() override
    {
        ReportDialogTest::SetUp();
        ASSERT_TRUE(QDir().mkpath(dataDir()));
        ASSERT_TRUE(m_store->backupTo(AppPaths::diaryFile(dataDir())).ok());
    }
    QStringList period() const
    {
        return {QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-05")};
    }
};

TEST_F(CliReportTest, WritesThePdf)
{
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    const Run result = run(period()
        + QStringList {QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--paper"),
            QStringLiteral("letter"), path});
    ASSERT_EQ(result.code, Cli::Success) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("cli.pdf")));
    const QByteArray pdf = readFile(path);
    EXPECT_GE(pdfPages(pdf), 1);
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 612.000000 792.000000]"));
}

TEST_F(CliReportTest, BadUsageIsExitTwoNamingTheOption)
{
    const QString path = m_dir.filePath(QStringLiteral("bad.pdf"));
    const auto expectUsage = [&](const QStringList& arguments, const QString& named) {
        const Run result = run(arguments);
        EXPECT_EQ(result.code, Cli::UsageError) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(named)) << result.err.toStdString();
    };
    expectUsage({QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                    QStringLiteral("2026-03-05"), path},
        QStringLiteral("--from"));
    expectUsage(
        {QStringLiteral("--to"), QStringLiteral("2026-03-05"), path}, QStringLiteral("--from"));
    expectUsage({QStringLiteral("--from"), QStringLiteral("2026-03-05"), QStringLiteral("--to"),
                    QStringLiteral("2026-03-01"), path},
        QStringLiteral("--from"));
    expectUsage(period() + QStringList {QStringLiteral("--lang"), QStringLiteral("de"), path},
        QStringLiteral("--lang"));
    expectUsage(period() + QStringList {QStringLiteral("--paper"), QStringLiteral("a5"), path},
        QStringLiteral("--paper"));
    expectUsage(period(), QStringLiteral("FILE"));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(CliReportTest, NameAndBirthYearGoOnTheReportAndABadYearIsAUsageError)
{
    const QString path = m_dir.filePath(QStringLiteral("named.pdf"));
    Run result = run(
        period() + QStringList {QStringLiteral("--birth-year"), QStringLiteral("2030"), path});
    EXPECT_EQ(result.code, Cli::UsageError);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--birth-year"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("2030")));
    result = run(
        period() + QStringList {QStringLiteral("--birth-year"), QStringLiteral("sixty"), path});
    EXPECT_EQ(result.code, Cli::UsageError);
    EXPECT_TRUE(result.err.contains(QStringLiteral("\"sixty\""))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));

    result = run(period()
        + QStringList {QStringLiteral("--name"), QStringLiteral("Anna Svensson"),
            QStringLiteral("--birth-year"), QStringLiteral("1961"), QStringLiteral("--lang"),
            QStringLiteral("sv"), path});
    ASSERT_EQ(result.code, Cli::Success) << result.err.toStdString();
    EXPECT_GE(pdfPages(readFile(path)), 2);
}

TEST_F(CliReportTest, AFileThatCannotBeWrittenIsExitOneNamingIt)
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    const Run result = run(period() + QStringList {path});
    EXPECT_EQ(result.code, Cli::Failure);
    EXPECT_TRUE(result.err.contains(QStringLiteral("out.pdf"))) << result.err.toStdString();
}

} // namespace
} // namespace stilla
