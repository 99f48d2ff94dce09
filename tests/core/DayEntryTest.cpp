// DayEntry's derived values and DayValidation's limits.
#include "DiaryTestData.h"
#include "core/diary/DayValidation.h"
#include "core/report/DisplayNames.h"
#include "tests/TestUtil.h"

#include <cmath>
#include <limits>

namespace stilla {
namespace {

using Kind = FieldProblem::Kind;

/// The problems validate() reports for @p field.
std::vector<Kind> problemsFor(const DayEntry& day, const QString& field)
{
    std::vector<Kind> kinds;
    for (const FieldProblem& problem : DayValidation::validate(day)) {
        if (problem.field == field) {
            EXPECT_FALSE(problem.message.isEmpty());
            kinds.push_back(problem.kind);
        }
    }
    return kinds;
}

DayEntry dated()
{
    DayEntry day;
    day.date = QDate(2024, 3, 5);
    return day;
}

const std::vector<Kind> kNone;
const std::vector<Kind> kError {Kind::Error};
const std::vector<Kind> kQuestion {Kind::Question};

TEST(DayEntryTest, TimeInBedCrossesMidnight)
{
    SleepRecord sleep;
    EXPECT_FALSE(sleep.timeInBedMinutes());
    sleep.timeIntoBed = QTime(22, 30);
    EXPECT_FALSE(sleep.timeInBedMinutes());
    sleep.timeOutOfBed = QTime(6, 45);
    EXPECT_EQ(sleep.timeInBedMinutes(), 8 * 60 + 15);
    sleep.timeIntoBed = QTime(1, 0); // after midnight: same night
    EXPECT_EQ(sleep.timeInBedMinutes(), 5 * 60 + 45);
    sleep.timeIntoBed = QTime(6, 45);
    EXPECT_EQ(sleep.timeInBedMinutes(), 0);
}

TEST(DayEntryTest, TotalSleepAndEfficiency)
{
    SleepRecord sleep;
    sleep.timeIntoBed = QTime(22, 0);
    sleep.finalAwakening = QTime(6, 0);
    sleep.timeOutOfBed = QTime(7, 0);
    EXPECT_EQ(sleep.sleepWindowMinutes(), 480); // from into bed when no "tried to sleep"
    // A blank is not 0: the minutes to fall asleep and awake are needed first.
    EXPECT_FALSE(sleep.totalSleepMinutes());
    EXPECT_FALSE(sleep.efficiency());
    EXPECT_TRUE(sleep.missingForTotalSleep().latency);
    EXPECT_TRUE(sleep.missingForTotalSleep().wakeAfterSleepOnset);
    sleep.latencyMinutes = 0; // 0 is an answer
    EXPECT_FALSE(sleep.totalSleepMinutes());
    sleep.awakenings = 0; // no awakenings: no time awake in the night
    EXPECT_EQ(sleep.totalSleepMinutes(), 480);
    sleep.awakenings = 2;
    EXPECT_FALSE(sleep.totalSleepMinutes());
    EXPECT_FALSE(sleep.missingForTotalSleep().latency);
    EXPECT_TRUE(sleep.missingForTotalSleep().wakeAfterSleepOnset);
    sleep.timeTriedToSleep = QTime(23, 0);
    sleep.latencyMinutes = 30;
    sleep.wakeAfterSleepOnsetMinutes = 60;
    EXPECT_EQ(sleep.sleepWindowMinutes(), 420);
    EXPECT_EQ(sleep.totalSleepMinutes(), 330);
    EXPECT_DOUBLE_EQ(*sleep.efficiency(), 330.0 / 540.0);
    sleep.latencyMinutes = 500; // inconsistent: never negative
    EXPECT_EQ(sleep.totalSleepMinutes(), 0);
    sleep.timeOutOfBed.reset();
    EXPECT_FALSE(sleep.efficiency());
    SleepRecord zeroInBed;
    zeroInBed.timeIntoBed = zeroInBed.timeOutOfBed = zeroInBed.finalAwakening = QTime(6, 0);
    EXPECT_FALSE(zeroInBed.efficiency());
}

TEST(DayEntryTest, EmptinessAndMagnesiumTotals)
{
    DayEntry day = dated();
    EXPECT_TRUE(day.isEmpty());
    day.remedies.warmBath = false; // "no" is an answer
    EXPECT_FALSE(day.isEmpty());
    day = dated();
    day.symptoms.urgeToMove = true;
    EXPECT_FALSE(day.isEmpty());
    EXPECT_TRUE(SleepRecord {}.isEmpty());
    EXPECT_TRUE(Remedies {}.isEmpty());

    const DayEntry full = test::fullDay(QDate(2024, 1, 1));
    EXPECT_DOUBLE_EQ(full.foodMagnesiumMg(), 100.0 / 3.0 + 79.0 + 12.345678901234567);
    EXPECT_DOUBLE_EQ(full.supplementMagnesiumMg(), 200.0 / 3.0 + 100.0);
    EXPECT_DOUBLE_EQ(
        full.totalMagnesiumMg(), full.foodMagnesiumMg() + full.supplementMagnesiumMg());
    EXPECT_TRUE(full.hasSideEffect(SideEffect::Diarrhoea));
    EXPECT_FALSE(full.hasSideEffect(SideEffect::Nausea));
}

TEST(DayEntryTest, NightsMoveToTheMorningAfter)
{
    // As a diary from before the change holds them: each night on the evening it began.
    DayEntry onlyNight; // its night goes, and with it the day
    onlyNight.date = QDate(2024, 2, 28);
    onlyNight.sleep.timeIntoBed = QTime(23, 0);
    onlyNight.sleep.quality = 2;
    DayEntry nightAndNotes; // the notes stay on the 10th
    nightAndNotes.date = QDate(2024, 3, 10);
    nightAndNotes.sleep.finalAwakening = QTime(6, 0);
    nightAndNotes.notes = QStringLiteral("kept");
    DayEntry nextToo; // gets the 10th's night, its own goes to the 12th
    nextToo.date = QDate(2024, 3, 11);
    nextToo.sleep.quality = 5;
    nextToo.supplements.push_back({0, SupplementForm::Citrate, 200, QTime(21, 0), Route::Oral});
    DayEntry noNight; // untouched
    noNight.date = QDate(2024, 3, 20);
    noNight.symptoms.severity = 3;
    DayEntry lastDate; // there is no day after it: the night stays
    lastDate.date = QDate(9999, 12, 31);
    lastDate.sleep.quality = 4;

    const std::vector<DayEntry> moved
        = nightsMovedToTheMorningAfter({noNight, nextToo, lastDate, onlyNight, nightAndNotes});
    ASSERT_EQ(moved.size(), 6u);
    EXPECT_EQ(moved[0].date, QDate(2024, 2, 29)); // a leap day, new
    EXPECT_EQ(moved[0].sleep.timeIntoBed, QTime(23, 0));
    EXPECT_EQ(moved[0].sleep.quality, 2);
    EXPECT_TRUE(moved[0].symptoms.isEmpty());
    EXPECT_EQ(moved[1].date, QDate(2024, 3, 10));
    EXPECT_TRUE(moved[1].sleep.isEmpty());
    EXPECT_EQ(moved[1].notes, QStringLiteral("kept"));
    EXPECT_EQ(moved[2].date, QDate(2024, 3, 11));
    EXPECT_EQ(moved[2].sleep.finalAwakening, QTime(6, 0));
    EXPECT_FALSE(moved[2].sleep.quality.has_value());
    EXPECT_EQ(moved[2].supplements, nextToo.supplements);
    EXPECT_EQ(moved[3].date, QDate(2024, 3, 12));
    EXPECT_EQ(moved[3].sleep.quality, 5);
    EXPECT_TRUE(moved[3].supplements.empty());
    EXPECT_EQ(moved[4], noNight);
    EXPECT_EQ(moved[5], lastDate);
    EXPECT_TRUE(nightsMovedToTheMorningAfter({}).empty());
}

TEST(DayEntryTest, NamesRoundTrip)
{
    for (SupplementForm form : allSupplementForms())
        EXPECT_EQ(supplementFormFromName(toName(form)), form);
    for (MedicationClass value : allMedicationClasses())
        EXPECT_EQ(medicationClassFromName(toName(value)), value);
    for (SideEffect effect : allSideEffects())
        EXPECT_EQ(sideEffectFromName(toName(effect)), effect);
    EXPECT_FALSE(supplementFormFromName(QStringLiteral("Oxide")));
}

TEST(DayEntryTest, ChangedPartsAreNamedInThePagesOrder)
{
    const DayEntry full = test::fullDay(QDate(2026, 3, 1));
    EXPECT_TRUE(changedParts(full, full).empty());
    // Row ids are the diary's, not a change.
    DayEntry stored = full;
    for (FoodIntake& food : stored.foods)
        food.id += 7;
    EXPECT_TRUE(changedParts(full, stored).empty());
    DayEntry edited = full;
    edited.notes += QStringLiteral(" more");
    edited.sleep.quality = 1;
    edited.supplements.clear();
    const std::vector<DayPart> parts = changedParts(full, edited);
    EXPECT_EQ(parts, (std::vector {DayPart::Sleep, DayPart::Magnesium, DayPart::Notes}));
    EXPECT_EQ(DisplayNames::dayParts(parts), QStringLiteral("sleep, magnesium and notes"));
    EXPECT_EQ(DisplayNames::dayParts({DayPart::Symptoms, DayPart::SideEffectsNoted}),
        QStringLiteral("restless legs and side effects"));
    EXPECT_EQ(DisplayNames::dayParts({DayPart::Remedies}), QStringLiteral("habits and remedies"));
    // A new day: every part it has.
    EXPECT_EQ(changedParts(DayEntry {}, full).size(), 7u);
}

TEST(DayValidationTest, ATimeThatIsNotTheTimeOfDayChosenIsQuestioned)
{
    DayEntry day = dated();
    day.symptoms.onsetTime = QTime(19, 0);
    day.symptoms.onsetPeriod = DayPeriod::Night;
    EXPECT_EQ(problemsFor(day, QStringLiteral("symptoms.onset")), kQuestion);
    day.symptoms.onsetPeriod = DayPeriod::Evening;
    EXPECT_EQ(problemsFor(day, QStringLiteral("symptoms.onset")), kNone);
    // Where evening turns to night is a matter of habit: an hour either way is not questioned.
    for (const QTime time : {QTime(22, 15), QTime(23, 30), QTime(0, 30), QTime(6, 30)}) {
        day.symptoms.onsetTime = time;
        day.symptoms.onsetPeriod = DayPeriod::Night;
        EXPECT_EQ(problemsFor(day, QStringLiteral("symptoms.onset")), kNone)
            << time.toString().toStdString();
    }
    day.symptoms.onsetTime = QTime(14, 0);
    EXPECT_EQ(problemsFor(day, QStringLiteral("symptoms.onset")), kQuestion);
    day.symptoms.onsetPeriod = DayPeriod::Afternoon;
    EXPECT_EQ(problemsFor(day, QStringLiteral("symptoms.onset")), kNone);
}

TEST(DayValidationTest, AFullDayAndAnEmptyDayAreValid)
{
    EXPECT_TRUE(DayValidation::validate(test::fullDay(QDate(2024, 1, 1))).empty());
    EXPECT_TRUE(DayValidation::validate(dated()).empty());
    EXPECT_EQ(problemsFor(DayEntry {}, QStringLiteral("date")), kError);
}

TEST(DayValidationTest, AListRowsFieldPathIsReadBackAsItWasWritten)
{
    const FieldPath path {QStringLiteral("supplements"), 12, QStringLiteral("elemental_mg")};
    EXPECT_EQ(path.toString(), QStringLiteral("supplements[12].elemental_mg"));
    const std::optional<FieldPath> read = FieldPath::parse(path.toString());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->list, path.list);
    EXPECT_EQ(read->row, path.row);
    EXPECT_EQ(read->field, path.field);
    EXPECT_EQ(FieldPath::anyRow(u"foods"), QStringLiteral("foods[]"));
    // Every path the rules give a day's lists is one of these.
    DayEntry day = dated();
    day.foods.resize(2);
    day.foods[1].name = QStringLiteral("Almonds");
    day.foods[1].grams = -1;
    bool sawFood = false;
    for (const FieldProblem& problem : DayValidation::validate(day)) {
        if (const std::optional<FieldPath> row = FieldPath::parse(problem.field)) {
            sawFood = sawFood || (row->list == u"foods" && row->row == 1 && row->field == u"grams");
        }
    }
    EXPECT_TRUE(sawFood);
    // Not a row of a list.
    for (const char* other : {"sleep.latency_minutes", "foods[]", "foods[x].grams", "[1].grams",
             "foods[1]grams", "foods[-1].grams"}) {
        EXPECT_FALSE(FieldPath::parse(QString::fromLatin1(other)).has_value()) << other;
    }
}

struct IntLimit
{
    const char* field;
    std::optional<int>* (*slot)(DayEntry&);
    int min;
    int max;
};

TEST(DayValidationTest, EveryIntegerLimitAtAndBeyondItsBoundary)
{
    const IntLimit limits[] = {
        {"sleep.latency_minutes", [](DayEntry& d) { return &d.sleep.latencyMinutes; }, 0,
            DayValidation::kMaxLatencyMinutes},
        {"sleep.awakenings", [](DayEntry& d) { return &d.sleep.awakenings; }, 0,
            DayValidation::kMaxAwakenings},
        {"sleep.wake_minutes", [](DayEntry& d) { return &d.sleep.wakeAfterSleepOnsetMinutes; }, 0,
            DayValidation::kMaxWakeMinutes},
        {"sleep.quality", [](DayEntry& d) { return &d.sleep.quality; }, SleepRecord::kQualityMin,
            SleepRecord::kQualityMax},
        {"symptoms.severity", [](DayEntry& d) { return &d.symptoms.severity; },
            SymptomRecord::kSeverityMin, SymptomRecord::kSeverityMax},
        {"remedies.caffeine_servings", [](DayEntry& d) { return &d.remedies.caffeineServings; }, 0,
            DayValidation::kMaxCaffeineServings},
        {"remedies.exercise_minutes", [](DayEntry& d) { return &d.remedies.exerciseMinutes; }, 0,
            DayValidation::kMaxExerciseMinutes},
    };
    for (const IntLimit& limit : limits) {
        SCOPED_TRACE(limit.field);
        const QString field = QLatin1String(limit.field);
        auto with = [&limit](int value) {
            DayEntry day = dated();
            *limit.slot(day) = value;
            return day;
        };
        auto errors = [&](int value) {
            const auto kinds = problemsFor(with(value), field);
            return std::count(kinds.begin(), kinds.end(), Kind::Error);
        };
        EXPECT_EQ(errors(limit.min), 0);
        EXPECT_EQ(errors(limit.max), 0);
        EXPECT_EQ(errors(limit.min - 1), 1);
        EXPECT_EQ(errors(limit.max + 1), 1);
        EXPECT_TRUE(DayValidation::isSavable(with(limit.max)));
        EXPECT_FALSE(DayValidation::isSavable(with(limit.max + 1)));
    }
}

TEST(DayValidationTest, ManyAwakeningsAreAQuestionNotAnError)
{
    DayEntry day = dated();
    day.sleep.awakenings = DayValidation::kQuestionAwakenings - 1;
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.awakenings")), kNone);
    day.sleep.awakenings = DayValidation::kQuestionAwakenings;
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.awakenings")), kQuestion);
    EXPECT_TRUE(DayValidation::isSavable(day));
    day.sleep.awakenings = DayValidation::kMaxAwakenings;
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.awakenings")), kQuestion);
    day.sleep.awakenings = DayValidation::kMaxAwakenings + 1;
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.awakenings")), kError);
}

TEST(DayValidationTest, ANightLongerThanSixteenHoursIsAQuestion)
{
    // 22:00 typed for the final awakening instead of 06:00: a night of almost 23 hours.
    DayEntry day = dated();
    day.sleep.timeIntoBed = QTime(23, 10);
    day.sleep.timeTriedToSleep = QTime(23, 25);
    day.sleep.finalAwakening = QTime(22, 0);
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.final_awakening")), kQuestion);
    day.sleep.timeOutOfBed = QTime(22, 5);
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.out_of_bed")), kQuestion);
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.final_awakening")), kNone);
    EXPECT_TRUE(DayValidation::isSavable(day));
    const auto problems = DayValidation::validate(day);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems.front().message.contains(QStringLiteral("22\u00A0h 55\u00A0min")))
        << problems.front().message.toStdString();
    // Sixteen hours exactly, and an ordinary night, are not asked about.
    day.sleep.timeOutOfBed = QTime(15, 10);
    day.sleep.finalAwakening = QTime(15, 0);
    EXPECT_TRUE(DayValidation::validate(day).empty());
    day.sleep.timeOutOfBed = QTime(6, 40);
    day.sleep.finalAwakening = QTime(6, 30);
    EXPECT_TRUE(DayValidation::validate(day).empty());
}

