#include "app/report/DoctorReport.h"

#include "app/gui/report/ReportDialog.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/report/ReportLanguage.h"
#include "tests/ReportFixtures.h"
#include "tests/TestUtil.h"
#include "tests/TypographyRules.h"
#include "tests/cli/CliRunner.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

namespace stilla {
namespace {

using test::knownDays;
using test::makeDay;
using test::pdfPages;
using test::readFile;

const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 5);
const QDate kCreated(2026, 11, 24);

DoctorReport::Options options(const QString& language, QPageSize::PageSizeId paper = QPageSize::A4)
{
    DoctorReport::Options options;
    options.from = kFrom;
    options.to = kTo;
    options.language = language;
    options.pageSize = QPageSize(paper);
    options.created = kCreated;
    return options;
}

TEST(DoctorReportTest, TextHoldsTheNumbersInEnglish)
{
    const QString text
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("en"))).plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Stilla — report for 1 March 2026 – 5 March 2026")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Created 24 November 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 of 5")));
    EXPECT_TRUE(text.contains(QStringLiteral("4.3"))); // severity 13/3
    EXPECT_TRUE(text.contains(QStringLiteral("3.0"))); // sleep quality
    EXPECT_TRUE(text.contains(QStringLiteral("233\u00A0mg"))); // supplements per day
    EXPECT_TRUE(text.contains(QStringLiteral("100\u00A0mg"))); // food per day
    EXPECT_TRUE(text.contains(QStringLiteral("Magnesium glycinate")));
    EXPECT_TRUE(text.contains(QStringLiteral("Diarrhoea")));
    // Each note counted once on the first page and once, numbered, in the notes table; the
    // table of days gives only its number.
    EXPECT_EQ(text.count(QStringLiteral("Supplements above the daily upper limit")), 2)
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Supplements above the daily upper limit (1 day)")));
    EXPECT_TRUE(text.contains(QStringLiteral("1. Supplements above the daily upper limit")));
    // The appendix gives the amount behind the note, not the message the app showed.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Highest day 300 mg from supplements; upper limit 250 mg.")));
    // The notes' sources, once each: the Nordic/EU limit's documents.
    EXPECT_TRUE(text.contains(QStringLiteral("Sources: ")));
    EXPECT_EQ(text.count(QStringLiteral("Livsmedelsverket")), 1) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("it does not diagnose")));
    // A row's sleep is the night that ended that morning: the reader is told.
    EXPECT_TRUE(text.contains(QStringLiteral("the night after a day's magnesium is on the next "
                                             "row")))
        << text.toStdString();
}

TEST(DoctorReportTest, LabResultsOfThePeriodAndTheYearBeforeAreShownWithTheIronNotes)
{
    LabResult old; // more than 12 months before the period: not shown, and too old to count
    old.date = QDate(2025, 2, 1);
    old.ferritin = 20;
    LabResult before; // within the 12 months before: shown
    before.date = QDate(2025, 9, 14);
    before.ferritin = 48;
    before.transferrinSaturation = 17.5;
    LabResult after; // after the period: not known at its end
    after.date = QDate(2026, 4, 1);
    after.ferritin = 777;
    const QString text
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("en")), {old, before, after})
              .plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Lab results"))) << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("14/09/2025")) || text.contains(QStringLiteral("14 Sep")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("17.5")));
    EXPECT_FALSE(text.contains(QStringLiteral("777")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Ferritin 48\u00A0µg/L on 14 September 2025: at or below "
                                     "75\u00A0µg/L")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Transferrin saturation 17.5\u00A0% on 14 September 2025")));
    // The first page gives the value as entered too: rounded, 19.6 read "20 %, below 20 %".
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Transferrin saturation 17.5\u00A0% on 14 September 2025, below 20\u00A0%.")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Your ferritin"))); // said to the doctor
    EXPECT_TRUE(text.contains(QStringLiteral("10.5664/jcsm.11390")));

    // Without results the report says so.
    const QString none
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("en"))).plainText();
    EXPECT_TRUE(none.contains(QStringLiteral("No blood test results are in the diary")));
    const QString swedish
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("sv")), {before}).plainText();
    EXPECT_TRUE(swedish.contains(QStringLiteral("Ferritin 48\u00A0µg/l den 14 september 2025")))
        << swedish.toStdString();
}

