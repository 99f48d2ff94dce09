#include "DiaryFindings.h"

#include "SafetyFacts.h"
#include "core/Logging.h"
#include "core/diary/DiaryStore.h"

namespace stilla {

Result<LabRules::History> DiaryFindings::ironHistory(const DiaryStore& store, const QDate& date)
{
    Result<std::vector<DayEntry>> days
        = store.days(date.addDays(1 - SafetyFacts::kSymptomWindowDays), date);
    if (!days)
        return Error {days.errorMessage()};
    return ironHistory(store, date, *days);
}

Result<LabRules::History> DiaryFindings::ironHistory(
    const DiaryStore& store, const QDate& date, const std::vector<DayEntry>& days)
{
    Result<std::vector<LabResult>> labs = store.labs().results(QDate(), date);
    if (!labs)
        return Error {labs.errorMessage()};
    return LabRules::History {date, std::move(labs).value(), LabRules::symptomDays(days, date)};
}

std::optional<LabRules::KidneyDisease> DiaryFindings::kidneyDisease(
    const DiaryStore* store, const QDate& date)
{
    if (!store)
        return std::nullopt;
    Result<std::vector<LabResult>> labs = store->labs().results(QDate(), date);
    if (!labs) {
        qCWarning(lcSafety) << "could not read the lab results:" << labs.errorMessage();
        return std::nullopt;
    }
    return LabRules::kidneyDisease(*labs, date);
}

const std::optional<LabRules::KidneyDisease>& DiaryFindings::KidneyDiseaseOn::read(
    const DiaryStore* store, const QDate& date)
{
    if (date != m_date || !m_date.isValid()) {
        m_value = kidneyDisease(store, date);
        m_date = date;
    }
    return m_value;
}

Result<std::vector<Finding>> DiaryFindings::forDate(const DiaryStore& store, const Profile& profile,
    const QDate& date, const std::optional<DayEntry>& day)
{
    Result<LabRules::History> history = ironHistory(store, date);
    if (!history)
        return Error {history.errorMessage()};
    std::vector<Finding> findings
        = day ? SafetyEngine::evaluate(profile, *day, history->labs) : std::vector<Finding>();
    for (Finding& finding : LabRules::evaluate(*history))
        findings.push_back(std::move(finding));
    SafetyEngine::sort(findings);
    return findings;
}

std::map<QDate, Severity> DiaryFindings::worstByDay(const Profile& profile,
    std::span<const DayEntry> days, std::span<const LabResult> labs, Severity minimum)
{
    std::map<QDate, Severity> worst;
    for (const DayEntry& day : days) {
        const std::vector<Finding> findings = SafetyEngine::evaluate(profile, day, labs);
        // evaluate() puts the most severe first.
        if (!findings.empty() && findings.front().severity >= minimum)
            worst.emplace(day.date, findings.front().severity);
    }
    return worst;
}

std::map<QDate, Severity> DiaryFindings::worstByDay(
    const std::map<QDate, std::vector<Finding>>& findings, Severity minimum)
{
    std::map<QDate, Severity> worst;
    for (const auto& [date, dayFindings] : findings) {
        if (!dayFindings.empty() && dayFindings.front().severity >= minimum)
            worst.emplace(date, dayFindings.front().severity);
    }
    return worst;
}

} // namespace stilla
