#include "StatisticsText.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

/// An interval's end: as number(), but with more decimals (up to 4) when it would show as 0
/// without being 0, so that "it does not include 0" never stands beside a shown "0.00".
QString bound(double value, int decimals)
{
    while (decimals < 4 && value != 0.0 && std::round(value * std::pow(10.0, decimals)) == 0.0)
        ++decimals;
    return StatisticsText::number(value, decimals);
}

} // namespace

bool StatisticsText::includesZero(double low, double high)
{
    return low <= 0.0 && high >= 0.0;
}

QString StatisticsText::number(double value, int decimals)
{
    return number(QLocale(), value, decimals);
}

QString StatisticsText::number(const QLocale& locale, double value, int decimals)
{
    // Never show "-0.00".
    const double factor = std::pow(10.0, decimals);
    if (std::round(value * factor) == 0.0)
        value = 0.0;
    QString text = locale.toString(value, 'f', decimals);
    // A minus sign, as Swedish has: English writes a hyphen, which reads as a dash in "-0.4".
    if (text.startsWith(u'-'))
        text[0] = QChar(0x2212);
    return text;
}

StatisticsText::Strength StatisticsText::strength(double r)
{
    const double size = std::fabs(r);
    if (size < 0.1)
        return Strength::None;
    if (size < 0.3)
        return Strength::Weak;
    if (size < 0.5)
        return Strength::Moderate;
    return Strength::Strong;
}

QString StatisticsText::inShort(
    const std::optional<double>& low, const std::optional<double>& high, bool enough, bool link)
{
    if (!low || !high)
        return {};
    if (!enough)
        return tr("In short: too few days to tell yet.");
    if (includesZero(*low, *high)) {
        return link ? tr("In short: no clear link in these days; what there is may well be "
                         "chance.")
                    : tr("In short: no clear difference; it may well be chance.");
    }
    return link ? tr("In short: a link that chance alone would seldom give, though it does not "
                     "show that magnesium caused it.")
                : tr("In short: a difference that chance alone would seldom give, though it "
                     "does not show that magnesium caused it.");
}

QString StatisticsText::strengthSentence(double r)
{
    const QString shown = number(r, 2);
    switch (strength(r)) {
    case Strength::None:
        return tr("There is no clear link between them in these days (r = %1; r runs from "
                  "\u2212"
                  "1 to 1, and 0 means no link).")
            .arg(shown);
    case Strength::Weak:
        return tr("The link is weak (r = %1; r runs from \u2212"
                  "1 to 1, and 0 means no link).")
            .arg(shown);
    case Strength::Moderate:
        return tr("The link is moderate (r = %1; r runs from \u2212"
                  "1 to 1, and 0 means no "
                  "link).")
            .arg(shown);
    case Strength::Strong:
        return tr("The link is strong (r = %1; r runs from \u2212"
                  "1 to 1, and 0 means no link).")
            .arg(shown);
    }
    return {};
}

QString StatisticsText::relationship(const Statistics::Relationship& r)
{
    QStringList sentences;
    if (r.n >= Statistics::kEnoughPairs && r.pearsonR) {
        if (const QString answer = inShort(r.ci95LowAdjusted, r.ci95HighAdjusted, true, true);
            !answer.isEmpty())
            sentences << answer;
    }
    sentences << opening(r);
    if (r.n == 0) {
        sentences << tr("No days have both values yet.");
    } else {
        sentences << tr("%Ln day(s) have both values.", "", r.n);
    }
    if (r.n < Statistics::kEnoughPairs) {
        sentences << tr("That is too little data to say whether the two go together. Look again "
                        "when at least %Ln days have both.",
            "", Statistics::kEnoughPairs);
        return sentences.join(QLatin1Char(' '));
    }
    if (!r.pearsonR) {
        switch (r.outcome) {
        case Statistics::Outcome::Severity:
            sentences << tr("Magnesium or RLS severity was the same on all of these days, so "
                            "there is no way to see whether they go together.");
            break;
        case Statistics::Outcome::SleepQuality:
            sentences << tr("Magnesium or sleep quality was the same on all of these days, so "
                            "there is no way to see whether they go together.");
            break;
        case Statistics::Outcome::TotalSleep:
            sentences << tr("Magnesium or total sleep was the same on all of these days, so "
                            "there is no way to see whether they go together.");
            break;
        }
        return sentences.join(QLatin1Char(' '));
    }

    const double value = *r.pearsonR;
    sentences << strengthSentence(value);
    if (strength(value) != Strength::None)
        sentences << direction(r);

    // The interval people see allows for days that run in streaks (Statistics::Relationship).
    if (r.ci95LowAdjusted && r.ci95HighAdjusted) {
        sentences << tr("The 95% interval for r runs from %1 to %2.")
                         .arg(bound(*r.ci95LowAdjusted, 2), bound(*r.ci95HighAdjusted, 2));
        if (r.nEffective < r.n - 0.5)
            sentences << streaks(r.n, r.nEffective);
        sentences << (includesZero(*r.ci95LowAdjusted, *r.ci95HighAdjusted)
                ? tr("It includes 0, so the link may well be chance.")
                : tr("It does not include 0, so chance alone would seldom give a link this "
                     "clear."));
    } else if (r.ci95Low && r.ci95High) {
        sentences << tr("The days run in such long streaks that they hold the information of "
                        "only about %1 independent days: too few for an interval, so the link "
                        "may well be chance.")
                         .arg(number(r.nEffective, 0));
    } else {
        sentences << tr("The days lie exactly on a line, so no interval can be given.");
    }
    sentences << notCause();
    return sentences.join(QLatin1Char(' '));
}