TEST(DoctorReportTest, IronIsSuggestedAsTheGuidelineSaysAndAnEgfrIsNamedByItsCategory)
{
    LabResult ferritinAlone; // no saturation with it: the doctor is told it is missing
    ferritinAlone.date = QDate(2026, 2, 20);
    ferritinAlone.ferritin = 48;
    ferritinAlone.egfr = 52;
    const QString text
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("en")), {ferritinAlone})
              .plainText();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Latest ferritin 48\u00A0µg/L on 20 February 2026, without a transferrin saturation.")))
        << text.toStdString();
    // The guideline's thresholds come from consensus guidelines it cites: "suggests".
    EXPECT_TRUE(text.contains(QStringLiteral("where the AASM 2024 guideline, citing consensus, "
                                             "suggests iron.")));
    EXPECT_FALSE(text.contains(QStringLiteral("recommends"))) << text.toStdString();
    // 52 is category G3a itself, and one value does not make a chronic disease.
    EXPECT_TRUE(text.contains(QStringLiteral("KDIGO 2012 GFR category G3a; the article")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "eGFR 52\u00A0mL/min/1.73\u00A0m² on 20 February 2026: KDIGO 2012 GFR category G3a, "
        "below 60. A reduced eGFR counts as chronic kidney disease when it lasts more than "
        "three months")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("meets the KDIGO"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The question about kidney disease is unanswered")));
    EXPECT_FALSE(text.contains(QStringLiteral("or lower"))) << text.toStdString();

    ferritinAlone.egfr = 22;
    const QString severe
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("sv")), {ferritinAlone})
              .plainText();
    EXPECT_TRUE(severe.contains(QStringLiteral("GFR-kategori G4 enligt KDIGO 2012, under 30.")))
        << severe.toStdString();
    EXPECT_TRUE(severe.contains(QStringLiteral("utan transferrinmättnad")));
    EXPECT_FALSE(severe.contains(QStringLiteral("rekommenderar"))) << severe.toStdString();
}

TEST(DoctorReportTest, EgfrsThatMeetTheDefinitionAreSaidFirstAndTheirSupplementDaysCounted)
{
    LabResult earlier;
    earlier.date = QDate(2025, 10, 1);
    earlier.egfr = 52;
    LabResult newest;
    newest.date = QDate(2026, 2, 20);
    newest.egfr = 48;
    const QString text
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("en")), {earlier, newest})
              .plainText();
    // The first page: the run of results, the definition it meets, and the profile's silence.
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Latest eGFR 48\u00A0mL/min/1.73\u00A0m² on 20 February 2026. Every eGFR since "
        "1 October 2025 was below 60 (52 on that day), which meets the KDIGO 2012 definition of "
        "chronic kidney disease. KDIGO 2012 GFR category G3a;")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "The eGFRs meet the definition of kidney disease (see Kidney function), which the "
        "profile does not note;")));
    EXPECT_FALSE(text.contains(QStringLiteral("The question about kidney disease is unanswered")));
    // The days with supplements count as with kidney disease in the profile, first of the notes.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Safety notesSupplements with kidney disease (3 days);")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("against the article's advice, the profile and the "
                                             "lab results")));
    EXPECT_TRUE(text.contains(QStringLiteral("which meets the KDIGO definition of chronic kidney "
                                             "disease")));
}

