// Swedish typography (issue 21): a number keeps its unit on the same line, a minus is a
// minus, thousands are grouped, quotes are ”…”, in the catalogue and in the texts the code
// builds around it.
#include "core/Language.h"
#include "core/labs/LabResult.h"
#include "core/safety/SafetyEngine.h"
#include "core/stats/StatisticsText.h"
#include "tests/TestUtil.h"
#include "tests/TypographyRules.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace stilla {
namespace {

using test::typographyProblems;

constexpr QChar kMinus(0x2212);

struct Message
{
    QString context, source;
    QStringList translations; ///< one, or one per plural form
};

std::vector<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    std::vector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            messages.push_back({context, {}, {}});
        else if (name == QLatin1String("source"))
            messages.back().source = xml.readElementText();
        else if (name == QLatin1String("translation")
            && xml.attributes().value(QLatin1String("numerus")).isEmpty()) {
            // A numerus translation has <numerusform> children instead of text.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty() || messages.back().translations.isEmpty())
                messages.back().translations << text;
        } else if (name == QLatin1String("numerusform"))
            messages.back().translations << xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

TEST(TypographyTest, TheRulesCatchWhatTheyAreFor)
{
    EXPECT_FALSE(typographyProblems(QStringLiteral("%1 mg"), false).isEmpty());
    EXPECT_FALSE(typographyProblems(QStringLiteral("per 100 g."), false).isEmpty());
    EXPECT_FALSE(typographyProblems(QStringLiteral("%n dag"), false).isEmpty());
    EXPECT_FALSE(typographyProblems(QStringLiteral("från -1 till 1"), true).isEmpty());
    EXPECT_FALSE(typographyProblems(QStringLiteral("nyckel \"%1\""), true).isEmpty());
    EXPECT_FALSE(typographyProblems(QStringLiteral("(hh:mm)"), true).isEmpty());
    EXPECT_TRUE(typographyProblems(QStringLiteral("%1\u00A0mg i %L2 dagar"), true).isEmpty());
    EXPECT_TRUE(typographyProblems(QStringLiteral("2024-03-05, min dagbok"), true).isEmpty());
    EXPECT_TRUE(
        typographyProblems(QStringLiteral("\"format\": \"%1\" och (\"\")"), true).isEmpty());
}

TEST(TypographyTest, EveryMessageKeepsNumbersWithTheirUnitsInBothLanguages)
{
    const auto messages
        = readCatalogue(QStringLiteral(STILLA_SOURCE_DIR "/translations/stilla_sv.ts"));
    ASSERT_GT(messages.size(), 1000U);
    int checked = 0;
    for (const Message& message : messages) {
        for (const QString& problem : typographyProblems(message.source, false))
            ADD_FAILURE() << message.context.toStdString() << " English \""
                          << message.source.toStdString() << "\": " << problem.toStdString();
        for (const QString& translation : message.translations) {
            ++checked;
            for (const QString& problem : typographyProblems(translation, true))
                ADD_FAILURE() << message.context.toStdString() << " Swedish \""
                              << translation.toStdString() << "\": " << problem.toStdString();
        }
    }
    EXPECT_GE(checked, int(messages.size()));
}

class TypographyInSwedish : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_translators.setLanguage(QStringLiteral("sv"))); }
    void TearDown() override { m_translators.setLanguage(QStringLiteral("en")); }

private:
    Translators m_translators;
};

TEST_F(TypographyInSwedish, SafetyMessagesGroupThousandsAndKeepMgWithTheNumber)
{
    Finding finding;
    finding.rule = QLatin1String(SafetyRule::kImplausibleDose);
    finding.amountMg = 2500;
    finding.limitMg = 2000;
    const QString message = SafetyEngine::message(finding);
    EXPECT_TRUE(message.contains(QStringLiteral("2\u00A0500\u00A0mg"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("2\u00A0000\u00A0mg"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral(" mg")));
}

TEST_F(TypographyInSwedish, LabValuesKeepTheirUnitsAndLargeLimitsAreGrouped)
{
    LabResult lab;
    lab.date = QDate(2024, 3, 5);
    lab.ferritin = 41.5;
    lab.serumMagnesium = 0.8;
    EXPECT_EQ(lab.describe(),
        QStringLiteral("ferritin 41,5\u00A0µg/l, magnesium i blodet 0,8\u00A0mmol/l"));
    lab.ferritin = -3;
    const QString problem = lab.problems().join(QLatin1Char(' '));
    EXPECT_TRUE(problem.contains(QString(kMinus) + QStringLiteral("3\u00A0µg/l")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("100\u00A0000\u00A0µg/l")))
        << problem.toStdString();
    // A field shows the value so that it can be read back: no group separator.
    EXPECT_EQ(LabResult::number(1500), QStringLiteral("1500"));
}

TEST_F(TypographyInSwedish, TheHighestLevelIsSokVardNu)
{
    EXPECT_EQ(SafetyEngine::severityName(Severity::Urgent), QStringLiteral("Sök vård nu"));
    EXPECT_EQ(SafetyEngine::severityName(Severity::Warning), QStringLiteral("Varning"));
    EXPECT_EQ(SafetyEngine::severityName(Severity::Caution), QStringLiteral("Var försiktig"));
    EXPECT_EQ(SafetyEngine::severityName(Severity::Info), QStringLiteral("Bra att veta"));
}

TEST_F(TypographyInSwedish, StatisticsSentencesUseTheMinusSign)
{
    Statistics::Relationship relationship;
    relationship.n = 40;
    relationship.pearsonR = -0.42;
    relationship.ci95Low = -0.64;
    relationship.ci95High = -0.12;
    relationship.nEffective = 40;
    relationship.ci95LowAdjusted = -0.64;
    relationship.ci95HighAdjusted = -0.12;
    const QString text = StatisticsText::relationship(relationship);
    EXPECT_TRUE(text.contains(QString(kMinus) + QStringLiteral("0,42"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString(kMinus) + QStringLiteral("0,64"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString(kMinus) + QStringLiteral("1 till 1"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral(R"(-\d)")))) << text.toStdString();
}

} // namespace
} // namespace stilla
