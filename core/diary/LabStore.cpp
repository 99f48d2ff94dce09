#include "LabStore.h"

#include "DiaryStore.h"
#include "LabTable.h"

#include <QLocale>

namespace stilla {

Result<std::vector<LabResult>> LabStore::results(const QDate& from, const QDate& to) const
{
    if (auto ok = m_diary.requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto results = LabTable::results(m_diary.m_db, from, to);
    if (!results)
        return Error {DiaryStore::tr("Could not read the lab results from the diary %1: %2.")
                          .arg(m_diary.shownPath(), results.errorMessage())};
    return results;
}

Result<std::optional<LabResult>> LabStore::result(const QDate& date) const
{
    if (auto ok = m_diary.requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto result = LabTable::result(m_diary.m_db, date);
    if (!result)
        return Error {DiaryStore::tr("Could not read the lab results from the diary %1: %2.")
                          .arg(m_diary.shownPath(), result.errorMessage())};
    return result;
}

Status LabStore::save(const LabResult& result)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return ok;
    const QString day = result.date.isValid()
        ? QLocale().toString(result.date, QLocale::ShortFormat)
        : QStringLiteral("?");
    if (const QStringList problems = result.problems(); !problems.isEmpty())
        return Error {DiaryStore::tr("The lab results of %1 were not saved: %2")
                          .arg(day, problems.join(QLatin1Char(' ')))};
    if (Status saved = LabTable::save(m_diary.m_db, result); !saved)
        return Error {
            DiaryStore::tr("Could not save the lab results of %1 in the diary %2: %3. The diary "
                           "was not changed.")
                .arg(day, m_diary.shownPath(), saved.errorMessage())};
    emit m_diary.m_notifier->labResultsChanged();
    return {};
}

Status LabStore::remove(const QDate& date)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return ok;
    auto removed = LabTable::remove(m_diary.m_db, date);
    if (!removed)
        return Error {
            DiaryStore::tr("Could not remove the lab results of %1 from the diary %2: %3. The "
                           "diary was not changed.")
                .arg(QLocale().toString(date, QLocale::ShortFormat), m_diary.shownPath(),
                    removed.errorMessage())};
    if (*removed)
        emit m_diary.m_notifier->labResultsChanged();
    return {};
}

} // namespace stilla
