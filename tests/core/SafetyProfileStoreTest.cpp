#include "core/Settings.h"
#include "core/safety/ProfileStore.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

namespace stilla {
namespace {

class SafetyProfileStoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("stilla.conf")); }
    void writeFile(const QByteArray& text) const
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    QTemporaryDir m_dir;
};

TEST_F(SafetyProfileStoreTest, AnEmptyFileGivesTheDefaultProfile)
{
    Settings settings(path());
    const Profile profile = ProfileStore(settings).load();
    EXPECT_EQ(profile, Profile {});
    EXPECT_EQ(profile.reference, SupplementReference::NordicEu);
    EXPECT_EQ(profile.ageGroup, AgeGroup::Unset);
}

TEST_F(SafetyProfileStoreTest, AProfileSurvivesReopening)
{
    Profile profile;
    profile.ageGroup = AgeGroup::Adolescent;
    profile.sex = Sex::Female;
    profile.conditions = unsigned(Condition::KidneyDisease) | unsigned(Condition::Breastfeeding);
    profile.conditionsRuledOut = unsigned(Condition::Pregnant);
    profile.medications = {MedicationClass::Diuretic, MedicationClass::Antibiotic};
    profile.reference = SupplementReference::Us;
    {
        Settings settings(path());
        ProfileStore(settings).save(profile);
        ASSERT_TRUE(settings.sync());
    }
    Settings reopened(path());
    const Profile loaded = ProfileStore(reopened).load();
    // Medications come back in the fixed order of allMedicationClasses().
    Profile expected = profile;
    expected.medications = {MedicationClass::Antibiotic, MedicationClass::Diuretic};
    EXPECT_EQ(loaded, expected);

    // Other settings in the same file are left alone.
    EXPECT_EQ(reopened.value(Settings::Key::Appearance).toString(), QStringLiteral("system"));
}

TEST_F(SafetyProfileStoreTest, SavingAnEmptyProfileClearsTheLists)
{
    Settings settings(path());
    ProfileStore store(settings);
    Profile profile;
    profile.conditions = unsigned(Condition::Pregnant);
    profile.medications = {MedicationClass::Opioid, MedicationClass::Opioid};
    store.save(profile);
    EXPECT_EQ(store.load().medications, std::vector<MedicationClass> {MedicationClass::Opioid});
    store.save(Profile {});
    EXPECT_EQ(store.load(), Profile {});
}

TEST_F(SafetyProfileStoreTest, AHandEditedFileIsReadAndUnknownNamesAreLeftOut)
{
    writeFile("[profile]\n"
              "ageGroup=adult\n"
              "sex=robot\n"
              "conditions=kidney_disease\n"
              "conditionsRuledOut=kidney_disease, pregnant, flu\n"
              "medications=antibiotic, gout_pills, bisphosphonate\n"
              "reference=us\n");
    Settings settings(path());
    const Profile profile = ProfileStore(settings).load();
    EXPECT_EQ(profile.ageGroup, AgeGroup::Adult);
    EXPECT_EQ(profile.sex, Sex::Unset);
    EXPECT_EQ(profile.conditions, unsigned(Condition::KidneyDisease));
    // Had and ruled out at once (only by hand): had, the safer of the two.
    EXPECT_EQ(profile.conditionsRuledOut, unsigned(Condition::Pregnant));
    EXPECT_EQ(profile.medications,
        std::vector<MedicationClass>(
            {MedicationClass::Antibiotic, MedicationClass::Bisphosphonate}));
    EXPECT_EQ(profile.reference, SupplementReference::Us);
}

TEST_F(SafetyProfileStoreTest, AnUnknownReferenceFallsBackToTheNordicLimit)
{
    writeFile("[profile]\nreference=mars\nageGroup=\nconditions=\n");
    Settings settings(path());
    const Profile profile = ProfileStore(settings).load();
    EXPECT_EQ(profile.reference, SupplementReference::NordicEu);
    EXPECT_EQ(profile.ageGroup, AgeGroup::Unset);
    EXPECT_EQ(profile.conditions, 0u);
}

TEST(SafetyProfileNamesTest, EveryNameRoundTrips)
{
    for (AgeGroup value : allAgeGroups())
        EXPECT_EQ(ageGroupFromName(toName(value)), value);
    for (Sex value : allSexes())
        EXPECT_EQ(sexFromName(toName(value)), value);
    for (SupplementReference value : allSupplementReferences())
        EXPECT_EQ(supplementReferenceFromName(toName(value)), value);
    for (Condition value : allConditions())
        EXPECT_EQ(conditionFromName(toName(value)), value);
    EXPECT_EQ(allConditions().size(), 4u);
    EXPECT_EQ(toName(SupplementReference::NordicEu), QStringLiteral("nordic_eu"));
    EXPECT_EQ(toName(AgeGroup::Child), QStringLiteral("child"));
    EXPECT_EQ(toName(Condition::BleedingDisorder), QStringLiteral("bleeding_disorder"));
    EXPECT_EQ(
        conditionNames(unsigned(Condition::Breastfeeding) | unsigned(Condition::KidneyDisease)),
        QStringList({QStringLiteral("kidney_disease"), QStringLiteral("breastfeeding")}));
    EXPECT_EQ(conditionFromName(QStringLiteral("none")), std::nullopt);
}

} // namespace
} // namespace stilla
