#include "DayText.h"

namespace stilla::DayText {

QString shortDay(const QDate& date, const QLocale& locale, bool month, bool year)
{
    QString text = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(date.day());
    if (month) {
        QString name = locale.monthName(date.month(), QLocale::ShortFormat);
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        text += QLatin1Char(' ') + name;
    }
    if (year)
        text += QLatin1Char(' ') + QString::number(date.year());
    return text;
}

} // namespace stilla::DayText
