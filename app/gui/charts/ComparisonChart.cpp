#include "ComparisonChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QValueAxis>

namespace stilla {

ComparisonChart::ComparisonChart(QGraphicsItem* parent)
    : ChartBase(QStringLiteral("comparisonChart"), parent)
{
    legend()->setVisible(false);
}

void ComparisonChart::setData(
    const Statistics::Comparison& comparison, const QString& firstLabel, const QString& secondLabel)
{
    clearChart();
    auto* set = new QBarSet(tr("Average severity"));
    set->setColor(QColor(0x4f, 0x9f, 0x96));
    set->setBorderColor(QColor(0x4f, 0x9f, 0x96));
    // A group without days gets no bar (0 height), never an invented mean.
    set->append(comparison.first.mean.value_or(0));
    set->append(comparison.second.mean.value_or(0));
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.5);
    addSeries(series);
    // Each group's mean under its bar, with one decimal and the locale's comma or point, so
    // that "5.0" stands beside "4.2" (Qt's own bar labels would write "5"); on two lines, so
    // that a narrow window does not cut it.
    const QLocale locale;
    const auto label = [&locale](const QString& name, const Statistics::GroupSummary& group) {
        return group.mean ? tr("%1<br>mean %2, %Ln day(s)", nullptr, group.n)
                                .arg(name, locale.toString(*group.mean, 'f', 1))
                          : tr("%1<br>no days", nullptr).arg(name);
    };
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append({label(firstLabel, comparison.first), label(secondLabel, comparison.second)});
    xAxis->setTruncateLabels(false);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 10);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Severity (0–10)"));
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

} // namespace stilla
