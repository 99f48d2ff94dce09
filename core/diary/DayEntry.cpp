#include "DayEntry.h"

#include "core/NameTable.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <set>

namespace stilla {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

constexpr NameTable<SupplementForm, 9> kForms {{{
    {SupplementForm::Oxide, "oxide"},
    {SupplementForm::Citrate, "citrate"},
    {SupplementForm::Glycinate, "glycinate"},
    {SupplementForm::Chloride, "chloride"},
    {SupplementForm::Lactate, "lactate"},
    {SupplementForm::Malate, "malate"},
    {SupplementForm::Sulfate, "sulfate"},
    {SupplementForm::LaxativeOrAntacid, "laxative_antacid"},
    {SupplementForm::Other, "other"},
}}};

constexpr NameTable<Route, 2> kRoutes {{{
    {Route::Oral, "oral"},
    {Route::Intravenous, "intravenous"},
}}};

constexpr NameTable<MedicationClass, 16> kClasses {{{
    {MedicationClass::DopamineAgonist, "dopamine_agonist"},
    {MedicationClass::Opioid, "opioid"},
    {MedicationClass::MuscleRelaxant, "muscle_relaxant"},
    {MedicationClass::SleepMedication, "sleep_medication"},
    {MedicationClass::Antibiotic, "antibiotic"},
    {MedicationClass::CalciumChannelBlocker, "calcium_channel_blocker"},
    {MedicationClass::Diuretic, "diuretic"},
    {MedicationClass::Bisphosphonate, "bisphosphonate"},
    {MedicationClass::Gabapentinoid, "gabapentinoid"},
    {MedicationClass::OralIron, "oral_iron"},
    {MedicationClass::Levothyroxine, "levothyroxine"},
    {MedicationClass::ProtonPumpInhibitor, "proton_pump_inhibitor"},
    {MedicationClass::SedatingAntihistamine, "sedating_antihistamine"},
    {MedicationClass::DopamineBlocker, "dopamine_blocker"},
    {MedicationClass::SerotonergicAntidepressant, "serotonergic_antidepressant"},
    {MedicationClass::Other, "other"},
}}};

constexpr NameTable<DayPeriod, 3> kPeriods {{{
    {DayPeriod::Afternoon, "afternoon"},
    {DayPeriod::Evening, "evening"},
    {DayPeriod::Night, "night"},
}}};

constexpr NameTable<SideEffect, 11> kSideEffects {{{
    {SideEffect::StomachUpset, "stomach_upset"},
    {SideEffect::Nausea, "nausea"},
    {SideEffect::Vomiting, "vomiting"},
    {SideEffect::Diarrhoea, "diarrhoea"},
    {SideEffect::StomachCramps, "stomach_cramps"},
    {SideEffect::LowBloodPressure, "low_blood_pressure"},
    {SideEffect::Confusion, "confusion"},
    {SideEffect::IrregularHeartbeat, "irregular_heartbeat"},
    {SideEffect::SlowedBreathing, "slowed_breathing"},
    {SideEffect::MuscleWeakness, "muscle_weakness"},
    {SideEffect::Drowsiness, "drowsiness"},
}}};

} // namespace

int SleepRecord::minutesForward(const QTime& from, const QTime& to)
{
    const int diff = (to.msecsSinceStartOfDay() - from.msecsSinceStartOfDay()) / 60000;
    return diff >= 0 ? diff : diff + kMinutesPerDay;
}

std::optional<int> SleepRecord::timeInBedMinutes() const
{
    if (!timeIntoBed || !timeOutOfBed)
        return std::nullopt;
    return minutesForward(*timeIntoBed, *timeOutOfBed);
}

std::optional<int> SleepRecord::sleepWindowMinutes() const
{
    const std::optional<QTime> start = timeTriedToSleep ? timeTriedToSleep : timeIntoBed;
    if (!start || !finalAwakening)
        return std::nullopt;
    return minutesForward(*start, *finalAwakening);
}

SleepRecord::Missing SleepRecord::missingForTotalSleep() const
{
    const bool noAwakenings = awakenings && *awakenings == 0;
    return {!latencyMinutes, !wakeAfterSleepOnsetMinutes && !noAwakenings};
}

std::optional<int> SleepRecord::totalSleepMinutes() const
{
    const auto window = sleepWindowMinutes();
    const Missing missing = missingForTotalSleep();
    if (!window || missing.latency || missing.wakeAfterSleepOnset)
        return std::nullopt;
    return std::max(0, *window - *latencyMinutes - wakeAfterSleepOnsetMinutes.value_or(0));
}

std::optional<double> SleepRecord::efficiency() const
{
    const auto inBed = timeInBedMinutes();
    const auto asleep = totalSleepMinutes();
    if (!inBed || !asleep || *inBed <= 0)
        return std::nullopt;
    return std::min(1.0, double(*asleep) / double(*inBed));
}

