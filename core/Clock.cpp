#include "Clock.h"

namespace stilla {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace stilla
