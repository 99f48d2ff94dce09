#include "ReportDocument.h"

#include "ReportOverview.h"
#include "ReportWriter.h"
#include "core/report/DisplayNames.h"
#include "core/report/ReportSummary.h"
#include "core/report/ReportText.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

#include <algorithm>

namespace stilla {

namespace {

void writeSupplements(ReportWriter& writer, const ReportSummary& summary, const ReportText& text)
{
    writer.heading(ReportDocument::tr("Supplement forms and doses"));
    if (summary.forms.empty()) {
        writer.paragraph(
            ReportDocument::tr("No magnesium supplements were logged in this period."));
        return;
    }
    QTextTable* table = writer.table(int(summary.forms.size()) + 1, {46, 16, 16, 22}, true);
    writer.cell(table, 0, 0, ReportDocument::tr("Form"), true);
    writer.cell(table, 0, 1, ReportDocument::tr("Days"), true, Qt::AlignRight);
    writer.cell(table, 0, 2, ReportDocument::tr("Doses"), true, Qt::AlignRight);
    writer.cell(table, 0, 3, ReportDocument::tr("Typical dose"), true, Qt::AlignRight);
    int row = 1;
    for (const ReportSummary::FormUse& use : summary.forms) {
        writer.cell(table, row, 0, DisplayNames::supplementForm(use.form));
        if (use.intravenous)
            writer.cellNote(table, row, 0, ReportDocument::tr("Also given through a drip"));
        writer.cell(table, row, 1, text.locale().toString(use.days), false, Qt::AlignRight);
        writer.cell(table, row, 2, text.locale().toString(use.doses), false, Qt::AlignRight);
        writer.cell(table, row, 3, text.mg(use.typicalDoseMg), false, Qt::AlignRight);
        ++row;
    }
    writer.leaveTable();
    writer.paragraph(
        ReportDocument::tr("Doses are elemental magnesium as the person logged them from the "
                           "label. The typical dose is the median single dose."),
        true);
}

void writeExperiment(ReportWriter& writer, const ReportSummary& summary, const ReportText& text)
{
    if (!summary.experiment || !summary.experimentResult)
        return;
    const ExperimentResult& result = *summary.experimentResult;
    writer.heading(ReportDocument::tr("Self-experiment"));
    writer.paragraph(ExperimentSchedule::describePlan(*summary.experiment));
    writer.paragraph(ReportDocument::tr("Counted up to %1.")
                         .arg(text.longDate(std::min(summary.to, summary.experiment->lastDay()))),
        true);
    if (!result.phases.empty()) {
        // Phase by phase, so a reader sees whether the difference held in every pair of phases.
        // The words last: fitColumns() gives the last column the rest of the width.
        QTextTable* table = writer.table(int(result.phases.size()) + 1, {20, 20, 20, 40}, true);
        writer.cell(table, 0, 0, ReportDocument::tr("Phase"), true);
        writer.cell(table, 0, 1, ReportDocument::tr("Analysed days"), true, Qt::AlignRight);
        writer.cell(table, 0, 2, ReportDocument::tr("Mean"), true, Qt::AlignRight);
        writer.cell(table, 0, 3, ReportDocument::tr("Magnesium supplement"), true);
        const int decimals = ExperimentResult::decimals(result.outcome);
        int row = 1;
        for (const ExperimentResult::Phase& phase : result.phases) {
            writer.cell(table, row, 0,
                QStringLiteral("%1 (%2)").arg(
                    text.locale().toString(phase.phase + 1), toName(phase.arm)));
            writer.cell(table, row, 1, text.locale().toString(phase.n), false, Qt::AlignRight);
            writer.cell(table, row, 2,
                phase.mean ? text.locale().toString(*phase.mean, 'f', decimals)
                           : QStringLiteral("–"),
                false, Qt::AlignRight);
            // What was planned, and what the diary says was taken: a plan is not a dose.
            writer.cell(table, row, 3,
                phase.arm == Arm::WithMagnesium
                    ? ReportDocument::tr("%1 a day planned; logged on %L2 of %L3 days logged")
                          .arg(text.mg(summary.experiment->doseMg))
                          .arg(phase.daysKept)
                          .arg(phase.daysLogged)
                    : ReportDocument::tr("None planned; none on %L1 of %L2 days logged")
                          .arg(phase.daysKept)
                          .arg(phase.daysLogged));
            ++row;
        }
        writer.fitColumns(table);
        writer.leaveTable();
    }
    writer.paragraph(result.describeAdherence());
    writer.paragraph(result.describe(ExperimentResult::Reader::Clinician));
    if (const QString secondary = result.describeSecondary(); !secondary.isEmpty())
        writer.paragraph(secondary, true);
}

/// A lab value in the report's language, with as few decimals as it has.
QString labNumber(const ReportText& text, double value)
{
    return text.locale().toString(value, 'f', QLocale::FloatingPointShortest);
}

void writeLabFindings(ReportWriter& writer, const ReportSummary& summary, const ReportText& text);
void writeLabSources(ReportWriter& writer, const ReportSummary& summary, const ReportText& text);

void writeLabs(ReportWriter& writer, const ReportSummary& summary, const ReportText& text)
{
    writer.heading(ReportDocument::tr("Lab results"));
    if (summary.labs.empty()) {
        writer.paragraph(ReportDocument::tr(
            "No blood test results are in the diary for this period or the 12 months before "
            "it."));
    } else {
        QTextTable* table
            = writer.table(int(summary.labs.size()) + 1, {14, 15, 20, 17, 18, 16}, true);
        writer.cell(table, 0, 0, ReportDocument::tr("Date"), true);
        writer.cell(table, 0, 1, ReportDocument::tr("Ferritin (µg/L)"), true, Qt::AlignRight);
        writer.cell(
            table, 0, 2, ReportDocument::tr("Transferrin saturation (%)"), true, Qt::AlignRight);
        writer.cell(table, 0, 3, ReportDocument::tr("Haemoglobin (g/L)"), true, Qt::AlignRight);
        writer.cell(
            table, 0, 4, ReportDocument::tr("Serum magnesium (mmol/L)"), true, Qt::AlignRight);
        writer.cell(
            table, 0, 5, ReportDocument::tr("eGFR (mL/min/1.73\u00A0m²)"), true, Qt::AlignRight);
        int row = 1;
        for (const LabResult& result : summary.labs) {
            writer.cell(table, row, 0, text.shortDate(result.date));
            for (int column = 0; column < int(LabResult::kValueCount); ++column) {
                const std::optional<double>& value
                    = result.*(LabResult::values()[std::size_t(column)].member);
                writer.cell(table, row, 1 + column,
                    value ? text.locale().toString(*value, 'f', QLocale::FloatingPointShortest)
                          : QStringLiteral("–"),
                    false, Qt::AlignRight);
            }
            ++row;
        }
        writer.fitColumns(table);
        writer.leaveTable();
    }
    writeLabFindings(writer, summary, text);
}

/// Said to the doctor, not to the person: the values against the guidelines' thresholds, and
/// the sources.
void writeLabFindings(ReportWriter& writer, const ReportSummary& summary, const ReportText& text)
{
    const auto date = [&text](const QDate& day) {
        return text.locale().toString(day, QStringLiteral("d MMMM yyyy"));
    };
    for (const Finding& finding : summary.labFindings) {
        if (finding.rule == QLatin1String(SafetyRule::kFerritinLow)) {
            writer.paragraph(
                ReportDocument::tr("Ferritin %1\u00A0µg/L on %2: at or below %3\u00A0µg/L, "
                                   "where the AASM 2024 guideline, citing consensus "
                                   "guidelines, suggests oral or IV iron for adults with RLS.")
                    .arg(labNumber(text, finding.amountMg), date(finding.measured),
                        labNumber(text, finding.limitMg)));
        } else if (finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow)) {
            writer.paragraph(
                ReportDocument::tr("Transferrin saturation %1\u00A0% on %2: below %3\u00A0%, "
                                   "where the AASM 2024 guideline, citing consensus "
                                   "guidelines, suggests oral or IV iron for adults with RLS.")
                    .arg(labNumber(text, finding.amountMg), date(finding.measured),
                        labNumber(text, finding.limitMg)));
        } else if (finding.rule == QLatin1String(SafetyRule::kIronNotTested)) {
            writer.paragraph(
                ReportDocument::tr("Symptoms were noted on %1 of the last 30 days of the period, "
                                   "and the diary has no ferritin result from the 12 months "
                                   "before its end. The AASM 2024 guideline advises testing "
                                   "ferritin and transferrin saturation in clinically "
                                   "significant RLS.")
                    .arg(labNumber(text, finding.amountMg)));
        } else if (finding.rule == QLatin1String(SafetyRule::kEgfrLow)) {
            const bool chronic = finding.severity >= Severity::Warning
                && finding.limitMg >= SafetyFacts::kEgfrReduced;
            writer.paragraph(
                (chronic ? ReportDocument::tr(
                     "eGFR %1\u00A0mL/min/1.73\u00A0m² on %2: KDIGO 2012 GFR category %3. "
                     "The eGFR results have been below %4 in tests more than three months "
                     "apart (the table shows them), which meets the KDIGO definition of "
                     "chronic kidney disease. The article advises against magnesium with any "
                     "kidney disease.")
                         : ReportDocument::tr(
                             "eGFR %1\u00A0mL/min/1.73\u00A0m² on %2: KDIGO 2012 GFR category %3, "
                             "below %4. A reduced eGFR counts as chronic kidney "
                             "disease when it lasts more than three months; the table shows any "
                             "earlier results. The article advises against magnesium with any "
                             "kidney disease."))
                    .arg(labNumber(text, finding.amountMg), date(finding.measured),
                        SafetyFacts::kidneyCategory(finding.amountMg),
                        labNumber(text, finding.limitMg)));
        } else if (finding.rule == QLatin1String(SafetyRule::kSerumMagnesiumHigh)) {
            writer.paragraph(finding.severity >= Severity::Warning
                    ? ReportDocument::tr(
                        "Serum magnesium %1\u00A0mmol/L on %2: above %3\u00A0mmol/L, the lower "
                        "end of the range (%3–%4\u00A0mmol/L) above which symptoms of "
                        "magnesium toxicity usually develop (NIH ODS).")
                          .arg(labNumber(text, finding.amountMg), date(finding.measured),
                              labNumber(text, finding.limitMg),
                              labNumber(text, SafetyFacts::kSerumMagnesiumToxicUpper))
                    : ReportDocument::tr("Serum magnesium %1\u00A0mmol/L on %2: above the usual "
                                         "range of %3–%4\u00A0mmol/L (NIH ODS).")
                          .arg(labNumber(text, finding.amountMg), date(finding.measured),
                              labNumber(text, SafetyFacts::kSerumMagnesiumLow),
                              labNumber(text, SafetyFacts::kSerumMagnesiumHigh)));
        } else if (finding.rule == QLatin1String(SafetyRule::kSerumMagnesiumLow)) {
            writer.paragraph(ReportDocument::tr("Serum magnesium %1\u00A0mmol/L on %2: below the "
                                                "usual range of %3–%4\u00A0mmol/L (NIH ODS).")
                                 .arg(labNumber(text, finding.amountMg), date(finding.measured),
                                     labNumber(text, SafetyFacts::kSerumMagnesiumLow),
                                     labNumber(text, SafetyFacts::kSerumMagnesiumHigh)));
        }
    }
    writeLabSources(writer, summary, text);
}

/// What the lab notes compare, and with whose numbers.
void writeLabSources(ReportWriter& writer, const ReportSummary& summary, const ReportText& text)
{
    writer.paragraph(
        ReportDocument::tr("Values as the person entered them. Stilla compares ferritin, "
                           "transferrin saturation and eGFR with the guidelines' thresholds, and "
                           "the newest serum magnesium of the last %1 months with the normal "
                           "range of %2–%3\u00A0mmol/L and with %4\u00A0mmol/L (NIH Office of "
                           "Dietary Supplements); the laboratory's own reference ranges may "
                           "differ. Guideline: Winkelman JW et al., J Clin Sleep Med "
                           "2025;21(1):137–152, doi:10.5664/jcsm.11390.")
            .arg(QString::number(SafetyFacts::kSerumMagnesiumValidMonths),
                labNumber(text, SafetyFacts::kSerumMagnesiumLow),
                labNumber(text, SafetyFacts::kSerumMagnesiumHigh),
                labNumber(text, SafetyFacts::kSerumMagnesiumToxic)),
        true);
    const bool anyEgfr = std::any_of(summary.labs.begin(), summary.labs.end(),
        [](const LabResult& result) { return result.egfr.has_value(); });
    if (anyEgfr) {
        writer.paragraph(ReportDocument::tr("Kidney function: KDIGO 2012 Clinical Practice "
                                            "Guideline for the Evaluation and Management of "
                                            "Chronic Kidney Disease, Kidney Int Suppl "
                                            "2013;3(1):1–150."),
            true);
    }
}

void writeFindings(ReportWriter& writer, const ReportSummary& summary, const Profile& profile,
    const ReportText& text)
{
    writer.heading(ReportDocument::tr("Safety notes"));
    if (summary.findings.empty()) {
        writer.paragraph(
            ReportDocument::tr("Stilla's safety rules found nothing to note in this period."));
        return;
    }
    writer.paragraph(ReportDocument::tr("Stilla checks each logged day against the article's "
                                        "advice, the profile and the lab results. The number "
                                        "marks the days of each note in the table of days."),
        true);
    QTextTable* table = writer.table(int(summary.findings.size()) + 1, {52, 12, 10, 13, 13}, true);
    writer.cell(table, 0, 0, ReportDocument::tr("Note"), true);
    writer.cell(table, 0, 1, ReportDocument::tr("Level"), true);
    writer.cell(table, 0, 2, ReportDocument::tr("Days"), true, Qt::AlignRight);
    writer.cell(table, 0, 3, ReportDocument::tr("First"), true);
    writer.cell(table, 0, 4, ReportDocument::tr("Last"), true);
    int row = 1;
    for (const ReportSummary::FindingUse& use : summary.findings) {
        // The rule's name and its amount, never the message the app showed the person (it
        // speaks to them, and on one day).
        writer.cell(table, row, 0,
            ReportDocument::tr("%1. %2").arg(
                text.locale().toString(row), ReportText::ruleTitle(use.rule, use.lastMessage)),
            true);
        if (const QString detail = text.findingDetail(use); !detail.isEmpty())
            writer.cellNote(table, row, 0, detail);
        writer.cell(table, row, 1, SafetyEngine::severityName(use.severity));
        writer.cell(table, row, 2, text.locale().toString(use.days), false, Qt::AlignRight);
        writer.cell(table, row, 3, text.shortDate(use.first));
        writer.cell(table, row, 4, text.shortDate(use.last));
        ++row;
    }
    writer.leaveTable();
    // Where the notes come from, once each: the article, or the authority and document.
    QStringList sources;
    for (const ReportSummary::FindingUse& use : summary.findings) {
        Finding finding;
        finding.rule = use.rule;
        finding.reference = profile.reference;
        finding.ageGroup = profile.ageGroup;
        sources << SafetyFacts::ruleSources(finding);
    }
    sources.removeDuplicates();
    writer.paragraph(
        ReportDocument::tr("Sources: %1.").arg(sources.join(QLatin1String("; "))), true);
}

void writeDays(ReportWriter& writer, const ReportSummary& summary, const ReportText& text)
{
    writer.heading(ReportDocument::tr("Days logged"));
    if (summary.days.empty()) {
        writer.paragraph(ReportDocument::tr("No days were logged in this period."));
        return;
    }
    QTextTable* table
        = writer.table(int(summary.days.size()) + 1, {14, 13, 12, 14, 11, 16, 20}, true);
    const QString headers[] = {ReportDocument::tr("Date"), ReportDocument::tr("Severity"),
        ReportDocument::tr("Sleep quality"), ReportDocument::tr("Total sleep"),
        ReportDocument::tr("Food (mg)"), ReportDocument::tr("Supplements (mg)"),
        ReportDocument::tr("Safety notes")};
    for (int column = 0; column < int(std::size(headers)); ++column)
        writer.cell(table, 0, column, headers[column], true,
            column >= 1 && column <= 5 ? Qt::AlignRight : Qt::AlignLeft);
    int row = 1;
    for (const DayEntry& day : summary.days) {
        const auto optionalText
            = [](const auto& value, auto format) { return value ? format(*value) : QString(); };
        writer.cell(table, row, 0, text.shortDate(day.date));
        writer.cell(table, row, 1,
            optionalText(day.symptoms.severity, [&](int v) { return text.locale().toString(v); }),
            false, Qt::AlignRight);
        writer.cell(table, row, 2,
            optionalText(day.sleep.quality, [&](int v) { return text.locale().toString(v); }),
            false, Qt::AlignRight);
        writer.cell(table, row, 3,
            optionalText(day.sleep.totalSleepMinutes(), [&](int v) { return text.duration(v); }),
            false, Qt::AlignRight);
        const bool magnesium = !day.foods.empty() || !day.supplements.empty();
        writer.cell(table, row, 4, magnesium ? text.decimal(day.foodMagnesiumMg(), 0) : QString(),
            false, Qt::AlignRight);
        writer.cell(table, row, 5,
            magnesium ? text.decimal(day.supplementMagnesiumMg(), 0) : QString(), false,
            Qt::AlignRight);
        // The number of each note in the safety notes table, never its text again: a note
        // that fires every day would otherwise fill the table with one sentence.
        QList<int> notes;
        if (const auto found = summary.findingsByDay.find(day.date);
            found != summary.findingsByDay.end()) {
            for (const Finding& finding : found->second) {
                const auto use = std::find_if(summary.findings.begin(), summary.findings.end(),
                    [&finding](const auto& u) { return u.rule == finding.rule; });
                const int number = int(use - summary.findings.begin()) + 1;
                if (use != summary.findings.end() && !notes.contains(number))
                    notes << number;
            }
        }
        std::sort(notes.begin(), notes.end());
        QStringList numbers;
        for (int number : notes)
            numbers << text.locale().toString(number);
        writer.cell(table, row, 6, numbers.join(QStringLiteral(", ")));
        ++row;
    }
    writer.fitColumns(table);
    writer.leaveTable();
    writer.paragraph(
        ReportDocument::tr("An empty cell means that it was not logged that day. Food and "
                           "supplements are the day's magnesium from each, in mg. Sleep quality "
                           "and total sleep are those of the night that ended on the morning of "
                           "that day, so the night after a day's magnesium is on the next row. "
                           "Safety notes are the numbers of the notes above."),
        true);
}

} // namespace

