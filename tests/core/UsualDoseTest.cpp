// usualSupplement(): the dose the diary offers with one click.
#include "core/diary/UsualDose.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

SupplementIntake dose(
    SupplementForm form, double mg, std::optional<QTime> time, Route route = Route::Oral)
{
    SupplementIntake intake;
    intake.id = 7;
    intake.form = form;
    intake.elementalMg = mg;
    intake.timeTaken = time;
    intake.route = route;
    return intake;
}

DayEntry day(int dayOfMonth, std::vector<SupplementIntake> doses)
{
    DayEntry entry;
    entry.date = QDate(2026, 11, dayOfMonth);
    entry.supplements = std::move(doses);
    return entry;
}

const SupplementIntake kCitrate = dose(SupplementForm::Citrate, 300, QTime(20, 0));
const SupplementIntake kGlycinate = dose(SupplementForm::Glycinate, 200, QTime(21, 30));

TEST(UsualDoseTest, NoDaysOrOneDayIsNoHabit)
{
    EXPECT_FALSE(usualSupplement({}).has_value());
    EXPECT_FALSE(usualSupplement({day(1, {kCitrate})}).has_value());
    // The same dose twice on one day is still one day.
    EXPECT_FALSE(usualSupplement({day(1, {kCitrate, kCitrate})}).has_value());
    EXPECT_FALSE(usualSupplement({day(1, {}), day(2, {})}).has_value());
}

TEST(UsualDoseTest, TheDoseOfMostDaysWinsAndComesWithoutItsRowId)
{
    const auto usual = usualSupplement({day(1, {kGlycinate}), day(2, {kCitrate}),
        day(3, {kCitrate}), day(4, {kGlycinate, kCitrate}), day(5, {kGlycinate})});
    ASSERT_TRUE(usual.has_value());
    // Glycinate on days 1, 4, 5 and citrate on 2, 3, 4: a tie of three days each, which goes to
    // the dose taken last (glycinate, day 5).
    EXPECT_EQ(usual->form, SupplementForm::Glycinate);
    EXPECT_EQ(usual->elementalMg, 200);
    EXPECT_EQ(usual->timeTaken, QTime(21, 30));
    EXPECT_EQ(usual->id, 0);

    const auto citrate = usualSupplement({day(1, {kGlycinate}), day(2, {kCitrate}),
        day(3, {kCitrate}), day(5, {kGlycinate}), day(6, {kCitrate})});
    ASSERT_TRUE(citrate.has_value());
    EXPECT_EQ(citrate->form, SupplementForm::Citrate);
}

TEST(UsualDoseTest, TheOrderOfTheDaysDoesNotMatter)
{
    const std::vector<DayEntry> days {
        day(9, {kCitrate}), day(2, {kGlycinate}), day(3, {kGlycinate}), day(8, {kCitrate})};
    const auto usual = usualSupplement(days);
    ASSERT_TRUE(usual.has_value());
    EXPECT_EQ(usual->form, SupplementForm::Citrate); // tie of two; citrate was taken last (9th)
    std::vector<DayEntry> reversed(days.rbegin(), days.rend());
    EXPECT_EQ(usualSupplement(reversed), usual);
}

TEST(UsualDoseTest, ADoseDiffersByFormAmountTimeOrRoute)
{
    const std::vector<SupplementIntake> variants {
        dose(SupplementForm::Citrate, 300, QTime(20, 0)),
        dose(SupplementForm::Citrate, 250, QTime(20, 0)),
        dose(SupplementForm::Citrate, 300, QTime(20, 5)),
        dose(SupplementForm::Citrate, 300, std::nullopt),
        dose(SupplementForm::Oxide, 300, QTime(20, 0)),
        dose(SupplementForm::Citrate, 300, QTime(20, 0), Route::Intravenous),
    };
    std::vector<DayEntry> days;
    for (std::size_t i = 0; i < variants.size(); ++i)
        days.push_back(day(int(i) + 1, {variants[i]}));
    EXPECT_FALSE(usualSupplement(days).has_value()) << "six different doses, each on one day";
    days.push_back(day(20, {variants[3]}));
    const auto usual = usualSupplement(days);
    ASSERT_TRUE(usual.has_value());
    EXPECT_FALSE(usual->timeTaken.has_value());
}

TEST(UsualDoseTest, AnEmptyAmountOrADoseIntoAVeinIsNoHabit)
{
    const SupplementIntake empty = dose(SupplementForm::Other, 0, std::nullopt);
    EXPECT_FALSE(usualSupplement({day(1, {empty}), day(2, {empty})}).has_value());
    const SupplementIntake drip
        = dose(SupplementForm::Sulfate, 500, QTime(10, 0), Route::Intravenous);
    EXPECT_FALSE(usualSupplement({day(1, {drip}), day(2, {drip}), day(3, {drip})}).has_value());
    const auto usual
        = usualSupplement({day(1, {drip, kCitrate}), day(2, {drip, kCitrate}), day(3, {drip})});
    ASSERT_TRUE(usual.has_value());
    EXPECT_EQ(usual->route, Route::Oral);
}

} // namespace
} // namespace stilla
