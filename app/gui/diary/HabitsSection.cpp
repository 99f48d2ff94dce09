#include "HabitsSection.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/OptionalSpinBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>

namespace stilla {

namespace {

/// Ticked is "done". Unticked keeps an explicit "no" that was stored (an imported diary may
/// have one) and is otherwise "not noted".
std::optional<bool> checked(const QCheckBox* box, const std::optional<bool>& stored)
{
    if (box->isChecked())
        return true;
    return stored == false ? std::optional(false) : std::nullopt;
}

} // namespace

HabitsSection::HabitsSection(QWidget* parent)
    : DiarySection(parent)
    , m_caffeine(new OptionalSpinBox(0, DayValidation::kMaxCaffeineServings, this))
    , m_exercise(new OptionalSpinBox(0, DayValidation::kMaxExerciseMinutes, this))
    , m_warmBath(new QCheckBox(this))
    , m_massage(new QCheckBox(this))
    , m_relaxation(new QCheckBox(this))
    , m_routine(new QCheckBox(this))
{
    setObjectName(QStringLiteral("habitsSection"));
    m_caffeine->setObjectName(QStringLiteral("caffeineSpinBox"));
    m_exercise->setObjectName(QStringLiteral("exerciseSpinBox"));
    m_exercise->setSingleStep(5);
    m_caffeine->setMaximumWidth(120);
    m_exercise->setMaximumWidth(120);

    auto* form = new QFormLayout(this);
    form->setSpacing(spacing::s);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_labels.push_back(addRow(form, m_caffeine, {QStringLiteral("remedies.caffeine_servings")}));
    m_labels.push_back(addRow(form, m_exercise, {QStringLiteral("remedies.exercise_minutes")}));
    auto* boxes = new QWidget(this);
    // Two columns where they fit, one in a narrow window.
    auto* grid = new GridFlowLayout(2, boxes);
    grid->setHorizontalSpacing(spacing::l);
    grid->setVerticalSpacing(spacing::s);
    for (QCheckBox* box : {m_warmBath, m_massage, m_relaxation, m_routine})
        grid->addWidget(box);
    m_labels.push_back(addRow(form, boxes, {}));
    m_labels.back()->setBuddy(m_warmBath);

    watch(m_caffeine, &QSpinBox::valueChanged);
    watch(m_exercise, &QSpinBox::valueChanged);
    for (QCheckBox* box : {m_warmBath, m_massage, m_relaxation, m_routine})
        watch(box, &QCheckBox::toggled);
    retranslate();
}

void HabitsSection::retranslate()
{
    setTitle(tr("Habits and other remedies"));
    m_labels[0]->setText(tr("&Caffeine (cups or servings):"));
    m_labels[1]->setText(tr("Moderate e&xercise (minutes):"));
    m_labels[2]->setText(tr("Also today:"));
    m_caffeine->setAccessibleName(tr("Caffeine servings"));
    m_caffeine->setToolTip(tr("Coffee, tea, cola, energy drinks: the article says caffeine can "
                              "make RLS worse."));
    m_exercise->setAccessibleName(tr("Minutes of moderate exercise"));
    m_warmBath->setText(tr("A warm bath"));
    m_massage->setText(tr("Massage"));
    m_relaxation->setText(tr("Relaxation or meditation"));
    m_routine->setText(tr("Kept my regular sleep routine"));
}

void HabitsSection::apply(DayEntry& day) const
{
    Remedies& remedies = day.remedies;
    remedies.caffeineServings = m_caffeine->optionalValue();
    remedies.exerciseMinutes = m_exercise->optionalValue();
    remedies.warmBath = checked(m_warmBath, m_loaded.warmBath);
    remedies.massage = checked(m_massage, m_loaded.massage);
    remedies.relaxation = checked(m_relaxation, m_loaded.relaxation);
    remedies.sleepRoutineKept = checked(m_routine, m_loaded.sleepRoutineKept);
}

void HabitsSection::load(const DayEntry& day)
{
    const Remedies& remedies = day.remedies;
    m_loaded = remedies;
    m_caffeine->setOptionalValue(remedies.caffeineServings);
    m_exercise->setOptionalValue(remedies.exerciseMinutes);
    m_warmBath->setChecked(remedies.warmBath.value_or(false));
    m_massage->setChecked(remedies.massage.value_or(false));
    m_relaxation->setChecked(remedies.relaxation.value_or(false));
    m_routine->setChecked(remedies.sleepRoutineKept.value_or(false));
}

} // namespace stilla
