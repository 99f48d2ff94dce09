// The safety engine beyond its rule table (SafetyEngineTest): the order of findings, the
// worst finding per day, the messages and their numbers, grouping, timing advice and names.
#include "SafetyTestData.h"
#include "core/Language.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "tests/TestUtil.h"

#include <QFile>

#include <algorithm>
#include <map>

namespace stilla {
namespace {

using namespace test;
using MC = MedicationClass;

TEST(SafetyMessagesTest, MostSevereFirstThenByFamilyThenByRuleId)
{
    const Profile profile = profileWith(kKidney | kBleeding, {MC::Diuretic, MC::Antibiotic});
    const DayEntry day
        = withCaffeine(withSideEffects(supplementDay({300, 200}), kConfusion | kNausea), 1, 4);
    const QStringList expected {QStringLiteral("side_effect.serious"),
        QStringLiteral("condition.kidney_disease"), kAboveArticle, kKidneySickness,
        QStringLiteral("condition.bleeding_disorder"), kAboveRef,
        QStringLiteral("interaction.antibiotic"), QStringLiteral("interaction.diuretic"),
        QStringLiteral("lifestyle.caffeine")};
    EXPECT_EQ(rulesOf(SafetyEngine::evaluate(profile, day)), expected);
    // Deterministic: the same input gives the same output, whatever the order of the doses.
    const DayEntry reordered
        = withCaffeine(withSideEffects(supplementDay({200, 300}), kConfusion | kNausea), 1, 4);
    EXPECT_EQ(SafetyEngine::evaluate(profile, day), SafetyEngine::evaluate(profile, reordered));
}

TEST(SafetyMessagesTest, EveryRuleHasItsPlaceAmongFindingsOfTheSameSeverity)
{
    const int unlisted = SafetyRule::rank(QStringLiteral("no_such_family.rule"));
    for (const QString& rule : SafetyRule::all() + SafetyRule::labs())
        EXPECT_LT(SafetyRule::rank(rule), unlisted) << rule.toStdString();
    // Whether magnesium suits the person, then how much, the medicines, what it does.
    const QStringList order {QStringLiteral("condition.pregnancy"),
        QLatin1String(SafetyRule::kEgfrLow), kAboveRef, QStringLiteral("interaction.diuretic"),
        QStringLiteral("medicine.may_worsen_rls"), QStringLiteral("side_effect.common"),
        QLatin1String(SafetyRule::kFerritinLow), QStringLiteral("lifestyle.caffeine")};
    std::vector<Finding> findings;
    for (auto rule = order.crbegin(); rule != order.crend(); ++rule) {
        Finding finding;
        finding.rule = *rule;
        finding.severity = Severity::Caution;
        findings.push_back(finding);
    }
    SafetyEngine::sort(findings);
    EXPECT_EQ(rulesOf(findings), order);
}

TEST(SafetyMessagesTest, WorstByDayKeepsTheMostSevereAtOrAboveTheMinimum)
{
    const Profile profile = profileWith(kKidney, {});
    DayEntry calm = withCaffeine(supplementDay({}), 1, 4); // a tip only
    calm.date = QDate(2024, 3, 1);
    DayEntry dose = supplementDay({300});
    dose.date = QDate(2024, 3, 2);
    const std::vector<DayEntry> days {calm, dose};
    const auto worst = DiaryFindings::worstByDay(profile, days, {}, Severity::Caution);
    ASSERT_EQ(worst.size(), 1u) << "the caffeine tip is left to the diary";
    EXPECT_EQ(worst.at(dose.date), SafetyEngine::evaluate(profile, dose).front().severity);
    EXPECT_GE(worst.at(dose.date), Severity::Warning) << "kidney disease and a supplement";
    // From findings already evaluated, the same.
    std::map<QDate, std::vector<Finding>> evaluated;
    for (const DayEntry& day : days)
        evaluated[day.date] = SafetyEngine::evaluate(profile, day);
    EXPECT_EQ(DiaryFindings::worstByDay(evaluated, Severity::Caution), worst);
    EXPECT_EQ(DiaryFindings::worstByDay(evaluated, Severity::Info).size(), 2u);
}

TEST(SafetyMessagesTest, MessagesCarryTheNumbers)
{
    const EnglishLocale english;
    const auto messageOf = [](const Profile& profile, const DayEntry& day, const QString& rule) {
        for (const Finding& finding : SafetyEngine::evaluate(profile, day)) {
            if (finding.rule == rule)
                return finding.message;
        }
        return QString();
    };
    const QString nordic = messageOf(kAdult, supplementDay({250, 250}), kAboveRef);
    EXPECT_TRUE(nordic.contains(QStringLiteral("500\u00A0mg"))) << nordic.toStdString();
    EXPECT_TRUE(nordic.contains(QStringLiteral("250\u00A0mg"))) << nordic.toStdString();
    EXPECT_TRUE(nordic.contains(QStringLiteral("food"))) << nordic.toStdString();
    const QString us = messageOf(kUs, supplementDay({200, 200.5}), kAboveRef);
    EXPECT_TRUE(us.contains(QStringLiteral("400.5\u00A0mg"))) << us.toStdString();
    EXPECT_TRUE(us.contains(QStringLiteral("350\u00A0mg"))) << us.toStdString();
    const QString article = messageOf(kAdult, supplementDay({200, 200}), kAboveArticle);
    EXPECT_TRUE(article.contains(QStringLiteral("400\u00A0mg"))) << article.toStdString();
    EXPECT_TRUE(article.contains(QStringLiteral("270–350\u00A0mg"))) << article.toStdString();
    // The day's total in one dose, and the limit it is more than half of.
    const QString single = messageOf(kAdult, supplementDay({130}), kSingle);
    EXPECT_TRUE(single.contains(QStringLiteral("130\u00A0mg"))) << single.toStdString();
    EXPECT_TRUE(single.contains(QStringLiteral("250\u00A0mg"))) << single.toStdString();
    const QString usSingle = messageOf(kUs, supplementDay({200}), kSingle);
    EXPECT_TRUE(usSingle.contains(QStringLiteral("350\u00A0mg"))) << usSingle.toStdString();
    // A child's limit names the ages and who set it; Europe sets none below 4 years.
    const QString toddler
        = messageOf(child(AgeGroup::Child1To3), supplementDay({100}), kChildAbove);
    EXPECT_TRUE(toddler.contains(QStringLiteral("100\u00A0mg"))) << toddler.toStdString();
    EXPECT_TRUE(toddler.contains(QStringLiteral("65\u00A0mg"))) << toddler.toStdString();
    EXPECT_TRUE(toddler.contains(QStringLiteral("1 to 3 years"))) << toddler.toStdString();
    EXPECT_TRUE(toddler.contains(QStringLiteral("National Institutes"))) << toddler.toStdString();
    const QString schoolChild
        = messageOf(child(AgeGroup::Child4To8), supplementDay({300}), kChildAbove);
    EXPECT_TRUE(schoolChild.contains(QStringLiteral("250\u00A0mg"))) << schoolChild.toStdString();
    EXPECT_TRUE(schoolChild.contains(QStringLiteral("European"))) << schoolChild.toStdString();
    const QString iron = messageOf(
        profileWith(0, {MC::OralIron}), supplementDay({100}), QStringLiteral("interaction.iron"));
    EXPECT_TRUE(iron.contains(QStringLiteral("2 hours apart"))) << iron.toStdString();
    const QString thyroid = messageOf(profileWith(0, {MC::Levothyroxine}), supplementDay({100}),
        QStringLiteral("interaction.levothyroxine"));
    EXPECT_TRUE(thyroid.contains(QStringLiteral("4 hours"))) << thyroid.toStdString();
    const QString typo = messageOf(kAdult, supplementDay({2500}), kImplausible);
    EXPECT_TRUE(typo.contains(QStringLiteral("2,500\u00A0mg"))) << typo.toStdString();
    EXPECT_TRUE(typo.contains(QStringLiteral("2,000\u00A0mg"))) << typo.toStdString();
    const QString urgent = messageOf(kAdult, withSideEffects(supplementDay(), kConfusion),
        QStringLiteral("side_effect.serious"));
    EXPECT_TRUE(urgent.contains(QStringLiteral("112"))) << urgent.toStdString();
    EXPECT_EQ(messageOf(kChild, supplementDay({100}), kChildRule),
        QStringLiteral("Stilla gives no doses for children; ask a doctor."));
    const QString antibiotic = messageOf(profileWith(0, {MC::Antibiotic}), supplementDay({100}),
        QStringLiteral("interaction.antibiotic"));
    EXPECT_TRUE(antibiotic.contains(QStringLiteral("2 hours before or 4 to 6 hours after")))
        << antibiotic.toStdString();
    const QString bisphosphonate = messageOf(profileWith(0, {MC::Bisphosphonate}),
        supplementDay({100}), QStringLiteral("interaction.bisphosphonate"));
    EXPECT_TRUE(bisphosphonate.contains(QStringLiteral("2 hours apart")))
        << bisphosphonate.toStdString();
}

TEST(SafetyMessagesTest, TheDiureticNoteSaysWhichWayEachKindWorksAndItsSource)
{
    // "Can interact" alone gave no direction: loop and thiazide diuretics make the body lose
    // magnesium, potassium-sparing ones make it keep more (NIH ODS).
    const EnglishLocale english;
    const std::vector<Finding> findings = SafetyEngine::evaluate(
        kAdult, withMedication(supplementDay({100}), MedicationClass::Diuretic));
    const auto diuretic
        = std::find_if(findings.begin(), findings.end(), [](const Finding& finding) {
              return finding.rule == QLatin1String(SafetyRule::kDiuretic);
          });
    ASSERT_NE(diuretic, findings.end());
    EXPECT_TRUE(diuretic->message.contains(QStringLiteral("lose magnesium over time")));
    EXPECT_TRUE(diuretic->message.contains(QStringLiteral("potassium-sparing")));
    EXPECT_TRUE(SafetyFacts::ruleSource(*diuretic).contains(QStringLiteral("Dietary Supplements")))
        << SafetyFacts::ruleSource(*diuretic).toStdString();
}

TEST(SafetyMessagesTest, DoseLimitsComeFromTheFacts)
{
    EXPECT_EQ(SafetyFacts::referenceCeilingMg(SupplementReference::NordicEu), 250);
    EXPECT_EQ(SafetyFacts::referenceCeilingMg(SupplementReference::Us), 350);
    EXPECT_EQ(SafetyFacts::kImplausibleMg, DayValidation::kImplausibleSupplementMg);
    EXPECT_EQ(SafetyFacts::singleDoseSplitMg(SupplementReference::NordicEu), 125);
    EXPECT_EQ(SafetyFacts::singleDoseSplitMg(SupplementReference::Us), 175);
    const auto nordic = SupplementReference::NordicEu;
    const auto us = SupplementReference::Us;
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child1To3, nordic), 65);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child1To3, us), 65);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child4To8, nordic), 250);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child4To8, us), 110);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child9To12, nordic), 250);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child9To12, us), 350);
    for (AgeGroup notAChild :
        {AgeGroup::Child, AgeGroup::Unset, AgeGroup::Adolescent, AgeGroup::Adult})
        EXPECT_EQ(SafetyFacts::childCeilingMg(notAChild, nordic), std::nullopt);
    // The limit a profile is held to: the child's by age, the reference's for an adult.
    Profile profile;
    profile.reference = us;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), 350);
    profile.ageGroup = AgeGroup::Child4To8;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), 110);
    profile.ageGroup = AgeGroup::Child;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), std::nullopt) << "a child of unknown age";
    profile.ageGroup = AgeGroup::Adult;
    profile.reference = nordic;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), 250);
    EXPECT_EQ(SafetyFacts::kArticleRangeLowMg, 270);
    EXPECT_EQ(SafetyFacts::kArticleRangeHighMg, 350);
}

