#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace stilla {

/// Sleep, following the core items of the Consensus Sleep Diary (Carney et al. 2012,
/// "The Consensus Sleep Diary: standardizing prospective sleep self-monitoring", Sleep 35(2)).
/// A day's sleep is the night that ENDED on the morning of that day (into bed usually the
/// evening before), as the Consensus Sleep Diary has it: the diary is filled in on waking.
/// Clock times may cross midnight; the derived values below work on clock times only.
struct SleepRecord
{
    std::optional<QTime> timeIntoBed; ///< "What time did you get into bed?"
    std::optional<QTime> timeTriedToSleep; ///< "What time did you try to go to sleep?"
    std::optional<int> latencyMinutes; ///< minutes to fall asleep
    std::optional<int> awakenings; ///< times woken, not counting the final awakening
    std::optional<int> wakeAfterSleepOnsetMinutes; ///< minutes awake during the night in total
    std::optional<QTime> finalAwakening; ///< final awakening time
    std::optional<QTime> timeOutOfBed; ///< time out of bed for the day
    std::optional<int> quality; ///< 1 very poor, 2 poor, 3 fair, 4 good, 5 very good

    static constexpr int kQualityMin = 1;
    static constexpr int kQualityMax = 5;

    /// Minutes from @p from to @p to, going forward and crossing midnight when @p to is
    /// earlier: a night's times are read in that order.
    static int minutesForward(const QTime& from, const QTime& to);
    /// Minutes from into bed to out of bed, crossing midnight when needed.
    std::optional<int> timeInBedMinutes() const;
    /// Minutes from trying to sleep (or, if not given, getting into bed) to the final
    /// awakening, crossing midnight when needed.
    std::optional<int> sleepWindowMinutes() const;
    /// The sleep window less the time to fall asleep and the time awake in the night. Known
    /// only when both are given (0 is an answer); the time awake may be left out after a night
    /// with no awakenings. A blank is not taken as 0: that would count the night as sleep
    /// until the person fills the minutes in. Never negative.
    std::optional<int> totalSleepMinutes() const;
    /// What totalSleepMinutes() still needs when the sleep window is known: the minutes to
    /// fall asleep, the minutes awake in the night, or both.
    struct Missing
    {
        bool latency = false;
        bool wakeAfterSleepOnset = false;
    };
    Missing missingForTotalSleep() const;
    /// Total sleep time divided by time in bed, 0..1 (clamped to 1 for inconsistent input).
    std::optional<double> efficiency() const;

    bool isEmpty() const;
    bool operator==(const SleepRecord&) const = default;
};

/// When symptoms began, when no clock time is given.
enum class DayPeriod { Afternoon, Evening, Night };

/// RLS symptoms. The 0-10 scale is Stilla's own (0 none, 10 the worst you can imagine); it is
/// not the licensed IRLS questionnaire.
struct SymptomRecord
{
    std::optional<int> severity; ///< 0..10
    std::optional<QTime> onsetTime;
    std::optional<DayPeriod> onsetPeriod; ///< used when onsetTime is not known
    // What it felt like, as the article lists it.
    bool urgeToMove = false;
    bool pain = false;
    bool throbbing = false;
    bool otherUnpleasant = false;
    std::optional<bool> disturbedSleep;

    static constexpr int kSeverityMin = 0;
    static constexpr int kSeverityMax = 10;

    bool isEmpty() const;
    /// Symptoms that day: a severity above 0, or, when no severity is given, any of the
    /// feelings.
    bool anyFelt() const;
    bool operator==(const SymptomRecord&) const = default;
};

/// A food eaten, as picked in the food picker. The magnesium is stored at entry time so later
/// updates to the food data never change history.
struct FoodIntake
{
    qint64 id = 0; ///< row id in the diary; 0 for a new item
    QString source; ///< "slv", "usda", "custom" or "import" (aggregate line from a CSV import)
    QString foodId; ///< the food's id within its source (empty for "import")
    QString name; ///< the name as shown when it was added
    double grams = 0;
    double magnesiumMg = 0;

    bool operator==(const FoodIntake&) const = default;
};

/// The form of a magnesium dose. LaxativeOrAntacid is a medicine that holds magnesium (magnesium
/// hydroxide or oxide as a laxative or an antacid): it counts toward the supplement limits like
/// any other dose (NIH ODS, Magnesium Fact Sheet for Health Professionals).
enum class SupplementForm {
    Oxide,
    Citrate,
    Glycinate,
    Chloride,
    Lactate,
    Malate,
    Sulfate,
    LaxativeOrAntacid,
    Other
};
enum class Route { Oral, Intravenous };

/// A magnesium supplement dose: elemental magnesium as printed on the label.
struct SupplementIntake
{
    qint64 id = 0;
    SupplementForm form = SupplementForm::Other;
    double elementalMg = 0;
    std::optional<QTime> timeTaken;
    Route route = Route::Oral; ///< intravenous only when given by a clinician

    bool operator==(const SupplementIntake&) const = default;
};

/// The article's other remedies, as done that day.
struct Remedies
{
    std::optional<int> caffeineServings;
    std::optional<int> exerciseMinutes; ///< moderate exercise
    std::optional<bool> warmBath;
    std::optional<bool> massage;
    std::optional<bool> relaxation; ///< relaxation or meditation
    std::optional<bool> sleepRoutineKept;

    bool isEmpty() const;
    bool operator==(const Remedies&) const = default;
};

