#pragma once

namespace stilla {

class FirstPaintWatcher;

/// Everything `stilla` does from argv to the event loop: options, data folder, logging,
/// language, appearance and the main window. main() only calls this.
int runGui(int argc, char* argv[]);

/// Gives the application its window icon once @p painted has seen the window's first paint:
/// X11 takes it drawn at four sizes, 2.5 ms of the start-up under Xvfb that the first screen
/// does not need (docs/performance.md). A message shown before then gets it from MessageBox.
void giveWindowIconAfterFirstPaint(FirstPaintWatcher& painted);

} // namespace stilla
