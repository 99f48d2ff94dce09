#include "core/safety/SafetyFacts.h"

#include "SafetyTestData.h"
#include "core/Language.h"
#include "core/article/Article.h"
#include "core/safety/LabRules.h"
#include "core/safety/SafetyEngine.h"
#include "tests/TestUtil.h"

#include <QLocale>
#include <QSet>

namespace stilla {
namespace {

using namespace test;

/// Runs in both languages' articles.
class SafetyFactsTest : public ::testing::TestWithParam<const char*>
{
};

TEST_P(SafetyFactsTest, EveryFactAndFindingPointsToASectionOfTheGuide)
{
    // The article, or a section Stilla added beside it (iron).
    const Result<Article> loaded = Article::guide(QLatin1String(GetParam()));
    ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
    for (const SafetyFact& fact : SafetyFacts::all())
        EXPECT_NE(loaded->section(fact.sectionId), nullptr) << fact.id.toStdString();

    const Profile profile = profileWith(unsigned(Condition::KidneyDisease)
            | unsigned(Condition::BleedingDisorder) | unsigned(Condition::Pregnant),
        allMedicationClasses());
    const DayEntry day
        = withCaffeine(withSideEffects(withIntravenous(supplementDay({300, 2500}), 5),
                           kSeriousSideEffects | kCommonSideEffects),
            2, 4);
    std::vector<Finding> findings = SafetyEngine::evaluate(profile, day);
    // All but the children's rules, the advice to split one dose and weakness or drowsiness
    // without the article's signs, which have their own days.
    ASSERT_EQ(findings.size(), size_t(SafetyRule::all().size() - 4));
    for (const Finding& finding : SafetyEngine::evaluate(
             profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Child1To3),
             supplementDay({100})))
        findings.push_back(finding);
    for (const Finding& finding : SafetyEngine::evaluate(profileWith(0), supplementDay({200})))
        findings.push_back(finding);
    for (const Finding& finding : SafetyEngine::evaluate(profileWith(0),
             withSideEffects(supplementDay({100}), unsigned(SideEffect::Drowsiness))))
        findings.push_back(finding);
    ASSERT_EQ(findings.size(), size_t(SafetyRule::all().size()));
    for (const Finding& finding : findings)
        EXPECT_NE(loaded->section(finding.section), nullptr) << finding.rule.toStdString();
    LabResult low;
    low.date = QDate(2026, 3, 1);
    low.ferritin = 20;
    low.transferrinSaturation = 10;
    const std::vector<Finding> iron = LabRules::evaluate({QDate(2026, 3, 2), {low}, 0});
    ASSERT_EQ(iron.size(), 2u);
    const std::vector<Finding> untested = LabRules::evaluate({QDate(2026, 3, 2), {}, 30});
    ASSERT_EQ(untested.size(), 1u);
    for (const Finding& finding : {iron[0], iron[1], untested[0]})
        EXPECT_NE(loaded->section(finding.section), nullptr) << finding.rule.toStdString();
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, SafetyFactsTest, ::testing::Values("en", "sv"));

TEST(SafetyFactsListTest, EveryFactHasTextAndASource)
{
    const std::vector<SafetyFact> facts = SafetyFacts::all();
    ASSERT_GE(facts.size(), 15u);
    QSet<QString> ids;
    for (const SafetyFact& fact : facts) {
        EXPECT_FALSE(fact.id.isEmpty());
        EXPECT_FALSE(fact.text.trimmed().isEmpty()) << fact.id.toStdString();
        EXPECT_FALSE(fact.source.trimmed().isEmpty()) << fact.id.toStdString();
        ids.insert(fact.id);
    }
    EXPECT_EQ(ids.size(), qsizetype(facts.size())) << "fact ids must be unique";
    EXPECT_TRUE(SafetyFacts::fact(QStringLiteral("no.such.fact")).id.isEmpty());
}

TEST(SafetyFactsListTest, FactsBeyondTheArticleNameTheirAuthorityAndDocument)
{
    const auto sourceOf = [](const char* id) {
        const SafetyFact fact = SafetyFacts::fact(QLatin1String(id));
        EXPECT_EQ(fact.id, QLatin1String(id));
        return fact.source;
    };
    const QString nordic = sourceOf("dose.limit_nordic_eu");
    for (const char* name : {"Livsmedelsverket", "NNR2023", "EFSA", "Tolerable Upper Intake"})
        EXPECT_TRUE(nordic.contains(QLatin1String(name))) << name;
    EXPECT_TRUE(sourceOf("dose.limit_us").contains(QStringLiteral("NIH Office of Dietary")));
    EXPECT_TRUE(sourceOf("dose.split").contains(QStringLiteral("BfR")));
    const QString food = sourceOf("dose.food_not_counted");
    EXPECT_TRUE(food.contains(QStringLiteral("EFSA")));
    EXPECT_TRUE(food.contains(QStringLiteral("NIH")));
    EXPECT_TRUE(sourceOf("interaction.antibiotic_timing").contains(QStringLiteral("NIH")));
    EXPECT_TRUE(sourceOf("interaction.bisphosphonate_timing").contains(QStringLiteral("NIH")));
    // The medicines that matter in RLS, each with the document it comes from.
    EXPECT_TRUE(sourceOf("medication.augmentation").contains(QStringLiteral("10.5664/jcsm.11390")));
    EXPECT_TRUE(sourceOf("medication.may_worsen_rls").contains(QStringLiteral("NINDS")));
    EXPECT_TRUE(sourceOf("condition.pregnancy").contains(QStringLiteral("NINDS")));
    EXPECT_TRUE(sourceOf("interaction.gabapentinoid").contains(QStringLiteral("Neurontin")));
    EXPECT_TRUE(sourceOf("interaction.iron").contains(QStringLiteral("pro.medicin.dk")));
    EXPECT_TRUE(sourceOf("interaction.levothyroxine").contains(QStringLiteral("Synthroid")));
    EXPECT_TRUE(sourceOf("interaction.ppi").contains(QStringLiteral("NIH")));
    EXPECT_TRUE(sourceOf("side_effect.serious_more").contains(QStringLiteral("NIH")));
    EXPECT_TRUE(sourceOf("dose.medicines_count").contains(QStringLiteral("NIH")));
    const QString children = sourceOf("dose.limit_children");
    EXPECT_TRUE(children.contains(QStringLiteral("NIH"))) << children.toStdString();
    EXPECT_TRUE(children.contains(QStringLiteral("EFSA"))) << children.toStdString();
    // And the article's own facts say so.
    for (const char* id : {"dose.article_range", "side_effect.common", "side_effect.serious",
             "risk.bleeding_disorder", "risk.kidney_disease", "risk.pregnancy_iv",
             "interaction.medicines", "lifestyle.caffeine", "medication.dependence"})
        EXPECT_EQ(sourceOf(id), SafetyFacts::articleSource()) << id;
}

TEST(SafetyFactsListTest, BothDoseFiguresAndWhyFoodDoesNotCount)
{
    const QString article = SafetyFacts::fact(QStringLiteral("dose.article_range")).text;
    EXPECT_TRUE(article.contains(QStringLiteral("270–350\u00A0mg"))) << article.toStdString();
    EXPECT_TRUE(SafetyFacts::fact(QStringLiteral("dose.limit_nordic_eu"))
                    .text.contains(QStringLiteral("250\u00A0mg")));
    EXPECT_TRUE(SafetyFacts::fact(QStringLiteral("dose.limit_us"))
                    .text.contains(QStringLiteral("350\u00A0mg")));
    const QString food = SafetyFacts::fact(QStringLiteral("dose.food_not_counted")).text;
    EXPECT_TRUE(food.contains(QStringLiteral("kidneys"))) << food.toStdString();
    EXPECT_FALSE(SafetyFacts::referenceSource(SupplementReference::NordicEu).isEmpty());
    EXPECT_NE(SafetyFacts::referenceAuthority(SupplementReference::NordicEu),
        SafetyFacts::referenceAuthority(SupplementReference::Us));
}

/// Switches the UI to Swedish for one test and back afterwards.
class SafetySwedishTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translators.setLanguage(QLatin1String(Language::kSwedish)));
    }
    void TearDown() override { QLocale::setDefault(m_previousLocale); }

    QLocale m_previousLocale;
    Translators m_translators;
};

