#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <future>
#include <optional>

class QObject;

namespace stilla {

/// PRAGMA integrity_check of an open diary on a worker thread, on a read-only connection of its
/// own (DiaryStore::IntegrityCheck::InBackground), and what it found. Internal to core/diary:
/// DiaryStore makes every write wait for it.
class BackgroundIntegrityCheck
{
public:
    /// Starts the check of the diary at @p path. When it finds damage, @p onDamage is queued to
    /// the thread of @p context, and dropped if @p context is gone by then.
    void start(const QString& path, std::chrono::milliseconds busyTimeout, QObject* context,
        std::function<void()> onDamage);
    /// Waits for the check, if one is running, and keeps what it found.
    void finish();
    /// finish(), when the check has already ended (it never waits).
    void finishIfEnded();
    /// What the finished check found: the message for people when the diary is damaged;
    /// std::nullopt while it runs, when it passed or when there was none.
    const std::optional<QString>& damage() const { return m_damage; }
    /// Forgets what an earlier check found, for a diary opened anew.
    void forget() { m_damage.reset(); }

private:
    std::future<std::optional<QString>> m_running; ///< until it is awaited
    std::optional<QString> m_damage;
};

} // namespace stilla
