#pragma once

#include "Finding.h"
#include "LabRules.h"
#include "Profile.h"
#include "SafetyEngine.h"
#include "core/Result.h"

#include <QDate>

#include <map>
#include <optional>
#include <span>
#include <vector>

namespace stilla {

class DiaryStore;

/// Everything Stilla has to say about one date of a diary: the day's own findings
/// (SafetyEngine::evaluate) and the iron rules, which read the lab results and the days with
/// symptoms (LabRules::evaluate). The diary page, stilla-cli safety and the report use
/// it, so they say the same.
namespace DiaryFindings {

/// The lab results up to @p date and the days with symptoms in the window ending on it.
Result<LabRules::History> ironHistory(const DiaryStore& store, const QDate& date);
/// The same, with the days of the window already read: @p days holds at least the
/// SafetyFacts::kSymptomWindowDays days ending on @p date (more, or others, are left out).
Result<LabRules::History> ironHistory(
    const DiaryStore& store, const QDate& date, const std::vector<DayEntry>& days);

/// The kidney disease the diary's eGFRs show on @p date (LabRules::kidneyDisease), if any; none
/// without a diary, and none, with a log line, when the lab results cannot be read.
std::optional<LabRules::KidneyDisease> kidneyDisease(const DiaryStore* store, const QDate& date);

/// The same for a widget that shows one date and is refreshed on every save of a day (the
/// status bar, the Foods page's day): the lab results are read again only when the date
/// changes or after forget() (on DiaryNotifier::labResultsChanged and diaryReset), not on each
/// save typing makes.
class KidneyDiseaseOn
{
public:
    const std::optional<LabRules::KidneyDisease>& read(const DiaryStore* store, const QDate& date);
    void forget() { m_date = QDate(); }

private:
    QDate m_date; ///< the date m_value was read for; invalid when none is known
    std::optional<LabRules::KidneyDisease> m_value;
};

/// The findings for @p date: those of @p day (the stored day, or what a form shows now; none
/// when std::nullopt) and the iron rules, most severe first.
Result<std::vector<Finding>> forDate(const DiaryStore& store, const Profile& profile,
    const QDate& date, const std::optional<DayEntry>& day);

/// The most severe finding of each day that has one at @p minimum or above: what the charts and
/// the report's trend figure mark (they mark Caution and above; tips such as caffeine are left
/// to the diary). @p labs: the diary's lab results, as SafetyEngine::evaluate() reads them.
std::map<QDate, Severity> worstByDay(const Profile& profile, std::span<const DayEntry> days,
    std::span<const LabResult> labs, Severity minimum);
/// The same from findings already evaluated, by day.
std::map<QDate, Severity> worstByDay(
    const std::map<QDate, std::vector<Finding>>& findings, Severity minimum);

} // namespace DiaryFindings

} // namespace stilla
