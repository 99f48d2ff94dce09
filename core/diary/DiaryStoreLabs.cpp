// DiaryStore: blood test results. The SQL is in LabTable; this file adds the checks every
// DiaryStore call makes, the messages and the notifications.
#include "DiaryStore.h"
#include "LabTable.h"

#include <QDir>
#include <QLocale>

namespace stilla {

namespace {

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<std::vector<LabResult>> DiaryStore::labResults(const QDate& from, const QDate& to) const
{
    if (auto ok = requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto results = LabTable::results(m_db, from, to);
    if (!results)
        return Error {tr("Could not read the lab results from the diary %1: %2.")
                          .arg(shownPath(m_path), results.errorMessage())};
    return results;
}

Result<std::optional<LabResult>> DiaryStore::labResult(const QDate& date) const
{
    if (auto ok = requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto result = LabTable::result(m_db, date);
    if (!result)
        return Error {tr("Could not read the lab results from the diary %1: %2.")
                          .arg(shownPath(m_path), result.errorMessage())};
    return result;
}

Status DiaryStore::saveLabResult(const LabResult& result)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    const QString day = result.date.isValid()
        ? QLocale().toString(result.date, QLocale::ShortFormat)
        : QStringLiteral("?");
    if (const QStringList problems = result.problems(); !problems.isEmpty())
        return Error {tr("The lab results of %1 were not saved: %2")
                          .arg(day, problems.join(QLatin1Char(' ')))};
    if (Status saved = LabTable::save(m_db, result); !saved)
        return Error {tr("Could not save the lab results of %1 in the diary %2: %3. The diary "
                         "was not changed.")
                          .arg(day, shownPath(m_path), saved.errorMessage())};
    emit m_notifier->labResultsChanged();
    return {};
}

Status DiaryStore::removeLabResult(const QDate& date)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    auto removed = LabTable::remove(m_db, date);
    if (!removed)
        return Error {tr("Could not remove the lab results of %1 from the diary %2: %3. The "
                         "diary was not changed.")
                          .arg(QLocale().toString(date, QLocale::ShortFormat), shownPath(m_path),
                              removed.errorMessage())};
    if (*removed)
        emit m_notifier->labResultsChanged();
    return {};
}

} // namespace stilla
