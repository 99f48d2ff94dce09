#pragma once

#include "DayEntry.h"
#include "core/Result.h"

#include <QDate>
#include <QObject>

#include <vector>

namespace stilla {

class DiaryStore;

/// Days read from the diary once and kept in memory, for views that show long stretches of it
/// again and again (the charts: switching between a year and ten years must not read ten years
/// from the disk each time). It follows the store's notifier: a saved day is read again, a
/// removed day dropped, and a reset (import, restore) empties it.
class DayCache final : public QObject
{
    Q_OBJECT

public:
    explicit DayCache(DiaryStore& store, QObject* parent = nullptr);

    /// Makes sure every stored day from @p from to @p to (valid dates, inclusive) is cached,
    /// reading from the diary only the parts not cached yet.
    Status ensure(const QDate& from, const QDate& to);
    /// Every cached day, ascending by date; it may hold days outside the last range ensured.
    const std::vector<DayEntry>& days() const { return m_days; }
    /// The cached days from @p from to @p to, as [first, last) indexes into days().
    std::pair<std::size_t, std::size_t> indexRange(const QDate& from, const QDate& to) const;
    /// The span that has been read (invalid dates when nothing has been).
    QDate loadedFrom() const { return m_from; }
    QDate loadedTo() const { return m_to; }

signals:
    /// The cached days changed because the diary did.
    void changed();

private:
    void reloadDay(const QDate& date);
    void removeDay(const QDate& date);
    void clear();
    Status read(const QDate& from, const QDate& to);

    DiaryStore& m_store;
    std::vector<DayEntry> m_days;
    QDate m_from;
    QDate m_to;
};

} // namespace stilla