QString StatisticsText::opening(const Statistics::Relationship& r)
{
    // A night is logged on the morning it ended, so the night after a day's magnesium is on
    // the next day's page: say so, or a reader pairs the dose with the night before it.
    const int days = std::abs(r.lagDays);
    switch (r.outcome) {
    case Statistics::Outcome::Severity:
        if (r.lagDays == 0)
            return tr("This compares the magnesium of each day with the RLS severity of the same "
                      "day.");
        return r.lagDays > 0 ? tr("This compares the magnesium of each day with the RLS "
                                  "severity %Ln day(s) later.",
                   "", days)
                             : tr("This compares the magnesium of each day with the RLS "
                                  "severity %Ln day(s) earlier.",
                                 "", days);
    case Statistics::Outcome::SleepQuality:
        if (r.lagDays == 0)
            return tr("This compares the magnesium of each day with the sleep quality of the "
                      "night that followed it, which is logged on the next day's page.");
        return r.lagDays > 0 ? tr("This compares the magnesium of each day with the sleep "
                                  "quality of the night that began %Ln day(s) later, which is "
                                  "logged on the page of the morning after it.",
                   "", days)
                             : tr("This compares the magnesium of each day with the sleep "
                                  "quality of the night that began %Ln day(s) earlier, which "
                                  "is logged on the page of the morning after it.",
                                 "", days);
    case Statistics::Outcome::TotalSleep:
        if (r.lagDays == 0)
            return tr("This compares the magnesium of each day with the total sleep of the "
                      "night that followed it, which is logged on the next day's page.");
        return r.lagDays > 0 ? tr("This compares the magnesium of each day with the total "
                                  "sleep of the night that began %Ln day(s) later, which is "
                                  "logged on the page of the morning after it.",
                   "", days)
                             : tr("This compares the magnesium of each day with the total "
                                  "sleep of the night that began %Ln day(s) earlier, which is "
                                  "logged on the page of the morning after it.",
                                 "", days);
    }
    return {};
}

QString StatisticsText::direction(const Statistics::Relationship& r)
{
    const bool lower = *r.pearsonR < 0;
    const int later = std::max(r.lagDays, 0);
    switch (r.outcome) {
    case Statistics::Outcome::Severity:
        if (later == 0)
            return lower ? tr("On days with more magnesium, RLS severity tended to be lower.")
                         : tr("On days with more magnesium, RLS severity tended to be higher.");
        return lower ? tr("After days with more magnesium, RLS severity %Ln day(s) later tended "
                          "to be lower.",
                   "", later)
                     : tr("After days with more magnesium, RLS severity %Ln day(s) later tended "
                          "to be higher.",
                         "", later);
    case Statistics::Outcome::SleepQuality:
        if (later == 0)
            return lower ? tr("On days with more magnesium, sleep quality tended to be worse.")
                         : tr("On days with more magnesium, sleep quality tended to be better.");
        return lower ? tr("After days with more magnesium, the sleep quality of the night "
                          "%Ln day(s) later tended to be worse.",
                   "", later)
                     : tr("After days with more magnesium, the sleep quality of the night "
                          "%Ln day(s) later tended to be better.",
                         "", later);
    case Statistics::Outcome::TotalSleep:
        if (later == 0)
            return lower ? tr("After days with more magnesium, the night that followed tended "
                              "to be shorter.")
                         : tr("After days with more magnesium, the night that followed tended "
                              "to be longer.");
        return lower ? tr("After days with more magnesium, the night %Ln day(s) later tended to "
                          "be shorter.",
                   "", later)
                     : tr("After days with more magnesium, the night %Ln day(s) later tended to "
                          "be longer.",
                         "", later);
    }
    return {};
}

