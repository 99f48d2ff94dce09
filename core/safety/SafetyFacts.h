#pragma once

#include "Finding.h"
#include "Profile.h"
#include "core/diary/DayValidation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace stilla {

/// One piece of the safety knowledge, linked to the article section it belongs to.
struct SafetyFact
{
    QString id; ///< stable, e.g. "dose.limit_nordic_eu"
    QString sectionId; ///< the article section, e.g. "forms-and-doses"
    QString text; ///< in the UI language
    /// Where it comes from: the article, or the authority and document for anything beyond it.
    QString source;
};

/// The safety knowledge Stilla holds: what the article says about doses, side effects, risks
/// and interactions, and the authorities' upper limits for supplements, each with its source.
/// See docs/safety-rules.md.
class SafetyFacts
{
    Q_DECLARE_TR_FUNCTIONS(stilla::SafetyFacts)

public:
    /// Every fact, in the current UI language (through tr()), in a fixed order.
    static std::vector<SafetyFact> all();
    /// The fact with @p id; an empty fact (empty id) when there is none.
    static SafetyFact fact(const QString& id);

    /// The upper limit for magnesium from supplements, in mg a day, that @p reference sets:
    /// 250 for NordicEu, 350 for Us.
    static double referenceCeilingMg(SupplementReference reference);
    /// Who sets that limit, for messages: "Swedish and European authorities", ...
    static QString referenceAuthority(SupplementReference reference);
    /// The documents behind that limit.
    static QString referenceSource(SupplementReference reference);
    /// "the article" in the UI language.
    static QString articleSource();

