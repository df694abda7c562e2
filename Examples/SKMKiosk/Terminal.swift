import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kiosk's screen: screens and prompts go to standard output, problems for the operator to
/// standard error.
///
/// Control codes are written only when standard output is a terminal, so piped output is plain
/// text that tests can read.
struct Terminal: Sendable {
  /// Whether standard output is a terminal.
  let isInteractive = isatty(STDOUT_FILENO) == 1

  /// Writes `text` unbuffered, so a prompt shows before the program waits for input.
  func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` and a line break to standard error.
  func problem(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Starts a new screen by clearing the terminal and its scrollback, so the next respondent
  /// cannot scroll back to the previous one's answers. Piped output gets a blank line instead.
  func startScreen() {
    guard isInteractive else {
      write("\n")
      return
    }
    write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
  }

  /// Waits so a respondent can read a closing message before the screen is cleared; piped
  /// output does not wait.
  func pause(seconds: Double) {
    guard isInteractive else { return }
    Thread.sleep(forTimeInterval: seconds)
  }
}