TEST(DoctorReportTest, TheFirstPageSaysWhatAClinicianWouldAskFirst)
{
    LabResult normal; // a saturation that is not low is given beside the ferritin
    normal.date = QDate(2026, 2, 20);
    normal.ferritin = 112;
    normal.transferrinSaturation = 27;
    DoctorReport::Options withTarget = options(QStringLiteral("en"));
    withTarget.intakeTarget = IntakeTargets::Choice {};
    Profile adult;
    adult.ageGroup = AgeGroup::Adult;
    const QString text = DoctorReport(knownDays(), adult, withTarget, {normal}).plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Latest ferritin 112\u00A0µg/L on 20 February 2026, "
                                             "transferrin saturation 27\u00A0%.")))
        << text.toStdString();
    // The scale of the severity, the food logged, and kidney disease not answered.
    EXPECT_TRUE(text.contains(QStringLiteral("Stilla's own scale, not the IRLS.")));
    EXPECT_TRUE(text.contains(QStringLiteral("from the foods logged, which may not be all")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "The question about kidney disease is unanswered, so it has not been ruled out")));
    EXPECT_TRUE(text.contains(QStringLiteral("Daily target")));

    // With kidney disease in the profile: said as a condition, and no daily target to reach.
    Profile kidney;
    kidney.ageGroup = AgeGroup::Adult;
    kidney.conditions = unsigned(Condition::KidneyDisease);
    const QString withKidney = DoctorReport(knownDays(), kidney, withTarget).plainText();
    EXPECT_FALSE(withKidney.contains(QStringLiteral("kidney disease is unanswered")));
    EXPECT_FALSE(withKidney.contains(QStringLiteral("Daily target"))) << withKidney.toStdString();
    // Nor when the eGFRs show it by the period's end (LabRules::kidneyDisease).
    LabResult lowEgfr;
    lowEgfr.date = QDate(2026, 2, 20);
    lowEgfr.egfr = 25;
    const QString withLowEgfr = DoctorReport(knownDays(), adult, withTarget, {lowEgfr}).plainText();
    EXPECT_FALSE(withLowEgfr.contains(QStringLiteral("Daily target"))) << withLowEgfr.toStdString();

    // Answered "no": said as the person's answer, and the note about no answer goes.
    Profile noKidney = adult;
    noKidney.conditionsRuledOut
        = unsigned(Condition::KidneyDisease) | unsigned(Condition::Pregnant);
    const QString withNo = DoctorReport(knownDays(), noKidney, withTarget).plainText();
    EXPECT_TRUE(withNo.contains(QStringLiteral(
        "Adult (18 or older); no kidney disease, not pregnant (as the person states).")))
        << withNo.toStdString();
    EXPECT_FALSE(withNo.contains(QStringLiteral("kidney disease is unanswered")));
    EXPECT_TRUE(withNo.contains(QStringLiteral("Daily target")));
}

TEST(DoctorReportTest, SwedishReportUsesTheSwedishLocaleAndPutsTheOldOneBack)
{
    const QLocale before;
    const QString text
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("sv"))).plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("4,3"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("4.3")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 mars 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("24 november 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("natten efter en dags magnesium står på nästa rad")))
        << text.toStdString();
    EXPECT_EQ(QLocale(), before);
}

TEST(DoctorReportTest, EveryNumberInTheSwedishReportKeepsItsUnitAndSwedishQuotes)
{
    LabResult lab;
    lab.date = QDate(2026, 2, 14);
    lab.ferritin = 48;
    lab.transferrinSaturation = 17.5;
    const QString text
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("sv")), {lab}).plainText();
    ASSERT_TRUE(text.contains(QStringLiteral("\u00A0mg"))) << text.toStdString();
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        for (const QString& problem : test::typographyProblems(line, true))
            ADD_FAILURE() << line.toStdString() << ": " << problem.toStdString();
    }
}

TEST(DoctorReportTest, ReportLanguageInstallsTheTranslatorsOnlyWhileItLives)
{
    const char* source = "No command given.";
    const QString english = QCoreApplication::translate("stilla::Cli", source);
    {
        const ReportLanguage swedish(QStringLiteral("sv"));
        ASSERT_TRUE(swedish.ok());
        EXPECT_NE(QCoreApplication::translate("stilla::Cli", source), english);
        EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
    }
    EXPECT_EQ(QCoreApplication::translate("stilla::Cli", source), english);
    EXPECT_FALSE(ReportLanguage(QStringLiteral("de")).ok());
}