TEST(DayValidationTest, TimesOutOfTheNightsOrderAreQuestioned)
{
    // Out of bed at 07:00 and "12:00 am" typed into a 24-hour field: noon, after getting up.
    DayEntry day = dated();
    day.sleep.timeIntoBed = QTime(23, 50);
    day.sleep.timeOutOfBed = QTime(7, 0);
    day.sleep.finalAwakening = QTime(12, 0);
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.final_awakening")), kQuestion);
    EXPECT_TRUE(DayValidation::isSavable(day)) << "asked, never refused or changed";
    const auto problems = DayValidation::validate(day);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems.front().message.contains(QStringLiteral("12:00")));
    EXPECT_TRUE(problems.front().message.contains(QStringLiteral("07:00")));
    day.sleep.finalAwakening = QTime(7, 0); // the same minute is in order
    EXPECT_TRUE(DayValidation::validate(day).empty());
    day.sleep.finalAwakening = QTime(6, 40);

    // Tried to sleep twenty minutes before getting into bed.
    day.sleep.timeTriedToSleep = QTime(23, 30);
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.tried_to_sleep")), kQuestion);
    day.sleep.timeTriedToSleep = QTime(0, 15); // after midnight, still in the night
    EXPECT_TRUE(DayValidation::validate(day).empty());
    // Without the time into bed, the night starts when sleep was tried: nothing to compare.
    day.sleep.timeIntoBed.reset();
    day.sleep.timeTriedToSleep = QTime(23, 30);
    EXPECT_TRUE(DayValidation::validate(day).empty());
}

