#include "StatsCommand.h"

#include "CliOptions.h"
#include "core/diary/DiaryStore.h"
#include "core/io/FieldText.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <utility>

namespace stilla::cli {

namespace {

QJsonValue jsonValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString StatsCommand::summary()
{
    return tr("Show how magnesium and RLS severity went together, and how sure that is.");
}

int StatsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show how the magnesium of each day (food and supplements) went together with RLS "
           "severity the same day or some days later, or with the sleep of the night after: "
           "the number of days with both, Pearson's r, Spearman's rho, the 95% interval for r "
           "(allowing for days that run in streaks) and the least-squares line. The diary is "
           "only read. This shows whether the two went together, not what caused what."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("First day to look at, as YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Last day to look at, as YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption lagOption(QStringLiteral("lag"),
        tr("Compare with the severity N days later, 0 to %1 (default 0: the same day).")
            .arg(Statistics::kMaxLagDays),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"),
        tr("What to compare magnesium with: rls_severity (default), sleep_quality or "
           "total_sleep_min (sleep is the night that followed the day's magnesium)."),
        QStringLiteral("name"), Statistics::outcomeName(Statistics::Outcome::Severity));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print one JSON object with the keys n, pearson_r, spearman_rho, ci95_low, "
           "ci95_high, slope, intercept, lag_days, outcome, autocorrelation_x, "
           "autocorrelation_y, n_effective, ci95_low_adjusted, ci95_high_adjusted (null where "
           "there is too little data; docs/statistics.md)."));
    parser.addOptions({fromOption, toOption, lagOption, outcomeOption, jsonOption});
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err,
            {.usageTail = QString(),
                .errorHint = tr("Run stilla-cli stats --help for the options.")});
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("stats takes no arguments, only options."));
    bool lagOk = false;
    const int lag = parser.value(lagOption).toInt(&lagOk);
    if (!lagOk || lag < 0 || lag > Statistics::kMaxLagDays)
        return usageError(
            tr("--lag must be a whole number of days from 0 to %1.").arg(Statistics::kMaxLagDays));
    const auto outcome = Statistics::outcomeFromName(parser.value(outcomeOption));
    if (!outcome)
        return usageError(tr("--outcome must be rls_severity, sleep_quality or total_sleep_min, "
                             "not \"%1\".")
                              .arg(parser.value(outcomeOption)));
    QString error;
    const auto range = cli::dateRange(parser, fromOption, toOption, error);
    if (!range)
        return usageError(error);
    const auto& [from, to] = *range;

    std::vector<DayEntry> days;
    // Never create a diary to compute statistics: without one there is simply no data.
    if (QFileInfo::exists(m_context.diaryFile())) {
        int code = 0;
        const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
        if (!store)
            return code;
        Result<std::vector<DayEntry>> read = store->days(from, to);
        if (!read) {
            m_err << "stilla-cli: " << read.errorMessage() << '\n';
            return 1;
        }
        days = std::move(read).value();
    }
    // Only the days logged matter, so the series runs from the first to the last of them.
    const DailySeries series = Statistics::daily(days, QDate(), QDate());
    const Statistics::Relationship relationship = Statistics::relationship(series, lag, *outcome);
    if (parser.isSet(jsonOption))
        m_out << toJson(relationship) << '\n';
    else
        m_out << toText(relationship, series.from, series.to);
    return 0;
}

