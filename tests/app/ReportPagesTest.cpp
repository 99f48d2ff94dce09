// The report as its reader gets it: the PDF's pages through pdftotext (poppler-utils), the
// first page that holds the summary, words that never break, and a voice that speaks about the
// person, not to them.
#include "app/report/DoctorReport.h"
#include "app/report/TrendFigure.h"
#include "core/demo/DemoDiary.h"
#include "core/experiment/ExperimentResult.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/stats/Statistics.h"
#include "tests/ReportFixtures.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <gtest/gtest.h>

namespace stilla {
namespace {

using test::pdfWords;

const QDate kLastDay(2026, 11, 24);
constexpr quint32 kSeed = 20261124;

int pdfPageCount(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(process.waitForFinished(60000));
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
              .match(QString::fromUtf8(process.readAllStandardOutput()));
    return pages.hasMatch() ? pages.captured(1).toInt() : 0;
}

struct Case
{
    const char* name;
    int days; ///< how many days of the demo diary, up to kLastDay
};
/// The ten-year demo diary and a month of a fresh one.
const Case kTenYears {"the ten-year demo", 3652};
const Case kFreshMonth {"a fresh month", 30};
const Case kQuarter {"a quarter", 91};

DoctorReport report(const Case& period, const QString& language, QPageSize::PageSizeId paper,
    bool withExperiment = false, const Profile& profile = Profile())
{
    const int years = std::max(1, (period.days + 364) / 365);
    DoctorReport::Options options;
    options.from = kLastDay.addDays(1 - period.days);
    options.to = kLastDay;
    options.language = language;
    options.pageSize = QPageSize(paper);
    options.created = kLastDay.addDays(1);
    options.intakeTarget = IntakeTargets::Choice {};
    std::vector<DayEntry> days = DemoDiary::generate(kLastDay, years, kSeed);
    std::erase_if(days, [&](const DayEntry& day) { return day.date < options.from; });
    std::optional<DoctorReport::Experiment> experiment;
    if (withExperiment) {
        // An ABAB experiment of 14-day phases ending on the last day.
        ExperimentPlan plan;
        plan.start = kLastDay.addDays(-55);
        plan.doseMg = 200;
        const DailySeries series = Statistics::daily(days, plan.start, kLastDay);
        experiment
            = DoctorReport::Experiment {plan, ExperimentResult::compute(plan, series, kLastDay)};
    }
    std::vector<LabResult> labs = period.days > 30 ? DemoDiary::labResults(kLastDay, years, kSeed)
                                                   : std::vector<LabResult> {};
    // With the experiment, the fullest first page: a reduced eGFR adds the kidney row's
    // longest text.
    if (withExperiment && !labs.empty())
        labs.back().egfr = 42;
    return DoctorReport(std::move(days), profile, options, std::move(labs), experiment);
}

/// The page (0 first) that @p block starts on.
int pageOf(const QTextDocument& document, const QTextBlock& block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return int(rect.top() / document.pageSize().height());
}

TEST(ReportPagesTest, TheFirstPageHoldsTheSummaryAndTheAppendixStartsOnTheSecond)
{
    // The ten-year demo (the longest numbers) in Swedish (the longest words) on A4 (the
    // narrower paper), and a fresh month in both languages on both papers.
    // The last with lab results (an eGFR below 60 among them) and a self-experiment: the
    // fullest first page.
    const std::vector<std::tuple<Case, QString, QPageSize::PageSizeId, bool>> cases {
        {kTenYears, QStringLiteral("sv"), QPageSize::A4, false},
        {kFreshMonth, QStringLiteral("sv"), QPageSize::A4, false},
        {kFreshMonth, QStringLiteral("en"), QPageSize::Letter, false},
        {kFreshMonth, QStringLiteral("en"), QPageSize::A4, false},
        {kTenYears, QStringLiteral("sv"), QPageSize::A4, true},
    };
    for (const auto& [period, language, paper, withExperiment] : cases) {
        SCOPED_TRACE(std::string(period.name) + ", " + language.toStdString()
            + (withExperiment ? ", with an experiment" : ""));
        const DoctorReport made = report(period, language, paper, withExperiment);
        QBuffer buffer;
        QPdfWriter writer(&buffer);
        made.preparePage(writer);
        const std::unique_ptr<QTextDocument> document = made.layOut(writer);
        const QString appendixTitle = language == QLatin1String("sv")
            ? QStringLiteral("Bilaga: detaljer")
            : QStringLiteral("Appendix: details");
        int appendix = -1;
        int figure = -1;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text() == appendixTitle)
                appendix = pageOf(*document, block);
            if (block.text().contains(QChar::ObjectReplacementCharacter)) {
                const QRectF rect = document->documentLayout()->blockBoundingRect(block);
                figure = int((rect.bottom() - 1) / document->pageSize().height());
            }
        }
        EXPECT_EQ(figure, 0) << "the trend figure ends on page " << figure + 1;
        EXPECT_EQ(appendix, 1) << "the appendix starts on page " << appendix + 1;
    }
}