TEST(DayValidationTest, AwakeLongerThanTheNightIsAQuestion)
{
    DayEntry day = dated();
    day.sleep.timeTriedToSleep = QTime(23, 0);
    day.sleep.finalAwakening = QTime(1, 0); // a 120-minute window
    day.sleep.latencyMinutes = 60;
    day.sleep.wakeAfterSleepOnsetMinutes = 60;
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.wake_minutes")), kNone);
    day.sleep.wakeAfterSleepOnsetMinutes = 61;
    EXPECT_EQ(problemsFor(day, QStringLiteral("sleep.wake_minutes")), kQuestion);
}

TEST(DayValidationTest, FoodAmounts)
{
    const QString grams = QStringLiteral("foods[0].grams");
    const QString magnesium = QStringLiteral("foods[0].magnesium_mg");
    auto with = [](double g, double mg, const char* source = "slv") {
        DayEntry day = dated();
        day.foods = {{0, QLatin1String(source), QStringLiteral("1"), QStringLiteral("x"), g, mg}};
        return day;
    };
    EXPECT_EQ(problemsFor(with(DayValidation::kMaxFoodGrams, 0), grams), kNone);
    EXPECT_EQ(problemsFor(with(DayValidation::kMaxFoodGrams + 0.001, 0), grams), kError);
    EXPECT_EQ(problemsFor(with(0, 1), grams), kError);
    EXPECT_EQ(problemsFor(with(std::nan(""), 1), grams), kError);
    EXPECT_EQ(problemsFor(with(0, 1, "import"), grams), kNone); // aggregate import line
    EXPECT_EQ(problemsFor(with(1, DayValidation::kMaxFoodMagnesiumMg), magnesium), kNone);
    EXPECT_EQ(problemsFor(with(1, DayValidation::kMaxFoodMagnesiumMg + 1), magnesium), kError);
    EXPECT_EQ(problemsFor(with(1, -0.5), magnesium), kError);
    EXPECT_EQ(problemsFor(with(1, std::numeric_limits<double>::infinity()), magnesium), kError);
}

