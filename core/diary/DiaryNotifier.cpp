#include "DiaryNotifier.h"

namespace stilla {

DiaryNotifier::DiaryNotifier(QObject* parent)
    : QObject(parent)
{ }

} // namespace stilla