QString StatsCommand::toJson(const Statistics::Relationship& relationship)
{
    QJsonObject object;
    object.insert(QStringLiteral("n"), relationship.n);
    object.insert(QStringLiteral("pearson_r"), jsonValue(relationship.pearsonR));
    object.insert(QStringLiteral("spearman_rho"), jsonValue(relationship.spearmanRho));
    object.insert(QStringLiteral("ci95_low"), jsonValue(relationship.ci95Low));
    object.insert(QStringLiteral("ci95_high"), jsonValue(relationship.ci95High));
    object.insert(QStringLiteral("slope"), jsonValue(relationship.slope));
    object.insert(QStringLiteral("intercept"), jsonValue(relationship.intercept));
    object.insert(QStringLiteral("lag_days"), relationship.lagDays);
    object.insert(QStringLiteral("outcome"), Statistics::outcomeName(relationship.outcome));
    object.insert(QStringLiteral("autocorrelation_x"), relationship.autocorrelationX);
    object.insert(QStringLiteral("autocorrelation_y"), relationship.autocorrelationY);
    object.insert(QStringLiteral("n_effective"), relationship.nEffective);
    object.insert(QStringLiteral("ci95_low_adjusted"), jsonValue(relationship.ci95LowAdjusted));
    object.insert(QStringLiteral("ci95_high_adjusted"), jsonValue(relationship.ci95HighAdjusted));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString StatsCommand::toText(
    const Statistics::Relationship& relationship, const QDate& from, const QDate& to)
{
    const QString none = tr("not enough data");
    const auto number = [&none](const std::optional<double>& value, int decimals) {
        return value ? QLocale().toString(*value, 'f', decimals) : none;
    };
    const QString period = from.isValid()
        ? tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        : tr("no days logged");
    // The interval allows for days that run in streaks (docs/statistics.md).
    const QString interval = relationship.ci95LowAdjusted && relationship.ci95HighAdjusted
        ? tr("%1 to %2")
              .arg(
                  number(relationship.ci95LowAdjusted, 2), number(relationship.ci95HighAdjusted, 2))
        : none;
    // The slope per mg is tiny; per 100 mg reads better.
    const std::optional<double> slope100
        = relationship.slope ? std::optional<double>(*relationship.slope * 100.0) : std::nullopt;
    QString slope = none;
    QString intercept = none;
    QString title;
    switch (relationship.outcome) {
    case Statistics::Outcome::Severity:
        title = tr("Magnesium (food and supplements) and RLS severity");
        if (slope100)
            slope = tr("%1 severity points per 100\u00A0mg").arg(number(slope100, 2));
        if (relationship.intercept)
            intercept = tr("%1 (the line's severity at 0\u00A0mg)")
                            .arg(number(relationship.intercept, 2));
        break;
    case Statistics::Outcome::SleepQuality:
        title = tr("Magnesium (food and supplements) and the sleep quality of the night after");
        if (slope100)
            slope = tr("%1 quality points per 100\u00A0mg").arg(number(slope100, 2));
        if (relationship.intercept)
            intercept = tr("%1 (the line's sleep quality at 0\u00A0mg)")
                            .arg(number(relationship.intercept, 2));
        break;
    case Statistics::Outcome::TotalSleep:
        title = tr("Magnesium (food and supplements) and the total sleep of the night after");
        if (slope100)
            slope = tr("%1 minutes of sleep per 100\u00A0mg").arg(number(slope100, 1));
        if (relationship.intercept)
            intercept = tr("%1 (the line's minutes of sleep at 0\u00A0mg)")
                            .arg(number(relationship.intercept, 0));
        break;
    }

    const std::pair<QString, QString> rows[] = {
        {tr("Days looked at:"), period},
        {tr("Lag:"), tr("%Ln day(s)", "", relationship.lagDays)},
        {tr("Days with both:"), QLocale().toString(relationship.n)},
        {tr("Pearson r:"), number(relationship.pearsonR, 2)},
        {tr("Spearman rho:"), number(relationship.spearmanRho, 2)},
        {tr("Counted as independent:"),
            relationship.n > 0 ? tr("about %1 days (the days run in streaks)")
                                     .arg(QLocale().toString(relationship.nEffective, 'f', 0))
                               : none},
        {tr("95% interval for r:"), interval},
        {tr("Slope:"), slope},
        {tr("Intercept:"), intercept},
    };
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QString text = title + QLatin1Char('\n');
    for (const auto& row : rows)
        text += row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    text += QLatin1Char('\n') + Statistics::describe(relationship) + QLatin1Char('\n');
    return text;
}

} // namespace stilla::cli
