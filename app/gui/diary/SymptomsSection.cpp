#include "SymptomsSection.h"

#include "DayText.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"
#include "app/gui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace stilla {

SymptomsSection::SymptomsSection(QWidget* parent)
    : DiarySection(parent)
    , m_severity(
          new OptionalSpinBox(SymptomRecord::kSeverityMin, SymptomRecord::kSeverityMax, this))
    , m_scaleLabel(new WrappingLabel(this))
    , m_onsetTime(new TimeField(this))
    , m_onsetPeriod(new QComboBox(this))
    , m_urge(new QCheckBox(this))
    , m_pain(new QCheckBox(this))
    , m_throbbing(new QCheckBox(this))
    , m_other(new QCheckBox(this))
    , m_disturbedSleep(new QComboBox(this))
{
    setObjectName(QStringLiteral("symptomsSection"));
    m_severity->setObjectName(QStringLiteral("severitySpinBox"));
    m_severity->setMaximumWidth(120);
    m_scaleLabel->setObjectName(QStringLiteral("severityScaleLabel"));
    m_scaleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_scaleLabel->setMinimumWidth(260);
    m_onsetTime->setObjectName(QStringLiteral("onsetTimeField"));
    m_onsetTime->setSuggestedTime(QTime(21, 0));
    m_onsetPeriod->setObjectName(QStringLiteral("onsetPeriodComboBox"));
    m_disturbedSleep->setObjectName(QStringLiteral("disturbedSleepComboBox"));
    for (int i = 0; i < 4; ++i)
        m_onsetPeriod->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_disturbedSleep->addItem(QString());
    // Their width follows their items in the language of the moment: sized when first shown,
    // the Swedish "Tid på dygnet inte angiven" was cut in a box made for English.
    for (QComboBox* combo : {m_onsetPeriod, m_disturbedSleep}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    auto* form = new QFormLayout(this);
    form->setSpacing(spacing::s);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_labels.push_back(addRow(form, m_severity, {QStringLiteral("symptoms.severity")}));
    form->addRow(QString(), m_scaleLabel);

    auto* onsetRow = new QWidget(this);
    auto* onsetLayout = new QHBoxLayout(onsetRow);
    onsetLayout->setContentsMargins(0, 0, 0, 0);
    onsetLayout->setSpacing(spacing::s);
    onsetLayout->addWidget(m_onsetTime);
    onsetLayout->addWidget(m_onsetPeriod);
    m_labels.push_back(addRow(form, onsetRow, {QStringLiteral("symptoms.onset")}));
    m_labels.back()->setBuddy(m_onsetTime);

    auto* feelings = new QWidget(this);
    auto* feelingsLayout = new GridFlowLayout(2, feelings); // one column in a narrow window
    feelingsLayout->setHorizontalSpacing(spacing::l);
    feelingsLayout->setVerticalSpacing(spacing::s);
    for (QCheckBox* box : {m_urge, m_pain, m_throbbing, m_other})
        feelingsLayout->addWidget(box);
    m_labels.push_back(addRow(form, feelings, {}));
    m_labels.back()->setBuddy(m_urge);
    m_labels.push_back(addRow(form, m_disturbedSleep, {}));

    watch(m_severity, &QSpinBox::valueChanged);
    watch(m_onsetTime, &QLineEdit::textChanged);
    watch(m_onsetPeriod, &QComboBox::activated);
    watch(m_disturbedSleep, &QComboBox::activated);
    for (QCheckBox* box : {m_urge, m_pain, m_throbbing, m_other})
        watch(box, &QCheckBox::toggled);
    retranslate();
}

void SymptomsSection::retranslate()
{
    updateTitle();
    const QStringList labels {tr("&Severity (0–10):"), tr("S&ymptoms began:"), tr("It felt like:"),
        tr("Dist&urbed sleep:")};
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[int(i)]);
    m_scaleLabel->setText(tr("0 means no symptoms at all; 10 the worst you can imagine. "
                             "Leave it at – if you did not note it."));
    m_severity->setAccessibleName(tr("Symptom severity, 0 to 10"));
    m_severity->setAccessibleDescription(m_scaleLabel->text());
    m_onsetTime->setAccessibleName(tr("Time the symptoms began"));
    setComboBoxName(m_onsetPeriod, tr("Part of the day the symptoms began"));
    const QStringList periods {
        tr("Time of day not noted"), tr("In the afternoon"), tr("In the evening"), tr("At night")};
    for (int i = 0; i < periods.size(); ++i)
        m_onsetPeriod->setItemText(i, periods[i]);
    m_urge->setText(tr("An urge to move the legs"));
    m_pain->setText(tr("Pain"));
    m_throbbing->setText(tr("Throbbing"));
    m_other->setText(tr("Other unpleasant feelings"));
    setComboBoxName(m_disturbedSleep, tr("Symptoms disturbed sleep"));
    m_disturbedSleep->setItemText(0, tr("Not recorded"));
    m_disturbedSleep->setItemText(1, tr("Yes"));
    m_disturbedSleep->setItemText(2, tr("No"));
}

void SymptomsSection::updateTitle()
{
    // The day named, as the night above it is: a morning's entry of last evening's symptoms
    // belongs on the day before, which a title saying "today" on every day hid.
    //: The symptoms section's title on a diary day, e.g. "Restless legs, Sun 6 Dec".
    setTitle(m_day.isValid()
            ? tr("Restless legs, %1").arg(DayText::shortDay(m_day, QLocale(), true, false))
            : tr("Restless legs"));
}

void SymptomsSection::apply(DayEntry& day) const
{
    SymptomRecord& symptoms = day.symptoms;
    symptoms.severity = m_severity->optionalValue();
    symptoms.onsetTime = m_onsetTime->time();
    const int period = m_onsetPeriod->currentIndex();
    symptoms.onsetPeriod
        = period > 0 ? std::optional(static_cast<DayPeriod>(period - 1)) : std::nullopt;
    symptoms.urgeToMove = m_urge->isChecked();
    symptoms.pain = m_pain->isChecked();
    symptoms.throbbing = m_throbbing->isChecked();
    symptoms.otherUnpleasant = m_other->isChecked();
    const int disturbed = m_disturbedSleep->currentIndex();
    symptoms.disturbedSleep = disturbed == 0 ? std::nullopt : std::optional(disturbed == 1);
}

void SymptomsSection::load(const DayEntry& day)
{
    if (day.date != m_day) {
        m_day = day.date;
        updateTitle();
    }
    const SymptomRecord& symptoms = day.symptoms;
    m_severity->setOptionalValue(symptoms.severity);
    m_onsetTime->setTime(symptoms.onsetTime);
    m_onsetPeriod->setCurrentIndex(symptoms.onsetPeriod ? int(*symptoms.onsetPeriod) + 1 : 0);
    m_urge->setChecked(symptoms.urgeToMove);
    m_pain->setChecked(symptoms.pain);
    m_throbbing->setChecked(symptoms.throbbing);
    m_other->setChecked(symptoms.otherUnpleasant);
    m_disturbedSleep->setCurrentIndex(
        symptoms.disturbedSleep ? (*symptoms.disturbedSleep ? 1 : 2) : 0);
}

QList<FieldProblem> SymptomsSection::inputProblems() const
{
    if (m_onsetTime->isValid())
        return {};
    return {{FieldProblem::Kind::Error, QStringLiteral("symptoms.onset"),
        tr("\"%1\" is not a time. Write it as hh:mm on a 24-hour clock, for example 21:15.")
            .arg(m_onsetTime->text())}};
}

} // namespace stilla
