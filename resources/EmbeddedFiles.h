#pragma once

#include <QString>

/// Where stilla_resources embeds what Stilla ships (resources/CMakeLists.txt): the one place
/// that names the resource paths, so a file moved in the build and the code that reads it
/// cannot disagree. Every preset's stilla_core links this library.
namespace stilla::embedded {

/// The guide's article, word for word (":/article/magnesium-och-rls.<language>.json").
QString article(const QString& language);
/// Stilla's own sections beside it (":/article/stilla-additions.<language>.json").
QString articleAdditions(const QString& language);
/// The notes on the article's claims (":/article/stilla-notes.<language>.json").
QString articleNotes(const QString& language);
/// The packed food catalogue, made by tools/foodpack at build time (":/foods/foods.pack").
QString foodPack();
/// The article's foods, curated (":/foods/curated.json").
QString curatedFoods();
/// Swedish household measures (":/foods/swedish-measures.json").
QString swedishMeasures();
/// The translation catalogue of @p language (":/i18n/stilla_<language>", a .qm file).
QString translation(const QString& language);
/// Qt's own dialogs and menus in @p language (":/i18n/qt_dialogs_<language>"; Swedish only).
QString qtDialogsTranslation(const QString& language);

} // namespace stilla::embedded
