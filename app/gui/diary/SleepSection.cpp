#include "SleepSection.h"

#include "DayText.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"
#include "app/gui/widgets/WrappingLabel.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stilla {

namespace {

QString duration(int minutes)
{
    return SleepSection::tr("%1\u00A0h %2\u00A0min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

SleepSection::SleepSection(QWidget* parent)
    : DiarySection(parent)
    , m_intoBed(new TimeField(this))
    , m_triedToSleep(new TimeField(this))
    , m_latency(new OptionalSpinBox(0, DayValidation::kMaxLatencyMinutes, this))
    , m_awakenings(new OptionalSpinBox(0, DayValidation::kMaxAwakenings, this))
    , m_wakeMinutes(new OptionalSpinBox(0, DayValidation::kMaxWakeMinutes, this))
    , m_finalAwakening(new TimeField(this))
    , m_outOfBed(new TimeField(this))
    , m_qualityGroup(new QButtonGroup(this))
    , m_derivedLabel(new WrappingLabel(this))
    , m_sameAsYesterday(new QPushButton(this))
{
    setObjectName(QStringLiteral("sleepSection"));
    m_intoBed->setObjectName(QStringLiteral("intoBedField"));
    m_triedToSleep->setObjectName(QStringLiteral("triedToSleepField"));
    m_latency->setObjectName(QStringLiteral("latencySpinBox"));
    m_awakenings->setObjectName(QStringLiteral("awakeningsSpinBox"));
    m_wakeMinutes->setObjectName(QStringLiteral("wakeMinutesSpinBox"));
    m_finalAwakening->setObjectName(QStringLiteral("finalAwakeningField"));
    m_outOfBed->setObjectName(QStringLiteral("outOfBedField"));
    m_sameAsYesterday->setObjectName(QStringLiteral("sleepSameAsYesterdayButton"));
    m_derivedLabel->setObjectName(QStringLiteral("sleepDerivedLabel"));
    m_intoBed->setSuggestedTime(QTime(22, 30));
    m_triedToSleep->setSuggestedTime(QTime(22, 45));
    m_finalAwakening->setSuggestedTime(QTime(6, 30));
    m_outOfBed->setSuggestedTime(QTime(7, 0));
    for (auto* spin : {m_latency, m_awakenings, m_wakeMinutes})
        spin->setMaximumWidth(120);

    buildLayout();

    connectFields();
    // Tab in reading order: the button above the fields first, then the evening's column, the
    // morning's column and the quality (the fields were made before the button).
    QWidget* previous = m_sameAsYesterday;
    for (QWidget* next : std::initializer_list<QWidget*> {m_intoBed, m_triedToSleep, m_latency,
             m_awakenings, m_wakeMinutes, m_finalAwakening, m_outOfBed}) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QRadioButton* button : m_qualityButtons) { // only the chosen one is a Tab stop
        setTabOrder(previous, button);
        previous = button;
    }
    retranslate();
}

/// Every field marks the day edited and updates the night's figures; "Same as yesterday" copies the
/// times.
void SleepSection::connectFields()
{
    for (TimeField* field : {m_intoBed, m_triedToSleep, m_finalAwakening, m_outOfBed}) {
        watch(field, &QLineEdit::textChanged);
        connect(field, &QLineEdit::textChanged, this, &SleepSection::updateDerived);
    }
    for (OptionalSpinBox* spin : {m_latency, m_awakenings, m_wakeMinutes}) {
        watch(spin, &QSpinBox::valueChanged);
        connect(spin, &QSpinBox::valueChanged, this, &SleepSection::updateDerived);
    }
    watch(m_qualityGroup, &QButtonGroup::idClicked);
    connect(m_sameAsYesterday, &QPushButton::clicked, this, [this] {
        if (!m_previous)
            return;
        m_intoBed->setTime(m_previous->timeIntoBed);
        m_triedToSleep->setTime(m_previous->timeTriedToSleep);
        m_finalAwakening->setTime(m_previous->finalAwakening);
        m_outOfBed->setTime(m_previous->timeOutOfBed);
        notifyEdited();
    });
    m_sameAsYesterday->setEnabled(false);
}

/// The evening's and the morning's columns, the quality buttons and the night's figures.
void SleepSection::buildLayout()
{
    // Evening on the left, night and morning on the right: the order a night is lived in.
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(spacing::s);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_sameAsYesterday);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    // Side by side where they fit, the evening above the morning in a narrow window.
    auto* columnsBox = new QWidget(this);
    auto* columns = new GridFlowLayout(2, columnsBox);
    columns->setHorizontalSpacing(spacing::xl);
    columns->setVerticalSpacing(spacing::s);
    auto* evening = new QGridLayout;
    auto* morning = new QGridLayout;
    for (QGridLayout* column : {evening, morning}) {
        column->setSpacing(spacing::s);
        column->setContentsMargins(0, 0, 0, 0);
        column->setColumnStretch(1, 1); // the labels' column as wide as the widest label
        auto* box = new QWidget(columnsBox);
        box->setLayout(column);
        columns->addWidget(box);
    }
    layout->addWidget(columnsBox);
    m_labels.push_back(addRow(evening, m_intoBed, {QStringLiteral("sleep.into_bed")}));
    m_labels.push_back(addRow(evening, m_triedToSleep, {QStringLiteral("sleep.tried_to_sleep")}));
    m_labels.push_back(addRow(evening, m_latency, {QStringLiteral("sleep.latency_minutes")}));
    m_labels.push_back(addRow(morning, m_awakenings, {QStringLiteral("sleep.awakenings")}));
    m_labels.push_back(addRow(morning, m_wakeMinutes, {QStringLiteral("sleep.wake_minutes")}));
    m_labels.push_back(
        addRow(morning, m_finalAwakening, {QStringLiteral("sleep.final_awakening")}));
    m_labels.push_back(addRow(morning, m_outOfBed, {QStringLiteral("sleep.out_of_bed")}));
    for (QGridLayout* column : {evening, morning})
        column->setRowStretch(column->rowCount(), 1); // the rows at the top of a taller column
    auto* form = new QFormLayout;
    form->setSpacing(spacing::s);
    layout->addLayout(form);

    auto* quality = new QWidget(this);
    auto* qualityLayout = new GridFlowLayout(SleepRecord::kQualityMax + 1, quality);
    qualityLayout->setHorizontalSpacing(spacing::m);
    qualityLayout->setVerticalSpacing(spacing::s);
    for (int i = 0; i <= SleepRecord::kQualityMax; ++i) {
        auto* button = new QRadioButton(quality);
        button->setObjectName(QStringLiteral("qualityButton%1").arg(i));
        m_qualityGroup->addButton(button, i); // id 0 = not recorded
        m_qualityButtons.push_back(button);
        qualityLayout->addWidget(button);
    }
    m_labels.push_back(addRow(form, quality, {QStringLiteral("sleep.quality")}));
    // One Tab stop for the row, on the chosen button, as in a native radio group: Tab passes
    // the other five by, and the arrow keys change the choice from there. (Tab once landed on
    // "Not recorded" whatever was chosen, where the arrows only moved the focus and Space
    // cleared the night's quality.) Alt+Q goes to the chosen button too: the row itself takes
    // no focus, and a label gives the focus only to a buddy that takes it.
    QLabel* qualityLabel = m_labels.back();
    connect(m_qualityGroup, &QButtonGroup::idToggled, qualityLabel,
        [this, qualityLabel](int id, bool on) {
            if (!on)
                return;
            for (std::size_t i = 0; i < m_qualityButtons.size(); ++i) {
                m_qualityButtons[i]->setFocusPolicy(
                    int(i) == id ? Qt::StrongFocus : Qt::ClickFocus);
            }
            qualityLabel->setBuddy(m_qualityButtons[std::size_t(id)]);
        });
    m_qualityButtons[0]->setChecked(true);
    form->addRow(m_derivedLabel);
}

void SleepSection::alignColumns()
{
    // The evening's and the morning's labels one width, so their fields line up when the two
    // columns stand one above the other in a narrow window.
    int labelWidth = 0;
    for (std::size_t i = 0; i + 1 < m_labels.size(); ++i) {
        m_labels[i]->setMinimumWidth(0);
        labelWidth = std::max(labelWidth, m_labels[i]->sizeHint().width());
    }
    for (std::size_t i = 0; i + 1 < m_labels.size(); ++i)
        m_labels[i]->setMinimumWidth(labelWidth);
}

void SleepSection::changeEvent(QEvent* event)
{
    // A new font (the desktop's, or a larger one) makes the labels wider or narrower.
    if (event->type() == QEvent::FontChange)
        alignColumns();
    DiarySection::changeEvent(event);
}

QString SleepSection::nightTitle(const QDate& morning, const QLocale& locale)
{
    if (!morning.isValid())
        return tr("Sleep");
    const QDate evening = morning.addDays(-1);
    const bool otherYear = evening.year() != morning.year();
    const bool otherMonth = otherYear || evening.month() != morning.month();
    //: The night shown on a diary day: %1 is the evening it began, %2 the morning it ended
    //: (the diary day), e.g. "Night of Wed 2 → Thu 3 Dec".
    return tr("Night of %1 → %2")
        .arg(DayText::shortDay(evening, locale, otherMonth, otherYear),
            DayText::shortDay(morning, locale, true, otherYear));
}

void SleepSection::retranslate()
{
    setTitle(nightTitle(m_morning, QLocale()));
    const QStringList labels {tr("Got into &bed:"), tr("T&ried to sleep:"),
        tr("M&inutes to fall asleep:"), tr("Times &woken:"), tr("Minutes awa&ke in the night:"),
        tr("Fi&nal awakening:"), tr("&Out of bed:"), tr("Sleep &quality:")};
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[int(i)]);
    alignColumns();
    const QStringList names {tr("Time into bed"), tr("Time tried to sleep"),
        tr("Minutes to fall asleep"), tr("Times woken in the night"),
        tr("Minutes awake in the night"), tr("Final awakening time"), tr("Time out of bed")};
    const QList<QWidget*> fields {m_intoBed, m_triedToSleep, m_latency, m_awakenings, m_wakeMinutes,
        m_finalAwakening, m_outOfBed};
    for (int i = 0; i < fields.size(); ++i)
        fields[i]->setAccessibleName(names[i]);
    const QStringList quality {
        tr("Not recorded"), tr("Very poor"), tr("Poor"), tr("Fair"), tr("Good"), tr("Very good")};
    for (std::size_t i = 0; i < m_qualityButtons.size(); ++i) {
        m_qualityButtons[i]->setText(quality[int(i)]);
        m_qualityButtons[i]->setAccessibleName(tr("Sleep quality: %1").arg(quality[int(i)]));
    }
    m_sameAsYesterday->setText(tr("Same times as the night before"));
    m_sameAsYesterday->setAccessibleName(
        tr("Use the bed and wake times of the night before (on yesterday's page)"));
    m_latency->setToolTip(tr("From trying to sleep until you fell asleep."));
    m_wakeMinutes->setToolTip(tr("All the time you lay awake after first falling asleep."));
    updateDerived();
}

