#include "EmbeddedFiles.h"

namespace stilla::embedded {

QString article(const QString& language)
{
    return QString(u":/article/magnesium-och-rls." + language + u".json");
}

QString articleAdditions(const QString& language)
{
    return QString(u":/article/stilla-additions." + language + u".json");
}

QString articleNotes(const QString& language)
{
    return QString(u":/article/stilla-notes." + language + u".json");
}

QString foodPack()
{
    return QStringLiteral(":/foods/foods.pack");
}

QString curatedFoods()
{
    return QStringLiteral(":/foods/curated.json");
}

QString swedishMeasures()
{
    return QStringLiteral(":/foods/swedish-measures.json");
}

QString translation(const QString& language)
{
    return QString(u":/i18n/stilla_" + language);
}

QString qtDialogsTranslation(const QString& language)
{
    return QString(u":/i18n/qt_dialogs_" + language);
}

} // namespace stilla::embedded
