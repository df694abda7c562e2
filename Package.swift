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
    .executable(name: "skm", targets: ["SKMCommandLine"]),
  ],
  targets: [
    .target(name: "SKMCore"),
    .target(name: "SKMScoring", dependencies: ["SKMCore"]),
    .target(name: "SKMStore", dependencies: ["SKMCore"]),
    .target(name: "SKMReport", dependencies: ["SKMCore", "SKMScoring"]),
    .target(name: "SKMStoreConformance", dependencies: ["SKMCore", "SKMStore"]),
    .executableTarget(
      name: "SKMCommandLine",
      dependencies: ["SKMCore", "SKMScoring", "SKMStore", "SKMReport"],
      path: "Examples/SKMCommandLine"
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
        "SKMCore", "SKMScoring", "SKMStore", "SKMStoreConformance", "SKMTestSupport",
      ]
    ),
    .testTarget(
      name: "SKMReportTests",
      dependencies: ["SKMCore", "SKMScoring", "SKMStore", "SKMReport", "SKMTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "SKMCommandLineTests",
      dependencies: ["SKMTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