/// One small diary whose report is held as text: every section has something to say.
DoctorReport goldenReport(const QString& language)
{
    std::vector<DayEntry> days;
    for (int i = 0; i < 6; ++i) {
        DayEntry day;
        day.date = QDate(2026, 3, 1).addDays(i);
        day.symptoms.severity = 6 - i;
        day.sleep.quality = 2 + i % 3;
        day.foods = {{0, QStringLiteral("custom"), QStringLiteral("c1"), QStringLiteral("Oats"), 80,
            120.0 + 10 * i}};
        if (i >= 2)
            day.supplements = {{0, SupplementForm::Citrate, 300, QTime(21, 0), Route::Oral}};
        if (i == 3)
            day.sideEffects = unsigned(SideEffect::Diarrhoea);
        day.medications
            = {{0, QStringLiteral("Pramipexole"), MedicationClass::DopamineAgonist, std::nullopt}};
        days.push_back(day);
    }
    LabResult lab;
    lab.date = QDate(2026, 2, 10);
    lab.ferritin = 45;
    lab.transferrinSaturation = 18;
    Profile profile;
    profile.ageGroup = AgeGroup::Adult;
    profile.sex = Sex::Female;
    profile.medications = {MedicationClass::DopamineAgonist};
    DoctorReport::Options options;
    options.from = QDate(2026, 3, 1);
    options.to = QDate(2026, 3, 7);
    options.language = language;
    options.pageSize = QPageSize(QPageSize::A4);
    options.created = QDate(2026, 3, 9);
    options.name = QStringLiteral("Anna Svensson");
    options.birthYear = 1961;
    options.intakeTarget = IntakeTargets::Choice {};
    return DoctorReport(days, profile, options, {lab});
}

TEST(ReportPagesTest, AnEarlierStartIsCalledPossibleAugmentationOnlyWithADopamineMedicine)
{
    // The demo logs no medicines: when symptoms began is said with what else moves it, and
    // augmentation, a complication of dopamine medicines, is not named.
    const QString without = report(kQuarter, QStringLiteral("en"), QPageSize::A4).plainText();
    ASSERT_TRUE(without.contains(QStringLiteral("When symptoms began"))) << without.toStdString();
    EXPECT_FALSE(without.contains(QStringLiteral("augmentation"))) << without.toStdString();
    Profile dopamine;
    dopamine.medications = {MedicationClass::DopamineAgonist};
    const QString with
        = report(kQuarter, QStringLiteral("en"), QPageSize::A4, false, dopamine).plainText();
    EXPECT_TRUE(with.contains(QStringLiteral("can be a sign of augmentation in a person taking "
                                             "a dopamine medicine")))
        << with.toStdString();
}

TEST(ReportPagesTest, ThePdfsTextAndPagesMatchTheGoldenFiles)
{
    // tests/data/report/golden_LANG.txt: what pdftotext reads from the PDF, in the PDF's own
    // order (header, body in reading order, footer), white space made single spaces, one page
    // per line. A change to the report's text shows
    // here as a diff to read; when it is meant, copy the produced file over the golden one.
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        SCOPED_TRACE(language.toStdString());
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        ASSERT_TRUE(goldenReport(language).writePdf(pdf).ok());
        const int pages = pdfPageCount(pdf);
        EXPECT_EQ(pages, 3) << "the summary, the appendix, and the table of days";
        QStringList lines;
        for (int page = 1; page <= pages; ++page)
            lines << pdfWords(pdf, page, page);
        const QByteArray actual = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
        const QString name = QStringLiteral("golden_%1.txt").arg(language);
        QFile golden(QStringLiteral(STILLA_SOURCE_DIR "/tests/data/report/") + name);
        ASSERT_TRUE(golden.open(QIODevice::ReadOnly)) << golden.fileName().toStdString();
        const QByteArray expected = golden.readAll();
        if (actual != expected) {
            QFile out(QStringLiteral(STILLA_BINARY_DIR "/") + name);
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            ADD_FAILURE() << "differs from tests/data/report/" << name.toStdString()
                          << "; the produced text is in " << out.fileName().toStdString();
        }
    }
}

