#pragma once

#include "PreparedFoods.h"
#include "core/Result.h"
#include "core/diary/CustomFood.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace stilla {

class DiaryStore;

/// What the food picker works with: the catalogue (the Swedish and US databases, from
/// PreparedFoods), the person's own foods, their favourites and the foods they ate lately, kept
/// in step with the diary through its DiaryNotifier (own foods and favourites changed, a diary
/// restored or imported). The Foods page and `stilla-cli foods` search through it, so neither
/// keeps a copy of its own that could go stale.
class FoodLibrary final : public QObject
{
    Q_OBJECT

public:
    /// How many of the foods eaten lately rank as recent.
    static constexpr int kRecentFoods = 20;

    /// @p diary: where the own foods, favourites and recent foods come from; null for none.
    explicit FoodLibrary(DiaryStore* diary, QObject* parent = nullptr);
    ~FoodLibrary() override;

    /// Takes the catalogue and its index, then reads the diary's own foods, favourites and
    /// recent foods. False when the catalogue could not be loaded (error() says why).
    bool load(PreparedFoods::Foods foods);
    bool isLoaded() const { return m_catalogue != nullptr; }
    /// Why the catalogue could not be loaded, or why the diary's foods could not be read.
    const QString& error() const { return m_error; }
    /// The catalogue with the own foods; only while isLoaded().
    const FoodCatalogue& catalogue() const { return *m_catalogue; }

    /// The best matches for @p query, with the favourites and recent foods filled in. The
    /// matches point into the catalogue: drop them on aboutToChange().
    std::vector<FoodMatch> search(FoodQuery query) const;
    bool isFavourite(const Food& food) const;
    /// The own food behind @p food, as the diary holds it; nullopt for a database food.
    std::optional<CustomFood> customFood(const Food& food) const;
    /// A food just added to a day ranks as recent at once.
    void markRecent(const Food& food);

    /// Reads the own foods, favourites and recent foods again. An Error (the foods stay as they
    /// were) when the diary could not be read.
    Status reload();

signals:
    /// The own foods are about to be replaced: matches from search() must be dropped now.
    void aboutToChange();
    /// The own foods, favourites or recent foods changed (also after a restore or an import).
    void changed();

private:
    Status reloadFavourites();

    DiaryStore* m_diary;
    std::unique_ptr<FoodCatalogue> m_catalogue;
    std::unique_ptr<FoodSearch> m_search;
    std::vector<CustomFood> m_custom;
    QSet<QString> m_favourites;
    QSet<QString> m_recent;
    bool m_searchHasCustomFoods = false; ///< m_search was made with own foods
    QString m_error;
};

} // namespace stilla
