#include "ChartsPage.h"

#include "app/gui/AppContext.h"
#include "app/gui/Theme.h"
#include "app/gui/charts/ChartExport.h"
#include "app/gui/charts/ChartPointer.h"
#include "app/gui/charts/ComparisonChart.h"
#include "app/gui/charts/RelationshipChart.h"
#include "app/gui/charts/TrendChart.h"
#include "app/gui/charts/TrendLegend.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/DateEdit.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/VerticalScrollArea.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/charts/ChartRange.h"
#include "core/diary/DayCache.h"
#include "core/diary/DiaryNotifier.h"
#include "core/diary/DiaryStore.h"
#include "core/stats/Statistics.h"
#include "core/stats/StatisticsText.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stilla {

namespace {

QLabel* summaryLabel(QWidget* parent, const char* name)
{
    auto* label = new WrappingLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ChartsPage::ChartsPage(AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_rangeCombo(new QComboBox(this))
    , m_fromEdit(new DateEdit(this))
    , m_toEdit(new DateEdit(this))
    , m_averageCheck(new QCheckBox(this))
    , m_copyButton(new QPushButton(this))
    , m_pngButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_trend(new TrendChart)
    // Three panels need more height than one chart: in a short window the tab scrolls.
    , m_trendView(ChartBase::makeView(m_trend, this, "trendChartView", 330))
    , m_trendNote(summaryLabel(this, "trendNoteLabel"))
    , m_outcomeCombo(new QComboBox(this))
    , m_lagLabel(new QLabel(this))
    , m_lagSpin(new QSpinBox(this))
    , m_relationship(new RelationshipChart)
    , m_relationshipView(ChartBase::makeView(m_relationship, this, "relationshipChartView", 330))
    , m_relationshipSummary(summaryLabel(this, "relationshipSummaryLabel"))
    , m_comparisonMode(new QComboBox(this))
    , m_splitDate(new DateEdit(this))
    , m_comparison(new ComparisonChart)
    , m_comparisonView(ChartBase::makeView(m_comparison, this, "comparisonChartView"))
    , m_comparisonSummary(summaryLabel(this, "comparisonSummaryLabel"))
    , m_noDataLabel(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("chartsPage"));
    m_rangeCombo->setObjectName(QStringLiteral("rangeComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("rangeFromEdit"));
    m_toEdit->setObjectName(QStringLiteral("rangeToEdit"));
    m_averageCheck->setObjectName(QStringLiteral("movingAverageCheckBox"));
    m_copyButton->setObjectName(QStringLiteral("chartCopyButton"));
    m_pngButton->setObjectName(QStringLiteral("chartPngButton"));
    m_pdfButton->setObjectName(QStringLiteral("chartPdfButton"));
    m_lagSpin->setObjectName(QStringLiteral("lagSpinBox"));
    m_outcomeCombo->setObjectName(QStringLiteral("outcomeComboBox"));
    m_comparisonMode->setObjectName(QStringLiteral("comparisonModeComboBox"));
    m_splitDate->setObjectName(QStringLiteral("splitDateEdit"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_noDataLabel->setObjectName(QStringLiteral("chartsNoDataLabel"));
    m_relationship->followMouse(m_relationshipView);
    for (int i = 0; i < 6; ++i)
        m_rangeCombo->addItem(QString());
    m_rangeCombo->setCurrentIndex(int(Range::Month));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit, m_splitDate})
        edit->setCalendarPopup(true);
    m_lagSpin->setRange(0, Statistics::kMaxLagDays);
    m_outcomeCombo->addItem(QString());
    m_outcomeCombo->addItem(QString());
    m_outcomeCombo->addItem(QString());
    m_comparisonMode->addItem(QString());
    m_comparisonMode->addItem(QString());
    m_splitDate->setVisible(false); // only while days are compared before and after it

    buildControls();
    buildTabs();
    connectSignals();

    retranslate();
    updateRange();
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::buildControls()
{
    // What is shown, then what can be done with it: side by side where they fit, the buttons
    // under the range in a narrow window.
    auto* shown = new QWidget(this);
    auto* shownLayout = new QHBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->setSpacing(spacing::s);
    shownLayout->addWidget(m_rangeCombo);
    shownLayout->addWidget(m_fromEdit);
    shownLayout->addWidget(m_toEdit);
    shownLayout->addSpacing(spacing::m);
    shownLayout->addWidget(m_averageCheck);
    auto* actions = new QWidget(this);
    auto* actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->setSpacing(spacing::s);
    actionsLayout->addWidget(m_copyButton);
    actionsLayout->addWidget(m_pngButton);
    actionsLayout->addWidget(m_pdfButton);
    auto* controls = new GridFlowLayout(2);
    controls->setNaturalCells(true);
    controls->setHorizontalSpacing(spacing::l);
    controls->setVerticalSpacing(spacing::s);
    controls->addWidget(shown);
    controls->addWidget(actions);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit})
        edit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_rangeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rangeCombo->setMinimumContentsLength(15);
    contentLayout()->addLayout(controls);
    contentLayout()->addWidget(m_noDataLabel);
}

void ChartsPage::buildTabs()
{
    auto* trendTab = new QWidget(this);
    auto* trendLayout = new QVBoxLayout(trendTab);
    trendLayout->addWidget(m_trendView, 1);
    trendLayout->addWidget(new TrendLegend(m_trend, trendTab));
    trendLayout->addWidget(m_trendNote);

    auto* relationshipTab = new QWidget(this);
    auto* relationshipLayout = new QVBoxLayout(relationshipTab);
    auto* relationshipControls = new QHBoxLayout;
    relationshipControls->addWidget(m_outcomeCombo);
    relationshipControls->addSpacing(spacing::m);
    relationshipControls->addWidget(m_lagLabel);
    relationshipControls->addWidget(m_lagSpin);
    relationshipControls->addStretch(1);
    m_lagLabel->setBuddy(m_lagSpin);
    relationshipLayout->addLayout(relationshipControls);
    relationshipLayout->addWidget(m_relationshipView, 1);
    relationshipLayout->addWidget(m_relationshipSummary);

    auto* comparisonTab = new QWidget(this);
    auto* comparisonLayout = new QVBoxLayout(comparisonTab);
    auto* comparisonControls = new QHBoxLayout;
    comparisonControls->addWidget(m_comparisonMode);
    comparisonControls->addWidget(m_splitDate);
    comparisonControls->addStretch(1);
    comparisonLayout->addLayout(comparisonControls);
    comparisonLayout->addWidget(m_comparisonView, 1);
    comparisonLayout->addWidget(m_comparisonSummary);

    m_tabs->addTab(verticalScrollArea(trendTab, this), QString());
    m_tabs->addTab(verticalScrollArea(relationshipTab, this), QString());
    m_tabs->addTab(verticalScrollArea(comparisonTab, this), QString());
    contentLayout()->addWidget(m_tabs, 1);
}

/// What the page follows: its controls, the diary and the profile.
void ChartsPage::connectSignals()
{
    connect(m_rangeCombo, &QComboBox::activated, this,
        [this](int index) { setRange(static_cast<Range>(index)); });
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::editingFinished, this,
            [this] { setCustomRange(m_fromEdit->date(), m_toEdit->date()); });
    }
    connect(m_averageCheck, &QCheckBox::toggled, this, [this] {
        m_drawn[std::size_t(View::Trend)] = false;
        drawCurrentChart();
    });
    connect(m_lagSpin, &QSpinBox::valueChanged, this, &ChartsPage::updateRelationship);
    connect(m_outcomeCombo, &QComboBox::activated, this, &ChartsPage::updateRelationship);
    connect(m_comparisonMode, &QComboBox::activated, this, [this](int mode) {
        m_splitDate->setVisible(mode == 1);
        updateComparison();
    });
    connect(m_splitDate, &QDateEdit::dateChanged, this, &ChartsPage::updateComparison);
    connect(m_pngButton, &QPushButton::clicked, this,
        [this] { ChartExport::savePngInteractive(*currentChartView(), this); });
    connect(m_pdfButton, &QPushButton::clicked, this, &ChartsPage::exportPdf);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (QChartView* view = currentChartView())
            ChartExport::copyToClipboard(*view);
    });
    // The current point, by mouse or keyboard: a marker, a tooltip and the chart's description.
    auto* pointer = new ChartPointer(m_trend, m_trendView, [this] { return m_trendDescription; });
    pointer->setObjectName(QStringLiteral("trendPointer"));
    auto* dot = new ChartPointer(
        m_relationship, m_relationshipView, [this] { return m_relationshipSummary->text(); });
    dot->setObjectName(QStringLiteral("relationshipPointer"));
    if (m_context.diary) {
        m_days = std::make_unique<DayCache>(*m_context.diary);
        const auto changed = [this] {
            m_stale = true;
            if (isVisible())
                refresh();
        };
        connect(m_days.get(), &DayCache::changed, this, changed);
        connect(&m_context.diary->notifier(), &DiaryNotifier::labResultsChanged, this, changed);
        connect(&m_context.diary->notifier(), &DiaryNotifier::experimentsChanged, this, changed);
        // The safety marks follow the profile (conditions, medicines, the ceiling followed).
        connect(&m_context.settings.notifier(), &SettingsNotifier::profileChanged, this, changed);
    }
    // Only the chart on show is drawn; the others are drawn when their tab is opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPage::drawCurrentChart);
}