TEST(ReportPagesTest, EveryPageSaysWhoseReportItIsOrHasLinesToWriteItOn)
{
    // A page that comes loose from the others still says whose it is: the name and birth year
    // given for the report in every footer, or, with none given, "Name" and "Born" with lines.
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        SCOPED_TRACE(language.toStdString());
        const QString named = dir.filePath(QStringLiteral("named-%1.pdf").arg(language));
        ASSERT_TRUE(goldenReport(language).writePdf(named).ok());
        const QString unnamed = dir.filePath(QStringLiteral("unnamed-%1.pdf").arg(language));
        ASSERT_TRUE(report(kQuarter, language, QPageSize::Letter).writePdf(unnamed).ok());
        const bool swedish = language == QLatin1String("sv");
        for (int page = 1; page <= pdfPageCount(named); ++page) {
            EXPECT_TRUE(
                pdfWords(named, page, page)
                    .endsWith(swedish
                            ? QStringLiteral("Anna Svensson, född 1961 Sida %1 av 3").arg(page)
                            : QStringLiteral("Anna Svensson, born 1961 Page %1 of 3").arg(page)))
                << "page " << page << ": " << pdfWords(named, page, page).right(80).toStdString();
        }
        const int pages = pdfPageCount(unnamed);
        ASSERT_GT(pages, 2);
        for (int page = 1; page <= pages; ++page) {
            const QString words = pdfWords(unnamed, page, page);
            EXPECT_TRUE(words.endsWith((swedish ? QStringLiteral("Namn Född Sida %1 av %2")
                                                : QStringLiteral("Name Born Page %1 of %2"))
                                           .arg(page)
                                           .arg(pages)))
                << "page " << page << ": " << words.right(80).toStdString();
        }
    }
}

/// How many times each word of @p text occurs: ligatures undone, split at white space (the
/// no-break ones too), slashes, dashes and colons, where a line may break ("J Clin Sleep Med
/// 2025;21(1):" ends a line and "137–152" begins the next).
QHash<QString, int> wordCounts(const QString& text)
{
    QHash<QString, int> counts;
    static const QRegularExpression breaks(QStringLiteral("[\\s\u00A0\u202F/\\-\u2013:]+"));
    for (const QString& word :
        text.normalized(QString::NormalizationForm_KC).split(breaks, Qt::SkipEmptyParts))
        ++counts[word];
    return counts;
}

TEST(ReportPagesTest, EveryWordOfTheReportIsPaintedOnItsPages)
{
    // The English golden report once lost the note under its table of days: it was in the
    // document and on no page. Every word of the document must be in the PDF at least as often
    // (the PDF has more: the page headers and footers, the figure's labels).
    QTemporaryDir dir;
    const std::vector<std::pair<QString, DoctorReport>> reports {
        {QStringLiteral("golden en"), goldenReport(QStringLiteral("en"))},
        {QStringLiteral("golden sv"), goldenReport(QStringLiteral("sv"))},
        {QStringLiteral("three months sv, Letter, self-experiment"),
            report({"three months", 91}, QStringLiteral("sv"), QPageSize::Letter, true)}};
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const auto& [name, made] = reports[i];
        SCOPED_TRACE(name.toStdString());
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(i));
        ASSERT_TRUE(made.writePdf(pdf).ok());
        const QHash<QString, int> painted = wordCounts(pdfWords(pdf));
        // The text of the document the pages are painted from, block by block (a table's cells
        // are blocks of their own), without the figure's placeholder character.
        QBuffer buffer;
        QPdfWriter writer(&buffer);
        made.preparePage(writer);
        const std::unique_ptr<QTextDocument> document = made.layOut(writer);
        QStringList blocks;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            blocks << block.text().remove(QChar::ObjectReplacementCharacter);
        const QHash<QString, int> written = wordCounts(blocks.join(u'\n'));
        QStringList missing;
        for (auto it = written.begin(); it != written.end(); ++it) {
            if (painted.value(it.key()) < it.value())
                missing << it.key();
        }
        missing.sort();
        EXPECT_TRUE(missing.isEmpty()) << missing.join(u' ').toStdString();
    }
}

