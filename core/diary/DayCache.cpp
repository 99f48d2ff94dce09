#include "DayCache.h"

#include "DiaryStore.h"

#include <algorithm>

namespace stilla {

namespace {

auto byDate = [](const DayEntry& day, const QDate& date) { return day.date < date; };

} // namespace

DayCache::DayCache(DiaryStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    DiaryNotifier& notifier = store.notifier();
    connect(&notifier, &DiaryNotifier::dayChanged, this, &DayCache::reloadDay);
    connect(&notifier, &DiaryNotifier::dayRemoved, this, &DayCache::removeDay);
    connect(&notifier, &DiaryNotifier::diaryReset, this, [this] {
        clear();
        emit changed();
    });
}

Status DayCache::ensure(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    if (!m_from.isValid()) {
        if (auto ok = read(from, to); !ok)
            return ok;
        m_from = from;
        m_to = to;
        return {};
    }
    // Only the parts on either side of what is cached; the span stays one piece.
    if (from < m_from) {
        if (auto ok = read(from, m_from.addDays(-1)); !ok)
            return ok;
        m_from = from;
    }
    if (to > m_to) {
        if (auto ok = read(m_to.addDays(1), to); !ok)
            return ok;
        m_to = to;
    }
    return {};
}

std::pair<std::size_t, std::size_t> DayCache::indexRange(const QDate& from, const QDate& to) const
{
    const auto first = std::lower_bound(m_days.begin(), m_days.end(), from, byDate);
    const auto last = std::lower_bound(first, m_days.end(), to.addDays(1), byDate);
    return {std::size_t(first - m_days.begin()), std::size_t(last - m_days.begin())};
}

Status DayCache::read(const QDate& from, const QDate& to)
{
    auto loaded = m_store.days(from, to);
    if (!loaded)
        return Error {loaded.errorMessage()};
    std::vector<DayEntry>& days = loaded.value();
    if (days.empty())
        return {};
    // The new days lie wholly before or after the cached ones.
    const auto at = std::lower_bound(m_days.begin(), m_days.end(), days.front().date, byDate);
    m_days.insert(at, std::make_move_iterator(days.begin()), std::make_move_iterator(days.end()));
    return {};
}

void DayCache::reloadDay(const QDate& date)
{
    if (!m_from.isValid() || date < m_from || date > m_to) {
        emit changed(); // not cached: read when a range holding it is asked for
        return;
    }
    auto stored = m_store.day(date);
    if (!stored) {
        clear(); // read everything again next time rather than show a stale day
        emit changed();
        return;
    }
    const auto at = std::lower_bound(m_days.begin(), m_days.end(), date, byDate);
    const bool present = at != m_days.end() && at->date == date;
    if (stored.value() && present)
        *at = *stored.value();
    else if (stored.value())
        m_days.insert(at, *stored.value());
    else if (present)
        m_days.erase(at);
    emit changed();
}

void DayCache::removeDay(const QDate& date)
{
    const auto at = std::lower_bound(m_days.begin(), m_days.end(), date, byDate);
    if (at != m_days.end() && at->date == date)
        m_days.erase(at);
    emit changed();
}

void DayCache::clear()
{
    m_days.clear();
    m_from = QDate();
    m_to = QDate();
}

} // namespace stilla