QString StatisticsText::streaks(int n, double nEffective)
{
    return tr("Days in a diary are not independent: magnesium and symptoms run in streaks, so "
              "these %Ln days hold about as much information as %1 independent days, and the "
              "interval allows for that.",
        "", n)
        .arg(number(nEffective, 0));
}

QString StatisticsText::notCause()
{
    return tr("This shows only whether the two went together in your diary, not that magnesium "
              "caused it. Other things, such as stress, other remedies or the season, can "
              "change both; how much magnesium was taken may itself depend on the symptoms "
              "(more on bad days, say), so that the symptoms bring the magnesium rather than the "
              "other way round; symptoms noted during a flare tend to ease by themselves; and "
              "knowing what you took can change how you feel.");
}

QString StatisticsText::manyLooks(int combinations)
{
    return tr("You have looked at %Ln combinations of outcome and delay. The more combinations "
              "one looks at, the likelier it is that one of them shows a pattern by chance "
              "alone.",
        "", combinations);
}

QString StatisticsText::trendSummary(const DailySeries& series)
{
    int logged = 0;
    for (const DailyPoint& day : series.days) {
        if (day.isLogged())
            ++logged;
    }
    const QLocale locale;
    const QString format = QStringLiteral("d MMMM yyyy");
    QStringList sentences {
        tr("From %1 to %2, %Ln day(s) logged.", "", logged)
            .arg(locale.toString(series.from, format), locale.toString(series.to, format))};
    // "None logged", or the mean (to @p decimals), lowest and highest in @p sentence.
    const auto spread = [](const Statistics::Spread& values, const QString& none,
                            const QString& sentence, int decimals) -> QString {
        if (values.n == 0)
            return none;
        return sentence.arg(
            number(*values.mean, decimals), number(*values.lowest, 0), number(*values.highest, 0));
    };
    const auto severity = Statistics::spread(series, &DailyPoint::severity);
    const auto quality = Statistics::spread(series, &DailyPoint::sleepQuality);
    const auto magnesium = Statistics::spread(series, &DailyPoint::magnesiumTotalMg);
    sentences << spread(severity, tr("No symptom severity logged."),
        tr("Symptom severity averaged %1 of 10 over %Ln day(s), lowest %2, highest %3.", "",
            severity.n),
        1);
    sentences << spread(quality, tr("No sleep quality logged."),
        tr("Sleep quality averaged %1 of 5 over %Ln night(s), lowest %2, highest %3.", "",
            quality.n),
        1);
    sentences << spread(magnesium, tr("No magnesium logged."),
        tr("Magnesium from food and supplements averaged %1\u00A0mg a day over %Ln day(s), "
           "lowest %2\u00A0mg, highest %3\u00A0mg.",
            "", magnesium.n),
        0);
    return sentences.join(QLatin1Char(' '));
}

