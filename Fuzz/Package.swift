// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for the CSV reader, the response import and the journal decoder. Build and run them with
// `Fuzz/run` (see Documentation/en/Fuzzing.md). This package is separate from the library's
// so that its `-parse-as-library` flag, which libFuzzer's own `main` requires, never reaches
// the library's users.
let fuzzerSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "SKMFuzz",
  dependencies: [.package(name: "SKM", path: "..")],
  targets: [
    .executableTarget(
      name: "CSVReaderFuzzer",
      dependencies: [.product(name: "SKMStore", package: "SKM")],
      swiftSettings: fuzzerSettings
    ),
    .executableTarget(
      name: "JournalFuzzer",
      dependencies: [
        .product(name: "SKMCore", package: "SKM"),
        .product(name: "SKMStore", package: "SKM"),
      ],
      swiftSettings: fuzzerSettings
    ),
    .executableTarget(
      name: "ResponseImportFuzzer",
      dependencies: [
        .product(name: "SKMCore", package: "SKM"),
        .product(name: "SKMStore", package: "SKM"),
      ],
      swiftSettings: fuzzerSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
