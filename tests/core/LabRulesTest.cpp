// The lab rules: iron (AASM 2024 guideline) and kidney function (KDIGO's GFR categories), each
// at its exact boundary.
#include "core/safety/LabRules.h"

#include "SafetyTestData.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "tests/TestUtil.h"

#include <QFile>

namespace stilla {
namespace {

using test::egfrOn;

const QDate kToday(2026, 3, 12);

LabResult ferritinOn(const QDate& date, double value)
{
    LabResult result;
    result.date = date;
    result.ferritin = value;
    return result;
}

LabResult saturationOn(const QDate& date, double value)
{
    LabResult result;
    result.date = date;
    result.transferrinSaturation = value;
    return result;
}

LabResult magnesiumOn(const QDate& date, double value)
{
    LabResult result;
    result.date = date;
    result.serumMagnesium = value;
    return result;
}

QStringList rulesFor(std::vector<LabResult> labs, int symptomDays = 0)
{
    QStringList rules;
    for (const Finding& finding : LabRules::evaluate({kToday, std::move(labs), symptomDays}))
        rules << finding.rule;
    return rules;
}

const QString kFerritin = QLatin1String(SafetyRule::kFerritinLow);
const QString kSaturation = QLatin1String(SafetyRule::kTransferrinSaturationLow);
const QString kNotTested = QLatin1String(SafetyRule::kIronNotTested);
const QString kEgfr = QLatin1String(SafetyRule::kEgfrLow);
const QString kMagnesiumHigh = QLatin1String(SafetyRule::kSerumMagnesiumHigh);
const QString kMagnesiumLow = QLatin1String(SafetyRule::kSerumMagnesiumLow);

TEST(LabRulesTest, FerritinAtOrBelow75Fires)
{
    EXPECT_EQ(rulesFor({ferritinOn(kToday, 75)}), QStringList {kFerritin});
    EXPECT_EQ(rulesFor({ferritinOn(kToday, 12)}), QStringList {kFerritin});
    EXPECT_EQ(rulesFor({ferritinOn(kToday, 75.001)}), QStringList {});
    EXPECT_EQ(rulesFor({ferritinOn(kToday, 140)}), QStringList {});
}

TEST(LabRulesTest, TransferrinSaturationBelow20Fires)
{
    EXPECT_EQ(rulesFor({saturationOn(kToday, 19.99)}), QStringList {kSaturation});
    EXPECT_EQ(rulesFor({saturationOn(kToday, 20)}), QStringList {});
    // Both low in one test: two findings, caution, pointing to the iron section.
    LabResult both = ferritinOn(kToday, 30);
    both.transferrinSaturation = 15;
    const std::vector<Finding> findings = LabRules::evaluate({kToday, {both}, 0});
    ASSERT_EQ(findings.size(), 2u);
    for (const Finding& finding : findings) {
        EXPECT_EQ(finding.severity, Severity::Caution);
        EXPECT_EQ(finding.section, QStringLiteral("iron-and-rls"));
        EXPECT_EQ(finding.measured, kToday);
    }
}

TEST(LabRulesTest, OnlyTheNewestResultOfTheLast12MonthsCounts)
{
    // Twelve months back to the day is too old; a day later counts.
    EXPECT_EQ(rulesFor({ferritinOn(QDate(2025, 3, 12), 40)}), QStringList {});
    EXPECT_EQ(rulesFor({ferritinOn(QDate(2025, 3, 13), 40)}), QStringList {kFerritin});
    // A newer good result replaces an older low one, and the other way round.
    EXPECT_EQ(rulesFor({ferritinOn(QDate(2025, 9, 1), 40), ferritinOn(QDate(2026, 2, 1), 110)}),
        QStringList {});
    EXPECT_EQ(rulesFor({ferritinOn(QDate(2025, 9, 1), 110), ferritinOn(QDate(2026, 2, 1), 40)}),
        QStringList {kFerritin});
    // A test after the day is not known on the day.
    EXPECT_EQ(rulesFor({ferritinOn(kToday.addDays(1), 40)}), QStringList {});
}

TEST(LabRulesTest, FrequentSymptomsWithoutARecentFerritinAskForATest)
{
    EXPECT_EQ(rulesFor({}, 6), QStringList {});
    EXPECT_EQ(rulesFor({}, 7), QStringList {kNotTested});
    EXPECT_EQ(rulesFor({ferritinOn(QDate(2025, 6, 1), 120)}, 7), QStringList {});
    EXPECT_EQ(rulesFor({ferritinOn(QDate(2025, 3, 12), 120)}, 7), QStringList {kNotTested});
    // Transferrin saturation alone is not a ferritin test.
    EXPECT_EQ(rulesFor({saturationOn(kToday, 25)}, 30), QStringList {kNotTested});
    const std::vector<Finding> findings = LabRules::evaluate({kToday, {}, 9});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::Info);
    EXPECT_TRUE(findings[0].message.contains(QLatin1String("on 9 of the last 30 days")))
        << findings[0].message.toStdString();
}

TEST(LabRulesTest, SymptomDaysAreCountedInTheThirtyDaysEndingOnTheDay)
{
    auto day = [](const QDate& date, std::optional<int> severity, bool urge = false) {
        DayEntry entry;
        entry.date = date;
        entry.symptoms.severity = severity;
        entry.symptoms.urgeToMove = urge;
        return entry;
    };
    const std::vector<DayEntry> days {
        day(kToday.addDays(-30), 5), // one day before the window
        day(kToday.addDays(-29), 5), // the window's first day
        day(kToday.addDays(-10), 0), // no symptoms
        day(kToday.addDays(-9), std::nullopt, true), // a feeling without a severity
        day(kToday.addDays(-8), std::nullopt), // nothing
        day(kToday, 2), day(kToday.addDays(1), 7), // after the day
    };
    EXPECT_EQ(LabRules::symptomDays(days, kToday), 3);
}

TEST(LabRulesTest, MessagesNameTheValueTheDateAndTheThreshold)
{
    const std::vector<Finding> findings
        = LabRules::evaluate({kToday, {ferritinOn(QDate(2026, 1, 5), 41.5)}, 0});
    ASSERT_EQ(findings.size(), 1u);
    const QString message = SafetyEngine::message(findings[0]);
    EXPECT_EQ(message, findings[0].message);
    EXPECT_TRUE(message.contains(QStringLiteral("41.5\u00A0µg/L"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("75\u00A0µg/L")));
    EXPECT_TRUE(message.contains(QStringLiteral("on 5 January 2026"))) << message.toStdString();
    EXPECT_EQ(SafetyEngine::summary(findings[0]),
        QStringLiteral("Ferritin 41.5\u00A0µg/L: ask your doctor about iron"));
}

TEST(LabRulesTest, AnEgfrBelow60AsksForTheDoctorAndBelow30Warns)
{
    EXPECT_EQ(rulesFor({egfrOn(kToday, 60)}), QStringList {});
    EXPECT_EQ(rulesFor({egfrOn(kToday, 95)}), QStringList {});
    const auto only = [](double value) {
        const std::vector<Finding> findings
            = LabRules::evaluate({kToday, {egfrOn(kToday, value)}, 0});
        EXPECT_EQ(findings.size(), 1u) << value;
        return findings.empty() ? Finding() : findings.front();
    };
    const Finding reduced = only(59.9);
    EXPECT_EQ(reduced.rule, kEgfr);
    EXPECT_EQ(reduced.severity, Severity::Caution);
    EXPECT_EQ(reduced.limitMg, 60);
    EXPECT_EQ(only(30).severity, Severity::Caution);
    const Finding severe = only(29.9);
    EXPECT_EQ(severe.severity, Severity::Warning);
    EXPECT_EQ(severe.limitMg, 30);
    EXPECT_EQ(severe.section, QStringLiteral("potential-risks"));
    EXPECT_EQ(severe.measured, kToday);
    EXPECT_EQ(SafetyEngine::message(reduced), reduced.message);
    EXPECT_TRUE(reduced.message.contains(QStringLiteral("59.9\u00A0mL/min/1.73\u00A0m²")))
        << reduced.message.toStdString();
    EXPECT_TRUE(reduced.message.contains(QLatin1String("Ask your doctor")));
    EXPECT_TRUE(severe.message.contains(QLatin1String("without your doctor's advice")))
        << severe.message.toStdString();
    EXPECT_EQ(SafetyEngine::summary(reduced),
        QStringLiteral("eGFR 59.9: ask your doctor before taking magnesium"));
    EXPECT_EQ(SafetyEngine::summary(severe),
        QStringLiteral("eGFR 29.9: no magnesium supplements without your doctor's advice"));
    EXPECT_TRUE(SafetyFacts::ruleSource(severe).contains(QLatin1String("KDIGO")));
}

TEST(LabRulesTest, AnEgfrIsNamedByItsKdigoCategory)
{
    // KDIGO 2012's GFR categories, at and just below each boundary.
    const std::vector<std::pair<double, const char*>> cases {{120, "G1"}, {90, "G1"}, {89.9, "G2"},
        {60, "G2"}, {59.9, "G3a"}, {52, "G3a"}, {45, "G3a"}, {44.9, "G3b"}, {30, "G3b"},
        {29.9, "G4"}, {15, "G4"}, {14.9, "G5"}, {4, "G5"}};
    for (const auto& [egfr, category] : cases)
        EXPECT_EQ(SafetyFacts::kidneyCategory(egfr), QLatin1String(category)) << egfr;
}

TEST(LabRulesTest, OnlyTheNewestEgfrOfTheLast12MonthsCounts)
{
    EXPECT_EQ(rulesFor({egfrOn(QDate(2025, 3, 12), 40)}), QStringList {});
    EXPECT_EQ(rulesFor({egfrOn(QDate(2025, 3, 13), 40)}), QStringList {kEgfr});
    EXPECT_EQ(
        rulesFor({egfrOn(QDate(2025, 9, 1), 40), egfrOn(QDate(2026, 2, 1), 75)}), QStringList {});
    EXPECT_EQ(rulesFor({egfrOn(kToday.addDays(1), 40)}), QStringList {});
    // A newer result without an eGFR does not hide the older one.
    EXPECT_EQ(rulesFor({egfrOn(QDate(2025, 9, 1), 40), ferritinOn(QDate(2026, 2, 1), 110)}),
        QStringList {kEgfr});
}

TEST(LabRulesTest, TheKidneyNoteComesBeforeTheIronNotesOfTheSameSeverity)
{
    // Both are "Take care"; whether magnesium suits the kidneys is the first question.
    EXPECT_EQ(
        rulesFor({ferritinOn(kToday, 40), egfrOn(kToday, 45)}), (QStringList {kEgfr, kFerritin}));
    // A warning still comes first: severity before family.
    EXPECT_EQ(rulesFor({ferritinOn(kToday, 40), saturationOn(kToday, 12), egfrOn(kToday, 25)}),
        (QStringList {kEgfr, kFerritin, kSaturation}));
}

TEST(LabRulesTest, SerumMagnesiumOutsideTheUsualRangeIsForTheDoctorAndFarAboveItWarns)
{
    // NIH ODS: usual 0.75–0.95 mmol/L; signs of too much usually from above 1.74 mmol/L.
    EXPECT_EQ(rulesFor({magnesiumOn(kToday, 0.95)}), QStringList {});
    EXPECT_EQ(rulesFor({magnesiumOn(kToday, 0.75)}), QStringList {});
    EXPECT_EQ(rulesFor({magnesiumOn(kToday, 0.74)}), QStringList {kMagnesiumLow});
    const auto only = [](double value) {
        const std::vector<Finding> findings
            = LabRules::evaluate({kToday, {magnesiumOn(kToday, value)}, 0});
        EXPECT_EQ(findings.size(), 1u) << value;
        return findings.empty() ? Finding {} : findings.front();
    };
    const Finding high = only(0.96);
    EXPECT_EQ(high.rule, kMagnesiumHigh);
    EXPECT_EQ(high.severity, Severity::Caution);
    EXPECT_EQ(only(1.74).severity, Severity::Caution);
    const Finding toxic = only(1.75);
    EXPECT_EQ(toxic.rule, kMagnesiumHigh);
    EXPECT_EQ(toxic.severity, Severity::Warning);
    EXPECT_EQ(toxic.limitMg, 1.74);
    EXPECT_EQ(toxic.measured, kToday);
    const Finding low = only(0.6);
    EXPECT_EQ(low.severity, Severity::Caution);
    for (const Finding& finding : {high, toxic, low}) {
        EXPECT_EQ(SafetyEngine::message(finding), finding.message);
        EXPECT_TRUE(SafetyFacts::ruleSource(finding).contains(QLatin1String("Office of Dietary")))
            << finding.rule.toStdString();
    }
    EXPECT_TRUE(high.message.contains(QStringLiteral("0.96\u00A0mmol/L")))
        << high.message.toStdString();
    EXPECT_TRUE(high.message.contains(QStringLiteral("0.75–0.95\u00A0mmol/L")));
    EXPECT_TRUE(high.message.contains(
        QLatin1String("Ask your doctor before you take, or keep taking, magnesium supplements")));
    EXPECT_TRUE(toxic.message.contains(QLatin1String("Do not take magnesium supplements")))
        << toxic.message.toStdString();
    EXPECT_TRUE(toxic.message.contains(QLatin1String("mg/dL or mEq/L")));
    EXPECT_TRUE(toxic.message.contains(QStringLiteral("From about 1.74–2.61\u00A0mmol/L")))
        << toxic.message.toStdString();
    EXPECT_TRUE(toxic.message.contains(QLatin1String("laxatives or antacids")));
    EXPECT_TRUE(low.message.contains(QLatin1String("below the usual range")));
    EXPECT_TRUE(low.message.contains(QLatin1String("proton pump inhibitors")));
    EXPECT_EQ(SafetyEngine::summary(toxic),
        QStringLiteral("Magnesium in the blood 1.75\u00A0mmol/L: no magnesium supplements; "
                       "contact your doctor"));
    EXPECT_EQ(SafetyEngine::summary(low),
        QStringLiteral("Magnesium in the blood 0.6\u00A0mmol/L: show the result to your doctor"));
}

TEST(LabRulesTest, OnlyTheNewestSerumMagnesiumOfTheLast3MonthsCounts)
{
    EXPECT_EQ(rulesFor({magnesiumOn(QDate(2025, 12, 12), 1.3)}), QStringList {});
    EXPECT_EQ(rulesFor({magnesiumOn(QDate(2025, 12, 13), 1.3)}), QStringList {kMagnesiumHigh});
    EXPECT_EQ(rulesFor({magnesiumOn(QDate(2026, 1, 5), 1.3), magnesiumOn(QDate(2026, 3, 1), 0.85)}),
        QStringList {});
    EXPECT_EQ(rulesFor({magnesiumOn(kToday.addDays(1), 1.3)}), QStringList {});
    // Whether magnesium suits the person comes before iron, after the kidneys.
    EXPECT_EQ(rulesFor({ferritinOn(kToday, 40), magnesiumOn(kToday, 1.0), egfrOn(kToday, 45)}),
        (QStringList {kEgfr, kMagnesiumHigh, kFerritin}));
}

TEST(LabRulesTest, ASerumMagnesiumInAnotherUnitIsAskedAboutWithWhatItWouldBe)
{
    // Anything above the usual range: 1.0 mg/dL, a low value, would read as a high one.
    LabResult result = magnesiumOn(kToday, 0.95);
    EXPECT_TRUE(LabRules::questions(result).isEmpty());
    result.ferritin = 2000; // only serum magnesium is asked about
    EXPECT_TRUE(LabRules::questions(result).isEmpty());
    result.serumMagnesium = 2.1; // 2.1 mg/dL = 0.86 mmol/L; 2.1 mEq/L = 1.05 mmol/L
    const QStringList questions = LabRules::questions(result);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.front().contains(QStringLiteral("2.1\u00A0mmol/L")))
        << questions.front().toStdString();
    EXPECT_TRUE(questions.front().contains(QStringLiteral("mg/dL, that is 0.86\u00A0mmol/L")))
        << questions.front().toStdString();
    EXPECT_TRUE(questions.front().contains(QStringLiteral("mEq/L, 1.05\u00A0mmol/L")));
    result.serumMagnesium = 0.96;
    EXPECT_EQ(LabRules::questions(result).size(), 1);
}

TEST(LabRulesTest, EveryLabRuleIsDocumentedWithItsSource)
{
    QFile doc(QStringLiteral(STILLA_SOURCE_DIR "/docs/safety-rules.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& rule : SafetyRule::labs())
        EXPECT_TRUE(text.contains(QLatin1Char('`') + rule + QLatin1Char('`')))
            << rule.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("10.5664/jcsm.11390")));
    EXPECT_TRUE(SafetyFacts::ironGuidelineSource().contains(QLatin1String("10.5664/jcsm.11390")));
    EXPECT_TRUE(text.contains(QStringLiteral("2013;3(1):1–150")));
}

} // namespace
} // namespace stilla
