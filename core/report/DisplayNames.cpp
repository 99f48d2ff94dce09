#include "DisplayNames.h"

namespace stilla {

QString DisplayNames::medicationClass(MedicationClass medicationClass)
{
    switch (medicationClass) {
    case MedicationClass::DopamineAgonist:
        return tr("Dopamine medicine for RLS (e.g. pramipexole)");
    case MedicationClass::Opioid:
        return tr("Opioid");
    case MedicationClass::MuscleRelaxant:
        return tr("Muscle relaxant");
    case MedicationClass::SleepMedication:
        return tr("Sleep medication");
    case MedicationClass::Antibiotic:
        return tr("Antibiotic (aminoglycoside, quinolone, tetracycline)");
    case MedicationClass::CalciumChannelBlocker:
        return tr("Calcium channel blocker");
    case MedicationClass::Diuretic:
        return tr("Diuretic (water pill)");
    case MedicationClass::Bisphosphonate:
        return tr("Bisphosphonate");
    case MedicationClass::Gabapentinoid:
        return tr("Gabapentin or pregabalin");
    case MedicationClass::OralIron:
        return tr("Iron tablets or drops");
    case MedicationClass::Levothyroxine:
        return tr("Levothyroxine (thyroid hormone)");
    case MedicationClass::ProtonPumpInhibitor:
        return tr("Proton pump inhibitor (e.g. omeprazole)");
    case MedicationClass::SedatingAntihistamine:
        return tr("Sedating antihistamine (some sleep aids)");
    case MedicationClass::DopamineBlocker:
        return tr("Dopamine blocker (e.g. antipsychotic, metoclopramide)");
    case MedicationClass::SerotonergicAntidepressant:
        return tr("Antidepressant (SSRI, SNRI, mirtazapine, tricyclic)");
    case MedicationClass::Other:
        break;
    }
    return tr("Other");
}

QString DisplayNames::dayPart(DayPart part)
{
    switch (part) {
    case DayPart::Sleep:
        return tr("sleep");
    case DayPart::Symptoms:
        return tr("restless legs");
    case DayPart::Magnesium:
        return tr("magnesium");
    case DayPart::Remedies:
        return tr("habits and remedies");
    case DayPart::Medications:
        return tr("medications");
    case DayPart::SideEffectsNoted:
        return tr("side effects");
    case DayPart::Notes:
        return tr("notes");
    }
    return {};
}

QString DisplayNames::dayParts(const std::vector<DayPart>& parts)
{
    QStringList names;
    for (DayPart part : parts)
        names << dayPart(part);
    return list(std::move(names));
}

QString DisplayNames::list(QStringList items)
{
    if (items.size() < 2)
        return items.join(QString());
    const QString last = items.takeLast();
    return tr("%1 and %2", "the last two of a list").arg(items.join(QStringLiteral(", ")), last);
}

QString DisplayNames::sideEffect(SideEffect effect)
{
    switch (effect) {
    case SideEffect::StomachUpset:
        return tr("Upset stomach");
    case SideEffect::Nausea:
        return tr("Nausea");
    case SideEffect::Vomiting:
        return tr("Vomiting");
    case SideEffect::Diarrhoea:
        return tr("Diarrhoea");
    case SideEffect::StomachCramps:
        return tr("Stomach cramps");
    case SideEffect::LowBloodPressure:
        return tr("Low blood pressure or feeling faint");
    case SideEffect::Confusion:
        return tr("Confusion");
    case SideEffect::IrregularHeartbeat:
        return tr("Irregular heartbeat");
    case SideEffect::SlowedBreathing:
        return tr("Slowed breathing");
    case SideEffect::MuscleWeakness:
        return tr("Muscle weakness");
    case SideEffect::Drowsiness:
        return tr("Unusual drowsiness");
    case SideEffect::None:
        break;
    }
    return {};
}

QString DisplayNames::supplementForm(SupplementForm form)
{
    switch (form) {
    case SupplementForm::Oxide:
        return tr("Magnesium oxide");
    case SupplementForm::Citrate:
        return tr("Magnesium citrate");
    case SupplementForm::Glycinate:
        return tr("Magnesium glycinate");
    case SupplementForm::Chloride:
        return tr("Magnesium chloride");
    case SupplementForm::Lactate:
        return tr("Magnesium lactate");
    case SupplementForm::Malate:
        return tr("Magnesium malate");
    case SupplementForm::Sulfate:
        return tr("Magnesium sulfate");
    case SupplementForm::LaxativeOrAntacid:
        return tr("Laxative or antacid with magnesium");
    case SupplementForm::Other:
        break;
    }
    return tr("Other form");
}

QString DisplayNames::condition(Condition condition)
{
    switch (condition) {
    case Condition::BleedingDisorder:
        return tr("A bleeding disorder");
    case Condition::KidneyDisease:
        return tr("Kidney disease, including kidney failure");
    case Condition::Pregnant:
        return tr("Pregnant");
    case Condition::Breastfeeding:
        return tr("Breastfeeding");
    case Condition::None:
        break;
    }
    return {};
}

QString DisplayNames::conditionRuledOut(Condition condition)
{
    switch (condition) {
    case Condition::BleedingDisorder:
        return tr("no bleeding disorder");
    case Condition::KidneyDisease:
        return tr("no kidney disease");
    case Condition::Pregnant:
        return tr("not pregnant");
    case Condition::Breastfeeding:
        return tr("not breastfeeding");
    case Condition::None:
        break;
    }
    return {};
}

QString DisplayNames::ageGroup(AgeGroup ageGroup)
{
    switch (ageGroup) {
    case AgeGroup::Child1To3:
        return tr("Child, 1–3 years");
    case AgeGroup::Child4To8:
        return tr("Child, 4–8 years");
    case AgeGroup::Child9To12:
        return tr("Child, 9–12 years");
    case AgeGroup::Child:
        return tr("Child under 13, age not given");
    case AgeGroup::Adolescent:
        return tr("Adolescent (13–17)");
    case AgeGroup::Adult:
        return tr("Adult (18 or older)");
    case AgeGroup::Unset:
        break;
    }
    return tr("Not given");
}

QString DisplayNames::sex(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return tr("Female");
    case Sex::Male:
        return tr("Male");
    case Sex::Unset:
        break;
    }
    return tr("Not given");
}

} // namespace stilla