enum class MedicationClass {
    DopamineAgonist,
    Opioid,
    MuscleRelaxant,
    SleepMedication,
    Antibiotic, ///< aminoglycoside, quinolone or tetracycline (the article's interactions)
    CalciumChannelBlocker,
    Diuretic,
    Bisphosphonate,
    Gabapentinoid, ///< gabapentin or pregabalin
    OralIron, ///< iron tablets or drops
    Levothyroxine,
    ProtonPumpInhibitor,
    // Medicines that can make RLS worse (NINDS)
    SedatingAntihistamine, ///< including over-the-counter sleep aids with diphenhydramine
    DopamineBlocker, ///< antipsychotics, metoclopramide, prochlorperazine
    SerotonergicAntidepressant, ///< SSRI, SNRI, mirtazapine, tricyclics
    Other
};

struct MedicationTaken
{
    qint64 id = 0;
    QString name;
    MedicationClass medicationClass = MedicationClass::Other;
    /// When it was taken, if noted: the safety rules then check it against the dose times.
    std::optional<QTime> timeTaken;

    bool operator==(const MedicationTaken&) const = default;
};

/// Side effects noticed, from the article's lists. Bit flags.
enum class SideEffect : unsigned {
    None = 0,
    // Common
    StomachUpset = 1u << 0,
    Nausea = 1u << 1,
    Vomiting = 1u << 2,
    Diarrhoea = 1u << 3,
    StomachCramps = 1u << 4,
    // Serious: signs of too much magnesium
    LowBloodPressure = 1u << 8, ///< low blood pressure or faintness
    Confusion = 1u << 9,
    IrregularHeartbeat = 1u << 10,
    SlowedBreathing = 1u << 11,
    MuscleWeakness = 1u << 12, ///< NIH ODS
    Drowsiness = 1u << 13, ///< NIH ODS: lethargy
};
using SideEffects = unsigned; ///< OR of SideEffect values

inline constexpr unsigned kCommonSideEffects = 0x1fu;
inline constexpr unsigned kSeriousSideEffects = 0x3f00u;
/// The article's own signs of too much magnesium (low blood pressure, confusion, an irregular
/// heartbeat, slowed breathing): a reason to seek care at once, with or without magnesium.
inline constexpr unsigned kArticleSeriousSideEffects = 0x0f00u;
/// Muscle weakness and unusual drowsiness (NIH ODS): signs of too much magnesium on a day with
/// supplements, and common in RLS itself, whose nights are short.
inline constexpr unsigned kWeaknessOrDrowsinessEffects = 0x3000u;

/// Everything logged for one day. Everything is optional except the date. @c sleep is the
/// night that ended on the morning of @c date, so the night after this day's magnesium is the
/// sleep of the day after.
struct DayEntry
{
    QDate date;
    SleepRecord sleep;
    SymptomRecord symptoms;
    std::vector<FoodIntake> foods;
    std::vector<SupplementIntake> supplements;
    Remedies remedies;
    std::vector<MedicationTaken> medications;
    SideEffects sideEffects = 0;
    QString notes;

    double foodMagnesiumMg() const;
    double supplementMagnesiumMg() const;
    double totalMagnesiumMg() const { return foodMagnesiumMg() + supplementMagnesiumMg(); }
    bool hasSideEffect(SideEffect effect) const { return (sideEffects & unsigned(effect)) != 0; }
    /// True when nothing but the date is set.
    bool isEmpty() const;
    /// The day with the row ids of its foods, doses and medicines cleared: as it is written
    /// anew (the diary gives the rows new ids) or compared with what was saved.
    DayEntry withoutRowIds() const;

    bool operator==(const DayEntry&) const = default;
};

/// The days of a diary written when a night belonged to the date it began (schema version 2
/// and older, JSON format version 1, a CSV with a "bedtime" column), moved to today's meaning:
/// every night goes to the following day, which is added when it is not in @p days; a day
/// that then holds nothing (it held only its night) is left out. Nothing else changes. A night
/// on the last date there is (9999-12-31) stays where it is. Returned in date order.
std::vector<DayEntry> nightsMovedToTheMorningAfter(std::vector<DayEntry> days);

/// The parts of a day as the diary page groups them, in its order.
enum class DayPart { Sleep, Symptoms, Magnesium, Remedies, Medications, SideEffectsNoted, Notes };
/// The parts in which @p a and @p b differ, row ids aside (what an undo step takes back).
std::vector<DayPart> changedParts(const DayEntry& a, const DayEntry& b);

/// Stable names used in storage, JSON and CSV ("oxide", "dopamine_agonist", ...).
/// fromName returns std::nullopt for an unknown name.
QString toName(SupplementForm form);
QString toName(Route route);
QString toName(MedicationClass medicationClass);
QString toName(DayPeriod period);
QString toName(SideEffect effect);
std::optional<SupplementForm> supplementFormFromName(const QString& name);
std::optional<Route> routeFromName(const QString& name);
std::optional<MedicationClass> medicationClassFromName(const QString& name);
std::optional<DayPeriod> dayPeriodFromName(const QString& name);
std::optional<SideEffect> sideEffectFromName(const QString& name);
/// Every single SideEffect flag, common ones first.
const std::vector<SideEffect>& allSideEffects();
const std::vector<SupplementForm>& allSupplementForms();
const std::vector<MedicationClass>& allMedicationClasses();

} // namespace stilla
