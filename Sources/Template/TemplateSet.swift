import Foundation
import Synchronization
import Values

/// A set of templates sharing one `define` namespace and one function table — Go's
/// `template.New("gotpl")` as Helm uses it.
///
/// Add each file with `parse(name:text:)` (later files' definitions replace earlier ones
/// unless their body is empty), then run any file or definition with
/// `execute(name:data:)`. Parsed trees are cached by text.
public final class TemplateSet: Sendable {
  /// The set's own name (`gotpl` in Helm); it appears in `no template ... associated
  /// with template "gotpl"`.
  public let name: String
  /// The function table (Sprig, Helm); its entries take precedence over Go's builtins.
  public let functions: FunctionTable
  /// Bound on nested template invocations (`template`, `include`, `tpl`) per execution.
  public let maxDepth: Int
  /// Stack size of the thread each execution runs on, sized for `maxDepth`.
  public let executionStackSize: Int

  let namespace: TemplateNamespace
  /// Whether `parse` defers the bodies of definitions and branches (`DeferredBody`).
  public let defersBodies: Bool
  /// The files parsed with deferred bodies, in order, until they are all checked.
  private let unchecked = Mutex<[ParsedFile]>([])

  /// Go's builtin function names (`and`, `call`, `eq`, `index`, `len`, `print`...).
  public static let builtinFunctionNames: Set<String> = Builtin.names

  /// - Parameter defersBodies: parse the bodies of `define`s and of `if`, `range` and `with`
  ///   the first time a render reaches them, and the others only when asked
  ///   (`checkDeferredBodies`): a caller must check before it uses a render's result or
  ///   error, as a template with a parse error anywhere fails to parse in Go.
  public init(
    name: String = "gotpl", functions: FunctionTable = FunctionTable(), maxDepth: Int = 100_000,
    defersBodies: Bool = false
  ) {
    self.name = name
    self.functions = functions
    self.maxDepth = maxDepth
    self.executionStackSize = 1 << 30
    self.namespace = TemplateNamespace(cache: ParseCache())
    self.defersBodies = defersBodies
  }

  /// Whether `name` is callable from a template (table or builtin).
  public func hasFunction(_ name: String) -> Bool {
    functions[name] != nil || Builtin.names.contains(name)
  }

  /// Parses `text` as the file `name` and adds its trees to the set.
  public func parse(name: String, text: String) throws(TemplateParseError) {
    let functions = self.functions
    let cache = namespace.cache
    let defers = defersBodies
    let result = try? LargeStack.run(stackSize: executionStackSize) {
      Result { () throws(TemplateParseError) -> ParsedFile in
        let hasFunction: @Sendable (String) -> Bool = { functions[$0] != nil || Builtin.names.contains($0) }
        if defers { return try cache.parseDeferring(name: name, text: text, hasFunction: hasFunction) }
        return try cache.parse(name: name, text: text, hasFunction: hasFunction)
      }
    }
    guard let result else { return }
    let parsed = try result.get()
    if defers { unchecked.withLock { $0.append(parsed) } }
    namespace.add(parsed)
  }

  /// Parses, without building, every deferred body no render has reached, file by file in
  /// the order they were parsed; throws the first file's parse error (Go's message for the
  /// whole file). Once every file is checked, later calls return at once: a body built later
  /// holds no text a check did not cover.
  public func checkDeferredBodies() throws(TemplateParseError) {
    let files = unchecked.withLock { $0 }
    if files.isEmpty { return }
    let result = try? LargeStack.run(stackSize: executionStackSize) {
      Result { () throws(TemplateParseError) in
        for file in files { try file.checkDeferredBodies() }
      }
    }
    try result?.get()
    unchecked.withLock { $0.removeFirst(min(files.count, $0.count)) }
  }

  /// Helm's rendering of one file: `execute` followed by the removal of every `<no value>`.
  public func render(name: String, data: Value) throws -> String {
    NoValueStripping.strip(try execute(name: name, data: data))
  }

  deinit {
    // Deeply nested trees are released recursively: do it where the stack is large.
    let held = namespace
    _ = try? LargeStack.run(stackSize: executionStackSize) { held.removeAll() }
  }

  /// How many template texts this set has parsed: each distinct text (a file, a `tpl`
  /// argument) is parsed once, however often it runs.
  public var parseCount: Int { namespace.cache.parseCount }

  /// Whether a template (file or definition) of that name is in the set.
  public func hasTemplate(named name: String) -> Bool { namespace.lookup(name) != nil }

  /// Runs the template `name` with `data` as dot and returns its output (Go's
  /// `ExecuteTemplate`). Throws `TemplateNotFoundError`, `TemplateExecutionError` or
  /// `TemplateParseError` (from `tpl`); format them with `HelmErrorFormatter`.
  public func execute(name: String, data: Value) throws -> String {
    let executor = Executor(
      namespace: namespace, functions: functions, setName: self.name, maxDepth: maxDepth)
    return try LargeStack.run(stackSize: executionStackSize) {
      try executor.executeTemplate(named: name, data: data)
    }
  }
}
