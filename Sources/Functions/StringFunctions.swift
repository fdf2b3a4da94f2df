import GoLib
import Template
import Values

/// Sprig's string functions: case, trimming, quoting, cutting, splitting and joining.
enum StringFunctions {
  static var table: FunctionTable {
    var t = FunctionTable()
    let s1: (String, @escaping @Sendable (String) -> String) -> Void = { name, f in
      t.define(name, [.string]) { call in .string(f(call.string(0))) }
    }
    s1("trim", GoSpace.trim)
    // These read runes: bytes that are not UTF-8 come out as U+FFFD, as from Go's strings.Map.
    s1("upper") { s in GoStrings.map(GoByteString.replacingRawBytes(s), GoUnicode.toUpper) }
    s1("lower") { s in GoStrings.map(GoByteString.replacingRawBytes(s), GoUnicode.toLower) }
    s1("title") { s in GoUtilsText.title(GoByteString.replacingRawBytes(s)) }
    s1("untitle") { s in GoUtilsText.uncapitalize(GoByteString.replacingRawBytes(s)) }
    s1("nospace", GoUtilsText.deleteWhiteSpace)
    s1("initials", GoUtilsText.initials)
    s1("swapcase") { s in GoUtilsText.swapCase(GoByteString.replacingRawBytes(s)) }
    s1("snakecase", XStringsCase.snakeCase)
    s1("camelcase", XStringsCase.camelCase)
    s1("kebabcase", XStringsCase.kebabCase)
    s1("shuffle") { s in
      var runes = Array(s.unicodeScalars)
      runes.shuffle()
      return String(String.UnicodeScalarView(runes))
    }

    t.define("hello", []) { _ in .string("Hello!") }

    // Sprig swaps arguments so that the subject can be piped in last.
    for name in ["trimAll", "trimall"] {
      t.define(name, [.string, .string]) { call in
        .string(GoStrings.trim(call.string(1), cutset: call.string(0)))
      }
    }
    t.define("trimSuffix", [.string, .string]) { call in
      let (suffix, s) = (call.string(0), call.string(1))
      let (sb, b) = (GoByteString.bytes(suffix), GoByteString.bytes(s))
      guard !sb.isEmpty, b.count >= sb.count, Array(b.suffix(sb.count)) == sb else { return .string(s) }
      return .string(GoStrings.fromBytes(b.dropLast(sb.count)))
    }
    t.define("trimPrefix", [.string, .string]) { call in
      let (prefix, s) = (call.string(0), call.string(1))
      guard !prefix.isEmpty, GoByteString.bytes(s).starts(with: GoByteString.bytes(prefix)) else {
        return .string(s)
      }
      return .string(GoStrings.fromBytes(GoByteString.bytes(s).dropFirst(GoByteString.byteCount(prefix))))
    }
    t.define("contains", [.string, .string]) { call in
      let (sub, s) = (call.string(0), call.string(1))
      return .bool(sub.isEmpty || byteIndex(of: GoByteString.bytes(sub), in: GoByteString.bytes(s)) != nil)
    }
    t.define("hasPrefix", [.string, .string]) { call in
      .bool(GoByteString.bytes(call.string(1)).starts(with: GoByteString.bytes(call.string(0))))
    }
    t.define("hasSuffix", [.string, .string]) { call in
      let (suffix, s) = (GoByteString.bytes(call.string(0)), GoByteString.bytes(call.string(1)))
      return .bool(s.count >= suffix.count && Array(s.suffix(suffix.count)) == suffix)
    }

    t.define("repeat", [.int, .string]) { call in
      .string(try GoStrings.repeated(call.string(1), count: call.int(0)))
    }
    t.define("replace", [.string, .string, .string]) { call in
      .string(GoStrings.replaceAll(call.string(2), call.string(0), call.string(1)))
    }
    t.define("indent", [.int, .string]) { call in .string(try indent(call.int(0), call.string(1))) }
    t.define("nindent", [.int, .string]) { call in .string("\n" + (try indent(call.int(0), call.string(1)))) }
    t.define("plural", [.string, .string, .int]) { call in
      .string(call.int(2) == 1 ? call.string(0) : call.string(1))
    }

    t.define("trunc", [.int, .string]) { call in
      let (c, b) = (call.int(0), GoByteString.bytes(call.string(1)))
      if c < 0 && b.count + c > 0 { return .string(GoStrings.fromBytes(b[(b.count + c)...])) }
      if c >= 0 && b.count > c { return .string(GoStrings.fromBytes(b[..<c])) }
      return .string(call.string(1))
    }
    t.define("substr", [.int, .int, .string]) { call in
      let (start, end, s) = (call.int(0), call.int(1), call.string(2))
      let b = GoByteString.bytes(s)
      if start < 0 {
        if end < 0 { throw FunctionError("runtime error: slice bounds out of range [:\(end)]") }
        if end > b.count { throw FunctionErrors.sliceBoundsHigh(end, length: b.count) }
        return .string(GoStrings.fromBytes(b[..<end]))
      }
      if end < 0 || end > b.count {
        if start > b.count { throw FunctionErrors.sliceBoundsLow(start, length: b.count) }
        return .string(GoStrings.fromBytes(b[start...]))
      }
      if start > end { throw FunctionErrors.sliceBounds(low: start, high: end) }
      return .string(GoStrings.fromBytes(b[start..<end]))
    }
    t.define("abbrev", [.int, .string]) { call in
      let (width, s) = (call.int(0), call.string(1))
      if width < 4 { return .string(s) }
      return .string(GoUtilsText.abbreviate(s, offset: 0, maxWidth: width) ?? "")
    }
    t.define("abbrevboth", [.int, .int, .string]) { call in
      let (left, right, s) = (call.int(0), call.int(1), call.string(2))
      if right < 4 || (left > 0 && right < 7) { return .string(s) }
      return .string(GoUtilsText.abbreviate(s, offset: left, maxWidth: right) ?? "")
    }
    t.define("wrap", [.int, .string]) { call in
      .string(GoUtilsText.wrap(call.string(1), length: call.int(0), newLine: "", wrapLongWords: false))
    }
    t.define("wrapWith", [.int, .string, .string]) { call in
      .string(
        GoUtilsText.wrap(call.string(2), length: call.int(0), newLine: call.string(1), wrapLongWords: true))
    }

    t.define("quote", [], variadic: .any) { call in
      .string(
        GoStrings.join(
          call.arguments.filter { !$0.isNil }.map { GoStrconv.quote(GoStringify.strval($0)) }, separator: " ")
      )
    }
    t.define("squote", [], variadic: .any) { call in
      .string(
        GoStrings.join(
          call.arguments.filter { !$0.isNil }.map { "'" + GoFormatter.formatV($0) + "'" }, separator: " "))
    }
    t.define("cat", [], variadic: .any) { call in
      .string(GoStrings.join(call.arguments.filter { !$0.isNil }.map(GoFormatter.formatV), separator: " "))
    }
    t.define("toString", [.any]) { call in .string(GoStringify.strval(call.value(0))) }
    t.define("toStrings", [.any]) { call in TypedSlice.strings(GoStringify.strslice(call.value(0))) }

    t.define("split", [.string, .string]) { call in
      indexedParts(GoStrings.splitAll(call.string(1), call.string(0)))
    }
    t.define("splitn", [.string, .int, .string]) { call in
      indexedParts(GoStrings.splitN(call.string(2), call.string(0), call.int(1)))
    }
    t.define("splitList", [.string, .string]) { call in
      TypedSlice.strings(GoStrings.splitAll(call.string(1), call.string(0)))
    }
    t.define("join", [.string, .any]) { call in
      .string(GoStrings.join(GoStringify.strslice(call.value(1)), separator: call.string(0)))
    }
    t.define("sortAlpha", [.any]) { call in
      let v = call.value(0)
      if v.sliceItems != nil {
        return TypedSlice.strings(GoStringify.strslice(v).sorted(by: goStringLess))
      }
      return TypedSlice.strings([GoStringify.strval(v)])
    }
    return t
  }

  /// Sprig's `indent`: pads the first line and every line after a `\n`.
  static func indent(_ spaces: Int, _ s: String) throws -> String {
    let pad = try GoStrings.repeated(" ", count: spaces)
    return pad + GoStrings.replaceAll(s, "\n", "\n" + pad)
  }

  /// `split`'s result: a `map[string]string` with keys `_0`, `_1`...
  static func indexedParts(_ parts: [String]) -> Value {
    var storage: [String: Value] = [:]
    for (i, p) in parts.enumerated() { storage["_\(i)"] = .string(p) }
    return .map(GoMap(storage, goTypeName: "map[string]string"))
  }

  static func byteIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    if needle.isEmpty { return 0 }
    if needle.count > haystack.count { return nil }
    for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
      if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
    }
    return nil
  }
}
