#pragma once

#include "DayEntry.h"

#include <optional>
#include <vector>

namespace stilla {

/// The supplement dose a person takes most often, so that the diary can offer it with one
/// click ("My usual: 300 mg citrate at 20:00").
///
/// Two doses are the same dose when form, amount, time and route are all equal. The usual dose
/// is the one taken on the most of @p days (each day counts a dose once, however often it
/// appears that day); a tie goes to the dose whose latest day is the latest. A dose taken on
/// fewer than two days is nobody's habit yet, so then there is none. A dose given into a vein
/// is given by a clinician, never a habit to repeat with one click, so it is not counted. The
/// result has id 0.
std::optional<SupplementIntake> usualSupplement(const std::vector<DayEntry>& days);

/// How many days before the day being filled in usualSupplement() looks at.
inline constexpr int kUsualDoseWindowDays = 28;

} // namespace stilla