TEST(DayValidationTest, AFoodsProblemNamesTheFood)
{
    // One message for the whole list of foods on the page: it must say which food.
    DayEntry day = dated();
    day.foods.push_back(
        {0, QStringLiteral("usda"), QStringLiteral("11124"), QStringLiteral("Carrots, raw"), 0, 0});
    const auto problems = DayValidation::validate(day);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().field, QStringLiteral("foods[0].grams"));
    EXPECT_TRUE(problems.front().message.startsWith(
        QStringLiteral("The amount of \u201CCarrots, raw\u201D in grams must be more than 0")))
        << problems.front().message.toStdString();
}

TEST(DayValidationTest, SupplementDoses)
{
    const QString field = QStringLiteral("supplements[1].elemental_mg");
    auto with = [](double mg) {
        DayEntry day = dated();
        day.supplements = {{0, SupplementForm::Oxide, 100, std::nullopt, Route::Oral},
            {0, SupplementForm::Citrate, mg, std::nullopt, Route::Oral}};
        return day;
    };
    EXPECT_EQ(problemsFor(with(DayValidation::kImplausibleSupplementMg), field), kNone);
    EXPECT_EQ(problemsFor(with(DayValidation::kImplausibleSupplementMg + 1), field), kQuestion);
    EXPECT_EQ(problemsFor(with(DayValidation::kMaxSupplementMg), field), kQuestion);
    EXPECT_EQ(problemsFor(with(DayValidation::kMaxSupplementMg + 1), field), kError);
    EXPECT_EQ(problemsFor(with(0), field), kError);
}

