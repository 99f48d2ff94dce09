#include "SafetyFacts.h"

#include "Finding.h"

#include <array>

namespace stilla {

double SafetyFacts::referenceCeilingMg(SupplementReference reference)
{
    switch (reference) {
    case SupplementReference::NordicEu:
        return kNordicEuCeilingMg;
    case SupplementReference::Us:
        return kUsCeilingMg;
    }
    return kNordicEuCeilingMg;
}

QString SafetyFacts::referenceAuthority(SupplementReference reference)
{
    switch (reference) {
    case SupplementReference::NordicEu:
        return tr("Swedish and European authorities");
    case SupplementReference::Us:
        return tr("the US National Institutes of Health");
    }
    return {};
}

QString SafetyFacts::referenceSource(SupplementReference reference)
{
    switch (reference) {
    case SupplementReference::NordicEu:
        return tr("Livsmedelsverket (the Swedish Food Agency) and the Nordic Nutrition "
                  "Recommendations 2023 (NNR2023); EFSA, Overview on Tolerable Upper Intake "
                  "Levels (2006, updated 2024)");
    case SupplementReference::Us:
        return tr("NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health "
                  "Professionals (2022)");
    }
    return {};
}

double SafetyFacts::singleDoseSplitMg(SupplementReference reference)
{
    return referenceCeilingMg(reference) * kSingleDoseShareOfLimit;
}

std::optional<double> SafetyFacts::supplementCeilingMg(const Profile& profile)
{
    return profile.isChild() ? childCeilingMg(profile.ageGroup, profile.reference)
                             : std::optional<double>(referenceCeilingMg(profile.reference));
}

std::optional<double> SafetyFacts::childCeilingMg(AgeGroup ageGroup, SupplementReference reference)
{
    const bool us = reference == SupplementReference::Us;
    switch (ageGroup) {
    case AgeGroup::Child1To3:
        return kUsChild1To3CeilingMg;
    case AgeGroup::Child4To8:
        return us ? kUsChild4To8CeilingMg : kNordicEuCeilingMg;
    case AgeGroup::Child9To12:
        return us ? kUsCeilingMg : kNordicEuCeilingMg;
    case AgeGroup::Child:
    case AgeGroup::Unset:
    case AgeGroup::Adolescent:
    case AgeGroup::Adult:
        break;
    }
    return std::nullopt;
}

QString SafetyFacts::childCeilingSource(AgeGroup ageGroup, SupplementReference reference)
{
    if (reference == SupplementReference::Us || ageGroup == AgeGroup::Child1To3)
        return nihSource();
    return referenceSource(SupplementReference::NordicEu);
}

QString SafetyFacts::articleSource()
{
    return tr("the article");
}

std::vector<SafetyFact> SafetyFacts::all()
{
    std::vector<SafetyFact> facts;
    for (const std::vector<SafetyFact>& group :
        {doseFacts(), sideEffectFacts(), riskFacts(), rlsFacts(), medicineFacts(), ironFacts()})
        facts.insert(facts.end(), group.begin(), group.end());
    return facts;
}

std::vector<SafetyFact> SafetyFacts::doseFacts()
{
    const QString article = articleSource();
    const QString nih = referenceSource(SupplementReference::Us);
    const QString doses = QLatin1String(ArticleSectionId::kFormsAndDoses);
    return {
        {QStringLiteral("dose.article_range"), doses,
            tr("For adolescents and adults, daily doses of %1–%2\u00A0mg of magnesium are "
               "considered "
               "safe. Talk to a doctor about the right dose for you.")
                .arg(kArticleRangeLowMg)
                .arg(kArticleRangeHighMg),
            article},
        {QStringLiteral("dose.limit_nordic_eu"), doses,
            tr("Swedish and European authorities set %1\u00A0mg a day as the upper limit for "
               "magnesium "
               "from supplements for adults and adolescents. This is lower than the article's "
               "figure, and Stilla uses it unless you choose otherwise in your profile.")
                .arg(kNordicEuCeilingMg),
            referenceSource(SupplementReference::NordicEu)},
        {QStringLiteral("dose.limit_us"), doses,
            tr("In the United States, the upper limit for magnesium from supplements is %1\u00A0mg "
               "a "
               "day for everyone from 9 years of age.")
                .arg(kUsCeilingMg),
            nih},
        {QStringLiteral("dose.limit_children"), doses,
            tr("For children, the US upper limits for magnesium from supplements are %1\u00A0mg a "
               "day "
               "from 1 to 3 years of age and %2\u00A0mg a day from 4 to 8 years. The European "
               "limit of "
               "%3\u00A0mg a day applies from 4 years of age; for younger children Stilla uses the "
               "US "
               "figure. Stilla gives no doses for children: ask a doctor.")
                .arg(kUsChild1To3CeilingMg)
                .arg(kUsChild4To8CeilingMg)
                .arg(kNordicEuCeilingMg),
            nih + QLatin1String("; ") + referenceSource(SupplementReference::NordicEu)},
        {QStringLiteral("dose.split"), doses,
            tr("The German Federal Institute for Risk Assessment advises taking the day's "
               "supplement magnesium in at least two doses, as this is likely to be easier to "
               "tolerate. Stilla reminds you when more than half of your daily upper limit was "
               "taken as one dose."),
            bfrSource()},
        {QStringLiteral("dose.food_not_counted"), doses,
            tr("Magnesium from food counts toward none of these limits. They concern magnesium "
               "from supplements and medicines only, because magnesium in food has not been "
               "shown to cause harm: in healthy people, the kidneys remove what the body does "
               "not need."),
            tr("EFSA, Overview on Tolerable Upper Intake Levels (2006, updated 2024); NIH "
               "Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals "
               "(2022)")},
        {QStringLiteral("dose.medicines_count"), doses,
            tr("Magnesium in laxatives and antacids (magnesium hydroxide or magnesium oxide) "
               "counts toward these limits; log it as a dose in the form \"Laxative or "
               "antacid with magnesium\". Large doses of such medicines are a known cause of too "
               "much magnesium, especially in older people and in people with kidney disease."),
            nih},
    };
}

std::vector<SafetyFact> SafetyFacts::sideEffectFacts()
{
    const QString article = articleSource();
    const QString nih = referenceSource(SupplementReference::Us);
    return {
        {QStringLiteral("side_effect.common"), QLatin1String(ArticleSectionId::kSideEffects),
            tr("The most common side effect of magnesium is an upset stomach. Nausea, vomiting, "
               "diarrhoea and stomach cramps are also common. A lower dose can reduce them."),
            article},
        {QStringLiteral("side_effect.serious"),
            QLatin1String(ArticleSectionId::kSeriousSideEffects),
            tr("High doses of magnesium are not safe. Signs of magnesium building up in the body "
               "are low blood pressure, confusion, an irregular heartbeat and slowed breathing; "
               "in severe cases it can lead to coma or death."),
            article},
        {QStringLiteral("side_effect.serious_more"),
            QLatin1String(ArticleSectionId::kSeriousSideEffects),
            tr("Muscle weakness and unusual drowsiness can also be signs of too much magnesium. "
               "With kidney disease, magnesium builds up more easily, and nausea or vomiting on a "
               "day with magnesium can be an early sign."),
            nih},
    };
}

std::vector<SafetyFact> SafetyFacts::riskFacts()
{
    const QString article = articleSource();
    const QString nih = referenceSource(SupplementReference::Us);
    const QString risks = QLatin1String(ArticleSectionId::kPotentialRisks);
    return {
        {QStringLiteral("risk.bleeding_disorder"), risks,
            tr("If you have a bleeding disorder, do not take magnesium without asking your "
               "doctor: magnesium can slow blood clotting and raise the risk of bleeding."),
            article},
        {QStringLiteral("risk.kidney_disease"), risks,
            tr("Do not take magnesium if you have any kidney disease, including kidney failure."),
            article},
        {QStringLiteral("risk.pregnancy_iv"), risks,
            tr("Magnesium given through a drip (intravenously) may not be safe during pregnancy "
               "or while breastfeeding."),
            article},
        {QStringLiteral("interaction.medicines"), risks,
            tr("Magnesium can interact with some medicines: aminoglycoside, quinolone and "
               "tetracycline antibiotics, calcium channel blockers, muscle relaxants, water pills "
               "(diuretics) and bisphosphonates."),
            article},
        {QStringLiteral("interaction.antibiotic_timing"), risks,
            tr("Take tetracycline and quinolone antibiotics at least 2 hours before or 4 to 6 "
               "hours after magnesium."),
            nih},
        {QStringLiteral("interaction.bisphosphonate_timing"), risks,
            tr("Keep bisphosphonates and magnesium at least 2 hours apart."), nih},
    };
}

std::vector<SafetyFact> SafetyFacts::rlsFacts()
{
    const QString article = articleSource();
    const QString treatments = QLatin1String(ArticleSectionId::kTraditionalTreatments);
    const QString medicines = QLatin1String(ArticleSectionId::kMedicinesAndRls);
    return {
        {QStringLiteral("lifestyle.caffeine"), QLatin1String(ArticleSectionId::kAlternatives),
            tr("Caffeine can make RLS worse; the article adds that it lowers the body's "
               "magnesium levels."),
            article},
        {QStringLiteral("medication.dependence"), treatments,
            tr("Some RLS medicines can become habit-forming, such as opioids and some sleeping "
               "tablets."),
            article},
        {QStringLiteral("medication.augmentation"), medicines,
            tr("Dopamine medicines for RLS (levodopa, pramipexole, ropinirole, rotigotine) can, "
               "over months or years, make RLS worse: symptoms start earlier in the day, grow "
               "stronger or spread to the arms. This is called augmentation, and a higher dose "
               "makes it worse. For this reason the guideline advises against their standard "
               "use. Do not raise the dose yourself; tell your doctor if your symptoms start "
               "earlier or spread."),
            ironGuidelineSource()},
        {QStringLiteral("medication.may_worsen_rls"), medicines,
            tr("Some medicines can make RLS worse: sedating antihistamines (also found in "
               "over-the-counter sleep aids with diphenhydramine), medicines that block dopamine "
               "(antipsychotics and the anti-sickness medicines metoclopramide and "
               "prochlorperazine) and antidepressants that raise serotonin (SSRIs, SNRIs, "
               "mirtazapine and tricyclic antidepressants). Alcohol can too. Do not stop a "
               "medicine on your own: ask your doctor whether another would suit you better."),
            nindsSource()},
        {QStringLiteral("condition.pregnancy"), QLatin1String(ArticleSectionId::kIronAndRls),
            tr("RLS is common in pregnancy, especially in the last three months, and usually "
               "goes away within a few weeks after the birth. Low iron makes RLS more likely: ask "
               "your midwife or doctor to check your iron."),
            nindsSource() + QLatin1String("; ") + ironGuidelineSource()},
    };
}

std::vector<SafetyFact> SafetyFacts::medicineFacts()
{
    const QString nih = referenceSource(SupplementReference::Us);
    const QString risks = QLatin1String(ArticleSectionId::kPotentialRisks);
    return {
        {QStringLiteral("interaction.gabapentinoid"), risks,
            tr("Antacids that hold magnesium and aluminium lower how much gabapentin the body "
               "takes up: take gabapentin at least %1 hours after such an antacid. Keeping "
               "magnesium supplements at least as far from gabapentin is the careful choice. "
               "This is not known for pregabalin.")
                .arg(kGabapentinAfterAntacidHours),
            gabapentinSource()},
        {QStringLiteral("interaction.iron"), risks,
            tr("Magnesium lowers the uptake of iron tablets: keep iron and magnesium at least %1 "
               "hours apart.")
                .arg(kIronApartHours),
            oralIronSource()},
        {QStringLiteral("interaction.levothyroxine"), risks,
            tr("Magnesium antacids can lower the uptake of levothyroxine (thyroid hormone): take "
               "levothyroxine at least %1 hours before or after them.")
                .arg(kLevothyroxineApartHours),
            levothyroxineSource()},
        {QStringLiteral("interaction.ppi"), risks,
            tr("Taking a proton pump inhibitor (a stomach acid medicine such as omeprazole) for a "
               "long time, usually more than a year, can lower the body's magnesium. Your doctor "
               "may check your blood magnesium."),
            nih},
    };
}

std::vector<SafetyFact> SafetyFacts::ironFacts()
{
    return {
        {QStringLiteral("iron.testing"), QLatin1String(ArticleSectionId::kIronAndRls),
            tr("Everyone with troublesome RLS should have their iron checked regularly: "
               "ferritin and transferrin saturation, ideally in a morning blood test after at "
               "least 24 hours without iron supplements or iron-containing food."),
            ironGuidelineSource()},
        {QStringLiteral("iron.thresholds"), QLatin1String(ArticleSectionId::kIronAndRls),
            tr("For adults with RLS, the guideline, citing consensus guidelines, suggests iron "
               "treatment when ferritin is %1\u00A0µg/L or lower or transferrin saturation is "
               "below %2\u00A0%. The doctor decides whether iron is needed, and whether as "
               "tablets or as an infusion.")
                .arg(kFerritinIronThreshold)
                .arg(kTransferrinSaturationIronThreshold),
            ironGuidelineSource()},
    };
}

QString SafetyFacts::ironGuidelineSource()
{
    return tr("American Academy of Sleep Medicine, clinical practice guideline on the treatment "
              "of RLS (Winkelman et al., J Clin Sleep Med 2025;21(1):137–152, published online "
              "2024, doi:10.5664/jcsm.11390)");
}

QString SafetyFacts::kidneyCategory(double egfr)
{
    struct Category
    {
        double from;
        const char* name;
    };
    static constexpr std::array<Category, 5> kFrom {
        {{90, "G1"}, {60, "G2"}, {45, "G3a"}, {30, "G3b"}, {15, "G4"}}};
    for (const Category& category : kFrom) {
        if (egfr >= category.from)
            return QString::fromLatin1(category.name);
    }
    return QStringLiteral("G5");
}

QString SafetyFacts::kidneyGuidelineSource()
{
    return tr("KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of "
              "Chronic Kidney Disease (Kidney International Supplements 2013;3(1):1–150): the "
              "definition of chronic kidney disease and the GFR categories");
}

QString SafetyFacts::nindsSource()
{
    return tr("National Institute of Neurological Disorders and Stroke (NINDS, USA): Restless "
              "Legs Syndrome");
}

QString SafetyFacts::gabapentinSource()
{
    return tr("Neurontin (gabapentin) prescribing information, US Food and Drug Administration "
              "label: drug interactions, antacids (Maalox)");
}

QString SafetyFacts::oralIronSource()
{
    return tr("pro.medicin.dk (Danish medicines information), Oral iron preparations: table of "
              "recommended intervals, magnesium 2 hours (revised 16 November 2021)");
}

QString SafetyFacts::levothyroxineSource()
{
    return tr("Synthroid (levothyroxine) prescribing information, US Food and Drug "
              "Administration label, sections 2.1 and 7.1");
}

QString SafetyFacts::nihSource()
{
    return referenceSource(SupplementReference::Us);
}

QString SafetyFacts::bfrSource()
{
    return tr("BfR (German Federal Institute for Risk Assessment), Opinion No. 034/2017: BfR "
              "assesses recommended maximum daily level for intake of magnesium via food "
              "supplements");
}

QStringList SafetyFacts::ruleSources(const Finding& finding)
{
    using namespace SafetyRule;
    const QString& rule = finding.rule;
    const auto is = [&rule](const char* id) { return rule == QLatin1String(id); };
    if (is(kSupplementAboveReference))
        return {referenceSource(finding.reference)};
    if (is(kSingleDoseLarge))
        return {bfrSource()};
    if (is(kImplausibleDose))
        return {tr("Stilla's check of what was typed")};
    if (is(kChild))
        return {tr("Stilla's policy: no doses for children")};
    if (is(kChildAboveUpperLimit))
        return {childCeilingSource(finding.ageGroup, finding.reference)};
    if (is(kSeriousSideEffect))
        return {articleSource()};
    if (is(kWeaknessOrDrowsiness))
        return {nihSource()};
    if (is(kKidneyDiseaseSideEffect) && finding.measured.isValid())
        return {nihSource(), kidneyGuidelineSource()};
    if (is(kKidneyDisease) && finding.measured.isValid())
        return {articleSource(), kidneyGuidelineSource()};
    if (is(kKidneyDiseaseSideEffect) || is(kProtonPumpInhibitor))
        return {nihSource()};
    if (is(kPregnancy))
        return {nindsSource(), ironGuidelineSource()};
    if (is(kAntibiotic) || is(kBisphosphonate) || is(kDiuretic))
        return {articleSource(), nihSource()};
    if (is(kGabapentinoid))
        return {gabapentinSource()};
    if (is(kOralIron))
        return {oralIronSource()};
    if (is(kLevothyroxine))
        return {levothyroxineSource()};
    if (is(kMayWorsenRls))
        return {nindsSource()};
    if (is(kEgfrLow))
        return {articleSource(), kidneyGuidelineSource(), nihSource()};
    if (is(SafetyRule::kSerumMagnesiumHigh) || is(SafetyRule::kSerumMagnesiumLow))
        return {nihSource()};
    if (is(kDopamineAugmentation) || is(kFerritinLow) || is(kTransferrinSaturationLow)
        || is(kIronNotTested))
        return {ironGuidelineSource()};
    // The article's own rules: its range, side effects, conditions, interactions, caffeine.
    return {articleSource()};
}

QString SafetyFacts::ruleSource(const Finding& finding)
{
    return ruleSources(finding).join(QLatin1String("; "));
}

SafetyFact SafetyFacts::fact(const QString& id)
{
    for (SafetyFact& entry : all()) {
        if (entry.id == id)
            return entry;
    }
    return {};
}

} // namespace stilla
