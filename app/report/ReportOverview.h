#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QString>

namespace stilla {

class ReportWriter;
struct ReportSummary;
class ReportText;

/// The report's first page, for a clinician to read in a minute: who (the name and birth year
/// typed at export, if any), the period and how much of it was logged, the profile and the
/// medicines, the key figures (severity, sleep, magnesium from food and from supplements
/// against the upper limit and the daily target, supplement forms, side effects and safety
/// notes counted over the period, iron, the self-experiment's answer) and the trend figure.
/// Every line speaks about the person in the third person; the details follow in the
/// appendix (ReportDocument).
class ReportOverview
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ReportOverview)

public:
    static void write(ReportWriter& writer, const ReportSummary& summary, const Profile& profile,
        const ReportText& text, const ReportDocument::Cover& cover);

    /// "Anna Svensson, born 1961", "born 1961", "Anna Svensson"; empty when neither is given.
    static QString person(const ReportDocument::Cover& cover);

private:
    static QString profileLine(
        const ReportSummary& summary, const Profile& profile, const ReportText& text);
    static QString medicines(const ReportSummary& summary, const Profile& profile);
    static QString supplements(const ReportSummary& summary, const ReportText& text);
    static QString total(const ReportSummary& summary, const ReportText& text);
    static QString forms(const ReportSummary& summary, const ReportText& text);
    static QString sideEffects(const ReportSummary& summary);
    static QString safetyNotes(const ReportSummary& summary);
    static QString iron(const ReportSummary& summary, const ReportText& text);
    /// The newest eGFR of the labs shown and what the kidney rule makes of it; empty when the
    /// diary has none, so that the row is left out.
    static QString kidney(const ReportSummary& summary, const ReportText& text);
    static QString experiment(const ReportSummary& summary, const ReportText& text);
};

} // namespace stilla
