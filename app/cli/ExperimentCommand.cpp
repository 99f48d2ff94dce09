#include "ExperimentCommand.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/experiment/ExperimentResult.h"
#include "core/io/FieldText.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyEngine.h"
#include "core/stats/Statistics.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace stilla::cli {

namespace {

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QString ExperimentCommand::summary()
{
    return tr("Plan and follow a self-experiment: does magnesium help you? (experiment plan, "
              "show, pause, resume, stop or result).");
}

QString ExperimentCommand::usageHint() const
{
    return tr("Run stilla-cli experiment --help for the actions.");
}

int ExperimentCommand::run(const QStringList& arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << tr("Usage: stilla-cli experiment plan --start YYYY-MM-DD [--pattern ABAB] "
                    "[--phase-days N] [--washout-days N] --dose MG [--form FORM] [--outcome "
                    "rls_severity|sleep_quality|total_sleep_min]\n"
                    "       stilla-cli experiment show [--date YYYY-MM-DD] [--json]\n"
                    "       stilla-cli experiment pause|resume|stop [--date YYYY-MM-DD]\n"
                    "       stilla-cli experiment result [--to YYYY-MM-DD] [--json]\n\n"
                    "A self-experiment answers \"does magnesium help me?\": phases without "
                    "magnesium (A) and with it (B) in a planned order, each at least 7 days "
                    "long, and one outcome chosen before the start. Dates default to today.\n");
        return 0;
    }
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = arguments.constFirst() + u' ' + action;
    if (action == QLatin1String("plan"))
        return plan(rest);
    if (action == QLatin1String("show"))
        return show(rest);
    if (action == QLatin1String("pause") || action == QLatin1String("resume")
        || action == QLatin1String("stop"))
        return change(action, rest);
    if (action == QLatin1String("result"))
        return result(rest);
    return usageError(action.isEmpty()
            ? tr("experiment needs an action: plan, show, pause, resume, stop or result.")
            : tr("Unknown experiment action \"%1\"; use plan, show, pause, resume, stop or "
                 "result.")
                  .arg(action));
}

struct ExperimentCommand::PlanFlags
{
    QCommandLineOption start;
    QCommandLineOption pattern;
    QCommandLineOption phaseDays;
    QCommandLineOption washoutDays;
    QCommandLineOption dose;
    QCommandLineOption form;
    QCommandLineOption outcome;
    QCommandLineOption settings;
};

int ExperimentCommand::plan(const QStringList& arguments)
{
    ExperimentPlan plan;
    QString settings;
    if (const int code = parsePlan(arguments, plan, settings); code >= 0)
        return code;
    if (const int code = checkSafety(plan, settings); code >= 0)
        return code;

    int code = 1;
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Write, code);
    if (!store)
        return code;
    if (const Status saved = store->experiments().save(plan); !saved)
        return fail(saved.errorMessage());
    m_out << ExperimentSchedule::describePlan(plan) << '\n';
    return 0;
}

int ExperimentCommand::parsePlan(
    const QStringList& arguments, ExperimentPlan& plan, QString& settings) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plan a self-experiment. The dose is checked against the safety rules and your "
           "profile first; a plan that brings a warning is not saved."));
    const PlanFlags flags = planFlags();
    parser.addOptions({flags.start, flags.pattern, flags.phaseDays, flags.washoutDays, flags.dose,
        flags.form, flags.outcome, flags.settings});
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("experiment plan takes no arguments, only options."));
    if (const int code = readPlan(parser, flags, plan); code >= 0)
        return code;
    settings = settingsFile(parser, flags.settings);
    return -1;
}

