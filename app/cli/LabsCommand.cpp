#include "LabsCommand.h"

#include "CliOptions.h"
#include "core/diary/DiaryStore.h"
#include "core/io/FieldText.h"
#include "core/labs/LabResult.h"
#include "core/safety/LabRules.h"
#include "core/safety/SafetyEngine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <array>
#include <optional>

namespace stilla::cli {

QString LabsCommand::summary()
{
    return tr("Keep blood test results: ferritin, transferrin saturation, haemoglobin, serum "
              "magnesium, eGFR (labs add, list or remove).");
}

QString LabsCommand::usageHint() const
{
    return tr("Run stilla-cli labs --help for the actions.");
}

int LabsCommand::run(const QStringList& arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << tr("Usage: stilla-cli labs add --date YYYY-MM-DD [ferritin=N] [tsat=N] [hb=N] "
                    "[mg_serum=N] [egfr=N]\n"
                    "       stilla-cli labs list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n"
                    "       stilla-cli labs remove --date YYYY-MM-DD\n\n"
                    "Keep blood test results in the diary: ferritin in µg/L (the same number "
                    "as ng/mL), tsat (transferrin saturation) in %, hb (haemoglobin) in g/L, "
                    "mg_serum (magnesium in the blood) in mmol/L and egfr (the kidneys' "
                    "filtering, as the laboratory reports it) in mL/min/1.73 m². add changes only "
                    "the values given; \"-\" clears one. Stilla checks iron against the American "
                    "Academy of Sleep Medicine's 2024 guideline and eGFR against KDIGO's "
                    "categories of kidney function (see stilla-cli safety).\n");
        return 0;
    }
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = arguments.constFirst() + u' ' + action;
    if (action == QLatin1String("add"))
        return add(rest);
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("remove"))
        return remove(rest);
    return usageError(action.isEmpty()
            ? tr("labs needs an action: add, list or remove.")
            : tr("Unknown labs action \"%1\"; use add, list or remove.").arg(action));
}

int LabsCommand::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add or change the blood test results of one date. Give each value as KEY=NUMBER: "
           "ferritin (µg/L), tsat (%), hb (g/L), mg_serum (mmol/L), egfr (mL/min/1.73 m²); "
           "KEY=- clears it."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        tr("The day the blood was taken, as YYYY-MM-DD."), QStringLiteral("date"));
    parser.addOption(dateOption);
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err,
            {tr("KEY=NUMBER..."), {}, tr("Run stilla-cli labs add --help for the options.")});
        code >= 0)
        return code;
    if (!parser.isSet(dateOption))
        return usageError(tr("labs add needs --date YYYY-MM-DD."));
    const Result<QDate> date = FieldText::parseDate(parser.value(dateOption));
    if (!date)
        return usageError(QStringLiteral("--date: %1").arg(date.errorMessage()));
    if (parser.positionalArguments().isEmpty())
        return usageError(tr("labs add needs at least one value, such as ferritin=41."));

    // Read every argument before touching the diary, so a mistake changes nothing.
    std::vector<std::pair<const LabResult::Value*, std::optional<double>>> changes;
    for (const QString& argument : parser.positionalArguments()) {
        const qsizetype equals = argument.indexOf(u'=');
        const QString key = argument.left(equals).trimmed();
        const LabResult::Value* field = nullptr;
        for (const LabResult::Value& candidate : LabResult::values()) {
            if (key == QLatin1String(candidate.cliKey))
                field = &candidate;
        }
        if (equals < 0 || field == nullptr)
            return usageError(tr("\"%1\" is not KEY=NUMBER with KEY ferritin, tsat, hb, "
                                 "mg_serum or egfr.")
                                  .arg(argument));
        const QString text = argument.mid(equals + 1).trimmed();
        if (text == QLatin1String("-")) {
            changes.emplace_back(field, std::nullopt);
            continue;
        }
        const Result<double> value = FieldText::parseNumber(text);
        if (!value)
            return usageError(QStringLiteral("%1: %2").arg(key, value.errorMessage()));
        changes.emplace_back(field, *value);
    }

    int code = 1;
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Write, code);
    if (!store)
        return code;
    Result<std::optional<LabResult>> stored = store->labs().result(*date);
    if (!stored)
        return fail(stored.errorMessage());
    LabResult result = stored->value_or(LabResult {});
    result.date = *date;
    for (const auto& [field, value] : changes)
        result.*(field->member) = value;
    if (const Status saved = store->labs().save(result); !saved)
        return fail(saved.errorMessage());
    if (result.isEmpty()) {
        m_out << tr("%1: no results left; the date was removed.").arg(date->toString(Qt::ISODate))
              << '\n';
        return 0;
    }
    m_out << date->toString(Qt::ISODate) << ": " << result.describe() << '\n';
    // Saved as given (the command says what it means), with the question the window would ask.
    for (const QString& question : LabRules::questions(result))
        m_out << question << '\n';
    // What the result means for iron, as the diary page says it (symptoms are not counted
    // here: this is about the result).
    Result<std::vector<LabResult>> labs = store->labs().results(QDate(), *date);
    if (!labs)
        return fail(labs.errorMessage());
    for (const Finding& finding : LabRules::evaluate({*date, std::move(labs).value(), 0}))
        m_out << finding.message << '\n';
    return 0;
}

int LabsCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the blood test results in the diary, oldest first."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("The first date, as YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("The last date, as YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print a JSON array of objects with the keys date, ferritin, tsat, hb, mg_serum and "
           "egfr (null when not measured)."));
    parser.addOptions({fromOption, toOption, jsonOption});
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("labs list takes no arguments."));
    QString error;
    const auto range = cli::dateRange(parser, fromOption, toOption, error);
    if (!range)
        return usageError(error);
    int code = 1;
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
    if (!store)
        return code;
    Result<std::vector<LabResult>> results = store->labs().results(range->first, range->second);
    if (!results)
        return fail(results.errorMessage());
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const LabResult& result : *results) {
            QJsonObject object {{QStringLiteral("date"), result.date.toString(Qt::ISODate)}};
            for (const LabResult::Value& field : LabResult::values()) {
                const std::optional<double>& value = result.*(field.member);
                object.insert(
                    QLatin1String(field.cliKey), value ? QJsonValue(*value) : QJsonValue());
            }
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (results->empty()) {
        m_out << tr("No lab results in the diary yet. Add one with stilla-cli labs add.") << '\n';
        return 0;
    }
    for (const LabResult& result : *results)
        m_out << result.date.toString(Qt::ISODate) << ": " << result.describe() << '\n';
    return 0;
}

int LabsCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove the blood test results of one date."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The date, as YYYY-MM-DD."), QStringLiteral("date"));
    parser.addOption(dateOption);
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(dateOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("labs remove needs --date YYYY-MM-DD and nothing else."));
    const Result<QDate> date = FieldText::parseDate(parser.value(dateOption));
    if (!date)
        return usageError(QStringLiteral("--date: %1").arg(date.errorMessage()));
    int code = 1;
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Write, code);
    if (!store)
        return code;
    Result<std::optional<LabResult>> stored = store->labs().result(*date);
    if (!stored)
        return fail(stored.errorMessage());
    if (!stored->has_value()) {
        m_out << tr("There are no lab results for %1; nothing was changed.")
                     .arg(date->toString(Qt::ISODate))
              << '\n';
        return 0;
    }
    if (const Status removed = store->labs().remove(*date); !removed)
        return fail(removed.errorMessage());
    m_out << tr("Removed the lab results of %1.").arg(date->toString(Qt::ISODate)) << '\n';
    return 0;
}

} // namespace stilla::cli
