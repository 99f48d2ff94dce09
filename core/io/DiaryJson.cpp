#include "DiaryJson.h"

#include "FieldText.h"
#include "JsonDayReader.h"
#include "JsonLocator.h"
#include "JsonObjectWriter.h"
#include "core/diary/DayValidation.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace stilla {

namespace {

// ---- Writing: a fixed key order and layout (JsonObjectWriter), so equal diaries give equal
// bytes.

using Members = JsonObjectWriter::Members;

QString writeDay(const DayEntry& day, int level)
{
    JsonObjectWriter out(level);
    out.text("date", FieldText::formatDate(day.date));
    if (!day.sleep.isEmpty()) {
        const SleepRecord& s = day.sleep;
        JsonObjectWriter sleep(out.childLevel());
        sleep.optional("time_into_bed", s.timeIntoBed);
        sleep.optional("time_tried_to_sleep", s.timeTriedToSleep);
        sleep.optional("latency_minutes", s.latencyMinutes);
        sleep.optional("awakenings", s.awakenings);
        sleep.optional("wake_minutes", s.wakeAfterSleepOnsetMinutes);
        sleep.optional("final_awakening", s.finalAwakening);
        sleep.optional("time_out_of_bed", s.timeOutOfBed);
        sleep.optional("quality", s.quality);
        out.raw("sleep", sleep.finish());
    }
    if (!day.symptoms.isEmpty()) {
        const SymptomRecord& s = day.symptoms;
        JsonObjectWriter symptoms(out.childLevel());
        symptoms.optional("severity", s.severity);
        symptoms.optional("onset_time", s.onsetTime);
        if (s.onsetPeriod)
            symptoms.text("onset_period", toName(*s.onsetPeriod));
        symptoms.flag("urge_to_move", s.urgeToMove);
        symptoms.flag("pain", s.pain);
        symptoms.flag("throbbing", s.throbbing);
        symptoms.flag("other_unpleasant", s.otherUnpleasant);
        symptoms.optional("disturbed_sleep", s.disturbedSleep);
        out.raw("symptoms", symptoms.finish());
    }
    const int itemLevel = out.childLevel() + 1;
    Members foods;
    for (const FoodIntake& food : day.foods) {
        JsonObjectWriter item(itemLevel);
        item.text("source", food.source);
        item.text("food_id", food.foodId);
        item.text("name", food.name);
        item.number("grams", food.grams);
        item.number("magnesium_mg", food.magnesiumMg);
        foods.emplace_back(QString(), item.finish());
    }
    out.list("foods", foods);
    Members supplements;
    for (const SupplementIntake& dose : day.supplements) {
        JsonObjectWriter item(itemLevel);
        item.text("form", toName(dose.form));
        item.number("elemental_mg", dose.elementalMg);
        item.optional("time_taken", dose.timeTaken);
        item.text("route", toName(dose.route));
        supplements.emplace_back(QString(), item.finish());
    }
    out.list("supplements", supplements);
    if (!day.remedies.isEmpty()) {
        const Remedies& r = day.remedies;
        JsonObjectWriter remedies(out.childLevel());
        remedies.optional("caffeine_servings", r.caffeineServings);
        remedies.optional("exercise_minutes", r.exerciseMinutes);
        remedies.optional("warm_bath", r.warmBath);
        remedies.optional("massage", r.massage);
        remedies.optional("relaxation", r.relaxation);
        remedies.optional("sleep_routine_kept", r.sleepRoutineKept);
        out.raw("remedies", remedies.finish());
    }
    Members medications;
    for (const MedicationTaken& medication : day.medications) {
        JsonObjectWriter item(itemLevel);
        item.text("name", medication.name);
        item.text("class", toName(medication.medicationClass));
        item.optional("time_taken", medication.timeTaken);
        medications.emplace_back(QString(), item.finish());
    }
    out.list("medications", medications);
    Members effects;
    for (SideEffect effect : allSideEffects()) {
        if (day.hasSideEffect(effect))
            effects.emplace_back(QString(), JsonObjectWriter::string(toName(effect)));
    }
    out.list("side_effects", effects);
    if (!day.notes.isEmpty())
        out.text("notes", day.notes);
    return out.finish();
}

// ---- Reading

/// Line and column (1-based, in characters) of byte @p offset of UTF-8 @p data.
std::pair<int, int> position(const QByteArray& data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

/// Fills in the line of each problem that names a JSON path but no line yet. A path that is
/// not in the file (a missing key) gets the line of its nearest ancestor, and one at the top
/// level the line where the document starts.
void locateLines(const QString& text, std::vector<ImportProblem>& problems)
{
    QSet<QString> paths;
    for (const ImportProblem& problem : problems) {
        if (problem.line == 0 && !problem.field.isEmpty())
            paths.insert(problem.field);
    }
    const QHash<QString, int> lines
        = paths.isEmpty() ? QHash<QString, int>() : JsonLocator::lines(text, paths);
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    const int documentLine = int(QStringView(text).left(first).count(QLatin1Char('\n'))) + 1;
    for (ImportProblem& problem : problems) {
        if (problem.line == 0)
            problem.line = lines.value(problem.field, documentLine);
    }
}

/// @p data decoded (UTF-8, after an optional byte order mark) and parsed as JSON; std::nullopt
/// when it is not text or not JSON, with the problem and where it is in @p report.
std::optional<std::pair<QString, QJsonDocument>> parse(const QByteArray& data, ImportReport& report)
{
    const QByteArray bom("\xef\xbb\xbf");
    const qsizetype start = data.startsWith(bom) ? bom.size() : 0;
    qsizetype badByte = -1;
    std::optional<QString> text = FieldText::decodeImport(data, report, &badByte);
    if (!text) {
        if (badByte >= start) {
            const QString before = QString::fromUtf8(data.constData() + start, badByte - start);
            report.problems.back().field = JsonLocator::pathAt(before, before.size());
        }
        return std::nullopt;
    }
    const QByteArray json = data.mid(start);
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = position(json, parseError.offset);
        const QString before = QString::fromUtf8(json.left(parseError.offset));
        report.problems.push_back({line, column, JsonLocator::pathAt(before, before.size()),
            DiaryJson::tr(
                "This is not valid JSON (%1). Look for a missing comma, quote or bracket here or "
                "just before.")
                .arg(parseError.errorString())});
        return std::nullopt;
    }
    return std::pair {std::move(*text), std::move(document)};
}

/// The top level of a diary file: its "format", a "version" this Stilla reads, and no unknown
/// members. False when the file cannot be read any further (not a diary, another version).
bool checkTopLevel(const QJsonObject& root, std::vector<ImportProblem>& problems)
{
    const auto fileProblem = [&](const QString& field, const QString& message) {
        FieldText::add(problems, {0, 0, field, message});
    };
    if (root.value(QLatin1String("format")).toString() != QLatin1String(DiaryJson::kFormat)) {
        fileProblem(QStringLiteral("format"),
            DiaryJson::tr("This is not a Stilla diary file: \"format\" should be \"%1\".")
                .arg(QLatin1String(DiaryJson::kFormat)));
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    const bool known = version.isDouble()
        && (version.toDouble() == DiaryJson::kVersion
            || version.toDouble() == DiaryJson::kOldestVersion);
    if (!known) {
        if (version.isDouble() && version.toDouble() > DiaryJson::kVersion)
            fileProblem(QStringLiteral("version"),
                DiaryJson::tr(
                    "This file was written by a newer Stilla (format version %1); this version "
                    "reads version %2. Update Stilla to import it.")
                    .arg(version.toDouble())
                    .arg(DiaryJson::kVersion));
        else
            fileProblem(QStringLiteral("version"),
                DiaryJson::tr(
                    "Unknown format version. This version of Stilla reads versions %1 to %2.")
                    .arg(DiaryJson::kOldestVersion)
                    .arg(DiaryJson::kVersion));
        return false;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version")
            && it.key() != QLatin1String("days") && it.key() != QLatin1String("labs")
            && it.key() != QLatin1String("experiments"))
            fileProblem(it.key().left(40),
                DiaryJson::tr("Unknown field. Check its spelling against "
                              "docs/diary-json.md."));
    }
    return true;
}

/// The "days" list: each day read and checked (DayValidation) and kept when it has no
/// problem; a date given twice keeps neither.
void readDays(const QJsonArray& days, ImportReport& report)
{
    std::vector<DayEntry> candidates;
    QHash<QDate, qsizetype> firstIndex;
    QSet<QDate> duplicated;
    for (qsizetype i = 0; i < days.size() && !FieldText::isFull(report.problems); ++i) {
        const QString path = QStringLiteral("days[%1]").arg(i);
        const std::size_t firstProblem = report.problems.size();
        JsonDayReader reader(path, report.problems);
        DayEntry day = reader.read(days.at(i));
        ++report.dayCount;
        bool valid = reader.problemCount() == 0;
        // What could be read is checked too, so every problem shows at once; a field that could
        // not be read is reported once, by what was wrong with it.
        QSet<QString> reported;
        for (std::size_t k = firstProblem; k < report.problems.size(); ++k)
            reported.insert(report.problems[k].field);
        const std::vector<FieldProblem> checked
            = days.at(i).isObject() ? DayValidation::validate(day) : std::vector<FieldProblem> {};
        for (const FieldProblem& problem : checked) {
            const QString field = path + QLatin1Char('.') + problem.field;
            if (problem.kind != FieldProblem::Kind::Error || reported.contains(field))
                continue;
            valid = false;
            FieldText::add(report.problems, {0, 0, field, problem.message});
        }
        if (day.date.isValid()) {
            if (const auto first = firstIndex.constFind(day.date); first != firstIndex.cend()) {
                duplicated.insert(day.date);
                valid = false;
                FieldText::add(report.problems,
                    {0, 0, path + QStringLiteral(".date"),
                        DiaryJson::tr(
                            "%1 is also days[%2]. Each day may appear only once; neither is "
                            "imported.")
                            .arg(FieldText::formatDate(day.date))
                            .arg(first.value())});
            } else {
                firstIndex.insert(day.date, i);
            }
        }
        if (valid)
            candidates.push_back(std::move(day));
    }
    for (DayEntry& day : candidates) {
        if (!duplicated.contains(day.date))
            report.days.push_back(std::move(day));
    }
}

/// The optional top-level "labs" list: each result read, checked (LabResult::problems()) and
/// kept when it has no problem; a date given twice keeps neither.
void readLabs(const QJsonValue& value, ImportReport& report)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        FieldText::add(report.problems,
            {0, 0, QStringLiteral("labs"),
                DiaryJson::tr("\"labs\" should be a list of lab results ([ ... ]).")});
        return;
    }
    const QJsonArray labs = value.toArray();
    std::vector<LabResult> candidates;
    QHash<QDate, qsizetype> firstIndex;
    QSet<QDate> duplicated;
    for (qsizetype i = 0; i < labs.size() && !FieldText::isFull(report.problems); ++i) {
        const QString path = QStringLiteral("labs[%1]").arg(i);
        JsonDayReader reader(path, report.problems);
        LabResult result = reader.readLab(labs.at(i));
        bool valid = reader.problemCount() == 0;
        if (valid) {
            const QStringList problems = result.problems();
            for (const QString& problem : problems)
                FieldText::add(report.problems, {0, 0, path, problem});
            if (result.isEmpty())
                FieldText::add(report.problems,
                    {0, 0, path,
                        DiaryJson::tr("A lab result needs at least one value, such as "
                                      "\"ferritin_ug_l\".")});
            valid = problems.isEmpty() && !result.isEmpty();
        }
        if (result.date.isValid()) {
            if (const auto first = firstIndex.constFind(result.date); first != firstIndex.cend()) {
                duplicated.insert(result.date);
                valid = false;
                FieldText::add(report.problems,
                    {0, 0, path + QStringLiteral(".date"),
                        DiaryJson::tr("%1 is also labs[%2]. Each date may appear only once; "
                                      "neither is imported.")
                            .arg(FieldText::formatDate(result.date))
                            .arg(first.value())});
            } else {
                firstIndex.insert(result.date, i);
            }
        }
        if (valid)
            candidates.push_back(result);
    }
    for (const LabResult& result : candidates) {
        if (!duplicated.contains(result.date))
            report.labs.push_back(result);
    }
}

