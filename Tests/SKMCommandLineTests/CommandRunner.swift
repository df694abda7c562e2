import Foundation

/// The output of one run of the `skm` executable.
struct CommandOutput {
  var status: Int32
  var standardOutput: String
  var standardError: String
}

/// Runs the `skm` executable that `swift build` put beside the test bundle.
enum CommandRunner {
  static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Apple platforms the test bundle is a directory inside the build folder.
    if folder.path.hasSuffix(".xctest/Contents/MacOS") {
      folder = folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    }
    return folder.appendingPathComponent("skm")
  }

  static func run(_ arguments: [String]) throws -> CommandOutput {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandOutput(
      status: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self)
    )
  }

  /// Writes `text` to a new file in a fresh temporary folder and returns its path.
  static func temporaryFile(_ name: String, _ text: String) throws -> String {
    let folder = try temporaryFolder()
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("skm-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