TEST(ReportPagesTest, NoWordInAHeaderOrCellIsSplitAcrossLines)
{
    // Widths follow the text (ReportWriter::fitColumns): "Svårighe/tsgrad" must never happen,
    // nor a label's "(0 inga – 10" on one line and "värst)" on the next.
    const Case quarter {"three months", 91};
    for (const QString& language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        for (const QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::Letter}) {
            const DoctorReport made = report(quarter, language, paper);
            QBuffer buffer;
            QPdfWriter writer(&buffer);
            made.preparePage(writer);
            const std::unique_ptr<QTextDocument> document = made.layOut(writer);
            int tables = 0;
            for (QTextFrame* frame : document->rootFrame()->childFrames()) {
                auto* table = qobject_cast<QTextTable*>(frame);
                if (!table)
                    continue;
                ++tables;
                for (int row = 0; row < table->rows(); ++row) {
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        for (QTextBlock block = document->findBlock(cell.firstPosition());
                             block.isValid() && block.position() <= cell.lastPosition();
                             block = block.next()) {
                            const QString text = block.text();
                            const QTextLayout* layout = block.layout();
                            for (int line = 1; line < layout->lineCount(); ++line) {
                                const int start = layout->lineAt(line).textStart();
                                const QChar before = text.at(start - 1);
                                EXPECT_TRUE(before.isSpace() || before == u'-' || before == u'–'
                                    || before == u'/')
                                    << language.toStdString() << ", table " << tables << " row "
                                    << row << ": \"" << text.toStdString()
                                    << "\" breaks inside a word at " << start;
                                // A label's scale keeps each number with its word: "(0 none –
                                // 10 worst)", never "10" at the end of a line.
                                const QStringList wordsBefore
                                    = text.left(start).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                                bool number = false;
                                if (column == 0 && !wordsBefore.isEmpty())
                                    wordsBefore.last().toInt(&number);
                                EXPECT_FALSE(number)
                                    << language.toStdString() << ", table " << tables << " row "
                                    << row << ": \"" << text.toStdString()
                                    << "\" parts a number from its word at " << start;
                            }
                        }
                    }
                }
            }
            EXPECT_GE(tables, 5) << "the report's tables were not found";
        }
    }
}

TEST(ReportPagesTest, TheReportSpeaksAboutThePersonNotToThem)
{
    // The diary's messages say "you"; the report is read by a clinician. Nothing in either
    // language may address the reader as the person.
    const QRegularExpression english(QStringLiteral("\\b(you|your|yours|yourself)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression swedish(QStringLiteral("\\b(du|dig|din|ditt|dina|er|era)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const Case& period : {kFreshMonth, Case {"a year", 365}}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
            const QString text = report(period, language, QPageSize::A4).plainText()
                + goldenReport(language).plainText();
            const QRegularExpressionMatch found
                = (language == QLatin1String("en") ? english : swedish).match(text);
            EXPECT_FALSE(found.hasMatch())
                << period.name << ", " << language.toStdString() << ": \""
                << text.mid(std::max(0, int(found.capturedStart()) - 60), 140).toStdString()
                << "\"";
        }
    }
}

TEST(ReportPagesTest, TheTrendFigureShadesThePhasesAndMarksTheBloodTests)
{
    const QDate from(2026, 3, 1);
    std::vector<DayEntry> days;
    for (int i = 0; i < 28; ++i) {
        DayEntry day;
        day.date = from.addDays(i);
        day.symptoms.severity = 3 + i % 4;
        days.push_back(day);
    }
    const DailySeries series = Statistics::daily(days, from, from.addDays(27));
    // Counts the pixels of @p colour (as drawn over white) in the lower two thirds of the
    // picture's left or right half: below the legend.
    const auto count = [](const QImage& image, const QColor& colour, bool right) {
        int found = 0;
        for (int y = image.height() / 3; y < image.height(); ++y) {
            for (int x = right ? image.width() / 2 : 0;
                 x < (right ? image.width() : image.width() / 2); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                found += std::abs(pixel.red() - colour.red()) <= 3
                        && std::abs(pixel.green() - colour.green()) <= 3
                        && std::abs(pixel.blue() - colour.blue()) <= 3
                    ? 1
                    : 0;
            }
        }
        return found;
    };
    const auto draw = [&](bool withPhases) {
        TrendFigure figure(series, {}, QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (withPhases) {
            figure.setPhases({{from, from.addDays(13), 0, Arm::WithoutMagnesium},
                {from.addDays(14), from.addDays(27), 1, Arm::WithMagnesium}});
            figure.setBloodTests({from.addDays(20)});
        }
        QImage image(900, 450, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        figure.paint(painter, QRectF(0, 0, 900, 450));
        return image;
    };
    // Teal at a quarter over white for B, grey for A, the violet of a blood test.
    const QColor withMagnesium(211, 231, 229);
    const QColor without(231, 231, 231);
    const QColor bloodTest(0x7b, 0x4f, 0x9d);
    const QImage plain = draw(false);
    const QImage shaded = draw(true);
    EXPECT_EQ(count(plain, withMagnesium, true), 0);
    EXPECT_GT(count(shaded, withMagnesium, true), 1000);
    EXPECT_EQ(count(shaded, withMagnesium, false), 0);
    EXPECT_GT(count(shaded, without, false), 1000);
    EXPECT_EQ(count(plain, bloodTest, true), 0);
    EXPECT_GT(count(shaded, bloodTest, true), 4);
}

} // namespace
} // namespace stilla