void ReportDocument::build(QTextDocument& document, const ReportSummary& summary,
    const Profile& profile, const ReportText& text, const Style& style, const Cover& cover)
{
    document.clear();
    document.setDefaultFont(style.font);
    document.setDocumentMargin(0);
    // One edit block: the document is laid out once at the end, not after every cell.
    QTextCursor editBlock(&document);
    editBlock.beginEditBlock();
    ReportWriter writer(document, style);

    ReportOverview::write(writer, summary, profile, text, cover);

    // The appendix starts on a page of its own, so the first page is the summary alone.
    writer.heading(tr("Appendix: details"), true);
    writeSupplements(writer, summary, text);
    writeLabs(writer, summary, text);
    writeFindings(writer, summary, profile, text);
    writeExperiment(writer, summary, text);
    if (summary.onset) {
        writer.heading(tr("When symptoms began"));
        writer.paragraph(text.onset(*summary.onset));
        const bool dopamine = std::any_of(summary.findings.begin(), summary.findings.end(),
            [](const ReportSummary::FindingUse& use) {
                return use.rule == QLatin1String(SafetyRule::kDopamineAugmentation);
            });
        writer.paragraph(ReportText::onsetCaveat(dopamine), true);
    }

    writer.heading(tr("Magnesium and RLS severity"));
    writer.paragraph(text.relationship(summary.relationship));
    writer.paragraph(text.supplementComparison(summary.supplementComparison));
    writer.paragraph(ReportText::associationCaveat(), true);

    writeDays(writer, summary, text);
    editBlock.endEditBlock();
}

} // namespace stilla
