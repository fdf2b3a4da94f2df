import GoLib
import Values

/// A rune reader over one `--set` expression (Go's `bytes.Buffer` used as `io.RuneReader`).
struct SetScanner {
  let scalars: [Unicode.Scalar]
  var position = 0

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  mutating func read() -> Unicode.Scalar? {
    guard position < scalars.count else { return nil }
    defer { position += 1 }
    return scalars[position]
  }

  mutating func unread() { if position > 0 { position -= 1 } }

  /// The text not read yet.
  var rest: String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[position...])
    return String(s)
  }

  /// Skips `byteCount` UTF-8 bytes of the remaining text.
  mutating func skip(utf8Bytes byteCount: Int) {
    var remaining = byteCount
    while remaining > 0, position < scalars.count {
      remaining -= UTF8.width(scalars[position])
      position += 1
    }
  }

  /// Go's `runesUntil`: reads up to a stop rune; `\` takes the next rune literally when
  /// `escapes` is set. Returns the runes, the stop rune (nil at end of input) and whether
  /// the input ended (Go's `io.EOF`).
  mutating func runesUntil(_ stops: Set<Unicode.Scalar>, escapes: Bool = true) -> (
    String, Unicode.Scalar?, Bool
  ) {
    var v = String.UnicodeScalarView()
    while true {
      guard let r = read() else { return (String(v), nil, true) }
      if stops.contains(r) { return (String(v), r, false) }
      if escapes && r == "\\" {
        guard let next = read() else { return (String(v), nil, true) }
        v.append(next)
      } else {
        v.append(r)
      }
    }
  }
}

/// Converts an error thrown by an injected closure into parser terms.
func setParserError(from error: any Error) -> SetParserError {
  if let e = error as? SetParserError { return e }
  return SetParserError(String(describing: error))
}

/// Where a list index ends, and what may come after it.
private let indexStops: Set<Unicode.Scalar> = ["]"]
private let afterIndexStops: Set<Unicode.Scalar> = ["[", ".", "="]

/// What Helm's two `--set` grammars (strvals `parser` and `literalParser`) share: the loop
/// over `key`s, the panic-to-error wrapper, a dotted key's nested map, and list indexes and
/// items; they differ in escapes and in how a value is read.
protocol SetKeyGrammar {
  /// One `key...` item into `data`: nil to go on, or an error (EOF ends the input).
  mutating func keyBody(_ data: GoMap, level: Int) throws(SetParserPanic) -> SetParserError?
  /// The value after `[i]=` in a list item, set into `list[i]`.
  mutating func listItemValue(_ list: [Value], _ i: Int) -> ([Value], SetParserError?)
  /// The expression being read.
  var scanner: SetScanner { get set }
  /// How deeply list items nest at this point.
  var depth: Int { get set }
  /// Whether `\` takes the next rune literally (not in `--set-literal`).
  static var escapes: Bool { get }
}

extension SetKeyGrammar {
  /// The index between `[` and `]`.
  mutating func keyIndex() -> Result<Int, SetParserError> {
    let (v, _, eof) = scanner.runesUntil(indexStops, escapes: Self.escapes)
    if eof { return .failure(.endOfInput) }
    return goAtoi(v)
  }

  /// Go's `listItem`: the rest of an item into `list[i]`, after its `[i]`.
  mutating func listItem(_ list: [Value], _ i: Int, level: Int) throws(SetParserPanic) -> (
    [Value], SetParserError?
  ) {
    if i < 0 { return (list, SetParserError("negative \(i) index not allowed")) }
    depth += 1
    defer { depth -= 1 }
    if depth > maxListDepth { return (list, SetParserError(listDepthMessage)) }
    let (k, last, eof) = scanner.runesUntil(afterIndexStops, escapes: Self.escapes)
    if !k.isEmpty {
      return (list, SetParserError("unexpected data at end of array index: \(goQuotedRunes(k))"))
    }
    if eof { return (list, .endOfInput) }
    switch last {
    case "=":
      return listItemValue(list, i)
    case "[":
      return try nestedListItem(list, i, level: level)
    default:  // "."
      return nestedMapItem(list, i, level: level)
    }
  }

  mutating func parse(_ data: GoMap) throws(SetParserError) {
    while true {
      guard let err = key(data, level: 0) else { continue }
      if err.isEndOfInput { return }
      throw err
    }
  }

  /// Go's `parser.key`: returns nil to continue with the next item, or an error (EOF ends).
  mutating func key(_ data: GoMap, level: Int) -> SetParserError? {
    do {
      return try keyBody(data, level: level)
    } catch {
      return SetParserError("unable to parse key: \(error.message)")
    }
  }

