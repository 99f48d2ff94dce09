#include "ProfileEditor.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/report/DisplayNames.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyFacts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stilla {

namespace {

// A condition's answers: the index of each in its combo box.
enum ConditionAnswer { NotAnswered, Yes, No, AnswerCount };

/// The check boxes in up to @p columns columns, fewer where the window is narrow.
QWidget* checkGrid(QWidget* parent, const std::vector<QCheckBox*>& boxes, int columns)
{
    auto* widget = new QWidget(parent);
    auto* grid = new GridFlowLayout(columns, widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(spacing::l);
    grid->setVerticalSpacing(spacing::s);
    for (QCheckBox* box : boxes)
        grid->addWidget(box);
    return widget;
}

} // namespace

ProfileEditor::ProfileEditor(
    Settings& settings, DiaryStore* diary, const Clock& clock, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_diary(diary)
    , m_clock(clock)
    , m_intro(new WrappingLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_ageGroup(new QComboBox(this))
    , m_sexLabel(new QLabel(this))
    , m_sex(new QComboBox(this))
    , m_conditionsLabel(new QLabel(this))
    , m_medicationsLabel(new QLabel(this))
    , m_ceilingLabel(new QLabel(this))
    , m_ceiling(new QComboBox(this))
    , m_targetLabel(new QLabel(this))
    , m_targetReference(new QComboBox(this))
    , m_ownTarget(new QSpinBox(this))
    , m_targetInfo(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("profileEditor"));
    m_ageGroup->setObjectName(QStringLiteral("ageGroupComboBox"));
    m_sex->setObjectName(QStringLiteral("sexComboBox"));
    m_ceiling->setObjectName(QStringLiteral("ceilingComboBox"));
    m_targetReference->setObjectName(QStringLiteral("targetReferenceComboBox"));
    m_ownTarget->setObjectName(QStringLiteral("ownTargetSpinBox"));
    m_targetInfo->setObjectName(QStringLiteral("targetInfoLabel"));
    m_targetInfo->setForegroundRole(QPalette::PlaceholderText);
    // "Child, age not given" is for profiles saved before the age bands; it is offered only to
    // a profile that has it (reload()).
    for (AgeGroup ageGroup : allAgeGroups()) {
        if (ageGroup != AgeGroup::Child)
            m_ageGroup->addItem(DisplayNames::ageGroup(ageGroup), toName(ageGroup));
    }
    for (std::size_t i = 0; i < allSexes().size(); ++i)
        m_sex->addItem(QString(), toName(allSexes()[i]));
    for (SupplementReference reference : allSupplementReferences())
        m_ceiling->addItem(QString(), toName(reference));

    QWidget* conditionsWidget = conditionList();
    QWidget* medicationsWidget = medicationList();

    // The combo boxes are as wide as their longest item in the language of the moment, and a
    // row whose field does not fit beside its label puts the label above it: nothing is cut in
    // a narrow window. (Allowed to shrink to 16 characters, they were cut at 800 × 600:
    // "Nordic Nutrition Recommen".)
    for (QComboBox* combo : {m_ageGroup, m_sex, m_ceiling, m_targetReference})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setSpacing(spacing::m);
    form->addRow(m_intro);
    form->addRow(m_ageLabel, m_ageGroup);
    form->addRow(m_sexLabel, m_sex);
    // The conditions and the medicines take the whole width, so that their long names fit
    // beside their answers, and in two columns.
    form->addRow(m_conditionsLabel);
    form->addRow(conditionsWidget);
    form->addRow(m_medicationsLabel);
    form->addRow(medicationsWidget);
    form->addRow(m_ceilingLabel, m_ceiling);
    form->addRow(m_targetLabel, targetField());
    m_ageLabel->setBuddy(m_ageGroup);
    m_sexLabel->setBuddy(m_sex);
    m_ceilingLabel->setBuddy(m_ceiling);
    m_targetLabel->setBuddy(m_targetReference);
    m_conditionsLabel->setBuddy(m_conditions.at(allConditions().front()));
    // Tab as the form reads: the ceiling and the target were made before the conditions and
    // the medicines above them, so they come after the last medicine.
    setTabOrder(m_lastMedication, m_ceiling);
    setTabOrder(m_ceiling, m_targetReference);
    setTabOrder(m_targetReference, m_ownTarget);

    for (QComboBox* combo : {m_ageGroup, m_sex, m_ceiling, m_targetReference})
        connect(combo, &QComboBox::activated, this, &ProfileEditor::save);
    for (auto& [condition, combo] : m_conditions)
        connect(combo, &QComboBox::activated, this, &ProfileEditor::save);
    for (auto& [medication, box] : m_medications)
        connect(box, &QCheckBox::toggled, this, &ProfileEditor::save);
    connect(m_ownTarget, &QSpinBox::valueChanged, this, &ProfileEditor::save);
    if (m_diary) {
        DiaryNotifier& notifier = m_diary->notifier();
        connect(
            &notifier, &DiaryNotifier::labResultsChanged, this, &ProfileEditor::updateTargetLabel);
        connect(&notifier, &DiaryNotifier::diaryReset, this, &ProfileEditor::updateTargetLabel);
    }
    retranslate();
    reload();
}

QLayout* ProfileEditor::targetField()
{
    m_targetReference->addItem(QString(), IntakeTargets::toName(IntakeReference::Nordic));
    m_targetReference->addItem(QString(), IntakeTargets::toName(IntakeReference::Us));
    m_ownTarget->setRange(0, int(IntakeTargets::kMaxCustomMg));
    m_ownTarget->setSingleStep(10);
    m_ownTarget->setSuffix(QStringLiteral("\u00A0mg"));
    auto* choices = new QHBoxLayout;
    choices->setSpacing(spacing::s);
    choices->addWidget(m_targetReference, 1);
    choices->addWidget(m_ownTarget);
    // What the target is, under its choices in the same field: a row of its own (with an
    // empty label) stood a blank line lower than its text.
    auto* field = new QVBoxLayout;
    field->setSpacing(spacing::s);
    field->addLayout(choices);
    field->addWidget(m_targetInfo);
    return field;
}

/// Each condition with its answer: not answered, yes or no.
QWidget* ProfileEditor::conditionList()
{
    auto* widget = new QWidget(this);
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(spacing::l, 0, 0, 0); // under their title, as the medicines
    grid->setHorizontalSpacing(spacing::m);
    grid->setVerticalSpacing(spacing::s);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (Condition condition : allConditions()) {
        auto* label = new QLabel(widget);
        auto* combo = new QComboBox(widget);
        combo->setObjectName(QStringLiteral("condition_") + toName(condition));
        for (int answer = 0; answer < AnswerCount; ++answer)
            combo->addItem(QString());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // as wide as this language's
        label->setBuddy(combo);
        m_conditions[condition] = combo;
        m_conditionLabels[condition] = label;
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        ++row;
    }
    return widget;
}

/// The medicines' check boxes under their groups' titles, two columns each.
QWidget* ProfileEditor::medicationList()
{
    // The medicines in three groups, so that a long list reads as what each group is for.
    const std::array<std::vector<MedicationClass>, 3> groups {{
        {MedicationClass::DopamineAgonist, MedicationClass::Gabapentinoid, MedicationClass::Opioid,
            MedicationClass::SleepMedication, MedicationClass::OralIron},
        {MedicationClass::Antibiotic, MedicationClass::Bisphosphonate,
            MedicationClass::CalciumChannelBlocker, MedicationClass::Diuretic,
            MedicationClass::Levothyroxine, MedicationClass::MuscleRelaxant,
            MedicationClass::ProtonPumpInhibitor},
        {MedicationClass::SedatingAntihistamine, MedicationClass::DopamineBlocker,
            MedicationClass::SerotonergicAntidepressant},
    }};
    auto* medicationsWidget = new QWidget(this);
    auto* medicationsColumn = new QVBoxLayout(medicationsWidget);
    medicationsColumn->setContentsMargins(spacing::l, 0, 0, 0);
    medicationsColumn->setSpacing(spacing::s);
    QCheckBox* firstMedication = nullptr;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        m_medicationGroups[g] = new QLabel(medicationsWidget);
        std::vector<QCheckBox*> boxes;
        for (MedicationClass medication : groups[g]) {
            auto* box = new QCheckBox(medicationsWidget);
            box->setObjectName(QStringLiteral("medication_") + toName(medication));
            m_medications[medication] = box;
            boxes.push_back(box);
        }
        firstMedication = firstMedication ? firstMedication : boxes.front();
        m_lastMedication = boxes.back();
        medicationsColumn->addWidget(m_medicationGroups[g]);
        medicationsColumn->addWidget(checkGrid(medicationsWidget, boxes, 2));
    }
    m_medicationsLabel->setBuddy(firstMedication);
    return medicationsWidget;
}

void ProfileEditor::reload()
{
    m_loading = true;
    const Profile profile = ProfileStore(m_settings).load();
    const QString legacyChild = toName(AgeGroup::Child);
    if (profile.ageGroup == AgeGroup::Child && m_ageGroup->findData(legacyChild) < 0) {
        m_ageGroup->insertItem(m_ageGroup->findData(toName(AgeGroup::Adolescent)),
            DisplayNames::ageGroup(AgeGroup::Child), legacyChild);
    }
    m_ageGroup->setCurrentIndex(m_ageGroup->findData(toName(profile.ageGroup)));
    m_sex->setCurrentIndex(m_sex->findData(toName(profile.sex)));
    for (auto& [condition, combo] : m_conditions) {
        combo->setCurrentIndex(
            profile.has(condition) ? Yes : (profile.ruledOut(condition) ? No : NotAnswered));
    }
    for (auto& [medication, box] : m_medications)
        box->setChecked(profile.takes(medication));
    m_ceiling->setCurrentIndex(m_ceiling->findData(toName(profile.reference)));
    m_targetReference->setCurrentIndex(
        m_targetReference->findData(m_settings.value(Settings::Key::IntakeReference)));
    m_ownTarget->setValue(m_settings.value(Settings::Key::IntakeTargetMg).toInt());
    m_loading = false;
    updateTargetLabel();
}

void ProfileEditor::save()
{
    if (m_loading)
        return;
    Profile profile;
    profile.ageGroup
        = ageGroupFromName(m_ageGroup->currentData().toString()).value_or(AgeGroup::Unset);
    profile.sex = sexFromName(m_sex->currentData().toString()).value_or(Sex::Unset);
    for (auto& [condition, combo] : m_conditions) {
        if (combo->currentIndex() == Yes)
            profile.conditions |= unsigned(condition);
        else if (combo->currentIndex() == No)
            profile.conditionsRuledOut |= unsigned(condition);
    }
    for (auto& [medication, box] : m_medications) {
        if (box->isChecked())
            profile.medications.push_back(medication);
    }
    profile.reference = supplementReferenceFromName(m_ceiling->currentData().toString())
                            .value_or(SupplementReference::NordicEu);
    // The target first: ProfileStore::save writes everything in one sync(), which announces
    // the change once on the settings' notifier.
    m_settings.setValue(Settings::Key::IntakeReference, m_targetReference->currentData());
    m_settings.setValue(Settings::Key::IntakeTargetMg, m_ownTarget->value());
    ProfileStore(m_settings).save(profile);
    updateTargetLabel();
}

void ProfileEditor::updateTargetLabel()
{
    const Profile profile = ProfileStore(m_settings).load();
    const QDate today = m_clock.today();
    const auto kidneys = DiaryFindings::kidneyDisease(m_diary, today);
    const auto target = IntakeTargets::current(m_settings, profile, kidneys);
    if (!target && kidneys && !profile.has(Condition::KidneyDisease)) {
        m_targetInfo->setText(
            tr("Stilla gives no daily target while your eGFR shows kidney disease "
               "(%1\u00A0mL/min/1.73\u00A0m² on %2): the article advises against magnesium "
               "with any kidney disease. Ask your doctor, and enter a figure here only if they "
               "give you one. If your doctor has told you that you have kidney disease, you "
               "can also note it under your conditions.")
                .arg(LabResult::number(kidneys->egfr),
                    QLocale().toString(kidneys->measured, QStringLiteral("d MMMM yyyy"))));
        return;
    }
    if (!target && profile.has(Condition::KidneyDisease)) {
        m_targetInfo->setText(tr("Stilla gives no daily target with kidney disease: the article "
                                 "advises against magnesium with any kidney disease. Ask your "
                                 "doctor, and enter a figure here only if they give you one."));
        return;
    }
    if (!target) {
        m_targetInfo->setText(tr("Stilla gives no daily target for children and adolescents. "
                                 "Ask a doctor or dietitian, or enter your own figure."));
        return;
    }
    m_targetInfo->setText(
        tr("Your daily target: %1\u00A0mg from food and supplements together (%2). "
           "This is a goal for your total intake, not a limit.")
            .arg(QLocale().toString(target->mg, 'f', 0), target->basis));
}

void ProfileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ProfileEditor::retranslate()
{
    setTitle(tr("Your profile (optional)"));
    m_intro->setText(tr("Everything here is optional and stays on this computer. Stilla uses it "
                        "to point out what the guide says about your situation and to set your "
                        "daily magnesium target. It does not replace advice from your doctor."));
    m_ageLabel->setText(tr("A&ge:"));
    m_ageGroup->setAccessibleName(tr("Age group"));
    for (int i = 0; i < m_ageGroup->count(); ++i) {
        m_ageGroup->setItemText(i,
            DisplayNames::ageGroup(
                ageGroupFromName(m_ageGroup->itemData(i).toString()).value_or(AgeGroup::Unset)));
    }
    m_sexLabel->setText(tr("Se&x:"));
    m_sex->setAccessibleName(tr("Sex"));
    for (int i = 0; i < m_sex->count(); ++i)
        m_sex->setItemText(i, DisplayNames::sex(allSexes()[std::size_t(i)]));
    m_conditionsLabel->setText(tr("Conditions:"));
    for (auto& [condition, combo] : m_conditions) {
        const QString name = DisplayNames::condition(condition);
        m_conditionLabels.at(condition)->setText(tr("%1:").arg(name));
        combo->setAccessibleName(name);
        combo->setItemText(NotAnswered, tr("Not answered"));
        combo->setItemText(Yes, tr("Yes"));
        combo->setItemText(No, tr("No"));
    }
    m_medicationsLabel->setText(tr("Medicines you take regularly:"));
    for (auto& [medication, box] : m_medications)
        box->setText(DisplayNames::medicationClass(medication));
    m_medicationGroups[0]->setText(tr("For RLS:"));
    m_medicationGroups[1]->setText(tr("That can interact with magnesium:"));
    m_medicationGroups[2]->setText(tr("That can make RLS worse:"));
    m_ceilingLabel->setText(tr("Supplement &upper limit:"));
    m_ceiling->setAccessibleName(tr("Upper limit for magnesium from supplements"));
    m_ceiling->setItemText(0,
        tr("%1\u00A0mg a day — Swedish Food Agency, NNR 2023, EFSA")
            .arg(SafetyFacts::referenceCeilingMg(SupplementReference::NordicEu)));
    m_ceiling->setItemText(1,
        tr("%1\u00A0mg a day — US National Institutes of Health")
            .arg(SafetyFacts::referenceCeilingMg(SupplementReference::Us)));
    m_targetLabel->setText(tr("Daily &target:"));
    m_targetReference->setAccessibleName(tr("Daily magnesium target follows"));
    m_targetReference->setItemText(0, tr("Nordic Nutrition Recommendations 2023"));
    m_targetReference->setItemText(1, tr("US recommended dietary allowance"));
    m_ownTarget->setSpecialValueText(tr("Own target: none"));
    m_ownTarget->setPrefix(QString());
    m_ownTarget->setAccessibleName(tr("Your own daily target in mg (none uses the reference)"));
    m_ownTarget->setToolTip(m_ownTarget->accessibleName());
    updateTargetLabel();
}

} // namespace stilla