TEST_F(SafetySwedishTest, MessagesAreThereWithSwedishNumbers)
{
    const std::vector<Finding> findings
        = SafetyEngine::evaluate(profileWith(0), supplementDay({250.5, 100}));
    ASSERT_EQ(rulesOf(findings),
        QStringList({QLatin1String(SafetyRule::kSupplementAboveArticleRange),
            QLatin1String(SafetyRule::kSupplementAboveReference)}));
    for (const Finding& finding : findings)
        EXPECT_FALSE(finding.message.trimmed().isEmpty()) << finding.rule.toStdString();
    // Swedish writes a decimal comma.
    EXPECT_TRUE(findings[1].message.contains(QStringLiteral("350,5\u00A0mg")))
        << findings[1].message.toStdString();
    const std::vector<Finding> single
        = SafetyEngine::evaluate(profileWith(0), supplementDay({250.5}));
    ASSERT_EQ(single.size(), 2u);
    EXPECT_TRUE(single[1].message.contains(QStringLiteral("250,5\u00A0mg")))
        << single[1].message.toStdString();
    for (const SafetyFact& fact : SafetyFacts::all()) {
        EXPECT_FALSE(fact.text.isEmpty()) << fact.id.toStdString();
        EXPECT_FALSE(fact.source.isEmpty()) << fact.id.toStdString();
    }
}

TEST_F(SafetySwedishTest, FindingsAreSaidAgainInTheLanguageNowShown)
{
    ASSERT_TRUE(m_translators.setLanguage(QLatin1String(Language::kEnglish)));
    const std::vector<Finding> english = SafetyEngine::evaluate(
        profileWith(unsigned(Condition::KidneyDisease)), supplementDay({400}));
    ASSERT_TRUE(m_translators.setLanguage(QLatin1String(Language::kSwedish)));
    const std::vector<Finding> swedish = SafetyEngine::evaluate(
        profileWith(unsigned(Condition::KidneyDisease)), supplementDay({400}));
    ASSERT_EQ(english.size(), swedish.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        // Made from the finding, not from the text it was made with.
        EXPECT_EQ(SafetyEngine::message(english[i]), swedish[i].message);
        EXPECT_NE(SafetyEngine::message(english[i]), english[i].message);
        EXPECT_NE(SafetyEngine::summary(english[i]), SafetyEngine::message(english[i]));
    }
}

} // namespace
} // namespace stilla
