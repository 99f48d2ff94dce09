#include "FavouriteCommand.h"

#include "core/diary/DiaryStore.h"

namespace stilla {

FavouriteCommand::FavouriteCommand(
    DiaryStore& store, QString source, QString foodId, bool favourite, const QString& text)
    : DiaryCommand(text)
    , m_store(store)
    , m_source(std::move(source))
    , m_foodId(std::move(foodId))
    , m_favourite(favourite)
{ }

Status FavouriteCommand::write(bool forward)
{
    return m_store.foods().setFavourite(m_source, m_foodId, forward ? m_favourite : !m_favourite);
}

} // namespace stilla
