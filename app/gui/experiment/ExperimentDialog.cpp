#include "ExperimentDialog.h"

#include "app/gui/charts/PhaseChart.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/ExperimentPlanCommand.h"
#include "app/gui/widgets/DateEdit.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/ScreenFit.h"
#include "app/gui/widgets/VerticalScrollArea.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/experiment/ExperimentResult.h"
#include "core/report/DisplayNames.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyEngine.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stilla {

namespace {

QLabel* wrapping(QWidget* parent, const char* name)
{
    auto* label = new WrappingLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

constexpr SupplementForm kForms[] = {SupplementForm::Citrate, SupplementForm::Glycinate,
    SupplementForm::Oxide, SupplementForm::Chloride, SupplementForm::Lactate,
    SupplementForm::Malate, SupplementForm::Sulfate, SupplementForm::Other};

/// Open: not finished, not stopped (it may not have started yet, or be paused). Stopped on
/// its first day, it is not open though that day is still in it.
bool isOpen(const ExperimentPlan& plan, const QDate& today)
{
    const ExperimentDay::State state = ExperimentSchedule::dayOf(plan, today).state;
    return !plan.stoppedOn && state != ExperimentDay::State::Finished
        && state != ExperimentDay::State::Stopped;
}

} // namespace

ExperimentDialog::ExperimentDialog(
    DiaryStore& diary, DiaryUndo& undo, Settings& settings, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_diary(diary)
    , m_undo(undo)
    , m_settings(settings)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_intro(wrapping(this, "experimentIntroLabel"))
    , m_pages(new QStackedWidget(this))
    , m_message(wrapping(this, "experimentMessageLabel"))
{
    setObjectName(QStringLiteral("experimentDialog"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    buildPlanPage();
    buildStatusPage();
    m_message->setForegroundRole(QPalette::Text);
    m_message->hide();

    // The widgets are made in the order they read, which is the order Tab takes: a Close
    // button made first had the focus when the dialog opened.
    m_closeButton = new QPushButton(this);
    // Enter in a field does nothing: as the first button after the fields, Start became the
    // dialog's default and Enter began weeks of a plan still being chosen (and Close, when it
    // came first, closed the dialog on it). Each button acts only when pressed.
    for (QPushButton* button :
        {m_startButton, m_pauseButton, m_stopButton, m_newButton, m_closeButton})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    m_closeButton->setObjectName(QStringLiteral("experimentCloseButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    retranslate();
    reload();
    resizeWithinScreen(*this, sizeHint().expandedTo(QSize(720, 680)));
}

void ExperimentDialog::buildPlanPage()
{
    auto* page = new QWidget(this);
    m_startLabel = new QLabel(page);
    m_start = new DateEdit(m_clock.today(), page);
    m_start->setObjectName(QStringLiteral("experimentStartEdit"));
    m_start->setCalendarPopup(true);
    // Planned before it starts, so that nothing in it is chosen after seeing the days: a first
    // day in the past made a "planned" trial of days already lived.
    m_start->setMinimumDate(m_clock.today());
    m_patternLabel = new QLabel(page);
    m_pattern = new QComboBox(page);
    m_pattern->setObjectName(QStringLiteral("experimentPatternCombo"));
    m_pattern->addItems(experimentPatterns());
    m_phaseLabel = new QLabel(page);
    m_phaseDays = new QSpinBox(page);
    m_phaseDays->setObjectName(QStringLiteral("experimentPhaseDaysSpin"));
    m_phaseDays->setRange(ExperimentPlan::kMinPhaseDays, ExperimentPlan::kMaxPhaseDays);
    m_phaseDays->setValue(ExperimentPlan::kDefaultPhaseDays);
    m_washoutLabel = new QLabel(page);
    m_washoutDays = new QSpinBox(page);
    m_washoutDays->setObjectName(QStringLiteral("experimentWashoutSpin"));
    m_washoutDays->setRange(0, ExperimentPlan::kMaxPhaseDays / 2);
    m_washoutDays->setValue(ExperimentPlan::kDefaultWashoutDays);
    m_doseLabel = new QLabel(page);
    m_dose = new QDoubleSpinBox(page);
    m_dose->setObjectName(QStringLiteral("experimentDoseSpin"));
    m_dose->setDecimals(0);
    m_dose->setRange(0, 2000);
    m_dose->setValue(200);
    m_dose->setSuffix(QStringLiteral("\u00A0mg"));
    m_formLabel = new QLabel(page);
    m_form = new QComboBox(page);
    m_form->setObjectName(QStringLiteral("experimentFormCombo"));
    for (SupplementForm form : kForms)
        m_form->addItem(QString(), int(form));
    m_outcomeLabel = new QLabel(page);
    m_outcome = new QComboBox(page);
    m_outcome->setObjectName(QStringLiteral("experimentOutcomeCombo"));
    for (int i = 0; i < 3; ++i)
        m_outcome->addItem(QString(), i); // Statistics::Outcome, in its order
    m_planSummary = wrapping(page, "experimentPlanSummaryLabel");
    m_planSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QScrollArea* summary = verticalScrollArea(m_planSummary, page);
    m_startButton = new QPushButton(page);
    m_startButton->setObjectName(QStringLiteral("experimentStartButton"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_startLabel, m_start);
    form->addRow(m_patternLabel, m_pattern);
    form->addRow(m_phaseLabel, m_phaseDays);
    form->addRow(m_washoutLabel, m_washoutDays);
    form->addRow(m_doseLabel, m_dose);
    form->addRow(m_formLabel, m_form);
    form->addRow(m_outcomeLabel, m_outcome);
    for (QLabel* label : {m_startLabel, m_patternLabel, m_phaseLabel, m_washoutLabel, m_doseLabel,
             m_formLabel, m_outcomeLabel})
        label->setBuddy(form->itemAt(form->indexOf(label) + 1)->widget());
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(summary, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    const auto changed = [this] { updatePlanSummary(); };
    connect(m_start, &QDateEdit::dateChanged, this, changed);
    connect(m_pattern, &QComboBox::currentIndexChanged, this, changed);
    connect(m_phaseDays, &QSpinBox::valueChanged, this, changed);
    connect(m_washoutDays, &QSpinBox::valueChanged, this, changed);
    connect(m_dose, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_form, &QComboBox::currentIndexChanged, this, changed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, changed);
    connect(m_startButton, &QPushButton::clicked, this, &ExperimentDialog::startExperiment);
}

void ExperimentDialog::buildStatusPage()
{
    auto* page = new QWidget(this);
    m_status = wrapping(page, "experimentStatusLabel");
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QScrollArea* status = verticalScrollArea(m_status, page);
    m_phaseChart = new PhaseChart;
    m_phaseView = ChartBase::makeView(m_phaseChart, page, "phaseChartView", 220);
    m_pauseButton = new QPushButton(page);
    m_pauseButton->setObjectName(QStringLiteral("experimentPauseButton"));
    m_stopButton = new QPushButton(page);
    m_stopButton->setObjectName(QStringLiteral("experimentStopButton"));
    m_newButton = new QPushButton(page);
    m_newButton->setObjectName(QStringLiteral("experimentNewButton"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status, 1);
    layout->addWidget(m_phaseView);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_pages->addWidget(page);
    connect(m_pauseButton, &QPushButton::clicked, this, &ExperimentDialog::pauseOrResume);
    connect(m_stopButton, &QPushButton::clicked, this, &ExperimentDialog::stopExperiment);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_current.reset();
        m_pages->setCurrentIndex(0);
        m_start->setDate(m_clock.today());
        updatePlanSummary();
    });
}

void ExperimentDialog::retranslate()
{
    setWindowTitle(tr("Self-Experiment — Stilla"));
    m_title->setText(tr("Does magnesium help me?"));
    m_intro->setText(
        tr("A self-experiment compares phases without a magnesium supplement (A) with phases "
           "in which you take it (B), in an order planned now. Choose everything before the "
           "start, keep to the plan and fill in the diary every day: only then can the result "
           "suggest whether magnesium helps you, and how sure that is. Keep your other treatments "
           "as they are, and talk to your doctor before you start."));
    m_startLabel->setText(tr("&First day:"));
    m_patternLabel->setText(tr("&Order of the phases:"));
    m_pattern->setToolTip(tr("A is a phase without a magnesium supplement, B a phase with it. "
                             "Two phases of each, or more, are needed for an answer."));
    m_phaseLabel->setText(tr("Days in each p&hase:"));
    m_washoutLabel->setText(tr("Days &left out at the start of a phase:"));
    m_washoutDays->setToolTip(tr("The effect of the phase before may last a few days into the "
                                 "next; these days are logged but not analysed."));
    m_doseLabel->setText(tr("&Magnesium a day in the B phases:"));
    m_formLabel->setText(tr("Suppl&ement form:"));
    for (int i = 0; i < m_form->count(); ++i)
        m_form->setItemText(i,
            DisplayNames::supplementForm(static_cast<SupplementForm>(m_form->itemData(i).toInt())));
    m_outcomeLabel->setText(tr("What &decides the answer:"));
    m_outcome->setItemText(0, tr("RLS severity"));
    m_outcome->setItemText(1, tr("Sleep quality"));
    m_outcome->setItemText(2, tr("Total sleep"));
    m_outcome->setToolTip(tr("Chosen now, before the start: only this one decides the answer. "
                             "The other two are shown beside it, as secondary results."));
    m_startButton->setText(tr("&Start the Experiment"));
    m_pauseButton->setText(tr("&Pause"));
    m_stopButton->setText(tr("S&top Early…"));
    m_newButton->setText(tr("Plan a &New Experiment"));
    m_closeButton->setText(tr("&Close"));
    m_phaseView->setAccessibleName(tr("Chart of the average in each phase"));
}

ExperimentPlan ExperimentDialog::formPlan() const
{
    ExperimentPlan plan;
    plan.start = m_start->date();
    plan.pattern = m_pattern->currentText();
    plan.phaseDays = m_phaseDays->value();
    plan.washoutDays = m_washoutDays->value();
    plan.doseMg = m_dose->value();
    plan.form = static_cast<SupplementForm>(m_form->currentData().toInt());
    plan.outcome = static_cast<Statistics::Outcome>(m_outcome->currentData().toInt());
    return plan;
}

void ExperimentDialog::reload()
{
    const auto current = m_diary.experiments().current();
    if (!current) {
        showMessage(current.errorMessage());
        m_current.reset();
    } else {
        m_current = *current;
    }
    const QDate today = m_clock.today();
    if (!m_current) {
        m_pages->setCurrentIndex(0);
        updatePlanSummary();
        return;
    }
    m_pages->setCurrentIndex(1);
    const ExperimentPlan& plan = *m_current;
    QStringList parts {
        ExperimentSchedule::describePlan(plan), ExperimentSchedule::describe(plan, today)};
    if (const Result<ExperimentResult> result = ExperimentResult::read(m_diary, plan, today);
        result) {
        if (const QString adherence = result->describeAdherence(); !adherence.isEmpty())
            parts << adherence;
        parts << result->describe();
        if (const QString secondary = result->describeSecondary(); !secondary.isEmpty())
            parts << secondary;
        m_phaseChart->setData(*result);
        if (const QString phases = m_phaseChart->describe(); !phases.isEmpty())
            parts << phases;
        m_phaseView->setAccessibleDescription(m_phaseChart->describe());
        m_phaseView->setVisible(!result->phases.empty());
    } else {
        showMessage(result.errorMessage());
        m_phaseView->hide();
    }
    m_status->setText(parts.join(QStringLiteral("\n\n")));
    const bool open = isOpen(plan, today);
    const bool paused
        = ExperimentSchedule::dayOf(plan, today).state == ExperimentDay::State::Paused;
    m_pauseButton->setVisible(
        open && ExperimentSchedule::dayOf(plan, today).state != ExperimentDay::State::NotStarted);
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_stopButton->setVisible(open);
    m_newButton->setVisible(!open);
    // A diary opened read-only can be looked at, not changed.
    for (QPushButton* button : {m_pauseButton, m_stopButton, m_newButton})
        button->setEnabled(!m_diary.isReadOnly());
}

void ExperimentDialog::updatePlanSummary()
{
    const ExperimentPlan plan = formPlan();
    QStringList parts;
    const QStringList problems = plan.problems();
    if (!problems.isEmpty()) {
        parts << problems;
    } else {
        parts << ExperimentSchedule::describePlan(plan)
              << tr("It takes %Ln day(s).", "", plan.plannedDays());
    }
    const std::vector<Finding> findings = plan.safetyFindings(ProfileStore(m_settings).load());
    parts << ExperimentPlan::describeFindings(findings);
    const bool blocked = ExperimentPlan::blocksStart(findings);
    if (blocked)
        parts << tr("The safety notes advise against this dose for you: choose a lower dose, "
                    "or talk to your doctor first.");
    m_planSummary->setText(parts.join(QStringLiteral("\n\n")));
    m_startButton->setEnabled(problems.isEmpty() && !blocked && !m_diary.isReadOnly());
}

void ExperimentDialog::startExperiment()
{
    const ExperimentPlan plan = formPlan();
    // A dose the safety notes question (above the upper limit, say) is started only when the
    // person says so, not by the same click that plans it.
    QStringList notes;
    for (const Finding& finding : plan.safetyFindings(ProfileStore(m_settings).load())) {
        if (finding.severity != Severity::Info)
            notes << SafetyEngine::summary(finding);
    }
    if (!notes.isEmpty()
        && MessageBox::question(this, tr("Start with these safety notes?"),
               tr("The safety notes say about this plan: %1").arg(notes.join(u' ')),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
               tr("Choose Cancel to change the dose or to talk to your doctor first, or Yes to "
                  "start the experiment as planned."))
            != QMessageBox::Yes)
        return;
    if (const Status saved = m_undo.push(new ExperimentPlanCommand(m_diary, std::nullopt, plan,
            tr("Start of the Self-Experiment of %1")
                .arg(QLocale().toString(plan.start, QLocale::ShortFormat))));
        !saved) {
        showMessage(saved.errorMessage());
        return;
    }
    m_message->hide();
    reload();
}

void ExperimentDialog::pauseOrResume()
{
    if (!m_current)
        return;
    ExperimentPlan plan = *m_current;
    const QDate today = m_clock.today();
    const bool paused = plan.isPaused();
    save(plan, paused ? plan.resume(today) : plan.pause(today),
        paused ? tr("Resumption of the Self-Experiment") : tr("Pause of the Self-Experiment"));
}

void ExperimentDialog::stopExperiment()
{
    if (!m_current)
        return;
    if (MessageBox::question(this, tr("Stop the Experiment?"),
            tr("Stop the self-experiment today? The days logged so far are kept, and the result "
               "shows what they say, but an experiment stopped early may not give an answer."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    ExperimentPlan plan = *m_current;
    save(plan, plan.stop(m_clock.today()), tr("Stop of the Self-Experiment"));
}

void ExperimentDialog::save(const ExperimentPlan& plan, const Status& changed, const QString& step)
{
    if (!changed) {
        showMessage(changed.errorMessage());
        return;
    }
    if (const Status saved = m_undo.push(new ExperimentPlanCommand(m_diary, m_current, plan, step));
        !saved) {
        showMessage(saved.errorMessage());
        return;
    }
    m_message->hide();
    reload();
}

void ExperimentDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace stilla
