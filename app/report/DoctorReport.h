#pragma once

#include "ReportDocument.h"
#include "core/Result.h"
#include "core/diary/DayEntry.h"
#include "core/labs/LabResult.h"
#include "core/report/ReportSummary.h"
#include "core/safety/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace stilla {

class DiaryStore;
class ReportText;

/// The report for the doctor: a PDF (or any paged device, such as a print preview) for one
/// period of the diary, in Swedish or English. Every page has a header with the period and the
/// creation date and a footer with "Page N of M" and a note that Stilla informs and does not
/// diagnose. The body (ReportDocument) holds the summary, supplements, side effects, safety
/// notes, the magnesium-symptom sentences, the trend figure and a table of the days.
///
/// Everything is made in Options::language: its translators are installed while the report is
/// rendered (ReportLanguage), whatever language the app or stilla-cli is in. Rendering needs
/// a QGuiApplication (fonts), not widgets. See docs/report.md.
class DoctorReport
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DoctorReport)

public:
    struct Options
    {
        QDate from, to; ///< the period, both days included
        QString language = QStringLiteral("en"); ///< "sv" or "en"
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QDate created; ///< the creation date printed in the header
        /// Who the report is about, typed when it is made and never stored; both optional.
        QString name;
        std::optional<int> birthYear;
        /// The daily magnesium target the person chose (IntakeTargets::choice); none leaves
        /// the target out. Its words are made in the report's language.
        std::optional<IntakeTargets::Choice> intakeTarget;
    };
    /// The earliest birth year the report accepts.
    static constexpr int kEarliestBirthYear = 1900;

    /// Letter where it is the usual paper (the United States, Canada, Mexico and a few others),
    /// else A4.
    static QPageSize defaultPageSize(const QLocale& locale = QLocale::system());
    /// Checks @p options: both dates valid, from not after to, a known language, a creation
    /// date, a valid page size and a birth year from kEarliestBirthYear to the creation year.
    /// The message names what is wrong.
    static Status check(const Options& options);

    /// A self-experiment for the report: the plan and its result up to the period's end.
    struct Experiment
    {
        ExperimentPlan plan;
        ExperimentResult result;
    };

    DoctorReport(std::vector<DayEntry> days, Profile profile, Options options,
        std::vector<LabResult> labs = {}, std::optional<Experiment> experiment = {});
    /// Reads the period's days from @p store; fails when the options are wrong or the diary
    /// cannot be read.
    static Result<DoctorReport> load(
        const DiaryStore& store, const Profile& profile, const Options& options);

    const Options& options() const { return m_options; }

    /// Sets @p device to the options' paper, portrait, with the report's margins.
    void preparePage(QPagedPaintDevice& device) const;
    /// The report's body laid out for @p device's pages (call preparePage first): what
    /// render() paints, page by page, between the header and the footer.
    std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice& device) const;
    /// Paints every page of the report on @p device with its current page layout (call
    /// preparePage first, or let a print dialog choose). Returns the number of pages.
    int render(QPagedPaintDevice& device) const;
    /// The header, the body and the footer note as text (no pages), for tests and checks.
    QString plainText() const;

    /// Writes the PDF to @p path atomically: the file is complete or left as it was.
    Status writePdf(const QString& path) const;
    static Status writePdf(const DiaryStore& store, const Profile& profile, const Options& options,
        const QString& path);

    /// The PDF's XMP metadata: @p title, Stilla as author and creator tool, @p language (a
    /// BCP 47 tag such as "sv-SE") and @p created as the creation date.
    static QByteArray xmpMetadata(
        const QString& title, const QString& language, const QDate& created);
    /// "Stilla — report for 1 March 2026 – 31 March 2026", in the language installed now.
    static QString headerTitle(const QLocale& locale, const QDate& from, const QDate& to);

private:
    /// The numbers of the report, with the experiment.
    ReportSummary summary() const;
    /// layOut() with the report's language already installed (render() needs it too).
    std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice& device, const ReportText& text) const;
    ReportDocument::Cover cover() const;

    std::vector<DayEntry> m_days;
    std::optional<Experiment> m_experiment;
    std::vector<LabResult> m_labs; ///< every lab result up to the period's end
    Profile m_profile;
    Options m_options;
};

} // namespace stilla
