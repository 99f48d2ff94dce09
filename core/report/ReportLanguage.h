#pragma once

#include "core/Language.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace stilla {

/// The language a report is made in, for as long as this object lives: installs Stilla's
/// translators for @p code on top of the ones the application uses (the newest translator is
/// asked first, so every tr() in the core and the app answers in that language) and sets the
/// default QLocale, which the core's texts format their numbers with. The destructor removes
/// them and puts the previous default locale back.
///
/// In the GUI, installing a translator makes Qt post a LanguageChange event to the windows;
/// they handle it after this object is gone and so stay in the UI language.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    /// False when @p code is not a language Stilla speaks or its catalogue is missing; the
    /// texts then stay in the UI language.
    bool ok() const { return m_ok; }
    /// The locale for dates and numbers in the report's language.
    QLocale locale() const { return m_locale; }

private:
    QLocale m_previousDefault;
    QLocale m_locale;
    std::optional<Translators> m_translators;
    bool m_ok = false;
};

} // namespace stilla
