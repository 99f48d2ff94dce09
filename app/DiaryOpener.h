#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace stilla {

class Clock;
class DiaryStore;

/// Opens the diary for the window, and when it cannot be opened as it is, tells the user in
/// plain words and offers what can be done: for a damaged file, restore the newest good
/// backup or start a new diary, always keeping the damaged file aside untouched.
class DiaryOpener
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryOpener)

public:
    /// Returns null when there is no diary to work with (the pages then say so).
    static std::unique_ptr<DiaryStore> open(
        const QString& dataDir, const Clock& clock, QWidget* parent = nullptr);
};

} // namespace stilla