/// The optional top-level "experiments" list: each plan read and checked
/// (ExperimentPlan::problems()); plans whose days overlap keep neither, as the diary holds one
/// experiment at a time.
void readExperiments(const QJsonValue& value, ImportReport& report)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        FieldText::add(report.problems,
            {0, 0, QStringLiteral("experiments"),
                DiaryJson::tr("\"experiments\" should be a list of self-experiments ([ ... ]).")});
        return;
    }
    const QJsonArray experiments = value.toArray();
    std::vector<std::pair<qsizetype, ExperimentPlan>> candidates;
    QSet<qsizetype> overlapping;
    for (qsizetype i = 0; i < experiments.size() && !FieldText::isFull(report.problems); ++i) {
        const QString path = QStringLiteral("experiments[%1]").arg(i);
        JsonDayReader reader(path, report.problems);
        ExperimentPlan plan = reader.readExperiment(experiments.at(i));
        if (reader.problemCount() > 0)
            continue;
        if (const QStringList problems = plan.problems(); !problems.isEmpty()) {
            for (const QString& problem : problems)
                FieldText::add(report.problems, {0, 0, path, problem});
            continue;
        }
        for (const auto& [index, other] : candidates) {
            if (plan.start <= other.lastDay() && other.start <= plan.lastDay()) {
                overlapping << index << i;
                FieldText::add(report.problems,
                    {0, 0, path + QStringLiteral(".start"),
                        DiaryJson::tr("Its days overlap those of experiments[%1]; neither is "
                                      "imported.")
                            .arg(index)});
            }
        }
        candidates.emplace_back(i, std::move(plan));
    }
    for (auto& [index, plan] : candidates) {
        if (!overlapping.contains(index))
            report.experiments.push_back(std::move(plan));
    }
}

