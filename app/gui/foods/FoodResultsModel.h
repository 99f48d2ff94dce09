#pragma once

#include "core/foods/FoodSearch.h"

#include <QAbstractTableModel>

namespace stilla {

class FoodCatalogue;

/// Search results as a table: name, group and source in the UI language, magnesium per 100 g
/// and per typical portion, and what is special about the food (named in the guide,
/// favourite, recent, rich in magnesium).
class FoodResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, PerHundredGrams, PerPortion, Details, ColumnCount };

    explicit FoodResultsModel(const FoodCatalogue& catalogue, QObject* parent = nullptr);

    void setMatches(std::vector<FoodMatch> matches, const QString& language);
    const FoodMatch* match(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The name people see: the guide's name in the UI language for foods it names, else the
    /// database's own name.
    static QString displayName(
        const FoodCatalogue& catalogue, const Food& food, const QString& language);
    static QString sourceName(FoodSource source);
    /// The source in a few letters, for the name column: "SLV", "USDA".
    static QString sourceBadge(FoodSource source);
    /// For a food both databases have under the guide's one name: the two values and why they
    /// differ; empty for other foods.
    static QString twinNote(const FoodCatalogue& catalogue, const Food& food);
    /// "name in English only" for a USDA food on a Swedish screen, "name in Swedish only" for
    /// a Swedish Food Agency food on an English one (unless the guide names it in both); empty
    /// when the name is in the UI language.
    static QString nameLanguageNote(
        const FoodCatalogue& catalogue, const Food& food, const QString& language);

private:
    const FoodCatalogue& m_catalogue;
    std::vector<FoodMatch> m_matches;
    QString m_language;
};

} // namespace stilla
