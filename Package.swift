// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "chartc",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "chartc", targets: ["chartc"])
  ],
  dependencies: [
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
    .systemLibrary(name: "CStackPointer"),
    .systemLibrary(name: "CMalloc"),
    .target(name: "Values"),
    .target(name: "GoLib", dependencies: ["CStackPointer", "Values"]),
    .target(name: "YAML", dependencies: ["CYAML", "GoLib", "Values"]),
    .target(name: "Template", dependencies: ["GoLib", "Values"]),
    .target(
      name: "Functions",
      dependencies: [
        "GoLib", "Template", "YAML", "Values",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "X509", package: "swift-certificates"),
        .product(name: "SwiftASN1", package: "swift-asn1"),
      ]
    ),
    .target(
      name: "Charts",
      dependencies: ["CZlib", "GoLib", "Template", "Functions", "Validation", "YAML", "Values"]),
    .target(name: "Validation", dependencies: ["GoLib", "Values", "YAML"]),
    .target(name: "EvalProtocol", dependencies: ["Charts", "GoLib", "Values"]),
    .target(
      name: "Checking",
      dependencies: [
        "Charts", "GoLib", "Template", "Validation", "YAML", "Values",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "Policy",
      dependencies: ["Checking", "Charts", "GoLib", "Template", "Validation", "YAML", "Values"]),
    .target(
      name: "Review",
      dependencies: [
        "Checking", "Charts", "GoLib", "YAML", "Values", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "chartc",
      dependencies: [
        "CMalloc", "Charts", "Checking", "EvalProtocol", "Functions", "GoLib", "Policy", "Review", "Template",
        "Validation",
        "YAML", "Values",
      ]
    ),
    .target(name: "TestSupport", dependencies: ["GoLib", "Values"], path: "Tests/Support"),
    .testTarget(name: "ValuesTests", dependencies: ["TestSupport", "Values"]),
    .testTarget(name: "GoLibTests", dependencies: ["TestSupport", "GoLib", "Values"]),
    .testTarget(
      name: "YAMLTests", dependencies: ["TestSupport", "GoLib", "YAML", "Values"], resources: [.copy("Data")]),
    .testTarget(name: "TemplateTests", dependencies: ["TestSupport", "GoLib", "Template", "Values"]),
    .testTarget(
      name: "ValidationTests", dependencies: ["TestSupport", "Validation", "Values"],
      resources: [.copy("passing-jsts.txt"), .copy("Data")]
    ),
    .testTarget(
      name: "FunctionsTests",
      dependencies: ["TestSupport", "GoLib", "Functions", "Template", "Values", "YAML"]),
    .testTarget(
      name: "ChartsTests", dependencies: ["TestSupport", "GoLib", "Charts", "Values", "YAML"],
      exclude: ["Tools"],
      resources: [.copy("Data")]),
    .testTarget(
      name: "ReviewTests",
      dependencies: ["TestSupport", "Checking", "Review", "Validation", "YAML", "Values"]),
    .testTarget(
      name: "CheckingTests",
      dependencies: ["TestSupport", "Checking", "Charts", "Validation", "YAML", "Values"],
      resources: [.copy("Data")]),
    .testTarget(
      name: "PolicyTests",
      dependencies: ["TestSupport", "Policy", "Checking", "Charts", "GoLib", "Validation", "YAML", "Values"],
      exclude: ["LintCases", "CorpusLint", "lint-passing.txt"], resources: [.copy("Data")]),
    .testTarget(
      name: "ValidationCLITests", dependencies: ["Validation", "Charts", "Template", "YAML", "Values"],
      resources: [.copy("Data")]),
    .testTarget(name: "CLITests", dependencies: ["TestSupport", "Charts", "Values", "CZlib"]),
    .testTarget(
      name: "BadInputTests", dependencies: ["TestSupport", "Checking", "Review"], exclude: ["Data"]),
    .testTarget(
      name: "DiffTests", dependencies: ["TestSupport", "Checking", "Review", "Values"],
      resources: [.copy("Data")]),
    .testTarget(
      name: "ConformanceTests",
      dependencies: [
        "TestSupport", "Charts", "EvalProtocol", "GoLib", "Functions", "Template", "YAML", "Values",
      ],
      exclude: ["passing.txt", "corpus-passing.txt", "Cases"]
    ),
  ]
)

// libFuzzer targets (Fuzz/README.md): in the package only when CHARTC_FUZZ is set, as `make fuzz`
// sets it to build them with `-sanitize=fuzzer` into .build-fuzz; `swift build` and `swift test`
// never see them.
if Context.environment["CHARTC_FUZZ"] != nil {
  let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("FuzzYAML", ["YAML"]),
    ("FuzzTemplateParser", ["Charts", "Functions", "Template"]),
    ("FuzzTemplateExecutor", ["Charts", "EvalProtocol", "Values"]),
    ("FuzzSetParser", ["Charts", "Values"]),
    ("FuzzChartArchive", ["Charts"]),
    ("FuzzJSONSchema", ["Validation"]),
  ]
  package.targets.append(.systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"))
  for target in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: target.name, dependencies: ["CLibFuzzer"] + target.dependencies,
        path: "Fuzz/Targets/\(target.name)"))
  }
}
