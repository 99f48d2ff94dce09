#include "ReportLanguage.h"

namespace stilla {

ReportLanguage::ReportLanguage(const QString& code)
    : m_locale(Language::localeFor(code))
{
    if (!Language::isSupported(code))
        return;
    m_translators.emplace();
    m_ok = m_translators->setLanguage(code);
    if (!m_ok)
        QLocale::setDefault(m_previousDefault);
}

ReportLanguage::~ReportLanguage()
{
    m_translators.reset();
    QLocale::setDefault(m_previousDefault);
}

} // namespace stilla