TEST(SafetyMessagesTest, EveryRuleIsDocumented)
{
    QFile doc(QStringLiteral(STILLA_SOURCE_DIR "/docs/safety-rules.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& rule : SafetyRule::all())
        EXPECT_TRUE(text.contains(QLatin1Char('`') + rule + QLatin1Char('`')))
            << rule.toStdString();
}

TEST(SafetyMessagesTest, FindingsAboutTheSameAmountAreToldOnce)
{
    // 400 mg in one dose with kidney disease: four findings, but the three about the 400 mg
    // are one cause, led by the most severe.
    const std::vector<Finding> findings
        = SafetyEngine::evaluate(profileWith(kKidney), supplementDay({400}));
    ASSERT_EQ(findings.size(), 4u);
    const std::vector<FindingGroup> groups = SafetyEngine::group(findings);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].lead.rule, QStringLiteral("condition.kidney_disease"));
    EXPECT_TRUE(groups[0].others.empty());
    EXPECT_EQ(groups[1].lead.rule, kAboveArticle);
    EXPECT_EQ(groups[1].severity(), Severity::Warning);
    EXPECT_EQ(groups[1].cause(), QStringLiteral("dose.amount"));
    EXPECT_EQ(rulesOf(groups[1].others), QStringList({kAboveRef, kSingle}));
    // Nothing is lost: every finding is in exactly one group.
    std::size_t told = 0;
    for (const FindingGroup& group : groups)
        told += 1 + group.others.size();
    EXPECT_EQ(told, findings.size());
}