ExperimentCommand::PlanFlags ExperimentCommand::planFlags()
{
    return {.start = QCommandLineOption(QStringLiteral("start"),
                tr("The first day, as YYYY-MM-DD."), QStringLiteral("date")),
        .pattern = QCommandLineOption(QStringLiteral("pattern"),
            tr("The phases in order: A without magnesium, B with (default ABAB)."),
            QStringLiteral("letters"), QStringLiteral("ABAB")),
        .phaseDays = QCommandLineOption(QStringLiteral("phase-days"),
            tr("The length of each phase in days, %1 to %2 (default %3).")
                .arg(ExperimentPlan::kMinPhaseDays)
                .arg(ExperimentPlan::kMaxPhaseDays)
                .arg(ExperimentPlan::kDefaultPhaseDays),
            QStringLiteral("N"), QString::number(ExperimentPlan::kDefaultPhaseDays)),
        .washoutDays = QCommandLineOption(QStringLiteral("washout-days"),
            tr("Days at the start of each phase that are not analysed (default %1).")
                .arg(ExperimentPlan::kDefaultWashoutDays),
            QStringLiteral("N"), QString::number(ExperimentPlan::kDefaultWashoutDays)),
        .dose = QCommandLineOption(QStringLiteral("dose"),
            tr("Elemental magnesium a day in the B phases, in mg."), QStringLiteral("MG")),
        .form = QCommandLineOption(QStringLiteral("form"),
            tr("The supplement's form: citrate (default), glycinate, oxide, chloride, lactate, "
               "malate, sulfate or other."),
            QStringLiteral("form"), QStringLiteral("citrate")),
        .outcome = QCommandLineOption(QStringLiteral("outcome"),
            tr("The one outcome that decides: rls_severity (default), sleep_quality or "
               "total_sleep_min."),
            QStringLiteral("name"), Statistics::outcomeName(Statistics::Outcome::Severity)),
        .settings = settingsOption()};
}

int ExperimentCommand::readPlan(
    const QCommandLineParser& parser, const PlanFlags& flags, ExperimentPlan& plan) const
{
    if (!parser.isSet(flags.start) || !parser.isSet(flags.dose))
        return usageError(tr("experiment plan needs --start YYYY-MM-DD and --dose MG."));
    const Result<QDate> start = FieldText::parseDate(parser.value(flags.start));
    if (!start)
        return usageError(QStringLiteral("--start: %1").arg(start.errorMessage()));
    plan.start = *start;
    plan.pattern = parser.value(flags.pattern).toUpper();
    bool ok = false;
    plan.phaseDays = parser.value(flags.phaseDays).toInt(&ok);
    if (!ok)
        return usageError(tr("--phase-days must be a whole number of days."));
    plan.washoutDays = parser.value(flags.washoutDays).toInt(&ok);
    if (!ok)
        return usageError(tr("--washout-days must be a whole number of days."));
    const Result<double> dose = FieldText::parseNumber(parser.value(flags.dose));
    if (!dose)
        return usageError(QStringLiteral("--dose: %1").arg(dose.errorMessage()));
    plan.doseMg = *dose;
    const auto form = supplementFormFromName(parser.value(flags.form));
    if (!form || *form == SupplementForm::LaxativeOrAntacid)
        return usageError(tr("--form must be citrate, glycinate, oxide, chloride, lactate, "
                             "malate, sulfate or other, not \"%1\".")
                              .arg(parser.value(flags.form)));
    plan.form = *form;
    const auto outcome = Statistics::outcomeFromName(parser.value(flags.outcome));
    if (!outcome)
        return usageError(tr("--outcome must be rls_severity, sleep_quality or total_sleep_min, "
                             "not \"%1\".")
                              .arg(parser.value(flags.outcome)));
    plan.outcome = *outcome;
    if (const QStringList problems = plan.problems(); !problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));
    return -1;
}

int ExperimentCommand::checkSafety(const ExperimentPlan& plan, const QString& settings) const
{
    Settings profileSettings(settings);
    const std::vector<Finding> findings = plan.safetyFindings(ProfileStore(profileSettings).load());
    for (const QString& line : ExperimentPlan::describeFindings(findings))
        m_out << line << '\n';
    if (ExperimentPlan::blocksStart(findings))
        return fail(tr("The plan was not saved: the safety notes above advise against this "
                       "dose for you. Choose a lower dose, or talk to your doctor first."));
    return -1;
}

int ExperimentCommand::prepare(QCommandLineParser& parser, const QStringList& arguments,
    const QCommandLineOption& dateOption, bool write, Opened& opened)
{
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    QString error;
    const auto date = cli::dateOption(parser, dateOption, error);
    if (!date)
        return usageError(error);
    opened.day = date->isValid() ? *date : m_context.clock().today();
    int code = 1;
    opened.store = openWithExperiment(write, opened.plan, code);
    return opened.store ? -1 : code;
}

