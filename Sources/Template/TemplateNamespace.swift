import Foundation
import GoLib
import Synchronization

/// The set of named trees one execution can reach (Go's `common.tmpl` map): every file's
/// main tree and every `define`, with Go's rule that an empty definition never replaces a
/// non-empty one. An overlay adds the private definitions of a `tpl` text.
final class TemplateNamespace: @unchecked Sendable {  // reason: trees are added while the set is built, only read during executions
  private var trees: [String: ParseTree]
  private let parent: TemplateNamespace?
  let cache: ParseCache

  init(cache: ParseCache, parent: TemplateNamespace? = nil) {
    self.trees = [:]
    self.parent = parent
    self.cache = cache
  }

  func lookup(_ name: String) -> ParseTree? {
    trees[name] ?? parent?.lookup(name)
  }

  /// Go's `associate`: adds `tree` unless it is empty and a tree of that name exists.
  func associate(_ name: String, _ tree: ParseTree) {
    if tree.isEmpty, lookup(name) != nil { return }
    trees[name] = tree
  }

  func add(_ parsed: ParsedFile) {
    associate(parsed.main.name, parsed.main)
    for (name, tree) in parsed.defined { associate(name, tree) }
  }

  /// Drops every tree (and the cache's), so that they are released on the calling thread.
  func removeAll() {
    trees = [:]
    cache.removeAll()
  }

  /// A namespace that sees everything here plus `parsed`'s trees, without changing this one.
  func overlay(with parsed: ParsedFile) -> TemplateNamespace {
    let o = TemplateNamespace(cache: cache, parent: self)
    o.add(parsed)
    return o
  }
}

/// A file's parse result: its main tree and the trees it defines.
struct ParsedFile: Sendable {
  let main: ParseTree
  let defined: [(String, ParseTree)]

  /// Parses every body of the file's trees that was deferred and never built
  /// (`DeferredBody.check`); throws the file's parse error if one fails.
  func checkDeferredBodies() throws(TemplateParseError) {
    try main.checkDeferredBodies()
    for (_, tree) in defined { try tree.checkDeferredBodies() }
  }
}

/// Parsed trees by (name, text): `include`, `tpl` and repeated renders never re-parse.
/// Safe to use from concurrent executions.
final class ParseCache: Sendable {
  /// Hashed by the text's `TextHash` (taken once) and the name; compared whole.
  private struct Key: Hashable {
    let name: String
    let text: String
    let textHash: UInt64
    /// Whether the trees' bodies are deferred (`Parser.parseDeferring`).
    let deferring: Bool

    init(name: String, text: String, deferring: Bool) {
      self.name = name
      self.text = text
      self.textHash = TextHash.of(text)
      self.deferring = deferring
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(textHash)
      hasher.combine(name)
    }

    static func == (a: Key, b: Key) -> Bool {
      a.textHash == b.textHash && a.deferring == b.deferring && a.name == b.name && a.text == b.text
    }
  }
  private struct State {
    var entries: [Key: ParsedFile] = [:]
    var parses = 0
  }
  private let state = Mutex(State())

  func removeAll() { state.withLock { $0.entries = [:] } }

  /// How many texts were actually parsed (cache misses).
  var parseCount: Int { state.withLock { $0.parses } }

  func parse(name: String, text: String, hasFunction: @escaping (String) -> Bool) throws(TemplateParseError)
    -> ParsedFile
  {
    let key = Key(name: name, text: text, deferring: false)
    if let hit = state.withLock({ $0.entries[key] }) { return hit }
    let (main, defined) = try Parser.parse(name: name, text: text, hasFunction: hasFunction)
    return store(ParsedFile(main: main, defined: defined), for: key)
  }

  /// `parse`, with the bodies of definitions and branches deferred (`Parser.parseDeferring`).
  func parseDeferring(name: String, text: String, hasFunction: @escaping @Sendable (String) -> Bool)
    throws(TemplateParseError) -> ParsedFile
  {
    let key = Key(name: name, text: text, deferring: true)
    if let hit = state.withLock({ $0.entries[key] }) { return hit }
    let (main, defined) = try Parser.parseDeferring(name: name, text: text, hasFunction: hasFunction)
    return store(ParsedFile(main: main, defined: defined), for: key)
  }

  private func store(_ parsed: ParsedFile, for key: Key) -> ParsedFile {
    state.withLock {
      $0.entries[key] = parsed
      $0.parses += 1
    }
    return parsed
  }
}
