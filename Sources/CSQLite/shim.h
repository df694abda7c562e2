// The system's SQLite 3 C API, for Linux, where no SDK module provides it. Apple platforms use
// the SDK's SQLite3 module instead.
#include <sqlite3.h>