std::unique_ptr<DiaryStore> ExperimentCommand::openWithExperiment(
    bool write, ExperimentPlan& plan, int& code)
{
    std::unique_ptr<DiaryStore> store
        = m_context.openDiary(write ? cli::Access::Write : cli::Access::Read, code);
    if (!store)
        return nullptr;
    const Result<std::optional<ExperimentPlan>> current = store->experiments().current();
    if (!current) {
        code = fail(current.errorMessage());
        return nullptr;
    }
    if (!current->has_value()) {
        m_err << tr("No self-experiment is planned. Plan one with stilla-cli experiment plan.")
              << '\n';
        code = 1;
        return nullptr;
    }
    plan = **current;
    return store;
}

int ExperimentCommand::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the self-experiment and where a day is in it."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        tr("The day to show, as YYYY-MM-DD (default today)."), QStringLiteral("date"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("Print one JSON object with the plan and the day's phase."));
    parser.addOptions({dateOption, jsonOption});
    Opened opened;
    if (const int code = prepare(parser, arguments, dateOption, false, opened); code >= 0)
        return code;
    const QDate day = opened.day;
    ExperimentPlan& plan = opened.plan;
    if (parser.isSet(jsonOption)) {
        const ExperimentDay where = ExperimentSchedule::dayOf(plan, day);
        static const char* const states[]
            = {"not_started", "in_phase", "paused", "finished", "stopped"};
        QJsonObject object {{QStringLiteral("start"), plan.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), plan.plannedEnd().toString(Qt::ISODate)},
            {QStringLiteral("pattern"), plan.pattern},
            {QStringLiteral("phase_days"), plan.phaseDays},
            {QStringLiteral("washout_days"), plan.washoutDays},
            {QStringLiteral("dose_mg"), plan.doseMg}, {QStringLiteral("form"), toName(plan.form)},
            {QStringLiteral("outcome"), Statistics::outcomeName(plan.outcome)},
            {QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("state"), QLatin1String(states[int(where.state)])},
            {QStringLiteral("phase"),
                where.phase >= 0 ? QJsonValue(where.phase + 1) : QJsonValue()},
            {QStringLiteral("arm"),
                where.phase >= 0 ? QJsonValue(toName(where.arm)) : QJsonValue()},
            {QStringLiteral("day_in_phase"),
                where.phase >= 0 ? QJsonValue(where.dayInPhase) : QJsonValue()},
            {QStringLiteral("washout"), where.washout}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << ExperimentSchedule::describePlan(plan) << '\n'
          << day.toString(Qt::ISODate) << ": " << ExperimentSchedule::describe(plan, day) << '\n';
    return 0;
}