bool SleepRecord::isEmpty() const
{
    return *this == SleepRecord {};
}

bool SymptomRecord::isEmpty() const
{
    return *this == SymptomRecord {};
}

bool SymptomRecord::anyFelt() const
{
    if (severity)
        return *severity > 0;
    return urgeToMove || pain || throbbing || otherUnpleasant;
}

bool Remedies::isEmpty() const
{
    return *this == Remedies {};
}

double DayEntry::foodMagnesiumMg() const
{
    return std::accumulate(foods.begin(), foods.end(), 0.0,
        [](double sum, const FoodIntake& food) { return sum + food.magnesiumMg; });
}

double DayEntry::supplementMagnesiumMg() const
{
    return std::accumulate(supplements.begin(), supplements.end(), 0.0,
        [](double sum, const SupplementIntake& dose) { return sum + dose.elementalMg; });
}

bool DayEntry::isEmpty() const
{
    return sleep.isEmpty() && symptoms.isEmpty() && foods.empty() && supplements.empty()
        && remedies.isEmpty() && medications.empty() && sideEffects == 0 && notes.isEmpty();
}

DayEntry DayEntry::withoutRowIds() const
{
    DayEntry day = *this;
    for (auto& food : day.foods)
        food.id = 0;
    for (auto& dose : day.supplements)
        dose.id = 0;
    for (auto& medication : day.medications)
        medication.id = 0;
    return day;
}

std::vector<DayPart> changedParts(const DayEntry& a, const DayEntry& b)
{
    const DayEntry first = a.withoutRowIds();
    const DayEntry second = b.withoutRowIds();
    std::vector<DayPart> parts;
    const auto note = [&parts](bool changed, DayPart part) {
        if (changed)
            parts.push_back(part);
    };
    note(!(first.sleep == second.sleep), DayPart::Sleep);
    note(!(first.symptoms == second.symptoms), DayPart::Symptoms);
    note(
        first.foods != second.foods || first.supplements != second.supplements, DayPart::Magnesium);
    note(!(first.remedies == second.remedies), DayPart::Remedies);
    note(first.medications != second.medications, DayPart::Medications);
    note(first.sideEffects != second.sideEffects, DayPart::SideEffectsNoted);
    note(first.notes != second.notes, DayPart::Notes);
    return parts;
}

std::vector<DayEntry> nightsMovedToTheMorningAfter(std::vector<DayEntry> days)
{
    std::map<QDate, DayEntry> byDate;
    std::vector<std::pair<QDate, SleepRecord>> nights;
    static const QDate kLastDate(9999, 12, 31);
    for (DayEntry& day : days) {
        if (!day.sleep.isEmpty() && day.date.isValid() && day.date < kLastDate) {
            nights.emplace_back(day.date.addDays(1), day.sleep);
            day.sleep = {};
        }
        const QDate date = day.date;
        byDate.insert_or_assign(date, std::move(day));
    }
    std::set<QDate> lostTheirNight;
    for (const auto& [morning, night] : nights)
        lostTheirNight.insert(morning.addDays(-1));
    for (const auto& [morning, night] : nights) {
        DayEntry& day = byDate[morning];
        day.date = morning;
        day.sleep = night;
    }
    std::vector<DayEntry> result;
    result.reserve(byDate.size());
    for (auto& [date, day] : byDate) {
        // A day that held only its night: the night moved, nothing was typed for the day.
        if (day.isEmpty() && lostTheirNight.contains(date))
            continue;
        result.push_back(std::move(day));
    }
    return result;
}

QString toName(SupplementForm form)
{
    return kForms.name(form);
}
QString toName(Route route)
{
    return kRoutes.name(route);
}
QString toName(MedicationClass medicationClass)
{
    return kClasses.name(medicationClass);
}
QString toName(DayPeriod period)
{
    return kPeriods.name(period);
}
QString toName(SideEffect effect)
{
    return kSideEffects.name(effect);
}

std::optional<SupplementForm> supplementFormFromName(const QString& name)
{
    return kForms.value(name);
}
std::optional<Route> routeFromName(const QString& name)
{
    return kRoutes.value(name);
}
std::optional<MedicationClass> medicationClassFromName(const QString& name)
{
    return kClasses.value(name);
}
std::optional<DayPeriod> dayPeriodFromName(const QString& name)
{
    return kPeriods.value(name);
}
std::optional<SideEffect> sideEffectFromName(const QString& name)
{
    return kSideEffects.value(name);
}

const std::vector<SideEffect>& allSideEffects()
{
    static const std::vector<SideEffect> values = kSideEffects.values();
    return values;
}

const std::vector<SupplementForm>& allSupplementForms()
{
    static const std::vector<SupplementForm> values = kForms.values();
    return values;
}

const std::vector<MedicationClass>& allMedicationClasses()
{
    static const std::vector<MedicationClass> values = kClasses.values();
    return values;
}

} // namespace stilla
