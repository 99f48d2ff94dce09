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
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(2);
    addSeries(series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append({tr("%1\n(%Ln day(s))", nullptr, comparison.first.n).arg(firstLabel),
        tr("%1\n(%Ln day(s))", nullptr, comparison.second.n).arg(secondLabel)});
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 10);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Average severity (0–10)"));
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

} // namespace stilla