QString StatisticsText::comparison(
    const Statistics::Comparison& c, const QString& firstLabel, const QString& secondLabel)
{
    QStringList sentences;
    if (const QString answer
        = inShort(c.ci95LowAdjusted, c.ci95HighAdjusted, c.enoughDays(), false);
        c.difference && !answer.isEmpty())
        sentences << answer;
    const auto group = [](const Statistics::GroupSummary& summary, const QString& label) {
        if (!summary.mean)
            return tr("%1: no days with RLS severity logged.").arg(label);
        const QLocale locale;
        const QString format = QStringLiteral("d MMM yyyy");
        if (summary.firstDate == summary.lastDate) {
            return tr("%1: RLS severity %2 on %3.")
                .arg(label, number(*summary.mean, 1), locale.toString(summary.firstDate, format));
        }
        return tr("%1: average RLS severity %2 over %Ln day(s) from %3 to %4.", "", summary.n)
            .arg(label, number(*summary.mean, 1), locale.toString(summary.firstDate, format),
                locale.toString(summary.lastDate, format));
    };
    sentences << group(c.first, firstLabel) << group(c.second, secondLabel);
    // Supplements started (or stopped) once make the two groups two stretches of time.
    if (!c.byDate && c.timeOrder() == Statistics::TimeOrder::FirstBefore) {
        sentences << tr("Most of the days without supplements come before those with them, so "
                        "this also compares two stretches of time: anything else that changed "
                        "in between, such as the season, other treatment or the course of RLS "
                        "itself, is in the difference too.");
    } else if (!c.byDate && c.timeOrder() == Statistics::TimeOrder::FirstAfter) {
        sentences << tr("Most of the days without supplements come after those with them, so "
                        "this also compares two stretches of time: anything else that changed "
                        "in between, such as the season, other treatment or the course of RLS "
                        "itself, is in the difference too.");
    }

    if (!c.difference) {
        sentences << tr("At least 2 days in each group are needed to compare them.");
        return sentences.join(QLatin1Char(' '));
    }
    sentences << tr("Severity is on Stilla's scale from 0 (none) to 10 (the worst); the "
                    "difference (%1 minus %2) is %3 points.")
                     .arg(secondLabel, firstLabel, number(*c.difference, 1));
    const bool enough = c.enoughDays();
    // The interval people see allows for days that run in streaks (Statistics::Comparison).
    if (c.ci95LowAdjusted && c.ci95HighAdjusted) {
        sentences << tr("The 95% interval for the difference runs from %1 to %2.")
                         .arg(bound(*c.ci95LowAdjusted, 1), bound(*c.ci95HighAdjusted, 1));
        const int n = c.first.n + c.second.n;
        const double nEffective = c.nEffectiveFirst + c.nEffectiveSecond;
        if (nEffective < n - 0.5)
            sentences << streaks(n, nEffective);
        if (includesZero(*c.ci95LowAdjusted, *c.ci95HighAdjusted))
            sentences << tr("It includes 0, so the difference may well be chance.");
        else if (enough)
            sentences << tr("It does not include 0, so chance alone would seldom give a "
                            "difference this large.");
    } else if (c.ci95Low && c.ci95High) {
        sentences << tr("The days run in such long streaks that they hold the information of "
                        "only about %1 independent days: too few for an interval, so the "
                        "difference may well be chance.")
                         .arg(number(c.nEffectiveFirst + c.nEffectiveSecond, 0));
    } else {
        sentences << tr("Every day in each group had the same severity, so no interval can be "
                        "given.");
    }
    if (!enough)
        sentences << tr("With fewer than %Ln days in a group, that is too little data to say "
                        "whether there is a real difference.",
            "", Statistics::kEnoughPairs);
    sentences << tr("A difference does not show that magnesium caused it: symptoms can change "
                    "for many other reasons, such as stress, sleep, other remedies or the "
                    "season; supplements may have been started during a flare, which tends to "
                    "ease by itself; and knowing what you took can change how you feel.");
    return sentences.join(QLatin1Char(' '));
}

QString StatisticsText::pair(
    const Statistics::DatedPair& pair, int lagDays, Statistics::Outcome outcome, int sameSpot)
{
    const QLocale locale;
    const auto day = [&locale](const QDate& date) -> QString {
        return locale.toString(date, QStringLiteral("ddd d MMM yyyy"));
    };
    QStringList lines;
    lines << tr("%1: %2\u00A0mg of magnesium, food and supplements")
                 .arg(day(pair.date), number(pair.magnesium, 0));
    const QDate logged = Statistics::outcomeDate(pair.date, lagDays, outcome);
    switch (outcome) {
    case Statistics::Outcome::Severity:
        lines << tr("RLS severity %1 on %2").arg(number(pair.outcome, 0), day(logged));
        break;
    case Statistics::Outcome::SleepQuality:
        lines << tr("Sleep quality %1 (1–5), the night that ended on %2")
                     .arg(number(pair.outcome, 0), day(logged));
        break;
    case Statistics::Outcome::TotalSleep:
        lines << tr("Total sleep %1\u00A0h, the night that ended on %2")
                     .arg(number(pair.outcome / 60, 1), day(logged));
        break;
    }
    if (sameSpot > 0)
        lines << tr("%Ln more day(s) at this spot", nullptr, sameSpot);
    return lines.join(u'\n');
}

} // namespace stilla
