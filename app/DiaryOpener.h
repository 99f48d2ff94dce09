#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace stilla {

class Clock;
class DiaryStore;

/// Opens the diary for the window, and when it cannot be opened as it is, tells the user in
/// plain words and offers what can be done: for a damaged file, restore the newest good
/// backup or start a new diary, always keeping the damaged file aside untouched.
/// Returns null when there is no diary to work with (the pages then say so).
std::unique_ptr<DiaryStore> openDiaryInteractively(
    const QString& dataDir, const Clock& clock, QWidget* parent = nullptr);

} // namespace stilla
