import Foundation
import SKMSampleExports

// skm-generate: writes a realistic e-SKM export of any size, the same for the same seed.
// Usage: skm-generate --rows N [--seed S] [--output PATH]   (standard output without --output)

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else {
    return nil
  }
  return arguments[index + 1]
}

let usage = """
  penggunaan: skm-generate --rows N [--seed S] [--output PATH]
  usage: skm-generate --rows N [--seed S] [--output PATH]
    --rows N       number of response rows to write
    --seed S       seed of the pseudo-random sequence (default 2026); the same seed gives the same file
    --output PATH  file to write; standard output without it

  """
if arguments.contains("--help") || arguments.contains("-h") {
  print(usage, terminator: "")
  exit(0)
}
guard let rowsText = option("rows"), let rows = Int(rowsText), rows >= 0 else {
  FileHandle.standardError.write(
    Data(
      "penggunaan: skm-generate --rows N [--seed S] [--output PATH]\nusage: skm-generate --rows N [--seed S] [--output PATH]\n"
        .utf8
    )
  )
  exit(2)
}
var generator = ExportGenerator(seed: UInt64(option("seed") ?? "") ?? 2026)
let output: FileHandle
if let path = option("output") {
  guard FileManager.default.createFile(atPath: path, contents: nil),
    let handle = FileHandle(forWritingAtPath: path)
  else {
    FileHandle.standardError.write(Data("cannot write \(path)\n".utf8))
    exit(1)
  }
  output = handle
} else {
  output = FileHandle.standardOutput
}
var buffer = ExportGenerator.header
for number in 1...max(rows, 1) where rows > 0 {
  buffer += generator.row(number: number)
  if buffer.utf8.count > 1 << 20 {
    output.write(Data(buffer.utf8))
    buffer = ""
  }
}
output.write(Data(buffer.utf8))