  /// `k.` in a key: the rest of the key goes into the map at `data[k]` (made when absent),
  /// one nesting level deeper.
  mutating func nestedKey(_ data: GoMap, _ k: String, level: Int) throws(SetParserPanic) -> SetParserError? {
    let nested = level + 1
    if nested > SetParser.maxNestedNameLevel {
      return SetParserError(
        "value name nested level is greater than maximum supported nested level of \(SetParser.maxNestedNameLevel)"
      )
    }
    var inner = GoMap()
    if let existing = data[k] {
      guard case .map(let m) = existing else {
        throw SetParserPanic.conversion(existing, wanted: "map[string]interface {}")
      }
      inner = m
    }
    let e = key(inner, level: nested)
    if e == nil && inner.count == 0 {
      return SetParserError("key map \(goQuoted(k)) has no value")
    }
    if inner.count != 0 { set(data, k, .map(inner)) }
    return e
  }

  /// `k[` in a key: the rest of the item goes into the list at `data[k]` (made when absent).
  mutating func indexedKey(_ data: GoMap, _ k: String, level: Int) throws(SetParserPanic) -> SetParserError? {
    let index: Int
    switch keyIndex() {
    case .success(let i): index = i
    case .failure(let e): return e.wrapped("error parsing index: ")
    }
    var list: [Value] = []
    if let existing = data[k] {
      guard case .list(let items) = existing else {
        throw SetParserPanic.conversion(existing, wanted: "[]interface {}")
      }
      list = items
    }
    let (newList, err) = try listItem(list, index, level: level)
    set(data, k, .list(newList))
    return err
  }

  /// `i].` in a list item: the rest of the key goes into the map at `list[i]` (a new map when
  /// that element is not one).
  mutating func nestedMapItem(_ list: [Value], _ i: Int, level: Int) -> ([Value], SetParserError?) {
    var list = list
    var inner = GoMap()
    if list.count > i {
      if case .map(let m) = list[i] {
        inner = m
      } else {
        list[i] = .map(inner)
      }
    }
    if let e = key(inner, level: level) { return (list, e) }
    return setIndex(list, i, .map(inner))
  }

  /// `i][` in a list item: the rest of the item goes into the list at `list[i]` (made when
  /// absent or null).
  mutating func nestedListItem(_ list: [Value], _ i: Int, level: Int) throws(SetParserPanic) -> (
    [Value], SetParserError?
  ) {
    let next: Int
    switch keyIndex() {
    case .success(let n): next = n
    case .failure(let e): return (list, e.wrapped("error parsing index: "))
    }
    var current: [Value] = []
    if list.count > i {
      let existed = list[i]
      if !existed.isNil {
        guard case .list(let items) = existed else {
          throw SetParserPanic.conversion(existed, wanted: "[]interface {}")
        }
        current = items
      }
    }
    let (list2, err) = try listItem(current, next, level: level)
    if let err { return (list, err) }
    return setIndex(list, i, .list(list2))
  }
}

/// The main strvals grammar (`--set`, `--set-string`, `--set-file`, `--set-json` pairs).
struct StrvalsParser: SetKeyGrammar {
  var scanner: SetScanner
  let reader: (String) throws -> Value
  let jsonDecoder: SetParser.JSONDecoder?
  var depth = 0

  static let escapes = true
  private static let keyStops: Set<Unicode.Scalar> = ["=", "[", ",", "."]
  private static let valueStops: Set<Unicode.Scalar> = [","]
  private static let listStops: Set<Unicode.Scalar> = [",", "}"]

  private enum ListResult {
    case list([Value])
    case notList
    case failure(SetParserError)
  }

  private func read(_ runes: String) -> Result<Value, SetParserError> {
    do { return .success(try reader(runes)) } catch { return .failure(setParserError(from: error)) }
  }

  mutating func keyBody(_ data: GoMap, level: Int) throws(SetParserPanic) -> SetParserError? {
    let (k, last, eof) = scanner.runesUntil(Self.keyStops)
    if eof {
      if k.isEmpty { return .endOfInput }
      return SetParserError("key \(goQuoted(k)) has no value")
    }
    switch last {
    case "[":
      return try indexedKey(data, k, level: level)
    case "=":
      if let decoder = jsonDecoder {
        if emptyValue() {
          set(data, k, .null)
          return nil
        }
        switch decodeJSON(decoder) {
        case .success(let v): set(data, k, v)
        case .failure(let e): return e
        }
        _ = emptyValue()
        return nil
      }
      switch valueList() {
      case .list(let l):
        set(data, k, .list(l))
        return nil
      case .failure(let e) where e.isEndOfInput:
        set(data, k, .string(""))
        return e
      case .failure(let e):
        return e
      case .notList:
        let (rs, _, _) = scanner.runesUntil(Self.valueStops)
        switch read(rs) {
        case .success(let v):
          set(data, k, v)
          return nil
        case .failure(let e):
          // Go stores the reader's (nil) result before returning its error.
          set(data, k, .null)
          return e
        }
      }
    case ",":
      set(data, k, .string(""))
      return SetParserError("key \(goQuoted(k)) has no value (cannot end with ,)")
    default:  // "."
      return try nestedKey(data, k, level: level)
    }
  }

