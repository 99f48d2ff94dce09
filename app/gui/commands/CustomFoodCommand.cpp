#include "CustomFoodCommand.h"

#include "core/diary/DiaryStore.h"

namespace stilla {

CustomFoodCommand::CustomFoodCommand(DiaryStore& store, std::optional<CustomFood> before,
    std::optional<CustomFood> after, bool favourite, const QString& text)
    : DiaryCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_stored(m_before)
    , m_favourite(favourite)
{ }

Status CustomFoodCommand::write(bool forward)
{
    std::optional<CustomFood>& target = forward ? m_after : m_before;
    if (!target) {
        if (const Status removed = m_store.foods().removeCustom(m_stored->id); !removed)
            return removed;
        m_stored.reset();
        return {};
    }
    if (m_stored) {
        // A change: the food keeps its number.
        CustomFood changed = *target;
        changed.id = m_stored->id;
        const auto saved = m_store.foods().saveCustom(changed);
        if (!saved)
            return Error {saved.errorMessage()};
        m_stored = saved.value();
        return {};
    }
    // Not in the diary now: new the first time, put back with its number after that.
    const bool putBack = target->id != 0;
    const auto saved
        = putBack ? m_store.foods().putBackCustom(*target) : m_store.foods().saveCustom(*target);
    if (!saved)
        return Error {saved.errorMessage()};
    m_stored = saved.value();
    target->id = m_stored->id;
    target->created = m_stored->created;
    if (putBack && m_favourite) {
        if (const Status marked = m_store.foods().setFavourite(
                QStringLiteral("custom"), QString::number(m_stored->id), true);
            !marked)
            return marked;
    }
    return {};
}

} // namespace stilla