void SleepSection::setPrevious(const std::optional<SleepRecord>& previous)
{
    const bool hasTimes = previous
        && (previous->timeIntoBed || previous->timeTriedToSleep || previous->finalAwakening
            || previous->timeOutOfBed);
    m_previous = hasTimes ? previous : std::nullopt;
    m_sameAsYesterday->setEnabled(hasTimes);
}

SleepRecord SleepSection::record() const
{
    SleepRecord sleep;
    sleep.timeIntoBed = m_intoBed->time();
    sleep.timeTriedToSleep = m_triedToSleep->time();
    sleep.latencyMinutes = m_latency->optionalValue();
    sleep.awakenings = m_awakenings->optionalValue();
    sleep.wakeAfterSleepOnsetMinutes = m_wakeMinutes->optionalValue();
    sleep.finalAwakening = m_finalAwakening->time();
    sleep.timeOutOfBed = m_outOfBed->time();
    const int quality = m_qualityGroup->checkedId();
    if (quality >= SleepRecord::kQualityMin)
        sleep.quality = quality;
    return sleep;
}

void SleepSection::apply(DayEntry& day) const
{
    day.sleep = record();
}

void SleepSection::load(const DayEntry& day)
{
    if (day.date != m_morning) {
        m_morning = day.date;
        setTitle(nightTitle(m_morning, QLocale()));
    }
    const SleepRecord& sleep = day.sleep;
    m_intoBed->setTime(sleep.timeIntoBed);
    m_triedToSleep->setTime(sleep.timeTriedToSleep);
    m_latency->setOptionalValue(sleep.latencyMinutes);
    m_awakenings->setOptionalValue(sleep.awakenings);
    m_wakeMinutes->setOptionalValue(sleep.wakeAfterSleepOnsetMinutes);
    m_finalAwakening->setTime(sleep.finalAwakening);
    m_outOfBed->setTime(sleep.timeOutOfBed);
    m_qualityButtons[std::size_t(sleep.quality.value_or(0))]->setChecked(true);
    updateDerived();
}

