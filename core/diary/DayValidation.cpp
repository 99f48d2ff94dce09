#include "DayValidation.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

/// Whether @p time can be called @p period, with an hour's leeway at each end (where evening
/// turns to night is a matter of habit): afternoon 12–18, evening 18–23, night 23–06.
bool fitsPeriod(const QTime& time, DayPeriod period)
{
    const int hour = time.hour();
    switch (period) {
    case DayPeriod::Afternoon:
        return hour >= 11 && hour < 19;
    case DayPeriod::Evening:
        return hour >= 17 || hour == 0;
    case DayPeriod::Night:
        return hour >= 22 || hour < 7;
    }
    return true;
}

class Checker
{
public:
    explicit Checker(std::vector<FieldProblem>& problems)
        : m_problems(problems)
    { }

    void error(const QString& field, const QString& message)
    {
        m_problems.push_back({FieldProblem::Kind::Error, field, message});
    }
    void question(const QString& field, const QString& message)
    {
        m_problems.push_back({FieldProblem::Kind::Question, field, message});
    }

    void intRange(const QString& field, const std::optional<int>& value, int min, int max,
        const QString& what)
    {
        if (value && (*value < min || *value > max)) {
            error(field,
                DayValidation::tr("%1 must be between %2 and %3; %4 is not possible.")
                    .arg(what)
                    .arg(min)
                    .arg(max)
                    .arg(*value));
        }
    }

    void amount(const QString& field, double value, double max, const QString& what)
    {
        if (!std::isfinite(value) || value <= 0 || value > max) {
            error(field,
                DayValidation::tr("%1 must be more than 0 and at most %2.").arg(what).arg(max));
        }
    }

    void text(const QString& field, const QString& value, int maxLength, const QString& what)
    {
        if (value.size() > maxLength) {
            error(field,
                DayValidation::tr("%1 is too long: at most %2 characters.")
                    .arg(what)
                    .arg(maxLength));
        }
    }

private:
    std::vector<FieldProblem>& m_problems;
};

QString indexed(const char* list, std::size_t index, const char* field)
{
    return FieldPath {QLatin1String(list), index, QLatin1String(field)}.toString();
}

/// A night runs in the order the Consensus Sleep Diary asks its times: into bed, tried to
/// sleep, the final awakening, out of bed. Each time is counted forward from the first one
/// given, so a night may cross midnight; a time that falls out of that order was most often
/// typed in the wrong half of the day ("12:00 am" in a 24-hour field is noon).
void checkSleepOrder(Checker& check, const SleepRecord& sleep)
{
    const auto hhmm = [](const QTime& time) { return time.toString(QStringLiteral("HH:mm")); };
    const std::optional<QTime> start
        = sleep.timeIntoBed ? sleep.timeIntoBed : sleep.timeTriedToSleep;
    const auto fromStart
        = [&start](const QTime& time) { return SleepRecord::minutesForward(*start, time); };
    if (start && sleep.finalAwakening && sleep.timeOutOfBed
        && fromStart(*sleep.finalAwakening) > fromStart(*sleep.timeOutOfBed)) {
        check.question(QStringLiteral("sleep.final_awakening"),
            DayValidation::tr("The final awakening at %1 comes after getting out of bed at %2. "
                              "Please check the times: is one of them in the wrong half of the "
                              "day?")
                .arg(hhmm(*sleep.finalAwakening), hhmm(*sleep.timeOutOfBed)));
    }
    const std::optional<QTime> end = sleep.timeOutOfBed ? sleep.timeOutOfBed : sleep.finalAwakening;
    if (sleep.timeIntoBed && sleep.timeTriedToSleep && end
        && fromStart(*sleep.timeTriedToSleep) > fromStart(*end)) {
        check.question(QStringLiteral("sleep.tried_to_sleep"),
            DayValidation::tr("Trying to sleep at %1 comes before getting into bed at %2. "
                              "Please check the times.")
                .arg(hhmm(*sleep.timeTriedToSleep), hhmm(*sleep.timeIntoBed)));
    }
}