    /// The article's daily dose "considered safe" for adolescents and adults (forms-and-doses).
    static constexpr double kArticleRangeLowMg = 270;
    static constexpr double kArticleRangeHighMg = 350;
    /// Livsmedelsverket/NNR2023 and EFSA: upper limit for magnesium from supplements.
    static constexpr double kNordicEuCeilingMg = 250;
    /// NIH Office of Dietary Supplements: upper limit for magnesium from supplements.
    static constexpr double kUsCeilingMg = 350;
    /// BfR: take the day's supplement magnesium in at least two doses. Stilla says so when the
    /// day's supplements, more than this share of the profile's upper limit, were one dose.
    static constexpr double kSingleDoseShareOfLimit = 0.5;
    /// The amount above which a day's supplements taken as one dose should have been split:
    /// half of the upper limit that @p reference sets (125 mg for NordicEu, 175 mg for Us).
    static double singleDoseSplitMg(SupplementReference reference);
    /// NIH ODS: US upper limits for magnesium from supplements for children 1–3 and 4–8 years
    /// (from 9 years it is kUsCeilingMg).
    static constexpr double kUsChild1To3CeilingMg = 65;
    static constexpr double kUsChild4To8CeilingMg = 110;
    /// The upper limit for magnesium from supplements, mg a day, for a child of @p ageGroup
    /// under @p reference: the US limits by age for Us; for NordicEu the European 250 mg from
    /// 4 years, and the US 65 mg for 1–3 years, for which Europe has set none. std::nullopt
    /// when the profile is not a child of known age.
    static std::optional<double> childCeilingMg(AgeGroup ageGroup, SupplementReference reference);
    /// The upper limit for magnesium from supplements that applies to @p profile: the child's
    /// (childCeilingMg) for a child, else the adult limit of the profile's reference;
    /// std::nullopt for a child of unknown age.
    static std::optional<double> supplementCeilingMg(const Profile& profile);
    /// The documents behind childCeilingMg().
    static QString childCeilingSource(AgeGroup ageGroup, SupplementReference reference);
    /// Whether advice to keep a medicine and magnesium apart holds in either order, or only
    /// for the medicine taken after the dose.
    enum class SpacingOrder { Either, MedicineAfterDose };
    /// Gabapentin's label: take gabapentin at least this many hours after an antacid that holds
    /// magnesium and aluminium. It says nothing of the other order.
    static constexpr int kGabapentinAfterAntacidHours = 2;
    static constexpr SpacingOrder kGabapentinOrder = SpacingOrder::MedicineAfterDose;
    /// Oral iron and magnesium: at least this many hours apart (pro.medicin.dk).
    static constexpr int kIronApartHours = 2;
    /// Levothyroxine and products that hinder its uptake: at least this many hours apart.
    static constexpr int kLevothyroxineApartHours = 4;
    /// AASM 2024 guideline (Winkelman et al., J Clin Sleep Med 2025;21(1):137-152, doi
    /// 10.5664/jcsm.11390): iron is recommended in adults with RLS when serum ferritin is at
    /// or below this (µg/L, the same number as ng/mL) ...
    static constexpr double kFerritinIronThreshold = 75;
    /// ... or when transferrin saturation is below this (%).
    static constexpr double kTransferrinSaturationIronThreshold = 20;
    /// Stilla's reading of the guideline's "regularly test" in everyone with clinically
    /// significant RLS: a result older than this many months no longer counts as tested, and
    /// symptoms on at least kSymptomDaysForIronTest of the last kSymptomWindowDays days count
    /// as RLS worth testing for (Stilla's choice, not the guideline's numbers).
    static constexpr int kIronTestValidMonths = 12;
    static constexpr int kSymptomDaysForIronTest = 7;
    static constexpr int kSymptomWindowDays = 30;
    /// The guideline, as a source line.
    static QString ironGuidelineSource();
    /// KDIGO's categories of kidney function (KDIGO 2012 Clinical Practice Guideline for the
    /// Evaluation and Management of Chronic Kidney Disease, Kidney Int Suppl 2013;3(1):1-150):
    /// an eGFR below this (mL/min/1.73 m²) is category G3a or lower, "mildly to moderately
    /// decreased" or worse, and chronic kidney disease when it lasts more than three months ...
    static constexpr double kEgfrReduced = 60;
    /// ... and below this, G4 or G5: severely decreased, or kidney failure.
    static constexpr double kEgfrSeverelyReduced = 30;
    /// Kidney disease is chronic when it lasts more than this many months (the same source).
    static constexpr int kChronicKidneyDiseaseMonths = 3;
    /// An eGFR older than this many months no longer counts (Stilla's choice, as for iron).
    static constexpr int kEgfrValidMonths = 12;
    /// The KDIGO 2012 GFR category of an eGFR (mL/min/1.73 m², the same source): G1 from 90,
    /// G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 below 15.
    static QString kidneyCategory(double egfr);
    /// KDIGO's guideline, as a source line.
    static QString kidneyGuidelineSource();
    /// Serum magnesium, mmol/L, from the NIH Office of Dietary Supplements' Magnesium Fact
    /// Sheet for Health Professionals (nihSource()): normal concentrations range between 0.75
    /// and 0.95 mmol/L, and symptoms of too much magnesium usually develop after serum
    /// concentrations exceed 1.74–2.61 mmol/L. A laboratory's own range may differ slightly.
    static constexpr double kSerumMagnesiumLow = 0.75;
    static constexpr double kSerumMagnesiumHigh = 0.95;
    static constexpr double kSerumMagnesiumToxic = 1.74;
    static constexpr double kSerumMagnesiumToxicUpper = 2.61;
    /// A serum magnesium older than this many months no longer counts (Stilla's choice: it
    /// follows intake and kidney function within days, unlike ferritin or the eGFR).
    static constexpr int kSerumMagnesiumValidMonths = 3;
    /// A serum magnesium above the usual range (kSerumMagnesiumHigh) is asked about when it is
    /// typed: a value in mg/dL or mEq/L, taken as mmol/L, lands there, even a low one (1.0 mg/dL
    /// is 0.41 mmol/L). Asking is cheap; a real high value is saved with one more click.
    /// Magnesium's molar mass, 24.305 g/mol (IUPAC): 1 mmol/L is 2.4305 mg/dL, and 2 mEq/L
    /// since the magnesium ion carries two charges.
    static constexpr double kMagnesiumMgPerDlPerMmol = 2.4305;
    static constexpr double kMagnesiumMeqPerMmol = 2;
    /// Sources of the medicine facts beyond the article, as source lines.
    static QString nindsSource();
    static QString gabapentinSource();
    static QString oralIronSource();
    static QString levothyroxineSource();
    static QString nihSource();
    static QString bfrSource();
    /// Where the rule of @p finding comes from, for people: the article, or the authority and
    /// document (for the limits, the one the finding's reference and age group name).
    static QStringList ruleSources(const Finding& finding);
    /// ruleSources() in one line, joined by semicolons.
    static QString ruleSource(const Finding& finding);

    /// A single dose above this is almost certainly a typing mistake.
    static constexpr double kImplausibleMg = DayValidation::kImplausibleSupplementMg;

private:
    // The facts of all(), by topic, in its order.
    /// The upper limits and doses, and what counts toward them.
    static std::vector<SafetyFact> doseFacts();
    /// The side effects, common and serious.
    static std::vector<SafetyFact> sideEffectFacts();
    /// The article's risks: the conditions, and the medicines magnesium interacts with.
    static std::vector<SafetyFact> riskFacts();
    /// What can make RLS worse or its treatment harder: caffeine, medicines, pregnancy.
    static std::vector<SafetyFact> rlsFacts();
    /// The medicines beyond the article's list: how far apart to take them, and what they do
    /// to magnesium.
    static std::vector<SafetyFact> medicineFacts();
    /// Iron: testing it, and when treatment is recommended.
    static std::vector<SafetyFact> ironFacts();
};

} // namespace stilla
