#include "TrendLegend.h"

#include "TrendChart.h"
#include "app/gui/widgets/GridFlowLayout.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

namespace stilla {

namespace {

/// A small square of @p colour, as the chart draws the series, at the screen's pixel ratio.
QPixmap swatch(const QColor& colour, const QWidget& widget)
{
    const int side = widget.fontMetrics().height() * 2 / 3;
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRectF(0, 0, side, side), colour);
    // A faint wash (the self-experiment's phases) gets the firmer edge the chart gives it:
    // alone it hardly showed on a dark background.
    if (colour.alpha() < 0x90) {
        QColor edge = colour;
        edge.setAlpha(0x90);
        painter.setPen(QPen(edge, 1));
        painter.drawRect(QRectF(0.5, 0.5, side - 1, side - 1));
    }
    return pixmap;
}

} // namespace

TrendLegend::TrendLegend(TrendChart* chart, QWidget* parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_layout(new GridFlowLayout(99, this))
{
    setObjectName(QStringLiteral("trendLegend"));
    m_layout->setNaturalCells(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(chart, &TrendChart::rebuilt, this, &TrendLegend::rebuild);
    rebuild();
}

void TrendLegend::rebuild()
{
    // A new range mostly has the same entries: the boxes stay (no new widgets, no new layout,
    // which a range change would otherwise pay for) and only say what the new series show.
    QStringList names;
    for (const TrendChart::LegendEntry& entry : m_chart->legendEntries())
        names << entry.name
                + (entry.line ? QStringLiteral("|%1").arg(int(*entry.line)) : QString());
    if (names == m_names) {
        int index = 0;
        for (const TrendChart::LegendEntry& entry : m_chart->legendEntries()) {
            if (!entry.line)
                continue;
            QCheckBox* box = m_boxes.value(index++);
            const QSignalBlocker blocker(box);
            box->setChecked(m_chart->isLineVisible(*entry.line));
        }
        return;
    }
    m_names = names;
    m_boxes.clear();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const TrendChart::LegendEntry& entry : m_chart->legendEntries()) {
        if (!entry.line) {
            // A part of the magnesium bars: named beside its colour.
            auto* part = new QWidget(this);
            auto* row = new QHBoxLayout(part);
            row->setContentsMargins(0, 0, 0, 0);
            auto* mark = new QLabel(part);
            mark->setPixmap(swatch(entry.colour, *this));
            mark->setAccessibleName(tr("Colour of %1 in the chart").arg(entry.name));
            row->addWidget(mark);
            row->addWidget(new QLabel(entry.name, part));
            m_layout->addWidget(part);
            continue;
        }
        auto* box = new QCheckBox(entry.name, this);
        box->setIcon(QIcon(swatch(entry.colour, *this)));
        box->setChecked(m_chart->isLineVisible(*entry.line));
        box->setAccessibleName(tr("Show %1").arg(entry.name));
        const TrendChart::Line line = *entry.line;
        connect(box, &QCheckBox::toggled, this,
            [this, line](bool checked) { m_chart->setLineVisible(line, checked); });
        m_layout->addWidget(box);
        m_boxes << box;
    }
}

} // namespace stilla