int ExperimentCommand::change(const QString& action, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(action == QLatin1String("stop")
            ? tr("Stop the self-experiment early: the day given and the days after it are no "
                 "longer part of it. What was logged until then is kept and can be read.")
            : action == QLatin1String("pause")
            ? tr("Pause the self-experiment from the day given: paused days count for nothing, "
                 "and the phases go on from where they stopped when it is resumed.")
            : tr("Resume a paused self-experiment on the day given."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        tr("The day, as YYYY-MM-DD (default today)."), QStringLiteral("date"));
    parser.addOption(dateOption);
    Opened opened;
    if (const int code = prepare(parser, arguments, dateOption, true, opened); code >= 0)
        return code;
    const QDate day = opened.day;
    ExperimentPlan& plan = opened.plan;
    DiaryStore& store = *opened.store;
    const Status changed = action == QLatin1String("pause") ? plan.pause(day)
        : action == QLatin1String("resume")                 ? plan.resume(day)
                                                            : plan.stop(day);
    if (!changed)
        return fail(changed.errorMessage());
    if (const Status saved = store.experiments().save(plan); !saved)
        return fail(saved.errorMessage());
    m_out << day.toString(Qt::ISODate) << ": " << ExperimentSchedule::describe(plan, day) << '\n';
    return 0;
}

QString ExperimentCommand::resultJson(const ExperimentPlan& plan, const ExperimentResult& result)
{
    const bool enough = result.verdict != ExperimentResult::Verdict::TooLittleData;
    QJsonObject object {{QStringLiteral("outcome"), Statistics::outcomeName(plan.outcome)},
        {QStringLiteral("pattern"), plan.pattern}, {QStringLiteral("phase_days"), plan.phaseDays},
        {QStringLiteral("washout_days"), plan.washoutDays}, {QStringLiteral("n_a"), result.nA},
        {QStringLiteral("n_b"), result.nB}, {QStringLiteral("mean_a"), orNull(result.meanA)},
        {QStringLiteral("mean_b"), orNull(result.meanB)},
        {QStringLiteral("difference"), enough ? orNull(result.difference) : QJsonValue()},
        {QStringLiteral("ci95_low"), enough ? orNull(result.ci95Low) : QJsonValue()},
        {QStringLiteral("ci95_high"), enough ? orNull(result.ci95High) : QJsonValue()},
        {QStringLiteral("maxlags"), result.maxLags},
        {QStringLiteral("adherence_b"), orNull(result.adherenceB)},
        {QStringLiteral("verdict"), ExperimentResult::verdictName(result.verdict)}};
    QJsonArray phases;
    for (const ExperimentResult::Phase& phase : result.phases) {
        phases.append(QJsonObject {{QStringLiteral("phase"), phase.phase + 1},
            {QStringLiteral("arm"), toName(phase.arm)}, {QStringLiteral("n"), phase.n},
            {QStringLiteral("mean"), orNull(phase.mean)}});
    }
    object.insert(QStringLiteral("phases"), phases);
    // The outcomes not chosen: shown, never deciding; the interval only with enough data.
    QJsonArray secondary;
    for (const ExperimentResult& other : result.secondary) {
        const bool otherEnough = other.verdict != ExperimentResult::Verdict::TooLittleData;
        secondary.append(QJsonObject {
            {QStringLiteral("outcome"), Statistics::outcomeName(other.outcome)},
            {QStringLiteral("n_a"), other.nA}, {QStringLiteral("n_b"), other.nB},
            {QStringLiteral("mean_a"), orNull(other.meanA)},
            {QStringLiteral("mean_b"), orNull(other.meanB)},
            {QStringLiteral("difference"), otherEnough ? orNull(other.difference) : QJsonValue()},
            {QStringLiteral("ci95_low"), otherEnough ? orNull(other.ci95Low) : QJsonValue()},
            {QStringLiteral("ci95_high"), otherEnough ? orNull(other.ci95High) : QJsonValue()}});
    }
    object.insert(QStringLiteral("secondary"), secondary);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int ExperimentCommand::result(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show what the self-experiment says so far for its primary outcome."));
    const QCommandLineOption toOption(QStringLiteral("to"),
        tr("The last day to count, as YYYY-MM-DD (default today)."), QStringLiteral("date"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print one JSON object with the keys outcome, pattern, phase_days, washout_days, "
           "n_a, n_b, mean_a, mean_b, difference, ci95_low, ci95_high, maxlags, adherence_b "
           "and verdict (null where there is too little data), phases (phase, arm, n, mean) "
           "and secondary (the other outcomes, which do not decide the answer)."));
    parser.addOptions({toOption, jsonOption});
    Opened opened;
    if (const int code = prepare(parser, arguments, toOption, false, opened); code >= 0)
        return code;
    const QDate last = opened.day;
    ExperimentPlan& plan = opened.plan;
    DiaryStore& store = *opened.store;
    const Result<ExperimentResult> read = ExperimentResult::read(store, plan, last);
    if (!read)
        return fail(read.errorMessage());
    const ExperimentResult& result = read.value();
    if (parser.isSet(jsonOption))
        m_out << resultJson(plan, result);
    else {
        m_out << ExperimentSchedule::describePlan(plan) << '\n' << result.describe() << '\n';
        if (const QString secondary = result.describeSecondary(); !secondary.isEmpty())
            m_out << secondary << '\n';
    }
    return 0;
}

} // namespace stilla::cli
