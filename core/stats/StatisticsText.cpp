#include "StatisticsText.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

QString number(double value, int decimals)
{
    // Never show "-0.00".
    const double factor = std::pow(10.0, decimals);
    if (std::round(value * factor) == 0.0)
        value = 0.0;
    return QLocale().toString(value, 'f', decimals);
}

/// An interval's end: as number(), but with more decimals (up to 4) when it would show as 0
/// without being 0, so that "it does not include 0" never stands beside a shown "0.00".
QString bound(double value, int decimals)
{
    while (decimals < 4 && value != 0.0 && std::round(value * std::pow(10.0, decimals)) == 0.0)
        ++decimals;
    return number(value, decimals);
}

bool includesZero(double low, double high)
{
    return low <= 0.0 && high >= 0.0;
}

} // namespace

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

QString StatisticsText::relationship(const Statistics::Relationship& r)
{
    const bool severity = r.outcome == Statistics::Outcome::Severity;
    QStringList sentences;
    // A night is logged on the morning it ended, so the night after a day's magnesium is on
    // the next day's page: say so, or a reader pairs the dose with the night before it.
    if (r.lagDays == 0)
        sentences << (severity ? tr("This compares the magnesium of each day with the RLS "
                                    "severity of the same day.")
                               : tr("This compares the magnesium of each day with the sleep "
                                    "quality of the night that followed it, which is logged "
                                    "on the next day's page."));
    else if (r.lagDays > 0)
        sentences << (severity ? tr("This compares the magnesium of each day with the RLS "
                                    "severity %Ln day(s) later.",
                          "", r.lagDays)
                               : tr("This compares the magnesium of each day with the sleep "
                                    "quality of the night that began %Ln day(s) later, which is "
                                    "logged on the page of the morning after it.",
                                   "", r.lagDays));
    else
        sentences << (severity ? tr("This compares the magnesium of each day with the RLS "
                                    "severity %Ln day(s) earlier.",
                          "", -r.lagDays)
                               : tr("This compares the magnesium of each day with the sleep "
                                    "quality of the night that began %Ln day(s) earlier, which "
                                    "is logged on the page of the morning after it.",
                                   "", -r.lagDays));

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
        sentences << (severity ? tr("Magnesium or RLS severity was the same on all of these "
                                    "days, so there is no way to see whether they go together.")
                               : tr("Magnesium or sleep quality was the same on all of these "
                                    "days, so there is no way to see whether they go together."));
        return sentences.join(QLatin1Char(' '));
    }

    const double value = *r.pearsonR;
    const QString shown = number(value, 2);
    switch (strength(value)) {
    case Strength::None:
        sentences << tr("There is no clear link between them in these days (r = %1; r runs from "
                        "-1 to 1, and 0 means no link).")
                         .arg(shown);
        break;
    case Strength::Weak:
        sentences << tr("The link is weak (r = %1; r runs from -1 to 1, and 0 means no link).")
                         .arg(shown);
        break;
    case Strength::Moderate:
        sentences << tr("The link is moderate (r = %1; r runs from -1 to 1, and 0 means no "
                        "link).")
                         .arg(shown);
        break;
    case Strength::Strong:
        sentences << tr("The link is strong (r = %1; r runs from -1 to 1, and 0 means no link).")
                         .arg(shown);
        break;
    }
    if (strength(value) != Strength::None) {
        if (severity)
            sentences << (value < 0 ? tr("On days with more magnesium, RLS severity tended to "
                                         "be lower.")
                                    : tr("On days with more magnesium, RLS severity tended to "
                                         "be higher."));
        else
            sentences << (value < 0 ? tr("On days with more magnesium, sleep quality tended to "
                                         "be worse.")
                                    : tr("On days with more magnesium, sleep quality tended to "
                                         "be better."));
    }

    if (r.ci95Low && r.ci95High) {
        sentences << tr("The 95% interval for r runs from %1 to %2.")
                         .arg(bound(*r.ci95Low, 2), bound(*r.ci95High, 2));
        sentences << (includesZero(*r.ci95Low, *r.ci95High)
                ? tr("It includes 0, so the link may well be chance.")
                : tr("It does not include 0, so chance alone would seldom give a link this "
                     "clear."));
    } else {
        sentences << tr("The days lie exactly on a line, so no interval can be given.");
    }
    sentences << tr("This shows only whether the two went together in your diary, not that "
                    "magnesium caused it: other things, such as stress, other remedies or the "
                    "season, can change both.");
    return sentences.join(QLatin1Char(' '));
}

QString StatisticsText::comparison(
    const Statistics::Comparison& c, const QString& firstLabel, const QString& secondLabel)
{
    QStringList sentences;
    const auto group = [](const Statistics::GroupSummary& summary, const QString& label) {
        if (!summary.mean)
            return tr("%1: no days with RLS severity logged.").arg(label);
        return tr("%1: average RLS severity %2 over %Ln day(s).", "", summary.n)
            .arg(label, number(*summary.mean, 1));
    };
    sentences << group(c.first, firstLabel) << group(c.second, secondLabel);

    if (!c.difference) {
        sentences << tr("At least 2 days in each group are needed to compare them.");
        return sentences.join(QLatin1Char(' '));
    }
    sentences << tr("Severity is on Stilla's scale from 0 (none) to 10 (the worst); the "
                    "difference (%1 minus %2) is %3 points.")
                     .arg(secondLabel, firstLabel, number(*c.difference, 1));
    if (c.ci95Low && c.ci95High) {
        sentences << tr("The 95% interval for the difference runs from %1 to %2.")
                         .arg(bound(*c.ci95Low, 1), bound(*c.ci95High, 1));
        sentences << (includesZero(*c.ci95Low, *c.ci95High)
                ? tr("It includes 0, so the difference may well be chance.")
                : tr("It does not include 0, so chance alone would seldom give a difference "
                     "this large."));
    } else {
        sentences << tr("Every day in each group had the same severity, so no interval can be "
                        "given.");
    }
    if (std::min(c.first.n, c.second.n) < Statistics::kEnoughPairs)
        sentences << tr("With fewer than %Ln days in a group, that is too little data to say "
                        "whether there is a real difference.",
            "", Statistics::kEnoughPairs);
    sentences << tr("A difference does not show that magnesium caused it: symptoms can change "
                    "for many other reasons, such as stress, sleep, other remedies or the "
                    "season.");
    return sentences.join(QLatin1Char(' '));
}

} // namespace stilla
