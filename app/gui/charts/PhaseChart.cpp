#include "PhaseChart.h"

#include "core/stats/StatisticsText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace stilla {

namespace {

const QColor kWithoutColour(0x9a, 0x9a, 0x9a);
const QColor kWithColour(0x4f, 0x9f, 0x96);

} // namespace

PhaseChart::PhaseChart(QGraphicsItem* parent)
    : ChartBase(QStringLiteral("phaseChart"), parent)
{
    QFont title = titleFont();
    title.setPointSizeF(QFont().pointSizeF());
    title.setWeight(QFont::DemiBold);
    setTitleFont(title);
}

void PhaseChart::setData(const ExperimentResult& result)
{
    clearChart();
    const int decimals = ExperimentResult::decimals(result.outcome);
    auto* without = new QBarSet(tr("Without magnesium (A)"));
    auto* with = new QBarSet(tr("With magnesium (B)"));
    without->setColor(kWithoutColour);
    without->setBorderColor(kWithoutColour);
    with->setColor(kWithColour);
    with->setBorderColor(kWithColour);
    QStringList categories;
    QStringList sentences;
    double highest = 0;
    for (const ExperimentResult::Phase& phase : result.phases) {
        const bool b = phase.arm == Arm::WithMagnesium;
        // One bar per phase: the other arm's set holds 0 there, so the stack shows one colour.
        (b ? with : without)->append(phase.mean.value_or(0));
        (b ? without : with)->append(0);
        highest = std::max(highest, phase.mean.value_or(0));
        // Short, so that twelve phases still fit a narrow dialog (an axis label does not
        // wrap); the means and days are in describe(), which the dialog shows as text.
        categories << QStringLiteral("%1 · %2").arg(phase.phase + 1).arg(toName(phase.arm));
        sentences << (phase.mean
                ? tr("Phase %1 (%2): %3 over %Ln analysed day(s).", nullptr, phase.n)
                      .arg(phase.phase + 1)
                      .arg(toName(phase.arm), StatisticsText::number(*phase.mean, decimals))
                : tr("Phase %1 (%2): no analysed days yet.")
                      .arg(phase.phase + 1)
                      .arg(toName(phase.arm)));
    }
    auto* series = new QStackedBarSeries;
    series->append(without);
    series->append(with);
    series->setBarWidth(0.6);
    addSeries(series);

    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    switch (result.outcome) {
    case Statistics::Outcome::Severity:
        yAxis->setRange(0, 10);
        yAxis->setTickCount(6);
        setTitle(tr("Average RLS severity in each phase (0–10, lower is better)"));
        break;
    case Statistics::Outcome::SleepQuality:
        yAxis->setRange(0, 5);
        yAxis->setTickCount(6);
        setTitle(tr("Average sleep quality in each phase (1–5, higher is better)"));
        break;
    case Statistics::Outcome::TotalSleep:
        yAxis->setRange(0, std::max(60.0, std::ceil(highest * 1.1 / 60) * 60));
        yAxis->applyNiceNumbers();
        setTitle(tr("Average total sleep in each phase (min, higher is better)"));
        break;
    }
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    legend()->setVisible(!result.phases.empty());
    m_description = result.phases.empty() ? QString() : sentences.join(QLatin1Char(' '));
}

} // namespace stilla
