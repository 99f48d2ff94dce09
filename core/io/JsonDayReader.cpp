#include "JsonDayReader.h"

#include "FieldText.h"

#include <cmath>

namespace stilla {

namespace {

QString indexed(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

JsonDayReader::JsonDayReader(QString path, std::vector<ImportProblem>& problems)
    : m_path(std::move(path))
    , m_problems(problems)
{ }

void JsonDayReader::problem(const QString& path, const QString& message)
{
    ++m_count;
    FieldText::add(m_problems, ImportProblem {0, 0, path, message});
}

QString JsonDayReader::join(const QString& parent, const char* key) const
{
    return parent + QLatin1Char('.') + QLatin1String(key);
}

void JsonDayReader::rejectUnknown(
    const QJsonObject& object, const QString& path, std::initializer_list<const char*> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const char* key : known)
            isKnown = isKnown || it.key() == QLatin1String(key);
        if (!isKnown)
            problem(path + QLatin1Char('.') + it.key().left(40),
                tr("Unknown field. Check its spelling against docs/diary-json.md."));
    }
}

std::optional<QJsonObject> JsonDayReader::object(const QJsonValue& value, const QString& path)
{
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject()) {
        problem(path, tr("Must be an object ({ ... })."));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<int> JsonDayReader::integer(
    const QJsonObject& object, const QString& parent, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value))
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number)) {
        problem(join(parent, key), tr("Must be a whole number, for example 12."));
        return std::nullopt;
    }
    if (std::abs(number) > 1e9) {
        problem(join(parent, key), tr("%1 is far too large.").arg(number));
        return std::nullopt;
    }
    return int(number);
}

std::optional<double> JsonDayReader::number(
    const QJsonObject& object, const QString& parent, const char* key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value)) {
        if (required)
            problem(join(parent, key), tr("Missing: this field is needed."));
        return std::nullopt;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        problem(join(parent, key), tr("Must be a number, for example 12.5."));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<QString> JsonDayReader::string(
    const QJsonObject& object, const QString& parent, const char* key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value)) {
        if (required)
            problem(join(parent, key), tr("Missing: this field is needed."));
        return std::nullopt;
    }
    if (!value.isString()) {
        problem(join(parent, key), tr("Must be text in quotes."));
        return std::nullopt;
    }
    QString text = value.toString();
    if (text.size() > FieldText::kMaxFieldChars) {
        problem(join(parent, key),
            tr("Far too long (more than %1 characters). Is this a Stilla diary file?")
                .arg(FieldText::kMaxFieldChars));
        return std::nullopt;
    }
    if (const qsizetype at = FieldText::findLoneSurrogate(text); at >= 0) {
        problem(join(parent, key),
            tr("Holds \\u%1 at character %2: half of a UTF-16 surrogate pair without the other "
               "half, which is not a character. Remove it or write the whole pair.")
                .arg(uint(text.at(at).unicode()), 4, 16, QLatin1Char('0'))
                .arg(at + 1));
        return std::nullopt;
    }
    return text;
}

std::optional<QTime> JsonDayReader::time(
    const QJsonObject& object, const QString& parent, const char* key)
{
    const std::optional<QString> text = string(object, parent, key, false);
    if (!text)
        return std::nullopt;
    const Result<QTime> parsed = FieldText::parseTime(*text);
    if (!parsed) {
        problem(join(parent, key), parsed.errorMessage());
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<bool> JsonDayReader::boolean(
    const QJsonObject& object, const QString& parent, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isBool()) {
        problem(join(parent, key), tr("Must be true or false."));
        return std::nullopt;
    }
    return value.toBool();
}

template<typename Enum>
Enum JsonDayReader::name(const QJsonObject& object, const QString& parent, const char* key,
    Enum fallback, std::optional<Enum> (*fromName)(const QString&))
{
    const std::optional<QString> text = string(object, parent, key, false);
    if (!text)
        return fallback;
    if (const std::optional<Enum> value = fromName(*text))
        return *value;
    problem(join(parent, key), tr("\"%1\" is not one of the known names.").arg(text->left(40)));
    return fallback;
}

std::optional<QDate> JsonDayReader::date(
    const QJsonObject& object, const QString& parent, const char* key, bool required)
{
    const std::optional<QString> text = string(object, parent, key, required);
    if (!text)
        return std::nullopt;
    const Result<QDate> parsed = FieldText::parseDate(*text);
    if (!parsed) {
        problem(join(parent, key), parsed.errorMessage());
        return std::nullopt;
    }
    return parsed.value();
}

QJsonArray JsonDayReader::array(const QJsonObject& object, const QString& parent, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value))
        return {};
    if (!value.isArray()) {
        problem(join(parent, key), tr("Must be a list ([ ... ])."));
        return {};
    }
    return value.toArray();
}

