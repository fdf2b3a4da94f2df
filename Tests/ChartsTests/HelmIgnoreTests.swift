import Foundation
import Testing
import Values

@testable import Charts

/// `.helmignore` rules applied to a fixed chart tree as Helm's directory loader walks it,
/// against what helm-oracle loaded (Data/helmignore/cases.jsonl).
@Suite struct HelmIgnoreTests {
  /// The loader's walk: directories in sorted order, ignored directories pruned.
  static func walk(_ tree: [String], _ rules: HelmIgnore) -> [String] {
    var dirs: Set<String> = []
    for p in tree {
      var parts = p.split(separator: "/").map(String.init)
      parts.removeLast()
      var prefix = ""
      for part in parts {
        prefix = prefix.isEmpty ? part : prefix + "/" + part
        dirs.insert(prefix)
      }
    }
    return tree.filter { path in
      var prefix = ""
      for part in path.split(separator: "/").dropLast() {
        prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
        if rules.ignores(prefix, isDirectory: true) { return false }
      }
      return !rules.ignores(path, isDirectory: false)
    }.sorted()
  }

  @Test func oracleCases() throws {
    let cases = try jsonLines("helmignore/cases.jsonl")
    #expect(cases.count >= 14)
    for c in cases {
      let name = c["name"]?.stringValue ?? ""
      let text = c["helmignore"]?.stringValue ?? ""
      let tree = (c["tree"]?.sliceItems ?? []).compactMap(\.stringValue) + [".helmignore"]
      let rules: HelmIgnore
      do {
        rules = try HelmIgnore(text)
      } catch {
        #expect(c["error"]?.stringValue == error.message, "\(name)")
        continue
      }
      let kept = Self.walk(tree, rules)
      if !kept.contains("Chart.yaml") {
        #expect(c["error"]?.stringValue == "Chart.yaml file is missing", "\(name)")
        continue
      }
      let templates = kept.filter { $0.hasPrefix("templates/") }
      let files = kept.filter { !$0.hasPrefix("templates/") && $0 != "Chart.yaml" && $0 != "values.yaml" }
      #expect(templates == (c["templates"]?.sliceItems ?? []).compactMap(\.stringValue), "\(name)")
      #expect(files == (c["files"]?.sliceItems ?? []).compactMap(\.stringValue), "\(name)")
    }
  }

  @Test func defaultRuleHidesDotTemplates() throws {
    let rules = try HelmIgnore(nil)
    #expect(rules.ignores("templates/.x.yaml", isDirectory: false))
    #expect(rules.ignores("templates/.d", isDirectory: true))
    #expect(!rules.ignores("templates/x.yaml", isDirectory: false))
    #expect(!rules.ignores(".helmignore", isDirectory: false))
  }

  @Test(
    arguments: [
      ("*.yaml", "a.yaml", true), ("*.yaml", "a/b.yaml", false), ("a*", "ab/c", false),
      ("a/*", "a/b", true), ("a/*", "a/b/c", false), ("?", "/", false), ("[a-c]x", "bx", true),
      ("[^a-c]x", "bx", false), ("[!a]", "!", true), ("\\*", "*", true), ("a\\", "a", nil),
      ("[", "x", nil), ("[]", "x", nil), ("[a-]", "a", nil), ("*x", "yyx", true), ("*", "", true),
      ("a*b*c", "axxbyyc", true), ("a*b", "a/b", false), ("é?", "éx", true), ("[é]", "é", true),
    ] as [(String, String, Bool?)])
  func goFilepathMatch(_ pattern: String, _ name: String, _ want: Bool?) {
    let got = try? GoPathMatch.match(pattern, name)
    #expect(got == want, "\(pattern) vs \(name)")
  }
}

/// Rules of the shapes matched without the pattern matcher (a literal; `*` then a literal),
/// and the literal start checked before it, decide as `filepath.Match` does, on names with and
/// without a `/`, non-ASCII (composed and decomposed: compared as bytes), empty ends.
struct HelmIgnoreShapeTests {
  @Test(arguments: [
    "*.orig", "*", "*.tar.gz", ".git", "secret.yaml", "*é", "a*b", "*[ab]", "*\\*", "dir/x.yaml",
    "templates/.?*", "x[ab]", "dir/*.yaml", "se?ret.yaml", "é*", "a\\*b",
  ])
  func shapesMatchAsFilepathMatch(pattern: String) throws {
    let rules = try HelmIgnore(pattern)
    let paths = [
      "x.orig", ".orig", "orig", "a/b.orig", "é", "xé", "x.tar.gz", "tar.gz", ".git", "a/.git", "secret.yaml",
      "a/secret.yaml", "ab", "axb", "a/b", "x*", "dir/x.yaml", "dir/y/x.yaml", "x", "a.yaml",
      "templates/.x", "templates/x", "templates/.", "xa", "xc", "se/ret.yaml", "éa", "e\u{301}a", "a*b",
    ]
    for path in paths {
      let subject = pattern.contains("/") ? path : goPathBase(path)
      // Helm's own rule `templates/.?*` comes after the file's
      let expected =
        ((try? GoPathMatch.match(pattern, subject)) ?? false)
        || ((try? GoPathMatch.match("templates/.?*", path)) ?? false)
      #expect(rules.ignores(path, isDirectory: false) == expected, "\(pattern) \(path)")
    }
  }
}
