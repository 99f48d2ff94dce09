#pragma once

#include "Food.h"

#include <QString>

namespace stilla {

/// Food group names in the UI language.
///
/// Each database names its groups in its own language: the Swedish Food Agency in Swedish,
/// USDA SR28 in English. This table (written by hand, for every group the two databases use)
/// gives every Swedish group in English and every USDA group in Swedish.
class FoodGroups
{
public:
    /// @p group of a food from @p source, in @p language ("sv" or "en"). A group already in
    /// that language, or one the table does not know, is returned as it is. Custom foods
    /// have no group: their name is "My foods" / "Mina livsmedel".
    static QString displayName(FoodSource source, const QString& group, const QString& language);
    /// True when the table has a translation for @p group (for the tests).
    static bool isKnown(FoodSource source, const QString& group);
};

} // namespace stilla
