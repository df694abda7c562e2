import Foundation
import SKMCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The identity and clock that every stored response of this kiosk carries.
struct Submission: Sendable {
  /// The device name, recorded as each response's source and in its id.
  let device: String

  /// Creates the identity of `device`, or of this computer's host name when `device` is `nil`.
  init(device: String?) {
    self.device = device ?? Self.hostName()
  }

  /// Returns a new id, `kiosk-DEVICE-UUID`, which stays unique when `skm sync` merges the
  /// journals of several kiosks.
  func newID() -> String {
    let name = device.map { $0.isWhitespace ? "-" : $0 }
    return "kiosk-\(String(name))-\(UUID().uuidString.lowercased())"
  }

  /// Returns the present time on the local clock and time zone, as a respondent at the counter
  /// would read it.
  static func localTime(_ date: Date = Date()) -> CivilDateTime {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    // The Gregorian calendar only produces existing dates and times.
    let day = CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    return CivilDateTime(
      date: day,
      hour: parts.hour!,
      minute: parts.minute!,
      second: parts.second!
    )!
  }

  /// Returns the kernel's host name, which `gethostname` reads without any network lookup, or
  /// `kiosk` when it is unavailable.
  private static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "kiosk" }

    let name = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
      as: UTF8.self
    )
    return name.isEmpty ? "kiosk" : name
  }
}