DayEntry JsonDayReader::read(const QJsonValue& value)
{
    DayEntry day;
    if (!value.isObject()) {
        problem(m_path, tr("Each day must be an object ({ ... })."));
        return day;
    }
    const QJsonObject object = value.toObject();
    rejectUnknown(object, m_path,
        {"date", "sleep", "symptoms", "foods", "supplements", "remedies", "medications",
            "side_effects", "notes"});
    if (const std::optional<QString> date = string(object, m_path, "date", true)) {
        const Result<QDate> parsed = FieldText::parseDate(*date);
        if (parsed)
            day.date = parsed.value();
        else
            problem(join(m_path, "date"), parsed.errorMessage());
    }
    readSleep(object, day.sleep);
    readSymptoms(object, day.symptoms);
    readFoods(object, day.foods);
    readSupplements(object, day.supplements);
    readRemedies(object, day.remedies);
    readMedications(object, day.medications);
    readSideEffects(object, day.sideEffects);
    day.notes = string(object, m_path, "notes", false).value_or(QString());
    return day;
}

LabResult JsonDayReader::readLab(const QJsonValue& value)
{
    LabResult result;
    if (!value.isObject()) {
        problem(m_path, tr("Each lab result must be an object ({ ... })."));
        return result;
    }
    const QJsonObject object = value.toObject();
    rejectUnknown(object, m_path,
        {"date", "ferritin_ug_l", "transferrin_saturation_pct", "haemoglobin_g_l",
            "serum_magnesium_mmol_l", "egfr_ml_min_1_73m2"});
    result.date = date(object, m_path, "date", true).value_or(QDate());
    for (const LabResult::Value& field : LabResult::values())
        result.*(field.member) = number(object, m_path, field.jsonKey, false);
    return result;
}

ExperimentPlan JsonDayReader::readExperiment(const QJsonValue& value)
{
    ExperimentPlan plan;
    if (!value.isObject()) {
        problem(m_path, tr("Each self-experiment must be an object ({ ... })."));
        return plan;
    }
    const QJsonObject object = value.toObject();
    rejectUnknown(object, m_path,
        {"start", "pattern", "phase_days", "washout_days", "dose_mg", "form", "outcome", "pauses",
            "stopped_on"});
    plan.start = date(object, m_path, "start", true).value_or(QDate());
    plan.pattern = string(object, m_path, "pattern", true).value_or(QString());
    // The whole numbers are needed; a missing one is said once, as for "start".
    for (const auto& [key, member] : {std::pair {"phase_days", &ExperimentPlan::phaseDays},
             std::pair {"washout_days", &ExperimentPlan::washoutDays}}) {
        if (isAbsent(object.value(QLatin1String(key))))
            problem(join(m_path, key), tr("Missing: this field is needed."));
        else
            plan.*member = integer(object, m_path, key).value_or(0);
    }
    plan.doseMg = number(object, m_path, "dose_mg", true).value_or(0);
    plan.form = name(object, m_path, "form", SupplementForm::Citrate, &supplementFormFromName);
    if (isAbsent(object.value(QLatin1String("outcome"))))
        problem(join(m_path, "outcome"), tr("Missing: this field is needed."));
    plan.outcome = name(
        object, m_path, "outcome", Statistics::Outcome::Severity, &Statistics::outcomeFromName);
    const QJsonArray pauses = array(object, m_path, "pauses");
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const QString path = join(m_path, "pauses") + QStringLiteral("[%1]").arg(i);
        const std::optional<QJsonObject> pause = this->object(pauses.at(i), path);
        if (!pause)
            continue;
        rejectUnknown(*pause, path, {"from", "until"});
        plan.pauses.push_back({date(*pause, path, "from", true).value_or(QDate()),
            date(*pause, path, "until", false).value_or(QDate())});
    }
    plan.stoppedOn = date(object, m_path, "stopped_on", false);
    return plan;
}

void JsonDayReader::readSleep(const QJsonObject& day, SleepRecord& sleep)
{
    const QString path = join(m_path, "sleep");
    const std::optional<QJsonObject> object = this->object(day.value(QLatin1String("sleep")), path);
    if (!object)
        return;
    rejectUnknown(*object, path,
        {"time_into_bed", "time_tried_to_sleep", "latency_minutes", "awakenings", "wake_minutes",
            "final_awakening", "time_out_of_bed", "quality"});
    sleep.timeIntoBed = time(*object, path, "time_into_bed");
    sleep.timeTriedToSleep = time(*object, path, "time_tried_to_sleep");
    sleep.latencyMinutes = integer(*object, path, "latency_minutes");
    sleep.awakenings = integer(*object, path, "awakenings");
    sleep.wakeAfterSleepOnsetMinutes = integer(*object, path, "wake_minutes");
    sleep.finalAwakening = time(*object, path, "final_awakening");
    sleep.timeOutOfBed = time(*object, path, "time_out_of_bed");
    sleep.quality = integer(*object, path, "quality");
}

