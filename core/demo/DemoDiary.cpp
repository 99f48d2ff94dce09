#include "DemoDiary.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace stilla {
namespace {

/// Foods a demo day picks from. Ids, names and magnesium per 100 g are copied from the food
/// data Stilla ships: resources/foods/livsmedelsverket-foods.csv (source "slv": Livsmedelsverket,
/// Livsmedelsdatabasen) and resources/foods/usda-sr28-foods.csv (source "usda": USDA National
/// Nutrient Database for Standard Reference, Release 28).
struct DemoFood
{
    const char* source;
    const char* id;
    const char* name;
    double mgPer100g;
    double typicalGrams;
};

constexpr std::array<DemoFood, 12> kFoods {{
    {"slv", "677", "Havregrynsgröt fullkorn", 20, 250},
    {"slv", "553", "Banan", 27, 120},
    {"slv", "361", "Spenat frysvara", 32, 100},
    {"slv", "1571", "Pumpafrö", 592, 20},
    {"slv", "1557", "Cashewnötter rostade u. salt", 257, 30},
    {"slv", "4458", "Potatis kokt m. salt", 19, 200},
    {"usda", "12061", "Nuts, almonds", 270, 30},
    {"usda", "19904", "Chocolate, dark, 70-85% cacao solids", 228, 25},
    {"usda", "16015", "Beans, black, mature seeds, cooked, boiled, without salt", 70, 150},
    {"usda", "11090", "Broccoli, raw", 21, 100},
    {"usda", "09040", "Bananas, raw", 27, 120},
    {"usda", "11124", "Carrots, raw", 12, 80},
}};

const std::array<const char*, 6> kNotes {{
    "Long day at work.",
    "Walked in the evening.",
    "Legs restless during a long car journey.",
    "Went to bed late after a film.",
    "Hot evening, slept badly.",
    "Quiet day at home.",
}};

/// A thin wrapper over QRandomGenerator with the distributions the generator needs.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    { }

    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }
    double uniform() { return m_random.generateDouble(); }
    /// Roughly normal (sum of uniforms), mean 0, standard deviation @p sd.
    double noise(double sd)
    {
        double sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += uniform();
        return (sum - 2.0) * sd * std::sqrt(3.0);
    }

private:
    QRandomGenerator m_random;
};

QTime clockTime(int minutesFromMidnight)
{
    const int wrapped = ((minutesFromMidnight % 1440) + 1440) % 1440;
    return QTime(wrapped / 60, wrapped % 60);
}

/// The night that ended on the morning of @p day: it began the evening before, when the
/// symptoms of @p severity (the evening before's) kept the person awake.
void addSleep(DayEntry& day, Dice& dice, int severity)
{
    SleepRecord& sleep = day.sleep;
    // Later to bed on Friday and Saturday evenings, later up on Saturday and Sunday mornings.
    const int evening = day.date.addDays(-1).dayOfWeek();
    const bool weekendEvening = evening == 5 || evening == 6;
    const bool weekend = day.date.dayOfWeek() >= 6;
    // Bedtime around 23:00 (later at weekends), sometimes after midnight.
    const int bed = 23 * 60 + (weekendEvening ? 40 : 0) + int(dice.noise(35));
    const int tried = bed + dice.between(0, 25);
    const int latency = std::clamp(10 + severity * 5 + int(dice.noise(10)), 2, 180);
    const int awakenings = std::clamp(severity / 3 + int(dice.noise(1.0)), 0, 8);
    const int awake
        = awakenings == 0 ? 0 : std::clamp(awakenings * 8 + int(dice.noise(10)), 1, 240);
    const int wake = 7 * 60 + (weekend ? 60 : 0) + int(dice.noise(30));
    sleep.timeIntoBed = clockTime(bed);
    sleep.timeTriedToSleep = clockTime(tried);
    sleep.latencyMinutes = latency;
    sleep.awakenings = awakenings;
    sleep.wakeAfterSleepOnsetMinutes = awake;
    sleep.finalAwakening = clockTime(wake);
    sleep.timeOutOfBed = clockTime(wake + dice.between(0, 30));
    // Quality falls as symptoms rise.
    sleep.quality = std::clamp(int(std::lround(4.6 - severity * 0.35 + dice.noise(0.6))),
        SleepRecord::kQualityMin, SleepRecord::kQualityMax);
}

void addFoods(DayEntry& day, Dice& dice)
{
    const int count = dice.between(2, 4);
    for (int i = 0; i < count; ++i) {
        const DemoFood& food = kFoods[std::size_t(dice.between(0, int(kFoods.size()) - 1))];
        const double grams = std::round(food.typicalGrams * (0.6 + dice.uniform() * 0.8));
        FoodIntake intake;
        intake.source = QString::fromLatin1(food.source);
        intake.foodId = QString::fromLatin1(food.id);
        intake.name = QString::fromUtf8(food.name);
        intake.grams = grams;
        intake.magnesiumMg = std::round(grams * food.mgPer100g) / 100.0;
        day.foods.push_back(intake);
    }
}

void addSupplements(DayEntry& day, Dice& dice)
{
    const SupplementForm form
        = dice.chance(60) ? SupplementForm::Citrate : SupplementForm::Glycinate;
    const int dose = dice.between(2, 6) * 50; // 100..300 mg elemental
    if (dose >= 200 && dice.chance(40)) {
        // Split over the day.
        day.supplements.push_back({0, form, dose / 2.0, QTime(8, 0), Route::Oral});
        day.supplements.push_back({0, form, dose / 2.0, QTime(20, 30), Route::Oral});
    } else {
        day.supplements.push_back(
            {0, form, double(dose), QTime(20, dice.between(0, 59)), Route::Oral});
    }
}

} // namespace

