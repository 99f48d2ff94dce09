#include "MainStatusBar.h"

#include "AppContext.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/ProfileStore.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace stilla {

MainStatusBar::MainStatusBar(AppContext& context, QWidget* parent)
    : QStatusBar(parent)
    , m_context(context)
    , m_diaryDate(context.clock.today())
    , m_intake(new QLabel(this))
    , m_diaryState(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    setSizeGripEnabled(true);
    m_intake->setObjectName(QStringLiteral("intakeStatusLabel"));
    m_diaryState->setObjectName(QStringLiteral("diaryStateLabel"));
    m_diaryState->setForegroundRole(QPalette::BrightText);
    addPermanentWidget(m_diaryState);
    addPermanentWidget(m_intake);
    if (m_context.demo) {
        m_demoNote = new QLabel(this);
        m_demoNote->setObjectName(QStringLiteral("demoNoteLabel"));
        addWidget(m_demoNote, 1);
    }
    if (m_context.diary) {
        DiaryNotifier& notifier = m_context.diary->notifier();
        connect(&notifier, &DiaryNotifier::dayChanged, this, &MainStatusBar::updateIntake);
        connect(&notifier, &DiaryNotifier::dayRemoved, this, &MainStatusBar::updateIntake);
        // An eGFR can take the target away (IntakeTargets::resolve): read again only then.
        const auto labsChanged = [this] {
            m_kidneys.forget();
            updateIntake();
        };
        connect(&notifier, &DiaryNotifier::diaryReset, this, labsChanged);
        connect(&notifier, &DiaryNotifier::labResultsChanged, this, labsChanged);
    }
    connect(&m_context.settings.notifier(), &SettingsNotifier::profileChanged, this,
        &MainStatusBar::updateIntake);
    retranslate();
}

MainStatusBar::~MainStatusBar()
{
    // The pages still save while the window is torn down; the bar must not react to that.
    if (m_context.diary)
        m_context.diary->notifier().disconnect(this);
}

void MainStatusBar::setDiaryDate(const QDate& date)
{
    m_diaryDate = date;
    updateIntake();
}

void MainStatusBar::setSaveProblem(const QString& problem)
{
    m_saveProblem = problem;
    updateDiaryState();
}

void MainStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}

void MainStatusBar::retranslate()
{
    updateIntake();
    updateDiaryState();
    if (m_demoNote) {
        m_demoNote->setText(
            tr("Demo diary with made-up data: nothing is kept when you close Stilla."));
    }
}

void MainStatusBar::updateIntake()
{
    double total = 0;
    if (m_context.diary) {
        if (auto day = m_context.diary->day(m_diaryDate); day && day.value())
            total = day.value()->totalMagnesiumMg();
    }
    showIntake(total);
}

void MainStatusBar::showEditedDay(const DayEntry& day)
{
    if (day.date == m_diaryDate)
        showIntake(day.totalMagnesiumMg());
}

void MainStatusBar::showIntake(double total)
{
    const QLocale locale;
    const auto target = IntakeTargets::current(m_context.settings,
        ProfileStore(m_context.settings).load(), m_kidneys.read(m_context.diary, m_diaryDate));
    const QString day = locale.toString(m_diaryDate, QStringLiteral("ddd d MMM"));
    m_intake->setText(target
            ? tr("Magnesium %1: %2 of %3\u00A0mg")
                  .arg(day, locale.toString(total, 'f', 0), locale.toString(target->mg, 'f', 0))
            : tr("Magnesium %1: %2\u00A0mg").arg(day, locale.toString(total, 'f', 0)));
    m_intake->setAccessibleName(m_intake->text());
}

void MainStatusBar::updateDiaryState()
{
    QString text;
    QString detail;
    if (m_context.diary && m_context.diary->isReadOnly()) {
        text = tr("Read-only: changes cannot be saved");
        detail = m_context.diary->readOnlyReason();
    } else if (!m_saveProblem.isEmpty()) {
        text = tr("Not saved");
        detail = m_saveProblem;
    }
    m_diaryState->setText(text);
    m_diaryState->setToolTip(detail);
    m_diaryState->setAccessibleName(text);
    m_diaryState->setAccessibleDescription(detail);
    m_diaryState->setVisible(!text.isEmpty());
}

} // namespace stilla
