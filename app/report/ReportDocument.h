#pragma once

#include "core/safety/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QString>

#include <optional>

class QTextDocument;

namespace stilla {

struct ReportSummary;
class ReportText;

/// Writes the body of the doctor's report into a QTextDocument, for a clinician reading about
/// the person: a first page that can be read in a minute (ReportOverview: who, the period, the
/// key figures, the trend figure), then the details as an appendix on the following pages
/// (supplement forms, side effects, lab results, safety notes, the self-experiment, magnesium
/// and severity, the table of days). The page header and footer are drawn by DoctorReport.
///
/// The text area is Style::width wide, in the units of the document's layout device (the
/// figure is sized in them). Margins and paddings are given in points: QTextDocument takes
/// them in 1/96 inch and scales them to the device itself. Texts are in the language installed
/// while it runs.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ReportDocument)

public:
    struct Style
    {
        QFont font; ///< the body font; headings and tables derive from it
        qreal width = 600; ///< the text area's width in the layout device's pixels
    };
    /// Who the report is about, typed when it is made and never stored: both may be empty.
    struct Cover
    {
        QString name;
        std::optional<int> birthYear;
        QDate created;
    };

    /// Replaces the content of @p document. The trend figure is an object of
    /// TrendFigure::kObjectType: register a TrendFigure with the document to draw it.
    static void build(QTextDocument& document, const ReportSummary& summary, const Profile& profile,
        const ReportText& text, const Style& style, const Cover& cover = {});
};

} // namespace stilla