std::vector<DayEntry> DemoDiary::generate(const QDate& lastDay, int years, quint32 seed)
{
    std::vector<DayEntry> days;
    if (!lastDay.isValid() || years <= 0)
        return days;
    Dice dice(seed);
    const QDate first = lastDay.addYears(-years).addDays(1);
    days.reserve(std::size_t(first.daysTo(lastDay) + 1));
    // Supplements come in stretches of weeks, as someone trying them would take them.
    bool onSupplements = false;
    int stretchLeft = 0;
    // The severity of the evening before: a day holds the night that ended on its morning,
    // which the evening before's symptoms disturbed; kNoEvening after a day not kept. (A plain
    // int: GCC 12 at -O3 warns that an std::optional<int> read with value_or "may be used
    // uninitialized".)
    constexpr int kNoEvening = -1;
    int eveningBefore = kNoEvening;
    for (QDate date = first; date <= lastDay; date = date.addDays(1)) {
        if (stretchLeft-- <= 0) {
            onSupplements = !onSupplements;
            stretchLeft = dice.between(14, 60);
        }
        const bool tookSupplement = onSupplements && !dice.chance(10);
        if (dice.chance(kMissingDayPercent)) {
            eveningBefore = kNoEvening;
            continue;
        }

        DayEntry day;
        day.date = date;
        // Severity: a baseline with a weekly rhythm (worse mid-week), noise, and a
        // modest built-in improvement on supplement days.
        const double weekly = std::sin((date.dayOfWeek() - 1) * 2.0 * std::numbers::pi / 7.0) * 0.8;
        const double level = 5.0 + weekly - (tookSupplement ? 1.0 : 0.0) + dice.noise(1.6);
        const int severity = std::clamp(
            int(std::lround(level)), SymptomRecord::kSeverityMin, SymptomRecord::kSeverityMax);
        day.symptoms.severity = severity;
        if (dice.chance(70))
            day.symptoms.onsetTime = clockTime(20 * 60 + int(dice.noise(60)));
        else
            day.symptoms.onsetPeriod = dice.chance(50) ? DayPeriod::Evening : DayPeriod::Night;
        day.symptoms.urgeToMove = severity > 0;
        day.symptoms.pain = severity >= 7 && dice.chance(40);
        day.symptoms.throbbing = severity >= 5 && dice.chance(25);
        day.symptoms.otherUnpleasant = dice.chance(15);
        day.symptoms.disturbedSleep = severity >= 6;

        if (!dice.chance(5)) // sleep is sometimes not filled in
            addSleep(day, dice, eveningBefore == kNoEvening ? severity : eveningBefore);
        eveningBefore = severity;
        addFoods(day, dice);
        if (tookSupplement)
            addSupplements(day, dice);
        day.remedies.caffeineServings = std::max(0, int(std::lround(2.0 + dice.noise(1.0))));
        if (dice.chance(45))
            day.remedies.exerciseMinutes = dice.between(2, 12) * 5;
        if (dice.chance(15))
            day.remedies.warmBath = true;
        if (dice.chance(10))
            day.remedies.massage = true;
        day.remedies.sleepRoutineKept = dice.chance(70);
        if (tookSupplement && dice.chance(4))
            day.sideEffects = dice.chance(70) ? unsigned(SideEffect::Diarrhoea)
                                              : unsigned(SideEffect::StomachUpset);
        if (dice.chance(7))
            day.notes
                = QString::fromLatin1(kNotes[std::size_t(dice.between(0, int(kNotes.size()) - 1))]);
        days.push_back(std::move(day));
    }
    return days;
}

std::vector<LabResult> DemoDiary::labResults(const QDate& lastDay, int years, quint32 seed)
{
    std::vector<LabResult> results;
    if (!lastDay.isValid() || years <= 0)
        return results;
    Dice dice(seed ^ 0x1abu);
    // The eGFR has dice of its own, so that the other values stay as they were before it.
    Dice kidneys(seed ^ 0x6f2u);
    const QDate first = lastDay.addYears(-years).addDays(1);
    // Backwards from a test a few weeks ago, every 150 to 210 days.
    std::vector<QDate> dates;
    for (QDate date = lastDay.addDays(-dice.between(10, 60)); date >= first;
         date = date.addDays(-dice.between(150, 210)))
        dates.insert(dates.begin(), date);
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const double progress = dates.size() > 1 ? double(i) / double(dates.size() - 1) : 1.0;
        LabResult result;
        result.date = dates[i];
        result.ferritin = std::round(std::clamp(32 + 70 * progress + dice.noise(8), 8.0, 400.0));
        if (dice.chance(80)) {
            result.transferrinSaturation
                = std::round(std::clamp(16 + 12 * progress + dice.noise(3), 5.0, 60.0));
        }
        if (dice.chance(70))
            result.haemoglobin = std::round(std::clamp(132 + dice.noise(6), 100.0, 170.0));
        if (dice.chance(40))
            result.serumMagnesium = std::round((0.84 + dice.noise(0.04)) * 100) / 100;
        if (kidneys.chance(50))
            result.egfr = std::round(std::clamp(92 - 8 * progress + kidneys.noise(4), 60.0, 120.0));
        results.push_back(result);
    }
    return results;
}

} // namespace stilla
