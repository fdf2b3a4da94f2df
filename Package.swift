// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "chartc",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "chartc", targets: ["chartc"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
    .package(url: "https://github.com/apple/swift-asn1", from: "1.3.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "Values"),
    .target(name: "YAML", dependencies: ["CYAML", "Values"]),
    .target(name: "Template", dependencies: ["Values"]),
    .target(
      name: "Functions",
      dependencies: [
        "Template", "YAML", "Values",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "SwiftASN1", package: "swift-asn1"),
      ]
    ),
    .target(
      name: "Charts", dependencies: ["CZlib", "Template", "Functions", "Validation", "YAML", "Values"]),
    .target(name: "Validation", dependencies: ["Values", "YAML"]),
    .target(name: "Checking", dependencies: ["Charts", "Template", "Validation", "YAML", "Values"]),
    .target(name: "Policy", dependencies: ["Checking", "Charts", "Validation", "YAML", "Values"]),
    .target(name: "Review", dependencies: ["Checking", "Charts", "YAML", "Values"]),
    .executableTarget(
      name: "chartc",
      dependencies: [
        "Charts", "Checking", "Functions", "Policy", "Review", "Template", "Validation", "YAML", "Values",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "TestSupport", path: "Tests/Support"),
    .testTarget(name: "ValuesTests", dependencies: ["TestSupport", "Values"]),
    .testTarget(
      name: "YAMLTests", dependencies: ["TestSupport", "YAML", "Values"], resources: [.copy("Data")]),
    .testTarget(name: "TemplateTests", dependencies: ["TestSupport", "Template", "Values"]),
    .testTarget(
      name: "ValidationTests", dependencies: ["TestSupport", "Validation", "Values"],
      resources: [.copy("passing-jsts.txt"), .copy("Data")]
    ),
    .testTarget(
      name: "FunctionsTests", dependencies: ["TestSupport", "Functions", "Template", "Values", "YAML"]),
    .testTarget(
      name: "ChartsTests", dependencies: ["TestSupport", "Charts", "Values", "YAML"], exclude: ["Tools"],
      resources: [.copy("Data")]),
    .testTarget(
      name: "ReviewTests",
      dependencies: ["TestSupport", "Checking", "Review", "Validation", "YAML", "Values"]),
    .testTarget(
      name: "CheckingTests",
      dependencies: ["TestSupport", "Checking", "Charts", "Validation", "YAML", "Values"],
      resources: [.copy("Data")]),
    .testTarget(
      name: "ValidationCLITests", dependencies: ["Validation", "Charts", "Template", "YAML", "Values"],
      resources: [.copy("Data")]),
    .testTarget(name: "CLITests", dependencies: ["Charts", "Values", "CZlib"]),
    .testTarget(
      name: "PolicyTests",
      dependencies: ["TestSupport", "Policy", "Checking", "Charts", "Validation", "YAML", "Values"],
      exclude: ["LintCases", "CorpusLint", "lint-passing.txt"]),
    .testTarget(
      name: "ConformanceTests",
      dependencies: ["TestSupport", "Charts", "Functions", "Template", "YAML", "Values"],
      exclude: ["passing.txt", "corpus-passing.txt", "Cases"]
    ),
  ]
)
