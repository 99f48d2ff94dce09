#include "FoodDayPanel.h"

#include "app/gui/AppContext.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyMessages.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace stilla {

FoodDayPanel::FoodDayPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_date(context.clock.today())
    , m_title(new WrappingLabel(this))
    , m_progress(new QProgressBar(this))
    , m_total(new WrappingLabel(this))
    , m_limitNote(new WrappingLabel(this))
    , m_foods(new QListWidget(this))
{
    setObjectName(QStringLiteral("foodDayPanel"));
    m_total->setObjectName(QStringLiteral("dayTotalLabel"));
    m_foods->setObjectName(QStringLiteral("dayFoodsList"));
    m_progress->setObjectName(QStringLiteral("dayProgressBar"));
    m_limitNote->setObjectName(QStringLiteral("dayLimitNote"));
    m_limitNote->setForegroundRole(QPalette::BrightText);
    m_limitNote->setVisible(false);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_foods->setFocusPolicy(Qt::NoFocus);
    m_foods->setMaximumHeight(160);
    // A food that does not fit the column's width wraps, its grams and milligrams in view (the
    // list scrolled sideways to show "54 mg").
    m_foods->setWordWrap(true);
    m_foods->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_foods->setResizeMode(QListView::Adjust);
    m_foods->setSpacing(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_limitNote);
    layout->addWidget(m_total);
    layout->addWidget(m_foods);

    if (m_context.diary) {
        DiaryNotifier& notifier = m_context.diary->notifier();
        connect(&notifier, &DiaryNotifier::dayChanged, this, [this](const QDate& changed) {
            if (changed == m_date)
                refresh();
        });
        connect(&notifier, &DiaryNotifier::dayRemoved, this, &FoodDayPanel::refresh);
        // An eGFR can take the target away (IntakeTargets::resolve): read again only then.
        const auto labsChanged = [this] {
            m_kidneys.forget();
            refresh();
        };
        connect(&notifier, &DiaryNotifier::diaryReset, this, labsChanged);
        connect(&notifier, &DiaryNotifier::labResultsChanged, this, labsChanged);
    }
    connect(&m_context.settings.notifier(), &SettingsNotifier::profileChanged, this,
        &FoodDayPanel::refresh);
    refresh();
}

void FoodDayPanel::setDate(const QDate& date)
{
    if (date == m_date)
        return;
    m_date = date;
    refresh();
}

void FoodDayPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    else if (event->type() == QEvent::PaletteChange)
        colourProgress();
    QWidget::changeEvent(event);
}

void FoodDayPanel::refresh()
{
    const QLocale locale;
    m_progress->setAccessibleName(tr("Magnesium so far against the daily target"));
    m_title->setText(tr("<b>%1</b>").arg(locale.toString(m_date, QLocale::LongFormat)));
    m_foods->clear();
    const Profile profile = ProfileStore(m_context.settings).load();
    std::optional<DayEntry> day;
    if (m_context.diary) {
        if (auto stored = m_context.diary->day(m_date); stored && stored.value())
            day = std::move(stored.value());
    }
    const double total = day ? day->totalMagnesiumMg() : 0;
    if (day) {
        for (const FoodIntake& food : day->foods) {
            m_foods->addItem(tr("%1 — %2\u00A0g, %3\u00A0mg")
                                 .arg(food.name, locale.toString(food.grams, 'f', 0),
                                     locale.toString(food.magnesiumMg, 'f', 0)));
        }
        for (const SupplementIntake& dose : day->supplements)
            m_foods->addItem(
                tr("Supplement — %1\u00A0mg").arg(locale.toString(dose.elementalMg, 'f', 0)));
    }
    const auto target = IntakeTargets::current(
        m_context.settings, profile, m_kidneys.read(m_context.diary, m_date));
    if (target) {
        m_progress->setVisible(true);
        m_progress->setRange(0, int(target->mg));
        m_progress->setValue(int(std::min(total, target->mg)));
        m_total->setText(tr("%1\u00A0mg of your %2\u00A0mg daily target (%3).")
                             .arg(locale.toString(total, 'f', 0),
                                 locale.toString(target->mg, 'f', 0), target->basis));
    } else {
        m_progress->setVisible(false);
        m_total->setText(tr("%1\u00A0mg so far.").arg(locale.toString(total, 'f', 0)));
    }
    m_total->setAccessibleName(m_total->text());
    showLimit(day ? supplementLimitFinding(profile, *day) : std::nullopt, target.has_value());
}

std::optional<Finding> FoodDayPanel::supplementLimitFinding(
    const Profile& profile, const DayEntry& day)
{
    // The engine's findings come most severe first, so the first limit is the one to name.
    for (Finding& finding : SafetyEngine::evaluate(profile, day)) {
        if (isRule(finding, SafetyRule::kSupplementAboveReference)
            || isRule(finding, SafetyRule::kSupplementAboveArticleRange)
            || isRule(finding, SafetyRule::kChildAboveUpperLimit))
            return std::move(finding);
    }
    return std::nullopt;
}

void FoodDayPanel::showLimit(const std::optional<Finding>& finding, bool hasTarget)
{
    // A full bar reads as a goal reached; supplements above a limit are not one.
    m_aboveLimit = finding.has_value();
    if (m_aboveLimit) {
        const QString summary = SafetyMessages::summary(*finding);
        m_limitNote->setText(hasTarget
                ? tr("⚠ %1. The daily target below is for food and supplements together, not "
                     "a reason to take more supplements; the diary's safety notes say more.")
                      .arg(summary)
                : tr("⚠ %1; the diary's safety notes say more.").arg(summary));
    }
    m_limitNote->setAccessibleName(m_limitNote->text());
    m_limitNote->setVisible(m_aboveLimit);
    colourProgress();
}

void FoodDayPanel::colourProgress()
{
    // The bar's own palette follows the window's, with the problem colour for its fill when
    // the day's supplements are above a limit.
    QPalette palette = this->palette();
    if (m_aboveLimit)
        palette.setColor(QPalette::Highlight, palette.color(QPalette::BrightText));
    if (palette != m_progress->palette())
        m_progress->setPalette(palette);
}

} // namespace stilla
