#include "SafetyFacts.h"

#include "Finding.h"

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

QString SafetyFacts::articleSource()
{
    return tr("the article");
}

std::vector<SafetyFact> SafetyFacts::all()
{
    const QString article = articleSource();
    const QString nih = referenceSource(SupplementReference::Us);
    const QString doses = QLatin1String(ArticleSectionId::kFormsAndDoses);
    const QString risks = QLatin1String(ArticleSectionId::kPotentialRisks);
    const QString treatments = QLatin1String(ArticleSectionId::kTraditionalTreatments);
    return {
        {QStringLiteral("dose.article_range"), doses,
            tr("For adolescents and adults, daily doses of %1–%2 mg of magnesium are considered "
               "safe. Talk to a doctor about the right dose for you.")
                .arg(kArticleRangeLowMg)
                .arg(kArticleRangeHighMg),
            article},
        {QStringLiteral("dose.limit_nordic_eu"), doses,
            tr("Swedish and European authorities set %1 mg a day as the upper limit for magnesium "
               "from supplements for adults and adolescents. This is lower than the article's "
               "figure, and Stilla uses it unless you choose otherwise in your profile.")
                .arg(kNordicEuCeilingMg),
            referenceSource(SupplementReference::NordicEu)},
        {QStringLiteral("dose.limit_us"), doses,
            tr("In the United States, the upper limit for magnesium from supplements is %1 mg a "
               "day for everyone from 9 years of age.")
                .arg(kUsCeilingMg),
            nih},
        {QStringLiteral("dose.split"), doses,
            tr("The German Federal Institute for Risk Assessment advises taking the day's "
               "supplement magnesium in at least two doses, as this is likely to be easier to "
               "tolerate."),
            tr("BfR (German Federal Institute for Risk Assessment), Opinion No. 034/2017: BfR "
               "assesses recommended maximum daily level for intake of magnesium via food "
               "supplements")},
        {QStringLiteral("dose.food_not_counted"), doses,
            tr("Magnesium from food counts toward none of these limits. They concern magnesium "
               "from supplements and medicines only, because magnesium in food has not been "
               "shown to cause harm: in healthy people, the kidneys remove what the body does "
               "not need."),
            tr("EFSA, Overview on Tolerable Upper Intake Levels (2006, updated 2024); NIH "
               "Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals "
               "(2022)")},
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
        {QStringLiteral("lifestyle.caffeine"), QLatin1String(ArticleSectionId::kAlternatives),
            tr("Caffeine can make RLS worse and lower the body's magnesium levels."), article},
        {QStringLiteral("medication.dependence"), treatments,
            tr("Some RLS medicines can become habit-forming, such as opioids and some sleep "
               "medicines."),
            article},
        {QStringLiteral("medication.tolerance"), treatments,
            tr("The body can build up a resistance to some RLS medicines, such as those that "
               "raise dopamine in the brain, so that they help less over time."),
            article},
        {QStringLiteral("iron.testing"), QLatin1String(ArticleSectionId::kIronAndRls),
            tr("Everyone with troublesome RLS should have their iron checked regularly: "
               "ferritin and transferrin saturation, ideally in a morning blood test after at "
               "least 24 hours without iron supplements or iron-containing food."),
            ironGuidelineSource()},
        {QStringLiteral("iron.thresholds"), QLatin1String(ArticleSectionId::kIronAndRls),
            tr("For adults with RLS, iron treatment is recommended when ferritin is %1 µg/L or "
               "lower or transferrin saturation is below %2 %. The doctor decides whether iron "
               "is needed, and whether as tablets or as an infusion.")
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

SafetyFact SafetyFacts::fact(const QString& id)
{
    for (SafetyFact& entry : all()) {
        if (entry.id == id)
            return entry;
    }
    return {};
}

} // namespace stilla
