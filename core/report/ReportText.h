#pragma once

#include "ReportSummary.h"
#include "core/safety/Finding.h"
#include "core/stats/Statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace stilla {

/// How the report writes numbers, dates and the names of safety notes, in one locale. The
/// names are in the language installed when they are asked for (tr()).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ReportText)

public:
    explicit ReportText(const QLocale& locale);

    const QLocale& locale() const { return m_locale; }

    /// "4.2" / "4,2": one decimal.
    QString decimal(double value, int decimals = 1) const;
    /// "310 mg", no group separator (as the safety messages write amounts).
    QString mg(double value) const;
    /// "6 h 50 min".
    QString duration(double minutes) const;
    /// A time between two moments: "40 min", "2 h", "1 h 30 min".
    QString timeApart(double minutes) const;
    /// "5 March 2026" / "5 mars 2026".
    QString longDate(const QDate& date) const;
    /// The locale's short date: "05/03/2026", "2026-03-05".
    QString shortDate(const QDate& date) const;
    /// "5 March 2026 – 31 March 2026".
    QString period(const QDate& from, const QDate& to) const;

    /// A short name for a safety rule ("Supplements above the daily upper limit"), for tables;
    /// @p fallback (the finding's message) for a rule this version does not know.
    static QString ruleTitle(const QString& rule, const QString& fallback);

    /// The report speaks to a clinician about the person, in the third person, with the
    /// numbers first. These say what the diary app tells the person in its own words.

    /// The amount behind a safety note ("Highest day 400 mg from supplements; limit 250 mg."),
    /// or empty for a rule without one.
    QString findingDetail(const ReportSummary::FindingUse& use) const;
    /// Magnesium and same-day severity: r with its interval widened for autocorrelation.
    QString relationship(const Statistics::Relationship& r) const;
    /// Mean severity on days without and with supplements, and the difference.
    QString supplementComparison(const Statistics::Comparison& c) const;
    /// The first page's answer to "did the days with supplements go better?": both means, the
    /// difference with its interval, and what it can say; empty when either group has no day
    /// with a severity (the appendix says the rest).
    QString supplementComparisonBrief(const Statistics::Comparison& c) const;
    /// What an association in one person's diary cannot show.
    static QString associationCaveat();
    /// When symptoms began in the first and the last four weeks, and how far that moved.
    QString onset(const SymptomOnset& onset) const;
    /// What else moves the time symptoms begin, and, for a person taking a dopamine medicine
    /// for RLS (@p dopamineMedicine), what an earlier start can mean: augmentation. Said to
    /// anyone else, it would suggest a complication of a medicine they do not take.
    static QString onsetCaveat(bool dopamineMedicine);

private:
    QLocale m_locale;
};

} // namespace stilla
