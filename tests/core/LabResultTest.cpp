// Blood test results in the diary (schema version 4): what is accepted, and how they are kept.
#include "core/labs/LabResult.h"

#include "core/diary/DayEntry.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

namespace stilla {
namespace {

LabResult lab(const QDate& date, std::optional<double> ferritin,
    std::optional<double> saturation = std::nullopt,
    std::optional<double> haemoglobin = std::nullopt,
    std::optional<double> magnesium = std::nullopt, std::optional<double> egfr = std::nullopt)
{
    LabResult result;
    result.date = date;
    result.ferritin = ferritin;
    result.transferrinSaturation = saturation;
    result.haemoglobin = haemoglobin;
    result.serumMagnesium = magnesium;
    result.egfr = egfr;
    return result;
}

struct Boundary
{
    const char* what;
    LabResult result;
    bool accepted;
    const char* named; ///< a word the message must hold when refused
};

/// How gtest names a case; without it gtest prints the raw bytes, padding included, which
/// valgrind rightly calls uninitialised.
void PrintTo(const Boundary& boundary, std::ostream* out)
{
    *out << boundary.what;
}

class LabResultBoundaryTest : public ::testing::TestWithParam<Boundary>
{
};

const QDate kDay(2026, 3, 12);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

INSTANTIATE_TEST_SUITE_P(EachValue, LabResultBoundaryTest,
    ::testing::Values(Boundary {"ferritin 0", lab(kDay, 0), true, ""},
        Boundary {"ferritin 100000", lab(kDay, 100000), true, ""},
        Boundary {"ferritin above 100000", lab(kDay, 100000.5), false, "Ferritin"},
        Boundary {"ferritin below 0", lab(kDay, -1), false, "Ferritin"},
        Boundary {"ferritin NaN", lab(kDay, kNaN), false, "Ferritin"},
        Boundary {"saturation 0", lab(kDay, std::nullopt, 0), true, ""},
        Boundary {"saturation 100", lab(kDay, std::nullopt, 100), true, ""},
        Boundary {"saturation 100.1", lab(kDay, std::nullopt, 100.1), false, "Transferrin"},
        Boundary {"haemoglobin 20", lab(kDay, std::nullopt, std::nullopt, 20), true, ""},
        Boundary {"haemoglobin 300", lab(kDay, std::nullopt, std::nullopt, 300), true, ""},
        Boundary {"haemoglobin 300.5", lab(kDay, std::nullopt, std::nullopt, 300.5), false,
            "Haemoglobin"},
        Boundary {
            "haemoglobin in g/dL", lab(kDay, std::nullopt, std::nullopt, 13.5), false, "g/dL"},
        Boundary {"haemoglobin 0", lab(kDay, std::nullopt, std::nullopt, 0), false, "Haemoglobin"},
        Boundary {
            "magnesium 0.05", lab(kDay, std::nullopt, std::nullopt, std::nullopt, 0.05), true, ""},
        Boundary {
            "magnesium 10", lab(kDay, std::nullopt, std::nullopt, std::nullopt, 10), true, ""},
        Boundary {"magnesium 0.04", lab(kDay, std::nullopt, std::nullopt, std::nullopt, 0.04),
            false, "Serum magnesium"},
        Boundary {"eGFR 1", lab(kDay, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 1),
            true, ""},
        Boundary {"eGFR 200",
            lab(kDay, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 200), true, ""},
        Boundary {"eGFR 0.5",
            lab(kDay, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 0.5), false, "eGFR"},
        Boundary {"eGFR 200.5",
            lab(kDay, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 200.5), false,
            "eGFR"},
        Boundary {"no date", lab(QDate(), 40), false, "date"}),
    [](const ::testing::TestParamInfo<Boundary>& param) {
        std::string name = param.param.what;
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        return name;
    });

TEST_P(LabResultBoundaryTest, IsAcceptedExactlyWithinItsRange)
{
    const QStringList problems = GetParam().result.problems();
    if (GetParam().accepted) {
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u' ').toStdString();
    } else {
        ASSERT_EQ(problems.size(), 1) << problems.join(u' ').toStdString();
        EXPECT_TRUE(problems.front().contains(QLatin1String(GetParam().named)))
            << problems.front().toStdString();
    }
}

class LabStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_EQ(opened.problem, DiaryStore::OpenProblem::None) << opened.message.toStdString();
        m_store = std::move(opened.store);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(LabStoreTest, ResultsAreKeptOnePerDateOldestFirstAndSurviveReopening)
{
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::labResultsChanged);
    const LabResult march = lab(QDate(2026, 3, 12), 41, 18.5, 128, 0.82, 74);
    const LabResult january = lab(QDate(2026, 1, 5), 30);
    ASSERT_TRUE(m_store->labs().save(march).ok());
    ASSERT_TRUE(m_store->labs().save(january).ok());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(m_store->labs().results().value(), (std::vector<LabResult> {january, march}));
    EXPECT_EQ(m_store->labs().results(QDate(2026, 2, 1), QDate()).value(),
        std::vector<LabResult> {march});
    EXPECT_EQ(m_store->labs().result(QDate(2026, 3, 12)).value(), march);
    EXPECT_FALSE(m_store->labs().result(QDate(2026, 3, 13)).value().has_value());