QString ChartsPage::pageTitle()
{
    return tr("Charts");
}

void ChartsPage::retranslate()
{
    setHeader(pageTitle(), QString());
    const QStringList ranges {tr("Last 2 weeks"), tr("Last month"), tr("Last 3 months"),
        tr("Last year"), tr("Everything"), tr("Custom dates")};
    for (int i = 0; i < ranges.size(); ++i)
        m_rangeCombo->setItemText(i, ranges[i]);
    setComboBoxName(m_rangeCombo, tr("Period shown"));
    m_fromEdit->setAccessibleName(tr("First day shown"));
    m_toEdit->setAccessibleName(tr("Last day shown"));
    m_averageCheck->setText(tr("7-day &average"));
    m_averageCheck->setToolTip(tr("Smooth the lines with the average of the last 7 days that "
                                  "have a value; missing days are skipped, not counted as 0."));
    m_pngButton->setText(tr("PNG…"));
    m_pngButton->setAccessibleName(tr("Save the chart as a PNG picture"));
    m_pdfButton->setText(tr("PDF…"));
    m_pdfButton->setAccessibleName(tr("Save the chart as a PDF file"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setAccessibleName(tr("Copy the chart to the clipboard"));
    m_tabs->setTabText(0, tr("&Over time"));
    m_tabs->setTabText(1, tr("Magnesium and &symptoms"));
    m_tabs->setTabText(2, tr("Co&mpare"));
    // Each tab scrolls in a short window; a screen reader names the area by its tab.
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->widget(tab)->setAccessibleName(QString(m_tabs->tabText(tab)).remove(u'&'));
    m_tabs->setAccessibleName(tr("Chart views"));
    // The tab bar's own scroll buttons (shown in narrow windows) speak Qt's English otherwise.
    const auto scrollButtons = m_tabs->tabBar()->findChildren<QToolButton*>();
    for (QToolButton* button : scrollButtons) {
        if (button->objectName() == QLatin1String("ScrollLeftButton"))
            button->setAccessibleName(tr("Show earlier chart tabs"));
        else if (button->objectName() == QLatin1String("ScrollRightButton"))
            button->setAccessibleName(tr("Show later chart tabs"));
    }
    m_trendView->setAccessibleName(tr("Chart of severity, sleep quality and magnesium over time"));
    m_relationshipView->setAccessibleName(tr("Chart of magnesium against symptoms"));
    m_comparisonView->setAccessibleName(tr("Chart comparing two groups of days"));
    m_lagLabel->setText(tr("&Days later:"));
    m_lagSpin->setAccessibleName(tr("Days between the magnesium and the outcome"));
    m_lagSpin->setToolTip(tr("0 compares a day's magnesium with the severity of the same day, "
                             "or with the night that followed it, which is logged on the next "
                             "day's page; 1 with a day later, and so on, since an effect may "
                             "take time."));
    m_outcomeCombo->setItemText(0, tr("Magnesium and symptom severity"));
    m_outcomeCombo->setItemText(1, tr("Magnesium and sleep quality"));
    m_outcomeCombo->setItemText(2, tr("Magnesium and total sleep"));
    setComboBoxName(m_outcomeCombo, tr("What to compare magnesium with"));
    m_comparisonMode->setItemText(0, tr("Days with supplements and days without"));
    m_comparisonMode->setItemText(1, tr("Before and after a date"));
    setComboBoxName(m_comparisonMode, tr("Which days to compare"));
    m_splitDate->setAccessibleName(tr("The date to compare before and after"));
    updateTrendNote();
    m_noDataLabel->setText(m_context.diary
            ? tr("There is nothing in the diary for this period yet. Charts appear as you log "
                 "days.")
            : tr("The diary could not be opened, so there is nothing to chart."));
    if (!m_stale) {
        m_stale = true;
        refresh();
    }
}

void ChartsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsPage::setRange(Range range)
{
    m_rangeCombo->setCurrentIndex(int(range));
    updateRange();
}

void ChartsPage::setCustomRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_rangeCombo->setCurrentIndex(int(Range::Custom));
    m_from = std::min(from, to);
    m_to = std::max(from, to);
    refresh();
}

void ChartsPage::updateRange()
{
    const auto range = static_cast<Range>(m_rangeCombo->currentIndex());
    if (range == Range::Custom) {
        m_from = m_fromEdit->date();
        m_to = m_toEdit->date();
    } else {
        // Only "All" needs the diary's first and last entry.
        QDate first;
        QDate last;
        if (range == Range::All && m_context.diary) {
            if (const auto found = m_context.diary->firstDate(); found)
                first = *found;
            if (const auto found = m_context.diary->lastDate(); found)
                last = *found;
        }
        std::tie(m_from, m_to) = ChartRange::datesOf(range, m_context.clock.today(), first, last);
    }
    m_fromEdit->setVisible(range == Range::Custom);
    m_toEdit->setVisible(range == Range::Custom);
    m_stale = true;
    if (isVisible())
        refresh();
}

void ChartsPage::refresh()
{
    m_stale = false;
    {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(m_from);
        m_toEdit->setDate(m_to);
    }
    m_range = ChartRange::load(m_days.get(), m_context.diary, m_context.settings, m_from, m_to);
    m_noDataLabel->setVisible(!m_range.hasEntries);
    m_trendDescription = StatisticsText::trendSummary(m_range.series);
    m_trendView->setAccessibleDescription(m_trendDescription);
    m_drawn = {};
    if (m_splitDate->date() < m_from || m_splitDate->date() > m_to || m_splitDate->isHidden()) {
        // Quietly: the comparison is updated below, and the chart drawn once. (Its signal drew
        // the chart before the range was marked new, so it was drawn twice; axes removed before
        // the event loop ran were left in the picture, their labels beside the new ones.)
        const QSignalBlocker blocker(m_splitDate);
        m_splitDate->setDate(m_from.addDays(m_from.daysTo(m_to) / 2));
    }
    updateRelationship();
    updateComparison();
    drawCurrentChart();
}

void ChartsPage::updateTrendNote()
{
    // Over long ranges a point is a week or four weeks: the note says so first.
    const QString hover = m_trend->bucketDays() > 1
        ? QString(m_trend->bucketExplanation() + u' '
            + tr("Hover over a point, or step through them with the arrow keys in the chart, to "
                 "see its values and on how many days they were logged."))
        : tr("Hover over a day, or step through the days with the arrow keys in the chart, to "
             "see its values.");
    m_trendNote->setText(hover + u' '
        + tr("Untick a name under the chart to hide it. Days without entries are left "
             "blank. A day's sleep quality is the night that ended that morning, so the night "
             "after a day's magnesium is shown on the next day."));
}

void ChartsPage::drawCurrentChart()
{
    const int view = m_tabs->currentIndex();
    if (view < 0 || m_drawn[std::size_t(view)])
        return;
    m_drawn[std::size_t(view)] = true;
    switch (static_cast<View>(view)) {
    case View::Trend:
        m_trend->setReferenceLines(m_range.targetMg, m_range.supplementLimitMg);
        m_trend->setData(m_range.series, m_range.worstFindings, m_averageCheck->isChecked(),
            m_range.labs, m_range.phases);
        updateTrendNote();
        break;
    case View::Relationship:
        m_relationship->setData(m_relationshipPairs, m_relationshipFigures);
        break;
    case View::Comparison:
        m_comparison->setData(m_comparisonFigures, m_comparisonNames[0], m_comparisonNames[1]);
        break;
    }
}

void ChartsPage::updateRelationship()
{
    // The items are in the order of Statistics::Outcome.
    const auto outcome = static_cast<Statistics::Outcome>(
        std::clamp(m_outcomeCombo->currentIndex(), 0, int(Statistics::Outcome::TotalSleep)));
    // The numbers are cheap and always current; the scatter plot is drawn when it is shown.
    m_relationshipFigures = Statistics::relationship(m_range.series, m_lagSpin->value(), outcome);
    m_relationshipPairs = Statistics::datedPairs(m_range.series, m_lagSpin->value(), outcome);
    // Every outcome and delay looked at is one more chance of a pattern by chance: say so once
    // a person has looked at more than one (the count lasts while the page lives).
    m_looks.insert(int(outcome) * 100 + m_lagSpin->value());
    QString summary = Statistics::describe(m_relationshipFigures);
    if (m_looks.size() > 1)
        summary += QLatin1Char(' ') + StatisticsText::manyLooks(int(m_looks.size()));
    summary += QLatin1Char(' ')
        + tr("Hover over a dot, or step through the dots with the arrow keys in the chart, to "
             "see its day and values.");
    m_relationshipSummary->setText(summary);
    m_relationshipView->setAccessibleDescription(summary);
    m_drawn[std::size_t(View::Relationship)] = false;
    drawCurrentChart();
}

void ChartsPage::updateComparison()
{
    const bool beforeAfter = m_comparisonMode->currentIndex() == 1;
    const auto comparison = beforeAfter
        ? Statistics::compareBeforeAfter(m_range.series, m_splitDate->date())
        : Statistics::compareSupplementDays(m_range.series);
    const QString dateText = QLocale().toString(m_splitDate->date(), QLocale::ShortFormat);
    const QString first = beforeAfter ? tr("Before %1").arg(dateText) : tr("Without supplements");
    const QString second = beforeAfter ? tr("From %1").arg(dateText) : tr("With supplements");
    m_comparisonFigures = comparison;
    m_comparisonNames = {first, second};
    m_comparisonSummary->setText(Statistics::describe(comparison, first, second));
    m_comparisonView->setAccessibleDescription(m_comparisonSummary->text());
    m_drawn[std::size_t(View::Comparison)] = false;
    drawCurrentChart();
}

QString ChartsPage::relationshipSummary() const
{
    return m_relationshipSummary->text();
}

QString ChartsPage::comparisonSummary() const
{
    return m_comparisonSummary->text();
}

void ChartsPage::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

QChartView* ChartsPage::currentChartView() const
{
    switch (m_tabs->currentIndex()) {
    case 1:
        return m_relationshipView;
    case 2:
        return m_comparisonView;
    default:
        break;
    }
    return m_trendView;
}

void ChartsPage::exportPdf()
{
    const QString chartTitle
        = tr("%1, %2 to %3")
              .arg(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')),
                  QLocale().toString(m_from, QLocale::ShortFormat),
                  QLocale().toString(m_to, QLocale::ShortFormat));
    ChartExport::savePdfInteractive(*currentChartView(), chartTitle, this);
}

} // namespace stilla
