#include "UsualDose.h"

#include <algorithm>

namespace stilla {

namespace {

bool sameDose(const SupplementIntake& a, const SupplementIntake& b)
{
    return a.form == b.form && a.elementalMg == b.elementalMg && a.timeTaken == b.timeTaken
        && a.route == b.route;
}

struct Count
{
    SupplementIntake dose;
    int days = 0;
    QDate latest;
};

} // namespace

std::optional<SupplementIntake> usualSupplement(const std::vector<DayEntry>& days)
{
    std::vector<Count> counts;
    for (const DayEntry& day : days) {
        std::vector<const SupplementIntake*> counted; // each dose once per day
        for (const SupplementIntake& dose : day.supplements) {
            if (dose.elementalMg <= 0 || dose.route != Route::Oral)
                continue;
            if (std::any_of(counted.begin(), counted.end(),
                    [&dose](const SupplementIntake* seen) { return sameDose(*seen, dose); }))
                continue;
            counted.push_back(&dose);
            auto it = std::find_if(counts.begin(), counts.end(),
                [&dose](const Count& count) { return sameDose(count.dose, dose); });
            if (it == counts.end()) {
                counts.push_back({dose, 0, day.date});
                it = counts.end() - 1;
            }
            ++it->days;
            it->latest = std::max(it->latest, day.date);
        }
    }
    const auto best
        = std::max_element(counts.begin(), counts.end(), [](const Count& a, const Count& b) {
              return a.days != b.days ? a.days < b.days : a.latest < b.latest;
          });
    if (best == counts.end() || best->days < 2)
        return std::nullopt;
    SupplementIntake dose = best->dose;
    dose.id = 0;
    return dose;
}

} // namespace stilla