    // The same date again replaces it whole; an eGFR alone is a result.
    const LabResult again
        = lab(QDate(2026, 3, 12), std::nullopt, std::nullopt, std::nullopt, std::nullopt, 55);
    ASSERT_TRUE(m_store->labs().save(again).ok());
    EXPECT_EQ(m_store->labs().result(QDate(2026, 3, 12)).value(), again);

    const QString path = m_store->path();
    m_store.reset();
    m_store = std::move(DiaryStore::open(path).store);
    ASSERT_TRUE(m_store);
    EXPECT_EQ(m_store->labs().results().value(), (std::vector<LabResult> {january, again}));
}

TEST_F(LabStoreTest, AnEmptyResultOrARemoveTakesTheDateAway)
{
    ASSERT_TRUE(m_store->labs().save(lab(QDate(2026, 3, 12), 41)).ok());
    ASSERT_TRUE(m_store->labs().save(lab(QDate(2026, 3, 13), 42)).ok());
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::labResultsChanged);
    ASSERT_TRUE(m_store->labs().save(lab(QDate(2026, 3, 12), std::nullopt)).ok());
    ASSERT_TRUE(m_store->labs().remove(QDate(2026, 3, 13)).ok());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(m_store->labs().results().value().empty());
    ASSERT_TRUE(m_store->labs().remove(QDate(2026, 3, 13)).ok()); // nothing there: no signal
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(LabStoreTest, AWrongValueIsRefusedNamingItAndNothingChanges)
{
    const LabResult kept = lab(QDate(2026, 3, 12), 41);
    ASSERT_TRUE(m_store->labs().save(kept).ok());
    const QByteArray token = QByteArray::number(m_store->changeToken().value());
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::labResultsChanged);
    const Status refused = m_store->labs().save(lab(QDate(2026, 3, 12), 39, 120));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QLatin1String("Transferrin saturation 120")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(m_store->labs().result(QDate(2026, 3, 12)).value(), kept);
    EXPECT_EQ(QByteArray::number(m_store->changeToken().value()), token);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(LabStoreTest, SaveManyTakesLabResultsWithTheDaysUnderTheSamePolicy)
{
    ASSERT_TRUE(m_store->labs().save(lab(QDate(2026, 3, 12), 41)).ok());
    DayEntry day;
    day.date = QDate(2026, 3, 13);
    day.notes = QStringLiteral("a day");
    const std::vector<LabResult> labs {lab(QDate(2026, 3, 12), 60), lab(QDate(2026, 3, 20), 70)};

    // Fail: one date is there already, so nothing at all is saved.
    auto failed = m_store->saveMany({day}, ConflictPolicy::Fail, labs);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(QLatin1String("lab results")))
        << failed.errorMessage().toStdString();
    EXPECT_FALSE(m_store->day(day.date).value().has_value());
    EXPECT_EQ(m_store->labs().results().value().size(), 1u);

    // Skip keeps the stored one; Replace replaces it.
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::labResultsChanged);
    auto skipped = m_store->saveMany({day}, ConflictPolicy::Skip, labs);
    ASSERT_TRUE(skipped.ok()) << skipped.errorMessage().toStdString();
    EXPECT_EQ(skipped->labsSaved, 1);
    EXPECT_EQ(skipped->labsSkipped, 1);
    EXPECT_EQ(m_store->labs().result(QDate(2026, 3, 12)).value()->ferritin, 41);
    EXPECT_EQ(changed.count(), 1);
    auto replaced = m_store->saveMany({}, ConflictPolicy::Replace, labs);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->labsSaved, 2);
    EXPECT_EQ(m_store->labs().result(QDate(2026, 3, 12)).value()->ferritin, 60);

    // A result that cannot be right refuses the whole import, days too.
    DayEntry other = day;
    other.date = QDate(2026, 3, 14);
    EXPECT_FALSE(m_store
                     ->saveMany({other}, ConflictPolicy::Replace,
                         {lab(QDate(2026, 3, 21), std::nullopt, 150)})
                     .ok());
    EXPECT_FALSE(m_store->day(other.date).value().has_value());
    EXPECT_FALSE(m_store->labs().result(QDate(2026, 3, 21)).value().has_value());
}

TEST_F(LabStoreTest, AReadOnlyDiaryRefusesAndKeepsWhatItHas)
{
    ASSERT_TRUE(m_store->labs().save(lab(QDate(2026, 3, 12), 41)).ok());
    const QString path = m_store->path();
    m_store.reset();
    auto readOnly = DiaryStore::openReadOnly(path, QStringLiteral("a test"));
    ASSERT_TRUE(readOnly.store) << readOnly.message.toStdString();
    EXPECT_EQ(readOnly.store->labs().results().value().size(), 1u);
    EXPECT_FALSE(readOnly.store->labs().save(lab(QDate(2026, 3, 13), 50)).ok());
    EXPECT_FALSE(readOnly.store->labs().remove(QDate(2026, 3, 12)).ok());
    EXPECT_EQ(readOnly.store->labs().results().value().size(), 1u);
}

} // namespace
} // namespace stilla
