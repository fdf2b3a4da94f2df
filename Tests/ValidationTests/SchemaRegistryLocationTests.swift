import Foundation
import GoLib
import Testing

@testable import Validation

/// Where the bundled schemas are found: `$CHARTC_SCHEMAS` first, then beside the executable,
/// then the source checkout; the folder named as an absolute path without `.`, `..` or a
/// trailing `/`, as `chartc --version` prints it.
@Suite struct SchemaRegistryLocationTests {
  static let checkout = SchemaRegistry.locateBundledPath()

  @Test func theCheckoutsSchemasAreFoundWithoutAnOverride() throws {
    let found = try #require(Self.checkout)
    #expect(found.hasPrefix("/") && found.hasSuffix("/schemas"))
    #expect(FileManager.default.fileExists(atPath: found + "/kubernetes/definitions.json"))
  }

  @Test func anOverrideIsNamedAbsoluteAndClean() throws {
    let checkout = try #require(Self.checkout)
    let cwd = FileManager.default.currentDirectoryPath
    // the same folder, written relative to the working directory with `.`, `..` and `/`s
    var up = ""
    for _ in cwd.split(separator: "/") { up += "../" }
    let messy = "./" + up + "." + checkout + "//"
    #expect(SchemaRegistry.locateBundledPath(override: messy) == checkout)
  }

  @Test func anOverrideWithoutSchemasFallsThrough() {
    #expect(SchemaRegistry.locateBundledPath(override: "/nonexistent/schemas") == Self.checkout)
  }

  @Test func cleaningKeepsTheRoot() {
    #expect(FilePath.absolute("/") == "/")
    #expect(FilePath.absolute("/a/./b/../c/") == "/a/c")
    #expect(FilePath.absolute("/../x") == "/x")
  }

  @Test func aParentIsTheFolderAbove() {
    #expect(FilePath.parent("/a/b/c") == "/a/b")
    #expect(FilePath.parent("/a/b/") == "/a")
    #expect(FilePath.parent("/a") == "/")
    #expect(FilePath.parent("a") == ".")
  }
}
