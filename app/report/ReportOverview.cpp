#include "ReportOverview.h"

#include "ReportWriter.h"
#include "core/report/DisplayNames.h"
#include "core/report/ReportSummary.h"
#include "core/report/ReportText.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "core/stats/StatisticsText.h"

#include <QTextTable>

#include <algorithm>
#include <utility>
#include <vector>

namespace stilla {

namespace {

/// How many safety notes the first page names; the appendix lists them all.
constexpr int kNotesNamed = 5;
/// The widest the key figures' labels may be, as a share of the text width; longer ones wrap.
constexpr qreal kLabelShare = 0.3;

using Rows = std::vector<std::pair<QString, QString>>;

/// The eGFR note among the lab findings when it says that the eGFRs show kidney disease at the
/// period's end (LabRules::kidneyDisease: a warning); nullptr otherwise.
const Finding* kidneyDiseaseShown(const ReportSummary& summary)
{
    const auto note = std::find_if(
        summary.labFindings.begin(), summary.labFindings.end(), [](const Finding& finding) {
            return finding.rule == QLatin1String(SafetyRule::kEgfrLow)
                && finding.severity >= Severity::Warning;
        });
    return note == summary.labFindings.end() ? nullptr : &*note;
}

/// The oldest eGFR of the unbroken run below @p limit that ends with the newest one, among
/// @p labs (oldest first); nullptr when the newest is not below it.
const LabResult* runBelow(const std::vector<LabResult>& labs, double limit)
{
    const LabResult* first = nullptr;
    for (auto result = labs.rbegin(); result != labs.rend(); ++result) {
        if (!result->egfr)
            continue;
        if (*result->egfr >= limit)
            break;
        first = &*result;
    }
    return first;
}

void writeRows(ReportWriter& writer, const Rows& rows)
{
    QTextTable* table = writer.table(int(rows.size()), {24, 76}, false);
    for (int row = 0; row < int(rows.size()); ++row) {
        writer.cell(table, row, 0, rows[std::size_t(row)].first, true);
        writer.cell(table, row, 1, rows[std::size_t(row)].second);
    }
    // Long labels wrap, so that the figures beside them take fewer lines and the first page
    // keeps its trend figure.
    writer.fitColumns(table, kLabelShare);
    writer.leaveTable();
}

QString number(double value, int decimals)
{
    return StatisticsText::number(value, decimals);
}

/// A lab value as it was entered (19.6, not 20): rounded, a value just under a threshold would
/// read as the threshold itself ("20 %, below 20 %").
QString measured(const ReportText& text, double value)
{
    return text.locale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString ReportOverview::person(const ReportDocument::Cover& cover)
{
    const QString name = cover.name.simplified();
    if (cover.birthYear && !name.isEmpty())
        return tr("%1, born %2").arg(name, QString::number(*cover.birthYear));
    if (cover.birthYear)
        return tr("Born %1").arg(QString::number(*cover.birthYear));
    return name;
}

QString ReportOverview::profileLine(
    const ReportSummary& summary, const Profile& profile, const ReportText& text)
{
    QStringList parts;
    if (profile.ageGroup != AgeGroup::Unset)
        parts << DisplayNames::ageGroup(profile.ageGroup);
    if (profile.sex != Sex::Unset)
        parts << DisplayNames::sex(profile.sex);
    QStringList ruledOut;
    for (Condition condition : allConditions()) {
        if (profile.has(condition))
            parts << DisplayNames::condition(condition);
        else if (profile.ruledOut(condition))
            ruledOut << DisplayNames::conditionRuledOut(condition);
    }
    if (!ruledOut.isEmpty())
        parts << tr("%1 (as the person states)").arg(ruledOut.join(QStringLiteral(", ")));
    QString line = parts.isEmpty() ? tr("No age group, sex or conditions given.")
                                   : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    // No answer is not a "no": the article's one contraindication should not read as ruled
    // out when the person never said.
    if (!profile.has(Condition::KidneyDisease) && kidneyDiseaseShown(summary)) {
        line += QLatin1Char(' ')
            + tr("The eGFRs meet the definition of kidney disease (see Kidney function), which "
                 "the profile does not note; the article advises against magnesium with any "
                 "kidney disease.");
    } else if (!profile.has(Condition::KidneyDisease)
        && !profile.ruledOut(Condition::KidneyDisease)) {
        line += QLatin1Char(' ')
            + tr("The question about kidney disease is unanswered, so it has not been ruled "
                 "out; the article advises against magnesium with any kidney disease.");
    }
    // The limit the summary counted the days against, with the authority it comes from.
    if (summary.supplementLimitMg) {
        line += QLatin1Char(' ')
            + tr("Upper limit for magnesium from supplements: %1 a day (%2).")
                  .arg(text.mg(*summary.supplementLimitMg),
                      profile.isChild()
                          ? SafetyFacts::childCeilingSource(profile.ageGroup, profile.reference)
                          : SafetyFacts::referenceAuthority(profile.reference));
    }
    return line;
}

QString ReportOverview::medicines(const ReportSummary& summary, const Profile& profile)
{
    QStringList regular;
    for (MedicationClass medication : profile.medications)
        regular << DisplayNames::medicationClass(medication);
    QStringList logged;
    for (const ReportSummary::MedicineUse& use : summary.medicines)
        logged << tr("%1 (%Ln day(s))", "", use.days).arg(use.name);
    QStringList parts;
    if (!regular.isEmpty())
        parts << tr("Regularly, from the profile: %1.").arg(regular.join(QStringLiteral("; ")));
    if (!logged.isEmpty())
        parts << tr("Logged in the period: %1.").arg(logged.join(QStringLiteral("; ")));
    return parts.isEmpty() ? tr("None in the profile or logged in the period.")
                           : parts.join(QLatin1Char(' '));
}

QString ReportOverview::supplements(const ReportSummary& summary, const ReportText& text)
{
    if (summary.supplementDays == 0)
        return tr("None logged.");
    // The dose on the days taken, not a mean that counts the days without as none.
    QString line
        = tr("Taken on %Ln day(s): %1 a day on average on those days, highest day %2.", "",
            summary.supplementDays)
              .arg(text.mg(summary.supplementMgOnDaysTaken), text.mg(summary.highestSupplementMg));
    if (summary.supplementLimitMg) {
        line += QLatin1Char(' ')
            + (summary.daysAboveSupplementLimit > 0
                    ? tr("Above the upper limit of %1 on %Ln day(s).", "",
                        summary.daysAboveSupplementLimit)
                          .arg(text.mg(*summary.supplementLimitMg))
                    : tr("Never above the upper limit of %1.")
                          .arg(text.mg(*summary.supplementLimitMg)));
    }
    return line;
}

QString ReportOverview::total(const ReportSummary& summary, const ReportText& text)
{
    if (!summary.totalMg.value)
        return tr("Not logged.");
    QString line = tr("%1 a day on average (%Ln day(s)).", "", summary.totalMg.n)
                       .arg(text.mg(*summary.totalMg.value));
    if (summary.target) {
        // A target reached with supplements above the limit is no target to aim for: said so.
        const int aboveLimit = summary.daysReachingTargetAboveLimit;
        line += QLatin1Char(' ')
            + (aboveLimit > 0
                    ? tr("Daily target %1 (%2): reached on %L3 of these days, %Ln of them with "
                         "supplements above the upper limit.",
                        "", aboveLimit)
                    : tr("Daily target %1 (%2): reached on %L3 of these days."))
                  .arg(text.mg(summary.target->mg), summary.target->reportBasis)
                  .arg(summary.daysReachingTarget);
    }
    return line;
}

QString ReportOverview::forms(const ReportSummary& summary, const ReportText& text)
{
    QStringList parts;
    for (const ReportSummary::FormUse& use : summary.forms) {
        parts << tr("%1, typically %2 (%Ln day(s))", "", use.days)
                     .arg(DisplayNames::supplementForm(use.form), text.mg(use.typicalDoseMg));
    }
    return parts.isEmpty() ? tr("None logged.")
                           : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString ReportOverview::sideEffects(const ReportSummary& summary)
{
    QStringList parts;
    for (const ReportSummary::SideEffectCount& count : summary.sideEffects)
        parts << tr("%1 (%Ln day(s))", "", count.days).arg(DisplayNames::sideEffect(count.effect));
    return parts.isEmpty() ? tr("None logged.")
                           : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString ReportOverview::safetyNotes(const ReportSummary& summary)
{
    if (summary.findings.empty())
        return tr("None in this period.");
    // The notes that ask for care first, the tips ("Good to know", such as caffeine on a day
    // with symptoms) apart after them: a clinician read 77 days of caffeine among the safety
    // notes as one of them.
    QStringList care;
    QStringList tips;
    int named = 0;
    for (const ReportSummary::FindingUse& use : summary.findings) {
        if (named == kNotesNamed)
            break;
        ++named;
        (use.severity >= Severity::Caution ? care : tips)
            << tr("%1 (%Ln day(s))", "", use.days)
                   .arg(ReportText::ruleTitle(use.rule, use.lastMessage));
    }
    QStringList sentences;
    if (!care.isEmpty())
        sentences << care.join(QStringLiteral("; ")) + QLatin1Char('.');
    else
        sentences << tr("None that call for care.");
    if (!tips.isEmpty()) {
        sentences << tr("%1: %2.").arg(
            SafetyEngine::severityName(Severity::Info), tips.join(QStringLiteral("; ")));
    }
    const int more = int(summary.findings.size()) - kNotesNamed;
    if (more > 0)
        sentences << tr("%Ln more in the appendix.", "", more);
    return sentences.join(QLatin1Char(' '));
}

QString ReportOverview::iron(const ReportSummary& summary, const ReportText& text)
{
    QStringList parts;
    const bool saturationLow = std::any_of(
        summary.labFindings.begin(), summary.labFindings.end(), [](const Finding& finding) {
            return finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow);
        });
    for (auto it = summary.labs.rbegin(); it != summary.labs.rend(); ++it) {
        if (!it->ferritin)
            continue;
        // The saturation of the same test beside it; a low one has its own sentence below.
        if (!it->transferrinSaturation) {
            parts << tr("Latest ferritin %1\u00A0µg/L on %2, without a transferrin saturation.")
                         .arg(measured(text, *it->ferritin), text.longDate(it->date));
        } else {
            parts << (saturationLow
                    ? tr("Latest ferritin %1\u00A0µg/L on %2.")
                          .arg(measured(text, *it->ferritin), text.longDate(it->date))
                    : tr("Latest ferritin %1\u00A0µg/L on %2, transferrin saturation %3\u00A0%.")
                          .arg(measured(text, *it->ferritin), text.longDate(it->date),
                              measured(text, *it->transferrinSaturation)));
        }
        break;
    }
    if (parts.isEmpty()) {
        parts << tr("No ferritin result in the diary from the 12 months before %1.")
                     .arg(text.longDate(summary.to));
    }
    for (const Finding& finding : summary.labFindings) {
        if (finding.rule == QLatin1String(SafetyRule::kFerritinLow)) {
            parts << tr("At or below %1\u00A0µg/L, where the AASM 2024 guideline, citing "
                        "consensus, suggests iron.")
                         .arg(number(finding.limitMg, 0));
        } else if (finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow)) {
            parts << tr("Transferrin saturation %1\u00A0% on %2, below %3\u00A0%.")
                         .arg(measured(text, finding.amountMg), text.longDate(finding.measured),
                             number(finding.limitMg, 0));
        } else if (finding.rule == QLatin1String(SafetyRule::kIronNotTested)) {
            parts << tr("Symptoms on %1 of the last 30 days; the AASM 2024 guideline advises "
                        "testing ferritin and transferrin saturation.")
                         .arg(number(finding.amountMg, 0));
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString ReportOverview::kidney(const ReportSummary& summary, const ReportText& text)
{
    const auto newest = std::find_if(summary.labs.rbegin(), summary.labs.rend(),
        [](const LabResult& result) { return result.egfr.has_value(); });
    if (newest == summary.labs.rend())
        return {};
    QString line = tr("Latest eGFR %1\u00A0mL/min/1.73\u00A0m² on %2.")
                       .arg(measured(text, *newest->egfr), text.longDate(newest->date));
    const Finding* shown = kidneyDiseaseShown(summary);
    const LabResult* since = shown && shown->limitMg >= SafetyFacts::kEgfrReduced
        ? runBelow(summary.labs, shown->limitMg)
        : nullptr;
    if (since && since->date < newest->date) {
        line += QLatin1Char(' ')
            + tr("Every eGFR since %1 was below %2 (%3 on that day), which meets the KDIGO 2012 "
                 "definition of chronic kidney disease.")
                  .arg(text.longDate(since->date), measured(text, shown->limitMg),
                      measured(text, *since->egfr));
    }
    for (const Finding& finding : summary.labFindings) {
        if (finding.rule == QLatin1String(SafetyRule::kEgfrLow)) {
            line += QLatin1Char(' ')
                + tr("KDIGO 2012 GFR category %1; the article advises against magnesium with "
                     "kidney disease.")
                      .arg(SafetyFacts::kidneyCategory(finding.amountMg));
        }
    }
    return line;
}

QString ReportOverview::experiment(const ReportSummary& summary, const ReportText& text)
{
    const ExperimentPlan& plan = *summary.experiment;
    const ExperimentResult& result = *summary.experimentResult;
    QString line = tr("%1 phases from %2, %3 a day planned in the B phases; primary outcome %4.")
                       .arg(plan.pattern, text.longDate(plan.start), text.mg(plan.doseMg),
                           ExperimentSchedule::outcomeLabel(result.outcome));
    if (const QString kept = result.describeAdherence(); !kept.isEmpty())
        line += QLatin1Char(' ') + kept;
    const int decimals = ExperimentResult::decimals(result.outcome);
    if (result.difference && result.ci95Low && result.ci95High) {
        line += QLatin1Char(' ')
            + tr("With minus without %1 (95% confidence interval %2 to %3; %L4 and %L5 analysed "
                 "days).")
                  .arg(number(*result.difference, decimals), number(*result.ci95Low, decimals),
                      number(*result.ci95High, decimals))
                  .arg(result.nB)
                  .arg(result.nA);
    }
    switch (result.verdict) {
    case ExperimentResult::Verdict::TooLittleData:
        line += QLatin1Char(' ') + tr("Too little data for an answer yet.");
        break;
    case ExperimentResult::Verdict::NoClearDifference:
        line += QLatin1Char(' ') + tr("No clear difference.");
        break;
    case ExperimentResult::Verdict::Better:
        line += QLatin1Char(' ') + tr("Better with magnesium.");
        break;
    case ExperimentResult::Verdict::Worse:
        line += QLatin1Char(' ') + tr("Worse with magnesium.");
        break;
    }
    return line;
}

void ReportOverview::write(ReportWriter& writer, const ReportSummary& summary,
    const Profile& profile, const ReportText& text, const ReportDocument::Cover& cover)
{
    writer.title(tr("Restless legs and magnesium: diary summary"));
    writer.paragraph(tr("For the treating clinician, made with Stilla from the person's own "
                        "diary. Stilla informs; it does not diagnose or prescribe. The figures "
                        "show what was logged and what went together, not what caused what. "
                        "Details follow in the appendix."),
        true);

    Rows who;
    if (const QString name = person(cover); !name.isEmpty())
        who.emplace_back(tr("Person"), name);
    who.emplace_back(tr("Period"),
        tr("%1: %L2 of %Ln day(s) logged.", "", summary.daysInPeriod)
            .arg(text.period(summary.from, summary.to))
            .arg(summary.daysLogged));
    who.emplace_back(tr("Profile"), profileLine(summary, profile, text));
    who.emplace_back(tr("Medicines"), medicines(summary, profile));
    writeRows(writer, who);

    writer.heading(tr("Key figures"));
    const QString notLogged = tr("Not logged.");
    Rows rows;
    // The scale said once, where the first figure on it is: the person's own rating of the
    // day, not a validated instrument.
    rows.emplace_back(tr("RLS severity (0\u00A0none – 10\u00A0worst)"),
        summary.severity.value && summary.severityLow && summary.severityHigh
            ? tr("Mean %1, middle half of days %2–%3 (%Ln day(s)).", "", summary.severity.n)
                    .arg(number(*summary.severity.value, 1), number(*summary.severityLow, 1),
                        number(*summary.severityHigh, 1))
                + QLatin1Char(' ')
                + tr("Rated by the person for each day, from 0 (no symptoms) to 10 (the worst "
                     "imaginable): Stilla's own scale, not the IRLS.")
            : notLogged);
    rows.emplace_back(tr("Sleep quality (1\u00A0very poor – 5\u00A0very good)"),
        summary.sleepQuality.value ? tr("Mean %1 (%Ln night(s)).", "", summary.sleepQuality.n)
                                         .arg(number(*summary.sleepQuality.value, 1))
                                   : notLogged);
    rows.emplace_back(tr("Total sleep"),
        summary.totalSleepMinutes.value
            ? tr("%1 a night on average (%Ln night(s)).", "", summary.totalSleepMinutes.n)
                  .arg(text.duration(*summary.totalSleepMinutes.value))
            : notLogged);
    rows.emplace_back(tr("Magnesium from food"),
        summary.foodMg.value
            ? tr("%1 a day on average (%Ln day(s)), from the foods logged, which may not be "
                 "all that was eaten.",
                "", summary.foodMg.n)
                  .arg(text.mg(*summary.foodMg.value))
            : notLogged);
    rows.emplace_back(tr("Magnesium from supplements"), supplements(summary, text));
    rows.emplace_back(tr("Magnesium, food and supplements"), total(summary, text));
    rows.emplace_back(tr("Supplement forms"), forms(summary, text));
    rows.emplace_back(tr("Side effects"), sideEffects(summary));
    rows.emplace_back(tr("Safety notes"), safetyNotes(summary));
    rows.emplace_back(tr("Iron"), iron(summary, text));
    if (const QString kidneys = kidney(summary, text); !kidneys.isEmpty())
        rows.emplace_back(tr("Kidney function"), kidneys);
    // The question the person brings: the self-experiment answers it best; without one, the
    // days with supplements against the days without.
    if (summary.experiment && summary.experimentResult) {
        rows.emplace_back(tr("Self-experiment"), experiment(summary, text));
    } else if (const QString brief = text.supplementComparisonBrief(summary.supplementComparison);
               !brief.isEmpty()) {
        rows.emplace_back(tr("Severity with and without supplements"), brief);
    }
    writeRows(writer, rows);

    // The figure draws its own title, so the two never end up on different pages.
    writer.figure(QSizeF(writer.style().width, writer.style().width * 0.5));
}

} // namespace stilla
