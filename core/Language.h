#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace stilla {

/// The languages Stilla speaks and how to switch between them at run time.
///
/// Installing new translators makes Qt send a LanguageChange event to every widget, which
/// is how open windows retranslate without a restart.
class Language
{
public:
    static constexpr char kSwedish[] = "sv";
    static constexpr char kEnglish[] = "en";

    /// "sv" and "en".
    static QStringList supported();
    static bool isSupported(const QString& code);
    /// The first-run default: Swedish for any sv* locale, else English.
    static QString fromLocale(const QLocale& locale);
    /// The locale used for dates, times and numbers in @p code: Swedish (Sweden) for "sv";
    /// for "en" the system locale when it is English, else English (United Kingdom), which
    /// keeps 24-hour time and day-month order.
    static QLocale localeFor(const QString& code, const QLocale& system = QLocale::system());
};

/// Owns the translators installed into the application for the current language.
class Translators
{
public:
    Translators();
    ~Translators();
    Translators(const Translators&) = delete;
    Translators& operator=(const Translators&) = delete;

    /// Switches to @p code ("sv" or "en"): removes the previous translators, installs Stilla's
    /// own (built into the binary) and Qt's dialog strings, and sets the default QLocale.
    /// Returns false for an unsupported code or when Stilla's catalogue is missing.
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }

private:
    QString m_language;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace stilla