TEST(SafetyMessagesTest, GroupsKeepTheMostSevereFirstAndDifferentCausesApart)
{
    const Profile profile = profileWith(kKidney | kBleeding, {MC::Diuretic, MC::Antibiotic});
    const DayEntry day
        = withCaffeine(withSideEffects(supplementDay({300, 200}), kConfusion | kNausea), 1, 4);
    const std::vector<FindingGroup> groups
        = SafetyEngine::group(SafetyEngine::evaluate(profile, day));
    QStringList leads;
    for (const FindingGroup& group : groups)
        leads << group.lead.rule;
    EXPECT_EQ(leads,
        QStringList({QStringLiteral("side_effect.serious"),
            QStringLiteral("condition.kidney_disease"), kAboveArticle, kKidneySickness,
            QStringLiteral("condition.bleeding_disorder"), QStringLiteral("interaction.antibiotic"),
            QStringLiteral("interaction.diuretic"), QStringLiteral("lifestyle.caffeine")}));
    EXPECT_EQ(rulesOf(groups[2].others), QStringList({kAboveRef}));
    EXPECT_TRUE(SafetyEngine::group({}).empty());
    // A single finding is a group of its own.
    const auto single = SafetyEngine::group(SafetyEngine::evaluate(kAdult, supplementDay({300})));
    ASSERT_EQ(single.size(), 1u);
    EXPECT_EQ(single[0].lead.rule, kAboveRef);
    EXPECT_EQ(rulesOf(single[0].others), QStringList({kSingle}));
}