TEST(DoctorReportTest, WritesAValidPdfOnA4AndOnLetter)
{
    QTemporaryDir dir;
    const DoctorReport a4(knownDays(), Profile(), options(QStringLiteral("en"), QPageSize::A4));
    const QString a4Path = dir.filePath(QStringLiteral("a4.pdf"));
    ASSERT_TRUE(a4.writePdf(a4Path).ok());
    const QByteArray a4Pdf = readFile(a4Path);
    EXPECT_GE(pdfPages(a4Pdf), 1);
    EXPECT_TRUE(a4Pdf.contains("/MediaBox [0 0 595.000000 842.000000]"));

    const DoctorReport letter(
        knownDays(), Profile(), options(QStringLiteral("sv"), QPageSize::Letter));
    const QString letterPath = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(letter.writePdf(letterPath).ok());
    const QByteArray letterPdf = readFile(letterPath);
    EXPECT_GE(pdfPages(letterPdf), 1);
    EXPECT_TRUE(letterPdf.contains("/MediaBox [0 0 612.000000 792.000000]"));

    // Title, author, language and date in the XMP metadata, in the report's language.
    EXPECT_TRUE(a4Pdf.contains("<dc:language><rdf:Bag><rdf:li>en-")); // the system's English
    EXPECT_TRUE(letterPdf.contains("<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li>"));
    EXPECT_TRUE(letterPdf.contains("<dc:creator><rdf:Seq><rdf:li>Stilla</rdf:li>"));
    EXPECT_TRUE(letterPdf.contains(QString(QStringLiteral("<xmp:CreateDate>")
        + options(QStringLiteral("sv")).created.toString(Qt::ISODate))
                                       .toUtf8()));
    EXPECT_TRUE(letterPdf.contains(QStringLiteral("rapport för").toUtf8()));
}

TEST(DoctorReportTest, XmpMetadataIsWellFormedXmlWithItsTitleEscaped)
{
    const QString title = QStringLiteral("Report & <notes> for \u201cA\u201d");
    const QByteArray xmp = DoctorReport::xmpMetadata(title, QStringLiteral("sv-SE"), kCreated);
    QXmlStreamReader reader(xmp);
    QString readTitle, language;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"li") {
            const QString text = reader.readElementText();
            if (text.startsWith(u"Report"))
                readTitle = text;
            else if (text.contains(u'-'))
                language = text;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(readTitle, title);
    EXPECT_EQ(language, QStringLiteral("sv-SE"));
}

TEST(DoctorReportTest, ALongPeriodRunsOverSeveralNumberedPages)
{
    std::vector<DayEntry> days;
    for (int i = 0; i < 120; ++i) {
        days.push_back(makeDay(QDate(2026, 1, 1).addDays(i), i % 11, 1 + i % 5, 100 + i,
            SupplementForm::Citrate, 150));
    }
    DoctorReport::Options chosen = options(QStringLiteral("en"));
    chosen.from = QDate(2026, 1, 1);
    chosen.to = QDate(2026, 4, 30);
    const DoctorReport report(days, Profile(), chosen);

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        report.preparePage(writer);
        pages = report.render(writer);
    }
    EXPECT_GT(pages, 2);
    EXPECT_EQ(pdfPages(pdf), pages);
}

TEST(DoctorReportTest, TheFirstPageKeepsTheTipsApartFromTheNotesThatCallForCare)
{
    // Caffeine on days with symptoms is a tip ("Good to know"), not a safety note to act on.
    std::vector<DayEntry> days;
    for (QDate date = kFrom; date <= kTo; date = date.addDays(1)) {
        DayEntry day;
        day.date = date;
        day.symptoms.severity = 4;
        day.remedies.caffeineServings = 2;
        days.push_back(day);
    }
    const QString tipsOnly
        = DoctorReport(days, Profile(), options(QStringLiteral("en"))).plainText().simplified();
    EXPECT_TRUE(
        tipsOnly.contains(QStringLiteral("None that call for care. Good to "
                                         "know: Caffeine on a day with symptoms (5 days).")))
        << tipsOnly.toStdString();
}

TEST(DoctorReportTest, AFileThatCannotBeWrittenIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    const Status written
        = DoctorReport(knownDays(), Profile(), options(QStringLiteral("en"))).writePdf(path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.errorMessage().contains(QStringLiteral("report.pdf")));
}