void checkSleep(Checker& check, const SleepRecord& sleep)
{
    check.intRange(QStringLiteral("sleep.latency_minutes"), sleep.latencyMinutes, 0,
        DayValidation::kMaxLatencyMinutes, DayValidation::tr("Minutes to fall asleep"));
    check.intRange(QStringLiteral("sleep.awakenings"), sleep.awakenings, 0,
        DayValidation::kMaxAwakenings, DayValidation::tr("Awakenings"));
    if (sleep.awakenings && *sleep.awakenings >= DayValidation::kQuestionAwakenings
        && *sleep.awakenings <= DayValidation::kMaxAwakenings) {
        check.question(QStringLiteral("sleep.awakenings"),
            DayValidation::tr("%1 awakenings in one night is a lot. Is that right?")
                .arg(*sleep.awakenings));
    }
    check.intRange(QStringLiteral("sleep.wake_minutes"), sleep.wakeAfterSleepOnsetMinutes, 0,
        DayValidation::kMaxWakeMinutes, DayValidation::tr("Minutes awake in the night"));
    check.intRange(QStringLiteral("sleep.quality"), sleep.quality, SleepRecord::kQualityMin,
        SleepRecord::kQualityMax, DayValidation::tr("Sleep quality"));
    if (const auto night = sleep.sleepWindowMinutes(); night
        && sleep.latencyMinutes.value_or(0) + sleep.wakeAfterSleepOnsetMinutes.value_or(0)
            > *night) {
        check.question(QStringLiteral("sleep.wake_minutes"),
            DayValidation::tr(
                "Minutes to fall asleep plus minutes awake are longer than the night itself. "
                "Please check the times."));
    }

    checkSleepOrder(check, sleep);

    const int longest
        = std::max(sleep.timeInBedMinutes().value_or(0), sleep.sleepWindowMinutes().value_or(0));
    if (longest > DayValidation::kQuestionNightMinutes) {
        check.question(sleep.timeOutOfBed ? QStringLiteral("sleep.out_of_bed")
                                          : QStringLiteral("sleep.final_awakening"),
            DayValidation::tr(
                "This night lasts %1\u00A0h %2\u00A0min, longer than a night. Please check the "
                "times: is one of them in the wrong half of the day?")
                .arg(longest / 60)
                .arg(longest % 60));
    }
}

void checkSymptoms(Checker& check, const SymptomRecord& symptoms)
{
    check.intRange(QStringLiteral("symptoms.severity"), symptoms.severity,
        SymptomRecord::kSeverityMin, SymptomRecord::kSeverityMax,
        DayValidation::tr("Symptom severity"));
    // The time of day stands in for a time not known; given both, they should agree.
    if (symptoms.onsetTime && symptoms.onsetPeriod
        && !fitsPeriod(*symptoms.onsetTime, *symptoms.onsetPeriod)) {
        check.question(QStringLiteral("symptoms.onset"),
            DayValidation::tr("Symptoms began at %1, which is not the time of day chosen beside "
                              "it. Please check one or the other.")
                .arg(symptoms.onsetTime->toString(QStringLiteral("HH:mm"))));
    }
}

} // namespace

QString FieldPath::toString() const
{
    return QStringLiteral("%1[%2].%3").arg(list).arg(row).arg(field);
}

QString FieldPath::anyRow(QStringView list)
{
    return list.toString() + QStringLiteral("[]");
}

std::optional<FieldPath> FieldPath::parse(QStringView path)
{
    const qsizetype open = path.indexOf(u'[');
    const qsizetype close = path.indexOf(u']');
    if (open <= 0 || close <= open + 1 || path.mid(close + 1, 1) != u".")
        return std::nullopt;
    bool isNumber = false;
    const qulonglong row = path.mid(open + 1, close - open - 1).toULongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return FieldPath {path.left(open).toString(), std::size_t(row), path.mid(close + 2).toString()};
}