/// A day with oral doses at the given times and one logged medicine at @p taken.
DayEntry timedDay(
    std::initializer_list<QTime> doseTimes, MedicationClass medication, std::optional<QTime> taken)
{
    DayEntry day = supplementDay();
    for (const QTime& time : doseTimes) {
        SupplementIntake dose = oralDose(100);
        dose.timeTaken = time;
        day.supplements.push_back(dose);
    }
    day.medications.push_back({0, QStringLiteral("A medicine"), medication, taken});
    return day;
}

TEST(SafetyMessagesTest, TimingAdviceIsCheckedAgainstTheTimesOfTheDay)
{
    const EnglishLocale english;
    Translators translators; // English plurals: "1 hour", "59 minutes"
    ASSERT_TRUE(translators.setLanguage(QLatin1String(Language::kEnglish)));
    struct TimedCase
    {
        const char* name;
        DayEntry day;
        const char* rule;
        Severity severity;
        const char* said; ///< in the message, "" when the advice is the general one
    };
    const TimedCase cases[] = {
        {"iron exactly 2 hours apart", timedDay({QTime(10, 0)}, MC::OralIron, QTime(8, 0)),
            "interaction.iron", Severity::Info, "2 hours apart. That keeps to the advice"},
        {"iron 1\u00A0h 59\u00A0min apart", timedDay({QTime(10, 0)}, MC::OralIron, QTime(8, 1)),
            "interaction.iron", Severity::Caution, "only 1 hour 59 minutes apart"},
        {"iron after the dose", timedDay({QTime(8, 0)}, MC::OralIron, QTime(9, 30)),
            "interaction.iron", Severity::Caution, "iron at 09:30 and magnesium at 08:00"},
        {"the closest of two doses",
            timedDay({QTime(8, 0), QTime(21, 0)}, MC::OralIron, QTime(19, 0)), "interaction.iron",
            Severity::Info, "2 hours apart"},
        {"the closest of two doses, too close",
            timedDay({QTime(8, 0), QTime(21, 0)}, MC::OralIron, QTime(9, 0)), "interaction.iron",
            Severity::Caution, "only 1 hour apart"},
        {"levothyroxine exactly 4 hours", timedDay({QTime(11, 0)}, MC::Levothyroxine, QTime(7, 0)),
            "interaction.levothyroxine", Severity::Info, "4 hours apart. That keeps to the advice"},
        {"levothyroxine 3\u00A0h 59\u00A0min",
            timedDay({QTime(10, 59)}, MC::Levothyroxine, QTime(7, 0)), "interaction.levothyroxine",
            Severity::Caution, "only 3 hours 59 minutes apart"},
        {"gabapentin exactly 2 hours after",
            timedDay({QTime(20, 0)}, MC::Gabapentinoid, QTime(22, 0)), "interaction.gabapentinoid",
            Severity::Info, "2 hours later. That keeps to the advice: gabapentin at least"},
        {"gabapentin 45 minutes after", timedDay({QTime(21, 15)}, MC::Gabapentinoid, QTime(22, 0)),
            "interaction.gabapentinoid", Severity::Caution, "only 45 minutes later"},
        // Gabapentin's label speaks only of gabapentin after the antacid: a day with
        // magnesium after gabapentin is neither passed nor faulted; the general advice is
        // given. It said "2 hours apart. That keeps to the advice" for gabapentin at 08:00.
        {"gabapentin 2 hours before", timedDay({QTime(10, 0)}, MC::Gabapentinoid, QTime(8, 0)),
            "interaction.gabapentinoid", Severity::Caution, ""},
        {"gabapentin between two doses",
            timedDay({QTime(7, 0), QTime(9, 30)}, MC::Gabapentinoid, QTime(9, 0)),
            "interaction.gabapentinoid", Severity::Caution, ""},
        {"no time for the medicine", timedDay({QTime(20, 0)}, MC::OralIron, std::nullopt),
            "interaction.iron", Severity::Caution, ""},
        {"no time for the dose", withMedication(supplementDay({100}), MC::Levothyroxine),
            "interaction.levothyroxine", Severity::Caution, ""},
    };
    for (const TimedCase& c : cases) {
        const std::vector<Finding> findings = SafetyEngine::evaluate(kAdult, c.day);
        ASSERT_EQ(rulesOf(findings), QStringList {QLatin1String(c.rule)}) << c.name;
        const Finding& finding = findings.front();
        EXPECT_EQ(finding.severity, c.severity) << c.name;
        if (*c.said != 0) {
            EXPECT_TRUE(finding.message.contains(QLatin1String(c.said)))
                << c.name << ": " << finding.message.toStdString();
        } else {
            Finding general = finding;
            general.medicineTime = QTime();
            general.doseTime = QTime();
            EXPECT_EQ(finding.message, SafetyEngine::message(general)) << c.name;
        }
        // Said again the same way, and short enough for the diary's line.
        EXPECT_EQ(SafetyEngine::message(finding), finding.message) << c.name;
        const QString summary = SafetyEngine::summary(finding);
        EXPECT_LE(summary.size(), 80) << summary.toStdString();
        EXPECT_LT(summary.size(), finding.message.size()) << c.name;
    }
    // A regular medicine in the profile has no time: the general advice.
    const std::vector<Finding> regular = SafetyEngine::evaluate(
        profileWith(0, {MC::OralIron}), timedDay({QTime(8, 0)}, MC::Other, QTime(8, 0)));
    ASSERT_EQ(rulesOf(regular), QStringList {QStringLiteral("interaction.iron")});
    EXPECT_EQ(regular.front().severity, Severity::Caution);
    EXPECT_FALSE(regular.front().medicineTime.isValid());
}

TEST(SafetyMessagesTest, SeverityNamesRoundTrip)
{
    for (Severity severity :
        {Severity::Info, Severity::Caution, Severity::Warning, Severity::Urgent}) {
        EXPECT_FALSE(toName(severity).isEmpty());
        EXPECT_EQ(severityFromName(toName(severity)), severity);
    }
    EXPECT_EQ(toName(Severity::Urgent), QStringLiteral("urgent"));
    EXPECT_EQ(severityFromName(QStringLiteral("Urgent")), std::nullopt);
}

} // namespace
} // namespace stilla
