// Every file Stilla writes is written whole or not at all: a new file is written beside the old
// one and renamed over it (QSaveFile, or write-and-rename), never rewritten in place. The test
// writes each file twice with a hard link to the first version between: a file rewritten in
// place would change under the link too; a replaced one leaves the link holding the old bytes.
#include "AppFixture.h"
#include "app/gui/PrintToFile.h"
#include "app/gui/charts/ChartExport.h"
#include "app/gui/pages/ChartsPage.h"
#include "app/gui/pages/GuidePage.h"
#include "app/report/DoctorReport.h"
#include "core/io/DiaryIo.h"
#include "core/safety/ProfileStore.h"
#include "tests/TestUtil.h"
#include "tests/core/DiaryTestData.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPrinter>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace stilla {
namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ino_t inodeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

class AtomicWritesTest : public test::AppFixture
{
protected:
    /// Writes @p path twice with @p write (round 1, then 2) and checks that the second write
    /// replaced the file rather than rewriting it, and left nothing else behind.
    void expectReplacedWhole(const QString& path, const std::function<Status(int)>& write)
    {
        ASSERT_TRUE(write(1).ok());
        const QByteArray first = contents(path);
        ASSERT_FALSE(first.isEmpty()) << path.toStdString();
        const QString link = path + QStringLiteral(".first");
        ASSERT_EQ(
            ::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);
        const QStringList before = QDir(QFileInfo(path).path()).entryList(QDir::Files);

        const Status second = write(2);
        ASSERT_TRUE(second.ok()) << second.errorMessage().toStdString();
        EXPECT_TRUE(contents(link) == first) << path.toStdString() << " was rewritten in place";
        EXPECT_NE(inodeOf(path), inodeOf(link)) << path.toStdString() << " was not replaced";
        EXPECT_FALSE(contents(path).isEmpty());
        EXPECT_EQ(QDir(QFileInfo(path).path()).entryList(QDir::Files), before)
            << "a temporary file was left beside " << path.toStdString();
    }
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    void logDays(int count)
    {
        for (int i = 0; i < count; ++i)
            ASSERT_TRUE(m_diary->save(test::fullDay(m_clock.today().addDays(-i))).ok());
    }
};

TEST_F(AtomicWritesTest, Exports)
{
    logDays(3);
    for (const auto format : {DiaryFormat::Json, DiaryFormat::Csv}) {
        const QString path
            = file(format == DiaryFormat::Json ? "export/diary.json" : "export/diary.csv");
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).path()));
        expectReplacedWhole(path, [&](int round) {
            std::vector<DayEntry> days = m_diary->days({}, {}).value();
            days.resize(std::size_t(round));
            return DiaryIo::exportFile(path, format, days);
        });
    }
}

TEST_F(AtomicWritesTest, ChartsAsPngAndPdf)
{
    logDays(5);
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Charts);
    auto& charts = *static_cast<ChartsPage*>(window.page(MainWindow::PageId::Charts));
    ASSERT_TRUE(QDir().mkpath(file("charts")));
    expectReplacedWhole(file("charts/chart.png"), [&](int round) {
        charts.setRange(round == 1 ? ChartsPage::Range::TwoWeeks : ChartsPage::Range::Year);
        return ChartExport::savePng(*charts.currentChartView(), file("charts/chart.png"));
    });
    expectReplacedWhole(file("charts/chart.pdf"), [&](int round) {
        return ChartExport::savePdf(*charts.currentChartView(), file("charts/chart.pdf"),
            QStringLiteral("Trend %1").arg(round));
    });
}

TEST_F(AtomicWritesTest, TheReportAndTheGuideAsPdf)
{
    logDays(4);
    ASSERT_TRUE(QDir().mkpath(file("pdf")));
    expectReplacedWhole(file("pdf/report.pdf"), [&](int round) {
        DoctorReport::Options options;
        options.from = m_clock.today().addDays(-10 * round);
        options.to = m_clock.today();
        options.created = m_clock.today();
        return DoctorReport::writePdf(*m_diary, Profile {}, options, file("pdf/report.pdf"));
    });
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Guide);
    auto& guide = *static_cast<GuidePage*>(window.page(MainWindow::PageId::Guide));
    expectReplacedWhole(
        file("pdf/guide.pdf"), [&](int) { return guide.exportPdf(file("pdf/guide.pdf")); });
}

TEST_F(AtomicWritesTest, SettingsAndTheProfile)
{
    const QString path = file("config/stilla.conf");
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).path()));
    Settings settings(path);
    expectReplacedWhole(path, [&](int round) -> Status {
        Profile profile;
        profile.sex = round == 1 ? Sex::Female : Sex::Male;
        ProfileStore(settings).save(profile);
        settings.setValue(Settings::Key::GuideZoom, round);
        if (!settings.sync())
            return Error {QStringLiteral("sync failed")};
        return {};
    });
}

TEST_F(AtomicWritesTest, Backups)
{
    logDays(2);
    ASSERT_TRUE(QDir().mkpath(file("backups")));
    expectReplacedWhole(file("backups/backup.sqlite"), [&](int round) {
        if (round == 2)
            logDays(6);
        return m_diary->backupTo(file("backups/backup.sqlite"));
    });
}

// ---- printing to a file --------------------------------------------------------------------

Status printPage(QPrinter& printer, const QString& text)
{
    PrintToFile output(printer);
    {
        QPainter painter(&printer);
        painter.drawText(QPointF(100, 100), text);
    }
    return output.commit();
}

TEST_F(AtomicWritesTest, PrintingToAFile)
{
    ASSERT_TRUE(QDir().mkpath(file("print")));
    const QString path = file("print/guide.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    expectReplacedWhole(
        path, [&](int round) { return printPage(printer, QStringLiteral("Page %1").arg(round)); });
    EXPECT_EQ(printer.outputFileName(), path); // put back
    EXPECT_TRUE(contents(path).startsWith("%PDF-"));
}

TEST_F(AtomicWritesTest, APrintCutShortLeavesTheFileAsItWas)
{
    ASSERT_TRUE(QDir().mkpath(file("cut")));
    const QString path = file("cut/report.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    ASSERT_TRUE(printPage(printer, QStringLiteral("first")).ok());
    const QByteArray first = contents(path);
    {
        PrintToFile output(printer);
        EXPECT_TRUE(output.isFile());
        QPainter painter(&printer);
        painter.drawText(QPointF(100, 100), QStringLiteral("second"));
        painter.end();
        // ... and never committed: the print failed, or was cancelled.
    }
    EXPECT_EQ(contents(path), first);
    EXPECT_EQ(QDir(file("cut")).entryList(QDir::Files), QStringList {QStringLiteral("report.pdf")});
    // A preview paints without writing the file: committing it changes nothing either.
    QPrinter screen(QPrinter::HighResolution);
    PrintToFile none(screen);
    EXPECT_FALSE(none.isFile());
    EXPECT_TRUE(none.commit().ok());
}

} // namespace
} // namespace stilla
