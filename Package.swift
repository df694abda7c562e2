// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "SKM",
  platforms: [.macOS(.v13), .iOS(.v16)],
  products: [
    .library(name: "SKMCore", targets: ["SKMCore"]),
    .library(name: "SKMScoring", targets: ["SKMScoring"]),
    .library(name: "SKMStore", targets: ["SKMStore"]),
    .library(name: "SKMReport", targets: ["SKMReport"]),
    .library(name: "SKMStoreConformance", targets: ["SKMStoreConformance"]),
    .library(name: "SKMStoreSQLite", targets: ["SKMStoreSQLite"]),
    .executable(name: "skm", targets: ["SKMCommandLine"]),
    .executable(name: "skm-kiosk", targets: ["SKMKiosk"]),
    .executable(name: "skm-bench", targets: ["SKMBenchmarks"]),
    .executable(name: "skm-generate", targets: ["SKMGenerate"]),
  ],
  targets: [
    .target(name: "SKMCore"),
    .target(name: "SKMScoring", dependencies: ["SKMCore"]),
    .target(name: "SKMStore", dependencies: ["SKMCore"]),
    .target(name: "SKMReport", dependencies: ["SKMCore", "SKMScoring"]),
    .target(name: "SKMStoreConformance", dependencies: ["SKMCore", "SKMStore"]),
    .systemLibrary(
      name: "CSQLite",
      path: "Sources/CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .target(
      name: "SKMStoreSQLite",
      dependencies: [
        "SKMCore", "SKMStore",
        // Apple platforms use the SDK's SQLite3 module instead.
        .target(name: "CSQLite", condition: .when(platforms: [.linux])),
      ]
    ),
    .executableTarget(
      name: "SKMCommandLine",
      dependencies: ["SKMCore", "SKMScoring", "SKMStore", "SKMStoreSQLite", "SKMReport"],
      path: "Examples/SKMCommandLine"
    ),
    .executableTarget(
      name: "SKMKiosk",
      dependencies: ["SKMCore", "SKMStore"],
      path: "Examples/SKMKiosk"
    ),
    .target(name: "SKMSampleExports", path: "Examples/SKMSampleExports"),
    .executableTarget(
      name: "SKMGenerate",
      dependencies: ["SKMSampleExports"],
      path: "Examples/SKMGenerate"
    ),
    .executableTarget(
      name: "SKMBenchmarks",
      dependencies: ["SKMCore", "SKMStore", "SKMStoreSQLite"],
      path: "Benchmarks/SKMBenchmarks"
    ),
    .target(
      name: "SKMTestSupport",
      dependencies: ["SKMCore"],
      path: "Tests/SKMTestSupport",
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "SKMCoreTests", dependencies: ["SKMCore"]),
    .testTarget(name: "SKMScoringTests", dependencies: ["SKMCore", "SKMScoring"]),
    .testTarget(
      name: "SKMStoreTests",
      dependencies: [
        "SKMCore", "SKMScoring", "SKMStore", "SKMStoreConformance", "SKMStoreSQLite",
        "SKMSampleExports",
        "SKMTestSupport",
      ]
    ),
    .testTarget(
      name: "SKMReportTests",
      dependencies: ["SKMCore", "SKMScoring", "SKMStore", "SKMReport", "SKMTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "SKMCommandLineTests",
      dependencies: [
        "SKMCore", "SKMScoring", "SKMStore", "SKMStoreSQLite", "SKMReport", "SKMSampleExports",
        "SKMTestSupport",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
