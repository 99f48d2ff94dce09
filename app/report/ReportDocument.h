#pragma once

#include "safety/Profile.h"

#include <QCoreApplication>
#include <QFont>

class QTextDocument;

namespace stilla {

struct ReportSummary;
class ReportText;

/// Writes the body of the doctor's report into a QTextDocument: the summary, supplements,
/// side effects, safety notes, the magnesium-symptom sentences, the trend figure and the table
/// of days. The page header and footer are drawn by DoctorReport around it.
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

    /// Replaces the content of @p document. The trend figure is an object of
    /// TrendFigure::kObjectType: register a TrendFigure with the document to draw it.
    static void build(QTextDocument& document, const ReportSummary& summary, const Profile& profile,
        const ReportText& text, const Style& style);

    /// The sentence on the profile the safety notes were based on.
    static QString profileSentence(const Profile& profile);
};

} // namespace stilla
