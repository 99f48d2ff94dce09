#pragma once

#include "Page.h"
#include "core/charts/ChartRange.h"
#include "core/stats/Statistics.h"

#include <QDate>
#include <QSet>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace stilla {

struct AppContext;
class ComparisonChart;
class DayCache;
class RelationshipChart;
class TrendChart;

/// Symptoms and sleep against magnesium: the trend over time, the relationship (with lag),
/// and a comparison of two groups of days, each with numbers said honestly.
class ChartsPage final : public Page
{
    Q_OBJECT

public:
    explicit ChartsPage(AppContext& context, QWidget* parent = nullptr);
    ~ChartsPage() override;
    /// The page's name as the sidebar, the window title and the page header show it, in the
    /// current language; the sidebar shows it before the page is built.
    static QString pageTitle();

    using Range = ChartRange::Period;
    void setRange(Range range);
    void setCustomRange(const QDate& from, const QDate& to);
    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }
    enum class View { Trend, Relationship, Comparison };
    void showView(View view);

    /// Rebuilds the charts from the diary now.
    void refresh();
    /// The summary sentence of the relationship view, and of the comparison view.
    QString relationshipSummary() const;
    QString comparisonSummary() const;
    TrendChart* trendChart() const { return m_trend; }
    ComparisonChart* comparisonChart() const { return m_comparison; }
    QChartView* currentChartView() const;

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    /// The range, the moving average and the export buttons above the charts.
    void buildControls();
    /// The trend, relationship and comparison tabs.
    void buildTabs();
    void connectSignals();
    void updateRange();
    /// Draws the chart of the tab shown, if it is not drawn with the current data yet.
    void updateTrendNote();
    void drawCurrentChart();
    void updateRelationship();
    void updateComparison();
    void exportPdf();

    AppContext& m_context;
    // The widgets are made in the order they are declared, which is Qt's Tab order: the order
    // a person reads them in, each tab's controls before its chart (ChartsKeyboardTest).
    QComboBox* m_rangeCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QCheckBox* m_averageCheck;
    QPushButton* m_copyButton;
    QPushButton* m_pngButton;
    QPushButton* m_pdfButton;
    QTabWidget* m_tabs;
    TrendChart* m_trend;
    QChartView* m_trendView;
    QLabel* m_trendNote;
    QString m_trendDescription; ///< the trend in words, when no point is current
    QComboBox* m_outcomeCombo;
    QLabel* m_lagLabel;
    QSpinBox* m_lagSpin;
    RelationshipChart* m_relationship;
    QChartView* m_relationshipView;
    QLabel* m_relationshipSummary;
    QComboBox* m_comparisonMode;
    QDateEdit* m_splitDate;
    ComparisonChart* m_comparison;
    QChartView* m_comparisonView;
    QLabel* m_comparisonSummary;
    QLabel* m_noDataLabel;

    QDate m_from;
    QDate m_to;
    std::unique_ptr<DayCache> m_days; ///< null without a diary
    ChartRange m_range; ///< what the charts show for m_from..m_to
    Statistics::Relationship m_relationshipFigures;
    QSet<int> m_looks; ///< the outcome and delay combinations shown (outcome * 100 + lag)
    std::vector<Statistics::DatedPair> m_relationshipPairs;
    Statistics::Comparison m_comparisonFigures;
    std::array<QString, 2> m_comparisonNames;
    std::array<bool, 3> m_drawn {}; ///< per view: drawn with the current data
    bool m_stale = true;
};

} // namespace stilla
