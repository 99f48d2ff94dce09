#pragma once

// Swedish typography (issue 21), shared by the catalogue test, the report test and the screen
// test: a number keeps its unit on the same line, a minus is a minus, counts are grouped,
// quotes are ”…”.
#include <QRegularExpression>
#include <QStringList>

namespace stilla::test {

/// A number or a placeholder ("250", "%1", "%L2", "%Ln") followed by an ordinary space and a
/// unit: a line may break between them.
inline const QRegularExpression& breakableUnit()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<![\w.])(\d+(?:[.,]\d+)?|%L?\d|%L?n) (mmol/[lL]|mg|g|µg/[lL]|g/[lL]|ml|dl|min|h|tim|KiB|kcal|kg|%)(?![\w/]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

/// What is wrong with the typography of @p text; empty when nothing.
inline QStringList typographyProblems(const QString& text, bool swedish)
{
    QStringList problems;
    if (const auto match = breakableUnit().match(text); match.hasMatch())
        problems
            << QStringLiteral("ordinary space before the unit in \"%1\"").arg(match.captured());
    if (text.contains(QRegularExpression(QStringLiteral(R"(%n)"))))
        problems << QStringLiteral("%n without L: counts of 1000 or more would not be grouped");
    if (!swedish)
        return problems;
    static const QRegularExpression hyphenMinus(
        QStringLiteral(R"((?<![\w\-])-(\d|%\d))"), QRegularExpression::UseUnicodePropertiesOption);
    if (text.contains(hyphenMinus))
        problems << QStringLiteral("hyphen-minus used as a minus sign");
    // Straight quotes belong only to quoted file syntax: JSON ("format": "...") and CSV ("").
    QString prose = text;
    prose.remove(QRegularExpression(QStringLiteral(R"("\w+": "%\d"|\(""\))")));
    if (prose.contains(QLatin1Char('"')))
        problems << QStringLiteral("straight quote; Swedish quotes are ”…”");
    if (text.contains(QRegularExpression(QStringLiteral("hh:mm|HH:MM"))))
        problems << QStringLiteral("time hint in English; Swedish writes tt:mm");
    return problems;
}

} // namespace stilla::test
