#pragma once

namespace stilla {

/// Everything `stilla` does from argv to the event loop: options, data folder, logging,
/// language, appearance and the main window. main() only calls this.
int runGui(int argc, char* argv[]);

} // namespace stilla