QString writeExperiment(const ExperimentPlan& plan)
{
    JsonObjectWriter object(2);
    object.text("start", FieldText::formatDate(plan.start));
    object.text("pattern", plan.pattern);
    object.raw("phase_days", QString::number(plan.phaseDays));
    object.raw("washout_days", QString::number(plan.washoutDays));
    object.number("dose_mg", plan.doseMg);
    object.text("form", toName(plan.form));
    object.text("outcome", Statistics::outcomeName(plan.outcome));
    Members pauses;
    for (const ExperimentPause& pause : plan.pauses) {
        JsonObjectWriter item(4);
        item.text("from", FieldText::formatDate(pause.from));
        if (pause.until.isValid())
            item.text("until", FieldText::formatDate(pause.until));
        pauses.emplace_back(QString(), item.finish());
    }
    object.list("pauses", pauses);
    if (plan.stoppedOn)
        object.text("stopped_on", FieldText::formatDate(*plan.stoppedOn));
    return object.finish();
}

} // namespace

QByteArray DiaryJson::write(std::vector<DayEntry> days, std::vector<LabResult> labs,
    std::vector<ExperimentPlan> experiments)
{
    std::stable_sort(days.begin(), days.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    Members list;
    for (const DayEntry& day : days)
        list.emplace_back(QString(), writeDay(day, 2));
    JsonObjectWriter root(0);
    root.text("format", QLatin1String(kFormat));
    root.raw("version", QString::number(kVersion));
    root.raw("days", JsonObjectWriter::container(list, 1, true));
    std::stable_sort(labs.begin(), labs.end(),
        [](const LabResult& a, const LabResult& b) { return a.date < b.date; });
    Members labList;
    for (const LabResult& result : labs) {
        JsonObjectWriter lab(2);
        lab.text("date", FieldText::formatDate(result.date));
        for (const LabResult::Value& value : LabResult::values()) {
            if (const std::optional<double>& number = result.*(value.member))
                lab.number(value.jsonKey, *number);
        }
        labList.emplace_back(QString(), lab.finish());
    }
    root.list("labs", labList);
    std::stable_sort(experiments.begin(), experiments.end(),
        [](const ExperimentPlan& a, const ExperimentPlan& b) { return a.start < b.start; });
    Members experimentList;
    for (const ExperimentPlan& plan : experiments)
        experimentList.emplace_back(QString(), writeExperiment(plan));
    root.list("experiments", experimentList);
    return (root.finish() + QLatin1Char('\n')).toUtf8();
}

ImportReport DiaryJson::read(const QByteArray& data)
{
    ImportReport report;
    const auto parsed = parse(data, report);
    if (!parsed)
        return report;
    const QString& text = parsed->first;
    const QJsonDocument& document = parsed->second;
    // Problems name their JSON path; the lines are found at the end, in one pass.
    const auto finish = [&]() -> ImportReport {
        locateLines(text, report.problems);
        qCInfo(lcIo) << "Read a diary JSON file:" << report.dayCount << "days,"
                     << report.days.size() << "valid," << report.problems.size() << "problems";
        return std::move(report);
    };
    if (!document.isObject()) {
        FieldText::add(report.problems,
            {0, 0, QString(),
                tr("This is not a Stilla diary file: it should be one object "
                   "with \"format\": \"%1\".")
                    .arg(QLatin1String(kFormat))});
        return finish();
    }
    const QJsonObject root = document.object();
    if (!checkTopLevel(root, report.problems))
        return finish();
    const QJsonValue daysValue = root.value(QLatin1String("days"));
    if (!daysValue.isArray())
        FieldText::add(report.problems,
            {0, 0, QStringLiteral("days"),
                tr("The list of days is missing: \"days\" should "
                   "be a list ([ ... ]).")});
    const QJsonArray days = daysValue.toArray();
    if (days.size() > FieldText::kMaxDays) {
        report.dayCount = int(days.size());
        FieldText::add(
            report.problems, {0, 0, QStringLiteral("days"), FieldText::tooManyDaysMessage()});
        return finish();
    }
    readDays(days, report);
    readLabs(root.value(QLatin1String("labs")), report);
    readExperiments(root.value(QLatin1String("experiments")), report);
    // Version 1 filed a night under the evening it began; today a day holds the night that
    // ended on its morning.
    report.validCount = int(report.days.size());
    if (root.value(QLatin1String("version")).toDouble() == kOldestVersion) {
        report.days = nightsMovedToTheMorningAfter(std::move(report.days));
        report.nightsMoved = true;
    }

    return finish();
}

} // namespace stilla
