#include "OwnFoodActions.h"

#include "CustomFoodDialog.h"
#include "app/gui/AppContext.h"
#include "app/gui/commands/CustomFoodCommand.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/FavouriteCommand.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/Clock.h"
#include "core/diary/DiaryStore.h"
#include "core/foods/FoodLibrary.h"
#include "core/foods/FoodSources.h"

namespace stilla {

OwnFoodActions::OwnFoodActions(AppContext& context, const FoodLibrary& library, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_library(library)
    , m_window(window)
{ }

bool OwnFoodActions::writable() const
{
    return m_context.diary && m_context.undo && !m_context.diary->isReadOnly();
}

void OwnFoodActions::toggleFavourite(const Food& food)
{
    if (!writable())
        return;
    const bool favourite = !m_library.isFavourite(food);
    const Status set = m_context.undo->push(
        new FavouriteCommand(*m_context.diary, toName(food.source), food.id, favourite,
            favourite ? tr("Mark %1 as a Favourite").arg(food.name)
                      : tr("Unmark %1 as a Favourite").arg(food.name)));
    if (!set)
        MessageBox::inform(m_window, QMessageBox::Warning, tr("Favourites"), set.errorMessage());
}

std::optional<QString> OwnFoodActions::createFood()
{
    if (!writable())
        return std::nullopt;
    CustomFoodDialog dialog(CustomFood {}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    CustomFood food = dialog.food();
    food.created = m_context.clock.now();
    const QString name = food.name.trimmed();
    const Status saved = m_context.undo->push(new CustomFoodCommand(
        *m_context.diary, std::nullopt, food, false, tr("New Food %1").arg(name)));
    if (!saved) {
        MessageBox::inform(m_window, QMessageBox::Warning, tr("New Food"), saved.errorMessage());
        return std::nullopt;
    }
    return name;
}

void OwnFoodActions::editFood(const Food& food)
{
    const std::optional<CustomFood> custom = m_library.customFood(food);
    if (!custom || !writable())
        return;
    const bool favourite = m_library.isFavourite(food);
    CustomFoodDialog dialog(*custom, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status saved = m_context.undo->push(new CustomFoodCommand(*m_context.diary, custom,
            dialog.food(), favourite, tr("Edit Food %1").arg(custom->name)));
        !saved)
        MessageBox::inform(m_window, QMessageBox::Warning, tr("Edit Food"), saved.errorMessage());
}

void OwnFoodActions::deleteFood(const Food& food)
{
    const std::optional<CustomFood> custom = m_library.customFood(food);
    if (!custom || !writable())
        return;
    // Read before the write: the write reloads the library, which drops what @p food points into.
    const bool favourite = m_library.isFavourite(food);
    const auto answer = MessageBox::question(m_window, tr("Delete this food?"),
        tr("Delete \"%1\" from your foods?").arg(custom->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        tr("Days in the diary that include it keep their entries."));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status removed = m_context.undo->push(new CustomFoodCommand(*m_context.diary, custom,
            std::nullopt, favourite, tr("Delete Food %1").arg(custom->name)));
        !removed) {
        MessageBox::inform(
            m_window, QMessageBox::Warning, tr("Delete Food"), removed.errorMessage());
    }
}

} // namespace stilla