QList<FieldProblem> SleepSection::inputProblems() const
{
    QList<FieldProblem> problems;
    const std::pair<TimeField*, const char*> fields[]
        = {{m_intoBed, "sleep.into_bed"}, {m_triedToSleep, "sleep.tried_to_sleep"},
            {m_finalAwakening, "sleep.final_awakening"}, {m_outOfBed, "sleep.out_of_bed"}};
    for (const auto& [field, path] : fields) {
        if (!field->isValid()) {
            problems.append({FieldProblem::Kind::Error, QLatin1String(path),
                tr("\"%1\" is not a time. Write it as hh:mm on a 24-hour clock, for example 22:30.")
                    .arg(field->text())});
        }
    }
    return problems;
}

QString SleepSection::totalSleepNeeds(SleepRecord::Missing missing)
{
    if (missing.latency && missing.wakeAfterSleepOnset)
        return tr("Total sleep: fill in the minutes to fall asleep and awake in the night");
    if (missing.latency)
        return tr("Total sleep: fill in the minutes to fall asleep");
    return tr("Total sleep: fill in the minutes awake in the night (0 if none)");
}

void SleepSection::updateDerived()
{
    const SleepRecord sleep = record();
    QStringList parts;
    if (const auto inBed = sleep.timeInBedMinutes())
        parts << tr("Time in bed: %1").arg(duration(*inBed));
    if (const auto asleep = sleep.totalSleepMinutes())
        parts << tr("Total sleep: %1").arg(duration(*asleep));
    else if (sleep.sleepWindowMinutes())
        parts << totalSleepNeeds(sleep.missingForTotalSleep());
    if (const auto efficiency = sleep.efficiency())
        parts
            << tr("Sleep efficiency: %1\u00A0%").arg(QLocale().toString(*efficiency * 100, 'f', 0));
    m_derivedLabel->setText(parts.isEmpty()
            ? tr("Fill in the times to see your time in bed, total sleep and sleep efficiency.")
            : parts.join(QStringLiteral("   ·   ")));
}

} // namespace stilla
