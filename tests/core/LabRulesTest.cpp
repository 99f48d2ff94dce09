// The lab rules: iron (AASM 2024 guideline) and kidney function (KDIGO's GFR categories), each
// at its exact boundary.
#include "core/safety/LabRules.h"

#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "tests/TestUtil.h"

#include <QFile>

namespace stilla {
namespace {

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

LabResult egfrOn(const QDate& date, double value)
{
    LabResult result;
    result.date = date;
    result.egfr = value;
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