TEST(DoctorReportTest, OptionsAreCheckedAndPaperFollowsTheLocale)
{
    EXPECT_TRUE(DoctorReport::check(options(QStringLiteral("en"))).ok());
    DoctorReport::Options swapped = options(QStringLiteral("en"));
    std::swap(swapped.from, swapped.to);
    EXPECT_FALSE(DoctorReport::check(swapped).ok());
    EXPECT_FALSE(DoctorReport::check(options(QStringLiteral("de"))).ok());
    EXPECT_EQ(DoctorReport::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
        QPageSize::Letter);
    EXPECT_EQ(DoctorReport::defaultPageSize(QLocale(QLocale::Swedish, QLocale::Sweden)).id(),
        QPageSize::A4);
    EXPECT_EQ(DoctorReport::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
        QPageSize::A4);
}

} // namespace
} // namespace stilla

namespace stilla {
namespace {

TEST(DoctorReportExperimentTest, TheSelfExperimentOfThePeriodIsReportedWithItsResult)
{
    // The first diary of tests/data/stats/experiment_reference.py (statsmodels): ABAB, 14-day
    // phases from 1 January 2024, 3 washout days, RLS severity.
    QTemporaryDir dir;
    auto opened = DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(opened.store);
    DiaryStore& store = *opened.store;
    ExperimentPlan plan;
    plan.start = QDate(2024, 1, 1);
    plan.pattern = QStringLiteral("ABAB");
    plan.doseMg = 200;
    std::vector<DayEntry> days;
    for (int i = 0; i < 56; ++i) {
        const bool b = (i / 14) % 2 == 1;
        const int noise = ((i * 37 + 11) % 7) - 3;
        const int streak = ((i / 5) % 3) - 1;
        DayEntry day;
        day.date = plan.start.addDays(i);
        if (i % 11 != 5)
            day.symptoms.severity
                = std::clamp(6 + streak + int(std::floor(noise / 2.0)) - (b ? 2 : 0), 0, 10);
        if ((b && i % 13 != 0) || (!b && i == 30))
            day.supplements.push_back({0, SupplementForm::Citrate, 200, {}, Route::Oral});
        days.push_back(day);
    }
    ASSERT_TRUE(store.saveMany(days, ConflictPolicy::Replace).ok());
    ASSERT_TRUE(store.experiments().save(plan).ok());

    DoctorReport::Options options;
    options.from = QDate(2024, 2, 1);
    options.to = QDate(2024, 2, 29);
    options.language = QStringLiteral("en");
    options.created = QDate(2024, 3, 1);
    auto report = DoctorReport::load(store, Profile(), options);
    ASSERT_TRUE(report) << report.errorMessage().toStdString();
    const QString text = report->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Self-experiment from"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Counted up to 25 February 2024.")))
        << text.toStdString();
    // The whole experiment counts, not only the report's days: the statsmodels values.
    EXPECT_TRUE(text.contains(QStringLiteral("runs from −3.0 to −1.5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Better with magnesium"))) << text.toStdString();
    // Counted over the days logged (two A days are blank), in the words of the plan, not as doses.
    EXPECT_TRUE(text.contains(
        QStringLiteral("Kept to the plan, on the days logged: a supplement on 93\u00A0% of the B "
                       "days (28), none on 96\u00A0% of the A days (26).")))
        << text.toStdString();
    // Phase by phase: the means of tests/data/stats/experiment_reference.py.
    const qsizetype table = text.indexOf(QStringLiteral("Analysed days"));
    ASSERT_GE(table, 0) << text.toStdString();
    const QString rows = text.mid(table, 600);
    for (const char* cell : {"1 (A)", "None planned; none on 13 of 13 days logged", "2 (B)",
             "200\u00A0mg a day planned; logged on", "3.6", "5.4", "3.3"})
        EXPECT_TRUE(rows.contains(QString::fromUtf8(cell))) << cell << " in " << rows.toStdString();

    // A period the experiment does not touch has no such section.
    options.from = QDate(2024, 6, 1);
    options.to = QDate(2024, 6, 30);
    const QString later = DoctorReport::load(store, Profile(), options)->plainText();
    EXPECT_FALSE(later.contains(QStringLiteral("Self-experiment"))) << later.toStdString();
}

} // namespace
} // namespace stilla
