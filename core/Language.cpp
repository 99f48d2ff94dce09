#include "Language.h"

#include "Logging.h"
#include "resources/EmbeddedFiles.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace stilla {

QStringList Language::supported()
{
    return {QString::fromLatin1(kSwedish), QString::fromLatin1(kEnglish)};
}

bool Language::isSupported(const QString& code)
{
    return supported().contains(code);
}

QString Language::fromLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Swedish ? QString::fromLatin1(kSwedish)
                                                 : QString::fromLatin1(kEnglish);
}

QLocale Language::localeFor(const QString& code, const QLocale& system)
{
    if (code == QLatin1String(kSwedish))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Translators::Translators() = default;

Translators::~Translators()
{
    for (const auto& translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
}

bool Translators::setLanguage(const QString& code)
{
    if (!Language::isSupported(code))
        return false;

    auto own = std::make_unique<QTranslator>();
    if (!own->load(embedded::translation(code))) {
        qCWarning(lcCore) << "translation catalogue missing for" << code;
        return false;
    }
    for (const auto& translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();

    // Qt's own strings (standard buttons, file dialogs) come from the system's Qt
    // translations, then from Stilla's own catalogue of the dialogs and menus Stilla shows,
    // which answers first: the system's Swedish one is of Qt 4 and lacks most of Qt 6's words
    // ("Look in:", the print preview, a text field's context menu). English needs none.
    if (code != QLatin1String(Language::kEnglish)) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(code), QStringLiteral("qt"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_installed.push_back(std::move(qt));
        } else {
            qCInfo(lcCore) << "Qt's own translations for" << code << "are not installed";
        }
        auto dialogs = std::make_unique<QTranslator>();
        if (dialogs->load(embedded::qtDialogsTranslation(code))) {
            QCoreApplication::installTranslator(dialogs.get());
            m_installed.push_back(std::move(dialogs));
        }
    }
    QCoreApplication::installTranslator(own.get());
    m_installed.push_back(std::move(own));

    QLocale::setDefault(Language::localeFor(code));
    m_language = code;
    return true;
}

} // namespace stilla
