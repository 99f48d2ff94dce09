#include "FoodDayPanel.h"

#include "app/gui/AppContext.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/ProfileStore.h"

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
    , m_foods(new QListWidget(this))
{
    setObjectName(QStringLiteral("foodDayPanel"));
    m_total->setObjectName(QStringLiteral("dayTotalLabel"));
    m_foods->setObjectName(QStringLiteral("dayFoodsList"));
    m_progress->setObjectName(QStringLiteral("dayProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_foods->setFocusPolicy(Qt::NoFocus);
    m_foods->setMaximumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_total);
    layout->addWidget(m_foods);

    if (m_context.diary) {
        DiaryNotifier& notifier = m_context.diary->notifier();
        connect(&notifier, &DiaryNotifier::dayChanged, this, [this](const QDate& changed) {
            if (changed == m_date)
                refresh();
        });
        connect(&notifier, &DiaryNotifier::dayRemoved, this, &FoodDayPanel::refresh);
        connect(&notifier, &DiaryNotifier::diaryReset, this, &FoodDayPanel::refresh);
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
    QWidget::changeEvent(event);
}

void FoodDayPanel::refresh()
{
    const QLocale locale;
    m_progress->setAccessibleName(tr("Magnesium so far against the daily target"));
    m_title->setText(tr("<b>%1</b>").arg(locale.toString(m_date, QLocale::LongFormat)));
    m_foods->clear();
    double total = 0;
    if (m_context.diary) {
        if (auto day = m_context.diary->day(m_date); day && day.value()) {
            total = day.value()->totalMagnesiumMg();
            for (const FoodIntake& food : day.value()->foods) {
                m_foods->addItem(tr("%1 — %2\u00A0g, %3\u00A0mg")
                                     .arg(food.name, locale.toString(food.grams, 'f', 0),
                                         locale.toString(food.magnesiumMg, 'f', 0)));
            }
            for (const SupplementIntake& dose : day.value()->supplements)
                m_foods->addItem(
                    tr("Supplement — %1\u00A0mg").arg(locale.toString(dose.elementalMg, 'f', 0)));
        }
    }
    const auto target
        = IntakeTargets::current(m_context.settings, ProfileStore(m_context.settings).load());
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
}

} // namespace stilla
