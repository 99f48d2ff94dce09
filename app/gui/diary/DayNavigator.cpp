#include "DayNavigator.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/DateEdit.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/diary/DiaryStore.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace stilla {

DayNavigator::DayNavigator(const Clock& clock, DiaryStore* diary, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_diary(diary)
    , m_previousButton(new QToolButton(this))
    , m_dateEdit(new DateEdit(this))
    , m_nextButton(new QToolButton(this))
    , m_todayButton(new QPushButton(this))
    , m_weekdayLabel(new QLabel(this))
    , m_futureLabel(new WrappingLabel(this))
    , m_smallHours(new QWidget(this))
    , m_smallHoursLabel(new WrappingLabel(m_smallHours))
    , m_yesterdayButton(new QPushButton(m_smallHours))
    , m_clockTimer(new QTimer(this))
    , m_previousAction(new QAction(this))
    , m_nextAction(new QAction(this))
    , m_todayAction(new QAction(this))
    , m_date(clock.today())
{
    setObjectName(QStringLiteral("dayNavigator"));
    m_previousButton->setObjectName(QStringLiteral("previousDayButton"));
    m_nextButton->setObjectName(QStringLiteral("nextDayButton"));
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_weekdayLabel->setObjectName(QStringLiteral("weekdayLabel"));
    m_futureLabel->setObjectName(QStringLiteral("futureDayLabel"));
    m_futureLabel->setTextFormat(Qt::PlainText);
    m_futureLabel->hide();
    m_smallHoursLabel->setObjectName(QStringLiteral("smallHoursLabel"));
    m_smallHoursLabel->setTextFormat(Qt::PlainText);
    m_yesterdayButton->setObjectName(QStringLiteral("smallHoursYesterdayButton"));
    m_smallHours->hide();
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_nextButton->setArrowType(Qt::RightArrow);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(QDate(1900, 1, 1));
    m_dateEdit->setMaximumDate(clock.today().addYears(1));

    auto* row = new QHBoxLayout;
    row->setSpacing(spacing::s);
    row->addWidget(m_previousButton);
    row->addWidget(m_dateEdit);
    row->addWidget(m_nextButton);
    row->addWidget(m_weekdayLabel);
    row->addSpacing(spacing::s);
    row->addWidget(m_todayButton);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_futureLabel);
    auto* smallHoursRow = new QHBoxLayout(m_smallHours);
    smallHoursRow->setContentsMargins(0, 0, 0, 0);
    smallHoursRow->setSpacing(spacing::s);
    smallHoursRow->addWidget(m_smallHoursLabel, 1);
    smallHoursRow->addWidget(m_yesterdayButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_smallHours);
    m_clockTimer->setSingleShot(true);
    connect(m_clockTimer, &QTimer::timeout, this, &DayNavigator::updateLabels);

    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_todayAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    for (QAction* action : {m_previousAction, m_nextAction, m_todayAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_previousAction, &QAction::triggered, this,
        [this] { emit dateRequested(m_date.addDays(-1)); });
    connect(
        m_nextAction, &QAction::triggered, this, [this] { emit dateRequested(m_date.addDays(1)); });
    connect(
        m_todayAction, &QAction::triggered, this, [this] { emit dateRequested(m_clock.today()); });
    connect(m_previousButton, &QToolButton::clicked, m_previousAction, &QAction::trigger);
    connect(m_nextButton, &QToolButton::clicked, m_nextAction, &QAction::trigger);
    connect(m_todayButton, &QPushButton::clicked, m_todayAction, &QAction::trigger);
    connect(m_yesterdayButton, &QPushButton::clicked, this,
        [this] { emit dateRequested(m_clock.today().addDays(-1)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (date != m_date)
            emit dateRequested(date);
    });
    // The calendar pop-up is made when it is first about to open (a press on the date field).
    m_dateEdit->installEventFilter(this);
    if (m_diary) {
        DiaryNotifier& notifier = m_diary->notifier();
        connect(&notifier, &DiaryNotifier::dayChanged, this, &DayNavigator::markShownCalendarMonth);
        connect(&notifier, &DiaryNotifier::dayRemoved, this, &DayNavigator::markShownCalendarMonth);
        connect(&notifier, &DiaryNotifier::diaryReset, this, &DayNavigator::markShownCalendarMonth);
    }
    retranslate();
}

void DayNavigator::setDate(const QDate& date)
{
    m_date = date;
    updateLabels();
}

void DayNavigator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DayNavigator::retranslate()
{
    m_previousButton->setToolTip(tr("Previous day (Alt+Left)"));
    m_previousButton->setAccessibleName(tr("Previous day"));
    m_nextButton->setToolTip(tr("Next day (Alt+Right)"));
    m_nextButton->setAccessibleName(tr("Next day"));
    m_todayButton->setText(tr("To&day"));
    m_todayButton->setToolTip(tr("Go to today (Alt+Home)"));
    m_todayButton->setAccessibleName(tr("Go to today"));
    m_dateEdit->setAccessibleName(tr("Date shown"));
    m_dateEdit->setToolTip(tr("Type a date or pick one; days with entries are marked."));
    m_previousAction->setText(tr("Previous day"));
    m_nextAction->setText(tr("Next day"));
    m_todayAction->setText(tr("Go to today"));
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    m_dateEdit->setDisplayFormat(
        format.contains(QStringLiteral("yyyy")) ? format : QStringLiteral("yyyy-MM-dd"));
    updateLabels();
}

void DayNavigator::updateLabels()
{
    const QSignalBlocker blocker(m_dateEdit);
    m_dateEdit->setDate(m_date);
    const QDate today = m_clock.today();
    QString text = QLocale().dayName(m_date.dayOfWeek(), QLocale::LongFormat);
    if (m_date == today)
        text = tr("%1, today").arg(text);
    else if (m_date == today.addDays(-1))
        text = tr("%1, yesterday").arg(text);
    m_weekdayLabel->setText(text);
    // Logging ahead is allowed (a planned dose, say), but a day in the future is more often a
    // slip of the date field: say so, quietly.
    const qint64 ahead = today.daysTo(m_date);
    const QString future = ahead > 0
        ? tr("This day is still to come: it is %Ln day(s) after today. Entries are usually made "
             "on the day or after it.",
            nullptr, int(ahead))
        : QString();
    m_futureLabel->setText(future);
    m_futureLabel->setAccessibleName(future);
    m_futureLabel->setVisible(!future.isEmpty());
    // Past midnight, someone still up is more often noting yesterday evening than today.
    const bool smallHours = m_date == today && m_clock.now().time() < QTime(kSmallHoursEnd, 0);
    if (smallHours) {
        const QDate yesterday = today.addDays(-1);
        const QString note = tr("It is after midnight: what you note about yesterday evening "
                                "belongs to %1.")
                                 .arg(QLocale().toString(yesterday, QStringLiteral("dddd d MMMM")));
        m_smallHoursLabel->setText(note);
        m_smallHoursLabel->setAccessibleName(note);
        m_yesterdayButton->setText(
            tr("Go to %1").arg(QLocale().dayName(yesterday.dayOfWeek(), QLocale::LongFormat)));
    }
    m_smallHours->setVisible(smallHours);
    scheduleNextUpdate();
}

void DayNavigator::scheduleNextUpdate()
{
    const QDateTime now = m_clock.now();
    const QDateTime smallHoursEnd(now.date(), QTime(kSmallHoursEnd, 0));
    const QDateTime next
        = now < smallHoursEnd ? smallHoursEnd : QDateTime(now.date().addDays(1), QTime(0, 0));
    // A second after the boundary, so that the clock has passed it when the labels are said.
    m_clockTimer->start(std::chrono::milliseconds(now.msecsTo(next) + 1000));
}

QCalendarWidget* DayNavigator::calendar()
{
    QCalendarWidget* calendar = m_dateEdit->calendarWidget();
    if (!m_calendarReady) {
        m_calendarReady = true;
        connect(
            calendar, &QCalendarWidget::currentPageChanged, this, &DayNavigator::markCalendarMonth);
        markShownCalendarMonth();
    }
    return calendar;
}

void DayNavigator::markShownCalendarMonth()
{
    if (!m_calendarReady)
        return; // not made yet: it is marked when it is
    const QCalendarWidget* calendar = m_dateEdit->calendarWidget();
    markCalendarMonth(calendar->yearShown(), calendar->monthShown());
}

bool DayNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_dateEdit && !m_calendarReady
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress))
        calendar();
    return QWidget::eventFilter(watched, event);
}

void DayNavigator::markCalendarMonth(int year, int month)
{
    if (!m_diary || !m_calendarReady)
        return;
    QCalendarWidget* calendar = m_dateEdit->calendarWidget();
    const QDate first(year, month, 1);
    // Clear the month (and the days shown around it), then mark the days with entries.
    calendar->setDateTextFormat(QDate(), QTextCharFormat());
    auto dates = m_diary->datesWithEntries(first.addDays(-7), first.addMonths(1).addDays(7));
    if (!dates)
        return;
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(palette().color(QPalette::Highlight));
    marked.setFontUnderline(true);
    for (const QDate& date : dates.value())
        calendar->setDateTextFormat(date, marked);
}

} // namespace stilla
