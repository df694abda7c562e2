// swift-tools-version: 6.0
import PackageDescription

// A host application that links the SKM library by path and uses only its public API, the
// way a regency's e-SKM server or an iPad kiosk app would.
let package = Package(
  name: "EmbeddingApp",
  platforms: [.macOS(.v13), .iOS(.v16)],
  dependencies: [.package(name: "SKM", path: "../..")],
  targets: [
    .executableTarget(
      name: "EmbeddingApp",
      dependencies: [
        .product(name: "SKMCore", package: "SKM"),
        .product(name: "SKMScoring", package: "SKM"),
        .product(name: "SKMStore", package: "SKM"),
        .product(name: "SKMReport", package: "SKM"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
