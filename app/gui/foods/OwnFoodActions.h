#pragma once

#include <QObject>

#include <optional>

class QWidget;

namespace stilla {

struct AppContext;
struct Food;
class FoodLibrary;

/// What a person does to the food library from the Foods page: mark a food as a favourite,
/// add a food of their own, edit or delete one. Each asks what it needs (the food dialog, a
/// confirmation), does its write as one undo step, and shows a write that failed. The library
/// follows every change itself (FoodLibrary::changed), so nothing here refreshes a view.
class OwnFoodActions final : public QObject
{
    Q_OBJECT

public:
    /// @p window is the parent of the dialogs and messages.
    OwnFoodActions(AppContext& context, const FoodLibrary& library, QWidget* window);

    void toggleFavourite(const Food& food);
    /// Asks for a new food and saves it: its name once saved, nothing when cancelled or failed.
    std::optional<QString> createFood();
    /// Only the person's own foods can be edited or deleted; for another food these do nothing.
    void editFood(const Food& food);
    void deleteFood(const Food& food);

private:
    bool writable() const;

    AppContext& m_context;
    const FoodLibrary& m_library;
    QWidget* m_window;
};

} // namespace stilla
