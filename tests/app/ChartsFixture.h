#pragma once

// The Charts page's test fixture: a diary with days logged on demand and the page shown.

#include "AppFixture.h"
#include "app/gui/charts/TrendChart.h"
#include "app/gui/pages/ChartsPage.h"
#include "core/diary/DiaryStore.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QXYSeries>

#include <optional>

namespace stilla {

class ChartsPageTest : public test::AppFixture
{
protected:
    void logDay(int daysAgo, std::optional<int> severity, double supplementMg, double foodMg = 0)
    {
        DayEntry day;
        day.date = m_clock.today().addDays(-daysAgo);
        day.symptoms.severity = severity;
        if (supplementMg > 0)
            day.supplements.push_back({0, SupplementForm::Citrate, supplementMg, {}, Route::Oral});
        if (foodMg > 0)
            day.foods.push_back({0, QStringLiteral("custom"), QStringLiteral("1"),
                QStringLiteral("Food"), 100, foodMg});
        day.sleep.quality = 3;
        ASSERT_TRUE(m_diary->save(day).ok());
    }
    ChartsPage& charts()
    {
        MainWindow& window = showWindow();
        window.showPage(MainWindow::PageId::Charts);
        return *static_cast<ChartsPage*>(window.page(MainWindow::PageId::Charts));
    }
    /// Every series of the trend's panels.
    static QList<QAbstractSeries*> seriesOf(TrendChart* chart)
    {
        QList<QAbstractSeries*> all;
        for (QChart* panel : chart->panels())
            all += panel->series();
        return all;
    }
    /// The area series named @p name (the phases' shading: "phasesA", "phasesB"); null when
    /// there is none.
    static QAreaSeries* areaNamed(TrendChart* chart, const char* name)
    {
        for (QAbstractSeries* series : seriesOf(chart)) {
            if (series->objectName() == QLatin1String(name))
                return qobject_cast<QAreaSeries*>(series);
        }
        return nullptr;
    }
    static int pointsIn(TrendChart* chart, const QString& name)
    {
        int points = 0;
        for (QAbstractSeries* series : seriesOf(chart)) {
            if (auto* xy = qobject_cast<QXYSeries*>(series); xy && xy->name() == name)
                points += xy->count();
        }
        return points;
    }
    static int partsOf(TrendChart* chart, const QString& name)
    {
        int parts = 0;
        for (QAbstractSeries* series : seriesOf(chart))
            parts += series->name() == name ? 1 : 0;
        return parts;
    }
};

} // namespace stilla
