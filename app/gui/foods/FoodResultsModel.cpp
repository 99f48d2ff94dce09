#include "FoodResultsModel.h"

#include "core/Language.h"
#include "core/foods/FoodCatalogue.h"
#include "core/foods/FoodGroups.h"
#include "core/foods/FoodMagnesium.h"
#include "core/foods/FoodPortions.h"

#include <QFont>
#include <QLocale>

namespace stilla {

FoodResultsModel::FoodResultsModel(const FoodCatalogue& catalogue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
{ }

void FoodResultsModel::setMatches(std::vector<FoodMatch> matches, const QString& language)
{
    beginResetModel();
    m_matches = std::move(matches);
    m_language = language;
    endResetModel();
}

const FoodMatch* FoodResultsModel::match(int row) const
{
    if (row < 0 || row >= int(m_matches.size()))
        return nullptr;
    return &m_matches[std::size_t(row)];
}

int FoodResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int FoodResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FoodResultsModel::displayName(
    const FoodCatalogue& catalogue, const Food& food, const QString& language)
{
    if (const CuratedFood* curated = catalogue.curated().forFood(food))
        return curated->name(language);
    return food.name;
}

QString FoodResultsModel::nameLanguageNote(
    const FoodCatalogue& catalogue, const Food& food, const QString& language)
{
    if (catalogue.curated().forFood(food))
        return {};
    if (food.source == FoodSource::Usda && language == QLatin1String(Language::kSwedish))
        return tr("name in English only");
    if (food.source == FoodSource::Slv && language == QLatin1String(Language::kEnglish))
        return tr("name in Swedish only");
    return {};
}

QString FoodResultsModel::sourceName(FoodSource source)
{
    switch (source) {
    case FoodSource::Slv:
        return tr("Swedish Food Agency");
    case FoodSource::Usda:
        return tr("USDA");
    case FoodSource::Custom:
        break;
    }
    return tr("My foods");
}

QString FoodResultsModel::sourceBadge(FoodSource source)
{
    switch (source) {
    case FoodSource::Slv:
        return tr("SLV", "the Swedish Food Agency (Livsmedelsverket), short");
    case FoodSource::Usda:
        return tr("USDA");
    case FoodSource::Custom:
        break;
    }
    return tr("mine", "one of the person's own foods, short");
}

QString FoodResultsModel::twinNote(const FoodCatalogue& catalogue, const Food& food)
{
    const CuratedFood* curated = catalogue.curated().forFood(food);
    if (!curated)
        return {};
    const Food* slv = catalogue.find(FoodSource::Slv, curated->slvId);
    const Food* usda = catalogue.find(FoodSource::Usda, curated->usdaId);
    if (!slv || !usda)
        return {};
    const QLocale locale;
    const QString slvMg = locale.toString(slv->magnesiumPer100g, 'f', 0);
    const QString usdaMg = locale.toString(usda->magnesiumPer100g, 'f', 0);
    // Said as they are: "the values differ" under two equal numbers read as a mistake.
    if (slvMg == usdaMg) {
        return tr("Both databases have this food, with the same amount: %1\u00A0mg of magnesium "
                  "per 100\u00A0g in the Swedish Food Agency's (SLV) and in USDA's.")
            .arg(slvMg);
    }
    return tr("Both databases have this food: %1\u00A0mg of magnesium per 100\u00A0g in the "
              "Swedish Food Agency's (SLV) and %2\u00A0mg in USDA's. Each analysed its own "
              "samples, at other times and places, so the values differ; either is a fair "
              "estimate.")
        .arg(slvMg, usdaMg);
}

QVariant FoodResultsModel::data(const QModelIndex& index, int role) const
{
    const FoodMatch* found = match(index.row());
    if (!found || !found->food)
        return {};
    const Food& food = *found->food;
    const QLocale locale;
    const bool rich = FoodMagnesium::isRich(food);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            // The guide's foods have one name for both databases' entries: a short badge
            // tells the twins apart at a glance ("Spenat, rå · SLV" and "· USDA").
            if (found->curated || m_catalogue.curated().forFood(food))
                return tr("%1 · %2").arg(
                    displayName(m_catalogue, food, m_language), sourceBadge(food.source));
            return displayName(m_catalogue, food, m_language);
        case PerHundredGrams:
            return tr("%1\u00A0mg").arg(locale.toString(food.magnesiumPer100g, 'f', 0));
        case PerPortion: {
            const FoodPortion portion = FoodPortions::typical(m_catalogue, food, m_language);
            return tr("%1\u00A0mg in %2")
                .arg(locale.toString(FoodMagnesium::magnesiumFor(food, portion.grams), 'f', 0),
                    FoodPortions::describe(portion));
        }
        case Details: {
            // A food of one's own has no group apart from its source ("My foods" once).
            QStringList notes {sourceName(food.source)};
            if (food.source != FoodSource::Custom)
                notes.prepend(FoodGroups::displayName(food.source, food.group, m_language));
            if (const QString note = nameLanguageNote(m_catalogue, food, m_language);
                !note.isEmpty())
                notes << note;
            if (found->curated)
                notes << tr("In the guide");
            if (found->favourite)
                notes << tr("★ Favourite");
            else if (found->recent)
                notes << tr("Recent");
            if (rich)
                notes << tr("Rich in magnesium");
            return notes.join(QStringLiteral(" · "));
        }
        default:
            break;
        }
    }
    if (role == Qt::FontRole && (index.column() == PerHundredGrams || index.column() == Name)
        && rich) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == PerHundredGrams)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return food.name;
    return {};
}

QVariant FoodResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The last heading is short, since its column is narrow and Qt 6.4 cuts a heading at both
    // ends instead of eliding it ("o, källa och noter"); its tooltip says what it holds.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Details)
        return tr("Food group, source and notes");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Food");
    case PerHundredGrams:
        return tr("Per 100\u00A0g");
    case PerPortion:
        return tr("Per portion");
    case Details:
        return tr("Details");
    default:
        break;
    }
    return {};
}

} // namespace stilla
