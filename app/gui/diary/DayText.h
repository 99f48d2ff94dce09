#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace stilla::DayText {

/// A diary day as the sections' titles write it: "Sun 6", with the month ("Sun 6 Dec") and the
/// year when asked, in @p locale. A short month name's full stop is left out ("dec." in
/// Swedish), as in "Natten ons 2 → tors 3 dec".
QString shortDay(const QDate& date, const QLocale& locale, bool month, bool year);

} // namespace stilla::DayText