TEST(DayValidationTest, TextLengthsNamesAndSideEffects)
{
    DayEntry day = dated();
    day.notes = QString(DayValidation::kMaxNotesLength, u'a');
    EXPECT_EQ(problemsFor(day, QStringLiteral("notes")), kNone);
    day.notes += u'a';
    EXPECT_EQ(problemsFor(day, QStringLiteral("notes")), kError);

    day = dated();
    day.medications
        = {{0, QString(DayValidation::kMaxNameLength, u'm'), MedicationClass::Other, std::nullopt},
            {0, QStringLiteral("  "), MedicationClass::Other, std::nullopt}};
    EXPECT_EQ(problemsFor(day, QStringLiteral("medications[0].name")), kNone);
    EXPECT_EQ(problemsFor(day, QStringLiteral("medications[1].name")), kError);
    day.medications[0].name += u'm';
    EXPECT_EQ(problemsFor(day, QStringLiteral("medications[0].name")), kError);

    day = dated();
    day.sideEffects = kCommonSideEffects | kSeriousSideEffects;
    EXPECT_EQ(problemsFor(day, QStringLiteral("side_effects")), kNone);
    day.sideEffects |= 1u << 5;
    EXPECT_EQ(problemsFor(day, QStringLiteral("side_effects")), kError);
}

} // namespace
} // namespace stilla