  private mutating func decodeJSON(_ decoder: SetParser.JSONDecoder) -> Result<Value, SetParserError> {
    do {
      let (value, consumed) = try decoder(scanner.rest)
      scanner.skip(utf8Bytes: consumed)
      return .success(value)
    } catch {
      return .failure(setParserError(from: error))
    }
  }

  /// Go's `emptyVal`: skips spaces; true at end of input or after a consumed `,`.
  private mutating func emptyValue() -> Bool {
    while true {
      guard let r = scanner.read() else { return true }
      if r == "," { return true }
      if !GoSpace.isSpace(r) {
        scanner.unread()
        return false
      }
    }
  }

  mutating func listItemValue(_ list: [Value], _ i: Int) -> ([Value], SetParserError?) {
    if let decoder = jsonDecoder {
      if emptyValue() { return setIndex(list, i, .null) }
      let value: Value
      switch decodeJSON(decoder) {
      case .success(let v): value = v
      case .failure(let e): return (list, e)
      }
      let (l2, err) = setIndex(list, i, value)
      if err != nil { return (l2, err) }
      _ = emptyValue()
      return (l2, nil)
    }
    switch valueList() {
    case .list(let l): return setIndex(list, i, .list(l))
    case .failure(let e) where e.isEndOfInput: return setIndex(list, i, .string(""))
    case .failure(let e): return (list, e)
    case .notList:
      let (rs, _, _) = scanner.runesUntil(Self.valueStops)
      switch read(rs) {
      case .success(let v): return setIndex(list, i, v)
      case .failure(let e): return (list, e)
      }
    }
  }

  /// Go's `valList`: `{a,b}` → list; anything else is "not a list" (nothing consumed).
  private mutating func valueList() -> ListResult {
    guard let r = scanner.read() else { return .failure(.endOfInput) }
    if r != "{" {
      scanner.unread()
      return .notList
    }
    var list: [Value] = []
    while true {
      let (rs, last, eof) = scanner.runesUntil(Self.listStops)
      if eof { return .failure(SetParserError("list must terminate with '}'")) }
      if last == "}" {
        if let next = scanner.read(), next != "," { scanner.unread() }
        switch read(rs) {
        case .success(let v):
          list.append(v)
          return .list(list)
        case .failure(let e): return .failure(e)
        }
      }
      switch read(rs) {
      case .success(let v): list.append(v)
      case .failure(let e): return .failure(e)
      }
    }
  }
}

/// Go's `set`: an empty key is ignored.
func set(_ data: GoMap, _ key: String, _ value: Value) {
  if key.isEmpty { return }
  data[key] = value
}

/// Go's `setIndex`: grows the list with nulls up to `index`.
func setIndex(_ list: [Value], _ index: Int, _ value: Value) -> ([Value], SetParserError?) {
  if index < 0 { return (list, SetParserError("negative \(index) index not allowed")) }
  if index > SetParser.maxIndex {
    return (
      list,
      SetParserError("index of \(index) is greater than maximum supported index of \(SetParser.maxIndex)")
    )
  }
  var list = list
  if list.count <= index {
    list.append(contentsOf: repeatElement(Value.null, count: index + 1 - list.count))
  }
  list[index] = value
  return (list, nil)
}

/// The `--set-literal` grammar: no escapes, no commas, the value is the rest of the text.
struct LiteralSetParser: SetKeyGrammar {
  var scanner: SetScanner
  var depth = 0

  static let escapes = false
  private static let keyStops: Set<Unicode.Scalar> = ["=", "[", "."]

  private mutating func rest() -> String {
    scanner.runesUntil([], escapes: false).0
  }

  mutating func keyBody(_ data: GoMap, level: Int) throws(SetParserPanic) -> SetParserError? {
    let (k, last, eof) = scanner.runesUntil(Self.keyStops, escapes: false)
    if eof {
      if k.isEmpty { return .endOfInput }
      return SetParserError("key \(goQuoted(k)) has no value")
    }
    switch last {
    case "=":
      set(data, k, .string(rest()))
      return nil
    case ".":
      return try nestedKey(data, k, level: level)
    default:  // "["
      return try indexedKey(data, k, level: level)
    }
  }

  mutating func listItemValue(_ list: [Value], _ i: Int) -> ([Value], SetParserError?) {
    setIndex(list, i, .string(rest()))
  }
}

/// chartc's own bound on nested list indexes and list-item keys (`a[0][0]...`,
/// `a[0].b[0]...`), which Go leaves to its growable stack.
let maxListDepth = 10_000
let listDepthMessage = "value nesting is greater than the maximum supported depth of 10000"
