#include "DiaryPage.h"

#include "app/gui/AppContext.h"
#include "app/gui/Theme.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/SaveDayCommand.h"
#include "app/gui/diary/DayForm.h"
#include "app/gui/diary/DayNavigator.h"
#include "app/gui/diary/DiaryPrompts.h"
#include "app/gui/diary/FindingsPanel.h"
#include "app/gui/diary/HealthSection.h"
#include "app/gui/diary/MagnesiumSection.h"
#include "app/gui/experiment/ExperimentBanner.h"
#include "app/gui/labs/LabResultsDialog.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/diary/UsualDose.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace stilla {

namespace {
constexpr int kAutosaveDelayMs = 700;
}

DiaryPage::DiaryPage(AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_navigator(new DayNavigator(context.clock, context.diary, this))
    , m_statusLabel(new WrappingLabel(this))
    , m_deleteButton(new QPushButton(this))
    , m_findings(new FindingsPanel(this))
    , m_experiment(new ExperimentBanner(this))
    , m_form(new DayForm(this))
    , m_unavailableLabel(new WrappingLabel(this))
    , m_noticeLabel(new WrappingLabel(this))
    , m_saveTimer(new QTimer(this))
    , m_saveAction(new QAction(this))
{
    setObjectName(QStringLiteral("diaryPage"));
    m_statusLabel->setObjectName(QStringLiteral("saveStatusLabel"));
    m_deleteButton->setObjectName(QStringLiteral("deleteDayButton"));
    m_unavailableLabel->setObjectName(QStringLiteral("diaryUnavailableLabel"));
    m_unavailableLabel->hide();
    m_noticeLabel->setObjectName(QStringLiteral("diaryNoticeLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setForegroundRole(QPalette::BrightText);
    m_noticeLabel->hide();
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setMinimumWidth(80);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kAutosaveDelayMs);

    buildLayout();
    connectSignals();

    m_date = m_context.clock.today();
    retranslate();
    loadDay();
}

/// The row of day buttons, the notes above the form, the form; the day shortcuts.
void DiaryPage::buildLayout()
{
    auto* bar = new QHBoxLayout;
    bar->setSpacing(spacing::s);
    bar->addWidget(m_navigator, 1);
    bar->addWidget(m_deleteButton, 0, Qt::AlignTop);
    // Whether the day is saved stands beside the page title, where it is seen and leaves the
    // row of day buttons room in a narrow window.
    headerLayout()->addWidget(m_statusLabel, 1);
    contentLayout()->addLayout(bar);
    contentLayout()->addWidget(m_unavailableLabel);
    contentLayout()->addWidget(m_noticeLabel);
    contentLayout()->addWidget(m_experiment);
    contentLayout()->addWidget(m_findings);
    contentLayout()->addWidget(m_form, 1);

    // The day's shortcuts are the page's too, so that Help lists them under the diary.
    addActions(m_navigator->actions());
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_saveAction);
}

/// What the page follows: its buttons and shortcuts, the form, the diary and the profile.
void DiaryPage::connectSignals()
{
    connect(m_saveAction, &QAction::triggered, this, &DiaryPage::saveNow);
    connect(m_deleteButton, &QPushButton::clicked, this, &DiaryPage::deleteDay);
    connect(m_navigator, &DayNavigator::dateRequested, this, [this](const QDate& date) {
        if (!showDate(date))
            m_navigator->setDate(m_date); // the user stayed: the field shows the day again
    });
    connect(m_form, &DayForm::edited, this, &DiaryPage::onEdited);
    connect(
        m_findings, &FindingsPanel::guideSectionRequested, this, &DiaryPage::guideSectionRequested);
    connect(m_form, &DayForm::addFoodRequested, this, &DiaryPage::addFoodRequested);
    connect(m_form->healthSection(), &HealthSection::labResultsRequested, this,
        &DiaryPage::openLabResults);
    connect(m_saveTimer, &QTimer::timeout, this, &DiaryPage::saveNow);

    if (m_context.diary) {
        DiaryNotifier& notifier = m_context.diary->notifier();
        auto reloadIfShown = [this](const QDate& date) {
            if (!m_ownChange && date == m_date && !m_dirty) {
                loadDay();
            } else if (date <= m_date && date > m_date.addDays(-SafetyFacts::kSymptomWindowDays)) {
                // A day in the iron rules' window: the days with symptoms may have changed.
                refreshIron();
                refreshFindings();
            }
        };
        connect(&notifier, &DiaryNotifier::labResultsChanged, this, [this] {
            refreshIron();
            refreshFindings();
        });
        connect(&notifier, &DiaryNotifier::experimentsChanged, this, [this] {
            loadExperiment();
            refreshFindings();
        });
        connect(&m_context.settings.notifier(), &SettingsNotifier::profileChanged, this,
            &DiaryPage::refreshFindings);
        loadExperiment();
        connect(&notifier, &DiaryNotifier::dayChanged, this, reloadIfShown);
        connect(&notifier, &DiaryNotifier::dayRemoved, this, reloadIfShown);
        // The diary was replaced or changed as a whole (a restore, an import, a repair, an
        // undone import); the undo history keeps or clears itself (DiaryUndo).
        connect(&notifier, &DiaryNotifier::diaryReset, this, [this] {
            if (!m_dirty)
                loadDay();
        });
        // An undo or redo of another day's changes goes to that day, so that what it changed
        // is in view (the status bar names the step).
        connect(m_context.undo, &DiaryUndo::stepped, this,
            [this](bool, const QString&, const QDate& day) {
                if (day.isValid() && isVisible())
                    showDate(day);
            });
    }
}

DiaryPage::~DiaryPage() = default;

QString DiaryPage::pageTitle()
{
    return tr("Diary");
}

void DiaryPage::retranslate()
{
    setHeader(pageTitle(), QString());
    m_deleteButton->setText(tr("Delete Day…"));
    m_deleteButton->setAccessibleName(tr("Delete this day from the diary"));
    m_saveAction->setText(tr("Save the day now"));
    if (!m_context.diary) {
        m_unavailableLabel->setText(tr("The diary could not be opened, so nothing can be shown "
                                       "or saved here. Restart Stilla to see what went wrong."));
    }
    updateStatus();
    updateNotice();
    // Everything else the page shows is said again from what it is about: the field messages
    // and the findings (the panel says its own texts again; this refreshes what it holds).
    if (m_problemsShown)
        m_form->showProblems(m_form->problems(m_form->entry()));
    if (!m_findings->findings().empty())
        refreshFindings();
}

bool DiaryPage::isReadOnly() const
{
    return m_context.diary && m_context.diary->isReadOnly();
}

void DiaryPage::updateNotice()
{
    QString text;
    if (isReadOnly()) {
        text = tr("This diary is open read-only, so nothing can be added or changed here. %1")
                   .arg(m_context.diary->readOnlyReason());
    } else if (!m_storeFailure.isEmpty()) {
        text = tr("Your changes to this day are not saved yet, and they stay in the form: %1 "
                  "Stilla saves them when you press Ctrl+S or change something.")
                   .arg(m_storeFailure);
    }
    m_noticeLabel->setText(text);
    m_noticeLabel->setAccessibleName(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

void DiaryPage::setStoreFailure(const QString& failure)
{
    if (failure == m_storeFailure)
        return;
    m_storeFailure = failure;
    updateNotice();
    emit saveProblemChanged(failure);
}

bool DiaryPage::showDate(const QDate& date)
{
    if (!date.isValid() || date == m_date)
        return true;
    if (!confirmLeave())
        return false;
    m_date = date;
    loadDay();
    return true;
}

void DiaryPage::loadDay()
{
    m_saveTimer->stop();
    m_dirty = false;
    m_errorText = nullptr;
    m_problemsShown = false;
    m_stored.reset();
    std::optional<DayEntry> previous;
    std::optional<SupplementIntake> usual;
    const bool available = m_context.diary != nullptr;
    // A read-only diary is shown, but cannot be typed into: nothing typed is ever lost.
    m_form->setEnabled(available && !isReadOnly());
    m_deleteButton->setEnabled(false);
    m_unavailableLabel->setVisible(!available);
    std::optional<std::vector<DayEntry>> month;
    if (available) {
        // One read for all the page shows of the day: the day, the night before's times, the
        // usual dose of the four weeks before and the days with symptoms the iron rules count.
        static_assert(SafetyFacts::kSymptomWindowDays > kUsualDoseWindowDays);
        auto recent
            = m_context.diary->days(m_date.addDays(1 - SafetyFacts::kSymptomWindowDays), m_date);
        if (recent) {
            std::vector<DayEntry> before;
            for (const DayEntry& day : recent.value()) {
                if (day.date == m_date)
                    m_stored = day;
                else if (day.date >= m_date.addDays(-kUsualDoseWindowDays))
                    before.push_back(day);
                if (day.date == m_date.addDays(-1))
                    previous = day;
            }
            usual = usualSupplement(before);
            month = std::move(recent).value();
        } else {
            m_errorText = [message = recent.errorMessage()] { return message; };
        }
    }
    m_form->magnesiumSection()->setUsualSupplement(usual);
    DayEntry day;
    day.date = m_date;
    m_form->setEntry(m_stored.value_or(day), previous);
    // A saved day's questions (a night's times out of order, a very long night) are asked again
    // when it is opened, not only while it is typed: the answer may still be a slip.
    if (m_stored) {
        m_form->showProblems(m_form->problems(*m_stored));
        m_problemsShown = true;
    }
    m_deleteButton->setEnabled(m_stored.has_value() && !isReadOnly());
    setStoreFailure(QString());
    m_confirmedLargeDoses.clear();
    m_navigator->setDate(m_date);
    updateStatus();
    refreshIron(month ? &*month : nullptr);
    refreshFindings();
    emit dateChanged(m_date);
}

void DiaryPage::refreshFindings()
{
    showFindings(m_form->entry());
}

void DiaryPage::showFindings(const DayEntry& day)
{
    std::vector<Finding> findings
        = SafetyEngine::evaluate(ProfileStore(m_context.settings).load(), day, m_iron.labs);
    for (Finding& finding : LabRules::evaluate(m_iron))
        findings.push_back(std::move(finding));
    SafetyEngine::sort(findings);
    m_findings->setFindings(findings);
    m_experiment->showDay(day);
}

void DiaryPage::loadExperiment()
{
    if (auto current = m_context.diary->experiments().current(); current)
        m_experiment->setPlan(*current);
    else
        m_experiment->setPlan(std::nullopt);
}

void DiaryPage::refreshIron(const std::vector<DayEntry>* month)
{
    m_iron = {m_date, {}, 0};
    if (m_context.diary) {
        auto history = month ? DiaryFindings::ironHistory(*m_context.diary, m_date, *month)
                             : DiaryFindings::ironHistory(*m_context.diary, m_date);
        if (history)
            m_iron = std::move(history).value();
        else
            qCWarning(lcApp) << "could not read the lab results:" << history.errorMessage();
    }
    m_form->healthSection()->setNewestLabResult(
        m_iron.labs.empty() ? std::nullopt : std::optional(m_iron.labs.back()));
}

void DiaryPage::openLabResults()
{
    if (!m_context.diary)
        return;
    LabResultsDialog dialog(
        *m_context.diary, *m_context.undo, m_date, m_context.clock.today(), this);
    dialog.exec();
}

void DiaryPage::addFood(const FoodIntake& food)
{
    if (!m_context.diary || isReadOnly())
        return;
    m_form->magnesiumSection()->addFood(food);
    saveNow();
}

void DiaryPage::onEdited()
{
    if (isReadOnly())
        return; // the form is disabled; nothing to save
    m_dirty = true;
    // Show problems as they appear, but save only a moment after typing stops.
    const DayEntry day = m_form->entry();
    m_form->showProblems(m_form->problems(day));
    m_problemsShown = true;
    // What the guide says about the day as it is typed, before anything is saved; the notes
    // coming and going above the form leave the field being typed in where it is.
    m_form->keepContentInPlace(true);
    showFindings(day);
    emit dayEdited(day);
    m_saveTimer->start();
    updateStatus();
}

bool DiaryPage::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_context.diary || isReadOnly())
        return true;
    const DayEntry day = m_form->entry();
    const std::vector<FieldProblem> problems = m_form->problems(day);
    m_form->showProblems(problems);
    m_problemsShown = true;
    for (const FieldProblem& problem : problems) {
        if (problem.kind == FieldProblem::Kind::Error) {
            m_errorText = [] { return tr("Not saved yet: please correct the marked fields."); };
            updateStatus();
            return false;
        }
    }
    if (!confirmLargeDoses(day)) {
        m_errorText = [] { return tr("Not saved yet: please check the supplement amount."); };
        updateStatus();
        return false;
    }
    const std::optional<DayEntry> before = m_stored;
    m_ownChange = true;
    Status written;
    // An empty day is not kept: saving it deletes the day (nothing to do when it was not there).
    if (!day.isEmpty() || before) {
        const std::optional<DayEntry> wanted = day.isEmpty() ? std::nullopt : std::optional(day);
        written = m_context.undo->push(
            new SaveDayCommand(*m_context.diary, m_context.clock, before, wanted));
    }
    if (written) {
        // As stored, with the row ids the diary gave it (what an undo goes back to).
        if (auto stored = m_context.diary->day(m_date); stored)
            m_stored = stored.value();
        m_dirty = false;
        m_errorText = nullptr;
        setStoreFailure(QString());
    } else {
        // The form keeps every change; the page says why and saves at the next chance.
        m_errorText = [] { return tr("Not saved: see the note above the form."); };
        setStoreFailure(written.errorMessage());
        qCWarning(lcApp) << "a day could not be saved";
    }
    m_ownChange = false;
    m_deleteButton->setEnabled(m_stored.has_value() && !isReadOnly());
    // The date field's calendar (DayNavigator) follows the notifier's dayChanged itself.
    updateStatus();
    return written.ok();
}

bool DiaryPage::confirmLargeDoses(const DayEntry& day)
{
    for (const SupplementIntake& dose : day.supplements) {
        if (dose.elementalMg <= DayValidation::kImplausibleSupplementMg
            || std::find(
                   m_confirmedLargeDoses.begin(), m_confirmedLargeDoses.end(), dose.elementalMg)
                != m_confirmedLargeDoses.end())
            continue;
        if (!DiaryPrompts::confirmLargeDose(this, dose.elementalMg))
            return false;
        m_confirmedLargeDoses.push_back(dose.elementalMg);
    }
    return true;
}

bool DiaryPage::confirmLeave()
{
    if (!m_dirty || saveNow())
        return true;
    if (!DiaryPrompts::discardChanges(this, m_form->entry(), m_stored, m_storeFailure)) {
        // Staying to correct: the first marked field takes the focus, so it is in view.
        m_form->focusFirstError();
        return false;
    }
    m_dirty = false;
    return true;
}

void DiaryPage::deleteDay()
{
    if (!m_context.diary || !m_stored || isReadOnly())
        return;
    const auto answer = MessageBox::question(this, tr("Delete this day?"),
        tr("Delete everything logged for %1?").arg(QLocale().toString(m_date, QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        tr("You can undo this with Ctrl+Z."));
    if (answer != QMessageBox::Yes)
        return;
    m_ownChange = true;
    const Status removed
        = m_context.undo->push(new SaveDayCommand(*m_context.diary, m_context.clock, m_stored,
            std::nullopt, tr("Delete %1").arg(QLocale().toString(m_date, QLocale::ShortFormat))));
    m_ownChange = false;
    if (!removed) {
        m_errorText = [message = removed.errorMessage()] { return message; };
        updateStatus();
        return;
    }
    loadDay();
}

void DiaryPage::focusSection(const QString& anchor)
{
    m_form->focusSection(anchor);
}

void DiaryPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // The findings never take more than about a quarter of the page: the form comes first.
    m_findings->setHeightLimit(std::max(height() / 4, 3 * fontMetrics().height()));
}

void DiaryPage::hideEvent(QHideEvent* event)
{
    // Leaving the page (or closing the window) saves what can be saved at once.
    saveNow();
    Page::hideEvent(event);
}

void DiaryPage::updateStatus()
{
    m_error = m_errorText ? m_errorText() : QString();
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_dirty)
        text = tr("Saving…");
    else if (m_stored)
        text = tr("Saved");
    else
        text = tr("Nothing logged for this day yet");
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(text);
    m_statusLabel->setForegroundRole(
        m_error.isEmpty() ? QPalette::PlaceholderText : QPalette::BrightText);
}

} // namespace stilla