void JsonDayReader::readSymptoms(const QJsonObject& day, SymptomRecord& symptoms)
{
    const QString path = join(m_path, "symptoms");
    const std::optional<QJsonObject> object
        = this->object(day.value(QLatin1String("symptoms")), path);
    if (!object)
        return;
    rejectUnknown(*object, path,
        {"severity", "onset_time", "onset_period", "urge_to_move", "pain", "throbbing",
            "other_unpleasant", "disturbed_sleep"});
    symptoms.severity = integer(*object, path, "severity");
    symptoms.onsetTime = time(*object, path, "onset_time");
    if (object->contains(QLatin1String("onset_period"))
        && !object->value(QLatin1String("onset_period")).isNull()) {
        symptoms.onsetPeriod = name<DayPeriod>(
            *object, path, "onset_period", DayPeriod::Evening, &dayPeriodFromName);
    }
    symptoms.urgeToMove = boolean(*object, path, "urge_to_move").value_or(false);
    symptoms.pain = boolean(*object, path, "pain").value_or(false);
    symptoms.throbbing = boolean(*object, path, "throbbing").value_or(false);
    symptoms.otherUnpleasant = boolean(*object, path, "other_unpleasant").value_or(false);
    symptoms.disturbedSleep = boolean(*object, path, "disturbed_sleep");
}

void JsonDayReader::readFoods(const QJsonObject& day, std::vector<FoodIntake>& foods)
{
    const QJsonArray list = array(day, m_path, "foods");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(join(m_path, "foods"), i);
        const std::optional<QJsonObject> object = this->object(list.at(i), path);
        if (!object) {
            if (list.at(i).isNull())
                problem(path, tr("Must be an object ({ ... })."));
            continue;
        }
        rejectUnknown(*object, path, {"source", "food_id", "name", "grams", "magnesium_mg"});
        FoodIntake food;
        food.source = string(*object, path, "source", true).value_or(QString());
        food.foodId = string(*object, path, "food_id", false).value_or(QString());
        food.name = string(*object, path, "name", true).value_or(QString());
        food.grams = number(*object, path, "grams", false).value_or(0);
        food.magnesiumMg = number(*object, path, "magnesium_mg", true).value_or(0);
        foods.push_back(food);
    }
}

void JsonDayReader::readSupplements(
    const QJsonObject& day, std::vector<SupplementIntake>& supplements)
{
    const QJsonArray list = array(day, m_path, "supplements");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(join(m_path, "supplements"), i);
        const std::optional<QJsonObject> object = this->object(list.at(i), path);
        if (!object) {
            if (list.at(i).isNull())
                problem(path, tr("Must be an object ({ ... })."));
            continue;
        }
        rejectUnknown(*object, path, {"form", "elemental_mg", "time_taken", "route"});
        SupplementIntake dose;
        dose.form = name<SupplementForm>(
            *object, path, "form", SupplementForm::Other, &supplementFormFromName);
        dose.elementalMg = number(*object, path, "elemental_mg", true).value_or(0);
        dose.timeTaken = time(*object, path, "time_taken");
        dose.route = name<Route>(*object, path, "route", Route::Oral, &routeFromName);
        supplements.push_back(dose);
    }
}

void JsonDayReader::readRemedies(const QJsonObject& day, Remedies& remedies)
{
    const QString path = join(m_path, "remedies");
    const std::optional<QJsonObject> object
        = this->object(day.value(QLatin1String("remedies")), path);
    if (!object)
        return;
    rejectUnknown(*object, path,
        {"caffeine_servings", "exercise_minutes", "warm_bath", "massage", "relaxation",
            "sleep_routine_kept"});
    remedies.caffeineServings = integer(*object, path, "caffeine_servings");
    remedies.exerciseMinutes = integer(*object, path, "exercise_minutes");
    remedies.warmBath = boolean(*object, path, "warm_bath");
    remedies.massage = boolean(*object, path, "massage");
    remedies.relaxation = boolean(*object, path, "relaxation");
    remedies.sleepRoutineKept = boolean(*object, path, "sleep_routine_kept");
}

void JsonDayReader::readMedications(
    const QJsonObject& day, std::vector<MedicationTaken>& medications)
{
    const QJsonArray list = array(day, m_path, "medications");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(join(m_path, "medications"), i);
        const std::optional<QJsonObject> object = this->object(list.at(i), path);
        if (!object) {
            if (list.at(i).isNull())
                problem(path, tr("Must be an object ({ ... })."));
            continue;
        }
        rejectUnknown(*object, path, {"name", "class", "time_taken"});
        MedicationTaken medication;
        medication.name = string(*object, path, "name", true).value_or(QString());
        medication.medicationClass = name<MedicationClass>(
            *object, path, "class", MedicationClass::Other, &medicationClassFromName);
        medication.timeTaken = time(*object, path, "time_taken");
        medications.push_back(medication);
    }
}

void JsonDayReader::readSideEffects(const QJsonObject& day, SideEffects& effects)
{
    const QJsonArray list = array(day, m_path, "side_effects");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(join(m_path, "side_effects"), i);
        const QJsonValue value = list.at(i);
        const std::optional<SideEffect> effect
            = value.isString() ? sideEffectFromName(value.toString()) : std::nullopt;
        if (effect)
            effects |= unsigned(*effect);
        else
            problem(path,
                tr("Not a known side effect. The names are listed in "
                   "docs/diary-json.md."));
    }
}

} // namespace stilla
