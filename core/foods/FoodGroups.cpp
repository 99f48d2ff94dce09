#include "FoodGroups.h"

#include <QLatin1String>

#include <iterator>

namespace stilla {

namespace {

struct GroupName
{
    const char* original; // UTF-8
    const char* translated; // UTF-8
};

// Livsmedelsverket's "gruppering" -> English.
constexpr GroupName kSlvToEnglish[] = {
    {"Bröd", "Bread"},
    {"Bullar, kakor, tårtor", "Buns, cookies and cakes"},
    {"Dryck", "Drinks"},
    {"Fett, olja", "Fats and oils"},
    {"Fisk, skaldjur", "Fish and shellfish"},
    {"Flingor, frukostflingor, müsli, gröt, välling",
        "Cereals, breakfast cereals, muesli, porridge and gruel"},
    {"Frukt, bär", "Fruit and berries"},
    {"Glass", "Ice cream"},
    {"Godis", "Sweets"},
    {"Grönsaker, baljväxter, svamp", "Vegetables, pulses and mushrooms"},
    {"Korv", "Sausages"},
    {"Kyckling, fågel", "Chicken and poultry"},
    {"Kött", "Meat"},
    {"Lever, njure, tunga etc.", "Liver, kidney, tongue and other offal"},
    {"Mejeri", "Dairy"},
    {"Mjöl", "Flour"},
    {"Måltidsersättning, sportpreparat", "Meal replacements and sports products"},
    {"Nötter, frön", "Nuts and seeds"},
    {"Pasta, ris, gryn", "Pasta, rice and grains"},
    {"Potatis", "Potatoes"},
    {"Pålägg", "Sandwich toppings and spreads"},
    {"Quorn, sojaprotein, vegetariska produkter", "Quorn, soy protein and vegetarian products"},
    {"Rätter", "Dishes"},
    {"Smaksättare", "Seasonings and condiments"},
    {"Snacks", "Snacks"},
    {"Sylt, marmelad, gelé, chutney", "Jam, marmalade, jelly and chutney"},
    {"Ägg, rom, kaviar", "Eggs, roe and caviar"},
    {"Övrigt", "Other"},
};

// USDA SR28 "food_group" -> Swedish.
constexpr GroupName kUsdaToSwedish[] = {
    {"American Indian/Alaska Native Foods", "Mat från amerikanska urfolk och Alaska"},
    {"Baby Foods", "Barnmat"},
    {"Baked Products", "Bröd och bakverk"},
    {"Beef Products", "Nötkött"},
    {"Beverages", "Drycker"},
    {"Breakfast Cereals", "Frukostflingor"},
    {"Cereal Grains and Pasta", "Spannmål och pasta"},
    {"Dairy and Egg Products", "Mejeriprodukter och ägg"},
    {"Fast Foods", "Snabbmat"},
    {"Fats and Oils", "Fett och oljor"},
    {"Finfish and Shellfish Products", "Fisk och skaldjur"},
    {"Fruits and Fruit Juices", "Frukt och fruktjuicer"},
    {"Lamb, Veal, and Game Products", "Lamm, kalv och vilt"},
    {"Legumes and Legume Products", "Baljväxter och baljväxtprodukter"},
    {"Meals, Entrees, and Side Dishes", "Måltider, huvudrätter och tillbehör"},
    {"Nut and Seed Products", "Nötter och frön"},
    {"Pork Products", "Fläskkött"},
    {"Poultry Products", "Fågel"},
    {"Restaurant Foods", "Restaurangmat"},
    {"Sausages and Luncheon Meats", "Korv och charkuterier"},
    {"Snacks", "Snacks"},
    {"Soups, Sauces, and Gravies", "Soppor och såser"},
    {"Spices and Herbs", "Kryddor och örter"},
    {"Sweets", "Godis och sötsaker"},
    {"Vegetables and Vegetable Products", "Grönsaker och grönsaksprodukter"},
};

template<std::size_t N> const char* lookup(const GroupName (&table)[N], const QString& group)
{
    const QByteArray utf8 = group.toUtf8();
    for (const GroupName& entry : table) {
        if (utf8 == entry.original)
            return entry.translated;
    }
    return nullptr;
}

const char* translation(FoodSource source, const QString& group)
{
    switch (source) {
    case FoodSource::Slv:
        return lookup(kSlvToEnglish, group);
    case FoodSource::Usda:
        return lookup(kUsdaToSwedish, group);
    case FoodSource::Custom:
        break;
    }
    return nullptr;
}

} // namespace

QString FoodGroups::displayName(FoodSource source, const QString& group, const QString& language)
{
    const bool swedish = language == QLatin1String("sv");
    if (source == FoodSource::Custom)
        return swedish ? QStringLiteral("Mina livsmedel") : QStringLiteral("My foods");
    // Each database's groups are already in its own language.
    if ((source == FoodSource::Slv) == swedish)
        return group;
    const char* translated = translation(source, group);
    return translated ? QString::fromUtf8(translated) : group;
}

bool FoodGroups::isKnown(FoodSource source, const QString& group)
{
    return translation(source, group) != nullptr;
}

} // namespace stilla