std::vector<FieldProblem> DayValidation::validate(const DayEntry& day)
{
    std::vector<FieldProblem> problems;
    Checker check(problems);

    if (!day.date.isValid())
        check.error(QStringLiteral("date"), tr("The date is missing or not a real date."));

    checkSleep(check, day.sleep);
    checkSymptoms(check, day.symptoms);

    for (std::size_t i = 0; i < day.foods.size(); ++i) {
        const FoodIntake& food = day.foods[i];
        if (food.source != QLatin1String("import")) {
            // Named, so that the person knows which of the day's foods it is.
            check.amount(indexed("foods", i, "grams"), food.grams, kMaxFoodGrams,
                tr("The amount of \u201C%1\u201D in grams").arg(food.name));
        }
        if (!std::isfinite(food.magnesiumMg) || food.magnesiumMg < 0
            || food.magnesiumMg > kMaxFoodMagnesiumMg) {
            check.error(indexed("foods", i, "magnesium_mg"),
                tr("Magnesium from \u201C%1\u201D must be between 0 and %2\u00A0mg.")
                    .arg(food.name)
                    .arg(kMaxFoodMagnesiumMg));
        }
        check.text(indexed("foods", i, "name"), food.name, kMaxNameLength, tr("The food name"));
    }
    for (std::size_t i = 0; i < day.supplements.size(); ++i) {
        const SupplementIntake& dose = day.supplements[i];
        check.amount(indexed("supplements", i, "elemental_mg"), dose.elementalMg, kMaxSupplementMg,
            tr("Elemental magnesium in a supplement (mg)"));
        if (std::isfinite(dose.elementalMg) && dose.elementalMg > kImplausibleSupplementMg
            && dose.elementalMg <= kMaxSupplementMg) {
            check.question(indexed("supplements", i, "elemental_mg"),
                tr("%1\u00A0mg in one dose is far more than any usual supplement. Is that a typo?")
                    .arg(dose.elementalMg));
        }
    }

    check.intRange(QStringLiteral("remedies.caffeine_servings"), day.remedies.caffeineServings, 0,
        kMaxCaffeineServings, tr("Caffeine servings"));
    check.intRange(QStringLiteral("remedies.exercise_minutes"), day.remedies.exerciseMinutes, 0,
        kMaxExerciseMinutes, tr("Minutes of exercise"));

    for (std::size_t i = 0; i < day.medications.size(); ++i) {
        const MedicationTaken& medication = day.medications[i];
        if (medication.name.trimmed().isEmpty())
            check.error(indexed("medications", i, "name"), tr("A medication needs a name."));
        check.text(indexed("medications", i, "name"), medication.name, kMaxNameLength,
            tr("The medication name"));
    }
    unsigned known = 0;
    for (SideEffect effect : allSideEffects())
        known |= unsigned(effect);
    if ((day.sideEffects & ~known) != 0)
        check.error(QStringLiteral("side_effects"), tr("Unknown side effect."));
    check.text(QStringLiteral("notes"), day.notes, kMaxNotesLength, tr("The note text"));
    return problems;
}

bool DayValidation::isSavable(const DayEntry& day)
{
    for (const FieldProblem& problem : validate(day)) {
        if (problem.kind == FieldProblem::Kind::Error)
            return false;
    }
    return true;
}

QString DayValidation::errors(const DayEntry& day)
{
    QStringList errors;
    for (const FieldProblem& problem : validate(day)) {
        if (problem.kind == FieldProblem::Kind::Error)
            errors << problem.message;
    }
    return errors.join(u' ');
}

QString DayValidation::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate)
                          : QCoreApplication::translate("stilla::DiaryStore", "(no date)");
}

} // namespace stilla
