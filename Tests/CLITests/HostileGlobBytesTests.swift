import Foundation
import TestSupport
import Testing

/// `.Files.Glob` on names with multi-byte runes and bytes that are not UTF-8, as Helm's
/// gobwas/glob matches them (helm-oracle; the names each pattern selects, joined by spaces
/// and base64-encoded): a pattern holding U+FFFD or a bad byte fails to compile (Helm then
/// matches everything), keys come in Go's bytewise order, and a pattern of fixed-length
/// pieces matches in gobwas's row, which cuts names in bytes.
@Suite struct HostileGlobBytesTests {
  /// The names under `files/` (each holds `x\n`), then `pats.json` at the chart's root.
  static let names: [[UInt8]] = [
    Array("é.txt".utf8), Array("日本.txt".utf8), Array("aé.txt".utf8), Array("a.txt".utf8),
    Array("ab.txt".utf8), [0xFF] + Array(".txt".utf8), Array("a".utf8) + [0xC3] + Array(".txt".utf8),
    [0xE2, 0x82] + Array(".txt".utf8), Array("\u{FFFD}.txt".utf8), [0xFF, 0xFE] + Array(".txt".utf8),
  ]

  /// Each pattern with the names Helm lists for it.
  static let globCases: [(pattern: [UInt8], names: String)] = [
    (Array(#"files/?.txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/??.txt"#.utf8), "ZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv//4udHh0"),
    (Array(#"files/???.txt"#.utf8), ""),
    (
      Array(#"files/*.txt"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dA=="
    ),
    (Array(#"files/a*"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0"),
    (Array(#"files/[é].txt"#.utf8), ""),
    (Array(#"files/[!a].txt"#.utf8), "ZmlsZXMv/y50eHQ="),
    (Array(#"files/[^a].txt"#.utf8), "ZmlsZXMvYS50eHQ="),
    (Array(#"files/[!é].txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/[à-ü].txt"#.utf8), ""),
    (Array(#"files/[!à-ü].txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/?本.txt"#.utf8), ""),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0xEF, 0xBF, 0xBD, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0xEF, 0xBF, 0xBD, 0x5D, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x2A, 0xEF, 0xBF, 0xBD, 0x2A],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (Array(#"files/{é,日本}.txt"#.utf8), "ZmlsZXMvw6kudHh0IGZpbGVzL+aXpeacrC50eHQ="),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0x61, 0xEF, 0xBF, 0xBD, 0x5D, 0x2A],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0xFF, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0xFF, 0x5D, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x5B, 0x21, 0xFF, 0x5D, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0xFF, 0x2A],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (
      [0x66, 0x69, 0x6C, 0x65, 0x73, 0x2F, 0x61, 0xC3, 0x2E, 0x74, 0x78, 0x74],
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dCBwYXRzLmpzb24="
    ),
    (Array(#"files/a?.txt"#.utf8), "ZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dA=="),
  ]

  /// More names: runes of two to four bytes, cut runes, bad bytes before and after ASCII, a
  /// folder; with `names`, the names `moreCases` run against.
  static let moreNames: [[UInt8]] = [
    Array(#"éé"#.utf8), Array(#"日本"#.utf8), Array(#"a"#.utf8), Array(#"aa"#.utf8), Array(#"aaa"#.utf8),
    Array(#"aéb"#.utf8), Array(#"€x"#.utf8), Array(#"x€"#.utf8), Array(#"😀"#.utf8), Array(#"a😀b"#.utf8),
    [0xF0, 0x9F, 0x98], [0xC3, 0xA9, 0xC3], [0x61, 0xFF], [0xFF, 0x61], Array(#"€"#.utf8),
    Array(#"sub/é.txt"#.utf8), [0x73, 0x75, 0x62, 0x2F, 0x61, 0xFF, 0x2E, 0x74, 0x78, 0x74],
    Array(#"ü.yaml"#.utf8), Array(#"ab"#.utf8), Array(#"éa"#.utf8),
  ]

  /// Patterns mixing `*`, `**`, `?`, classes, alternatives and escapes with multi-byte
  /// runes, where gobwas's compiled tree (rows, prefix/suffix matchers, trees split around
  /// the longest fixed piece) cuts the names in bytes; the names Helm lists for each.
  static let moreCases: [(pattern: [UInt8], names: String)] = [
    (
      Array(#"files/*é*"#.utf8),
      "ZmlsZXMvYcOpLnR4dCBmaWxlcy9hw6liIGZpbGVzL8OpLnR4dCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8Opw6k="
    ),
    (Array(#"files/**é"#.utf8), "ZmlsZXMvw6nDqQ=="),
    (Array(#"files/?é*"#.utf8), ""),
    (
      Array(#"files/*?.txt"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dA=="
    ),
    (
      Array(#"files/?*.txt"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL8OpLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/8udHh0IGZpbGVzL//+LnR4dA=="
    ),
    (
      Array(#"files/[!a]*"#.utf8),
      "ZmlsZXMveOKCrCBmaWxlcy/DqS50eHQgZmlsZXMvw6lhIGZpbGVzL8OpwyBmaWxlcy/DqcOpIGZpbGVzL8O8LnlhbWwgZmlsZXMv4oIudHh0IGZpbGVzL+KCrCBmaWxlcy/igqx4IGZpbGVzL+aXpeacrCBmaWxlcy/ml6XmnKwudHh0IGZpbGVzL++/vS50eHQgZmlsZXMv8J+YIGZpbGVzL/CfmIAgZmlsZXMv/y50eHQgZmlsZXMv/2EgZmlsZXMv//4udHh0"
    ),
    (
      Array(#"files/*[!a].txt"#.utf8),
      "ZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv/y50eHQgZmlsZXMv//4udHh0"
    ),
    (Array(#"files/[à-ü]*"#.utf8), ""),
    (Array(#"files/*[à-ü]?*"#.utf8), ""),
    (
      Array(#"files/{a,é}*"#.utf8),
      "ZmlsZXMvYSBmaWxlcy9hLnR4dCBmaWxlcy9hYSBmaWxlcy9hYWEgZmlsZXMvYWIgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL2HDqWIgZmlsZXMvYfCfmIBiIGZpbGVzL2H/"
    ),
    (Array(#"files/{*é,?}.txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/{a*,?}.txt"#.utf8), "ZmlsZXMvYS50eHQgZmlsZXMv/y50eHQ="),
    (Array(#"files/\**"#.utf8), ""),
    (
      Array(#"files/??*"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWEgZmlsZXMvYWFhIGZpbGVzL2FiIGZpbGVzL2FiLnR4dCBmaWxlcy9hwy50eHQgZmlsZXMvYcOpLnR4dCBmaWxlcy9hw6liIGZpbGVzL2Hwn5iAYiBmaWxlcy9h/yBmaWxlcy944oKsIGZpbGVzL8OpLnR4dCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8Opw6kgZmlsZXMvw7wueWFtbCBmaWxlcy/igi50eHQgZmlsZXMv4oKsIGZpbGVzL+KCrHggZmlsZXMv5pel5pysIGZpbGVzL+aXpeacrC50eHQgZmlsZXMv77+9LnR4dCBmaWxlcy/wn5ggZmlsZXMv8J+YgCBmaWxlcy//LnR4dCBmaWxlcy//YSBmaWxlcy///i50eHQ="
    ),
    (
      Array(#"files/*??"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWEgZmlsZXMvYWFhIGZpbGVzL2FiIGZpbGVzL2FiLnR4dCBmaWxlcy9hwy50eHQgZmlsZXMvYcOpLnR4dCBmaWxlcy9hw6liIGZpbGVzL2Hwn5iAYiBmaWxlcy9h/yBmaWxlcy944oKsIGZpbGVzL8OpLnR4dCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8Opw6kgZmlsZXMvw7wueWFtbCBmaWxlcy/igi50eHQgZmlsZXMv4oKseCBmaWxlcy/ml6XmnKwgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/CfmCBmaWxlcy//LnR4dCBmaWxlcy//YSBmaWxlcy///i50eHQ="
    ),
    (
      Array(#"files/{é,日本}?*"#.utf8),
      "ZmlsZXMvw6kudHh0IGZpbGVzL8OpYSBmaWxlcy/DqcMgZmlsZXMvw6nDqSBmaWxlcy/ml6XmnKwudHh0"
    ),
    (
      Array(#"files/**[!é]"#.utf8),
      "ZmlsZXMvYSBmaWxlcy9hLnR4dCBmaWxlcy9hYSBmaWxlcy9hYWEgZmlsZXMvYWIgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL2HDqWIgZmlsZXMvYfCfmIBiIGZpbGVzL2H/IGZpbGVzL3N1Yi9h/y50eHQgZmlsZXMvc3ViL8OpLnR4dCBmaWxlcy944oKsIGZpbGVzL8OpLnR4dCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8O8LnlhbWwgZmlsZXMv4oIudHh0IGZpbGVzL+KCrCBmaWxlcy/igqx4IGZpbGVzL+aXpeacrCBmaWxlcy/ml6XmnKwudHh0IGZpbGVzL++/vS50eHQgZmlsZXMv8J+YIGZpbGVzL/CfmIAgZmlsZXMv/y50eHQgZmlsZXMv/2EgZmlsZXMv//4udHh0"
    ),
    (Array(#"files/*😀*"#.utf8), "ZmlsZXMvYfCfmIBiIGZpbGVzL/CfmIA="),
    (Array(#"files/?😀?"#.utf8), ""),
    (Array(#"files/[😀]*"#.utf8), ""),
    (
      Array(#"files/{,a}?"#.utf8),
      "ZmlsZXMvYSBmaWxlcy9hYSBmaWxlcy9hYiBmaWxlcy9h/yBmaWxlcy/igqwgZmlsZXMv8J+YIGZpbGVzL/CfmIAgZmlsZXMv/2E="
    ),
    (Array(#"files/a{é,b}"#.utf8), "ZmlsZXMvYWI="),
    (Array(#"files/[!ab]?.txt"#.utf8), "ZmlsZXMv4oIudHh0IGZpbGVzL//+LnR4dA=="),
    (Array(#"files/**/*"#.utf8), "ZmlsZXMvc3ViL2H/LnR4dCBmaWxlcy9zdWIvw6kudHh0"),
    (
      Array(#"files/{sub/*,a}*"#.utf8),
      "ZmlsZXMvYSBmaWxlcy9hLnR4dCBmaWxlcy9hYSBmaWxlcy9hYWEgZmlsZXMvYWIgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL2HDqWIgZmlsZXMvYfCfmIBiIGZpbGVzL2H/"
    ),
    (Array(#"files/*/?*"#.utf8), "ZmlsZXMvc3ViL2H/LnR4dCBmaWxlcy9zdWIvw6kudHh0"),
    (Array(#"files/[a-z]?"#.utf8), "ZmlsZXMvYWEgZmlsZXMvYWIgZmlsZXMvYf8gZmlsZXMveOKCrA=="),
    (
      Array(#"files/?[!a-z]"#.utf8),
      "ZmlsZXMvYf8gZmlsZXMveOKCrCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8Opw6kgZmlsZXMv4oKseCBmaWxlcy/ml6XmnKw="
    ),
    (
      Array(#"**?.txt"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9zdWIvYf8udHh0IGZpbGVzL+KCLnR4dCBmaWxlcy//LnR4dCBmaWxlcy///i50eHQ="
    ),
    (Array(#"files/*€*"#.utf8), "ZmlsZXMveOKCrCBmaWxlcy/igqwgZmlsZXMv4oKseA=="),
    (Array(#"files/€*"#.utf8), "ZmlsZXMv4oKsIGZpbGVzL+KCrHg="),
    (
      Array(#"files/*\é*"#.utf8),
      "ZmlsZXMvYcOpLnR4dCBmaWxlcy9hw6liIGZpbGVzL8OpLnR4dCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8Opw6k="
    ),
    (
      Array(#"files/{*,ab}"#.utf8),
      "ZmlsZXMvYWEgZmlsZXMvYWIgZmlsZXMvYf8gZmlsZXMveOKCrCBmaWxlcy/DqWEgZmlsZXMvw6nDIGZpbGVzL8Opw6kgZmlsZXMv4oKseCBmaWxlcy/ml6XmnKwgZmlsZXMv/2E="
    ),
    (Array(#"files/x{*,é}"#.utf8), "ZmlsZXMveOKCrA=="),
    (
      Array(#"files/*[!/]"#.utf8),
      "ZmlsZXMvYSBmaWxlcy9hLnR4dCBmaWxlcy9hYSBmaWxlcy9hYWEgZmlsZXMvYWIgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL2HDqWIgZmlsZXMvYfCfmIBiIGZpbGVzL2H/IGZpbGVzL3jigqwgZmlsZXMvw6kudHh0IGZpbGVzL8OpYSBmaWxlcy/DqcMgZmlsZXMvw6nDqSBmaWxlcy/DvC55YW1sIGZpbGVzL+KCLnR4dCBmaWxlcy/igqwgZmlsZXMv4oKseCBmaWxlcy/ml6XmnKwgZmlsZXMv5pel5pysLnR4dCBmaWxlcy/vv70udHh0IGZpbGVzL/CfmCBmaWxlcy/wn5iAIGZpbGVzL/8udHh0IGZpbGVzL/9hIGZpbGVzL//+LnR4dA=="
    ),
    (Array(#"files/{?,é}é"#.utf8), ""),
    (Array(#"files/a*é*"#.utf8), "ZmlsZXMvYcOpLnR4dCBmaWxlcy9hw6li"),
    (
      Array(#"files/*a?*"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWEgZmlsZXMvYWFhIGZpbGVzL2FiIGZpbGVzL2FiLnR4dCBmaWxlcy9hwy50eHQgZmlsZXMvYcOpLnR4dCBmaWxlcy9hw6liIGZpbGVzL2Hwn5iAYiBmaWxlcy9h/yBmaWxlcy/DvC55YW1s"
    ),
    (Array(#"files/[!é]é*"#.utf8), ""),
    (Array(#"files/??.txt"#.utf8), "ZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy/igi50eHQgZmlsZXMv//4udHh0"),
    (Array(#"files/?é.txt"#.utf8), "ZmlsZXMvYcOpLnR4dA=="),
    (Array(#"files/*?é"#.utf8), "ZmlsZXMvw6nDqQ=="),
    (Array(#"files/é?"#.utf8), ""),
    (Array(#"files/{a,é}{a,é}"#.utf8), "ZmlsZXMvYWE="),
    (Array(#"*é*"#.utf8), ""),
    (
      Array(#"files/**.txt"#.utf8),
      "ZmlsZXMvYS50eHQgZmlsZXMvYWIudHh0IGZpbGVzL2HDLnR4dCBmaWxlcy9hw6kudHh0IGZpbGVzL3N1Yi9h/y50eHQgZmlsZXMvc3ViL8OpLnR4dCBmaWxlcy/DqS50eHQgZmlsZXMv4oIudHh0IGZpbGVzL+aXpeacrC50eHQgZmlsZXMv77+9LnR4dCBmaWxlcy//LnR4dCBmaWxlcy///i50eHQ="
    ),
  ]

  @Test func filesGlobOnMultiByteAndBadByteNamesMatchesHelm() throws {
    try expectHelmSelection(names: Self.names, cases: Self.globCases)
  }

  @Test func filesGlobMixingWildcardsWithMultiByteNamesMatchesHelm() throws {
    try expectHelmSelection(names: Self.names + Self.moreNames, cases: Self.moreCases)
  }

  /// A row whose last member is empty (`{}`) slices past the end of a name it fits: Go
  /// panics inside gobwas, and Helm reports the panic as the call's error (helm-oracle).
  @Test func filesGlobSlicingPastTheNameIsHelmError() throws {
    let chart = try FixtureChart([
      "files/a.txt": "x\n", "files/b.txt": "x\n",
      "templates/t.yaml": "n: {{ len (.Files.Glob \"files/a.txt{}\") }}\n",
    ])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == #"Error: template: demo/templates/t.yaml:1:17: executing "demo/templates/t.yaml" at <.Files.Glob>: error calling Glob: runtime error: slice bounds out of range [:12] with length 11"#
    )
  }

  /// Deep names of 2,000 bytes (eight folders of 250: ASCII, two-byte runes, bad bytes)
  /// against patterns whose gobwas trees nest around literals, `?`, classes and
  /// alternatives: each answers at once, with the counts Helm gives (helm-oracle).
  @Test func filesGlobOnLongDeepNamesAnswersAtOnce() throws {
    let segments: [[UInt8]] = [
      Array(repeating: 0x61, count: 250), Array(String(repeating: "é", count: 125).utf8),
      Array(repeating: [0xFF, 0xC3, 0x61], count: 83).flatMap { $0 },
      Array(String(repeating: "ab", count: 125).utf8),
    ]
    func deep(_ segment: [UInt8], _ tail: [UInt8] = []) -> [UInt8] {
      Array(repeating: segment, count: 8).joined(separator: [0x2F]) + tail
    }
    let names = [
      deep(segments[0]), deep(segments[0], [0x63]), deep(segments[1], [0x63]), deep(segments[2]),
      deep(segments[3]),
    ]
    let cases: [(pattern: String, count: Int)] = [
      ("files/**a**a**a**a**a**a**a**c", 1), ("files/**?**?**?**?**c", 2),
      ("files/{**a,**b}{**a,**b}{**a,**b}c", 0),
      ("files/**[!b]**[!b]**[!b]**c", 2), ("files/**é**é**é**c", 1), ("files/**a*a**a*a**a*a**c", 1),
      ("files/**[a-z]**[!a-z]**c", 1), ("files/**b*/**b*/**b*/**", 1),
      ("**a**a**a**a**a**a**a**a**a**a**a**a**a**a*", 4),
      ("files/*/*a*?*[!a]", 0),
    ]
    let chart = try FixtureChart(["templates/cm.yaml": nil])
    var template = ""
    var expected = "---\n# Source: demo/templates/t.yaml\n"
    for (i, c) in cases.enumerated() {
      template += "p\(i): {{ len (.Files.Glob \"\(c.pattern)\") }}\n"
      expected += "p\(i): \(c.count)\n"
    }
    try chart.write("templates/t.yaml", Array(template.utf8))
    for name in names {
      try RawFileName.writeCreatingFolders(chart.path, Array("files/".utf8) + name, Array("x\n".utf8))
    }
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stdout == expected)
  }

  /// Renders one template listing, for each case, the names `.Files.Glob` selects among
  /// `names` (under `files/`, each holding `x\n`, then `pats.json`), and compares with Helm.
  private func expectHelmSelection(names: [[UInt8]], cases: [(pattern: [UInt8], names: String)]) throws {
    var template: [UInt8] = Array("data:\n".utf8)
    var expected = "---\n# Source: demo/templates/t.yaml\ndata:\n"
    for (i, c) in cases.enumerated() {
      template += Array("  p\(i): {{ $l := list }}{{ range $k, $v := (.Files.Glob `".utf8) + c.pattern
      template += Array("`) }}{{ $l = append $l $k }}{{ end }}{{ $l | join \" \" | b64enc }}\n".utf8)
      expected += "  p\(i): \(c.names)\n"
    }
    let chart = try FixtureChart(["templates/cm.yaml": nil, "pats.json": "[]\n"])
    try chart.write("templates/t.yaml", template)
    try chart.write("files/.keep", [])
    for name in names { try RawFileName.writeCreatingFolders(chart.path + "/files", name, Array("x\n".utf8)) }
    try FileManager.default.removeItem(atPath: chart.path + "/files/.keep")
    let run = try ChartcRun.bounded(["render", chart.path])
    run.expectFinished()
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    let got = run.stdout.split(separator: "\n")
    let want = expected.split(separator: "\n")
    #expect(got.count == want.count)
    for (i, (g, w)) in zip(got, want).enumerated() where g != w {
      let pattern = i >= 3 ? String(decoding: cases[i - 3].pattern, as: UTF8.self) : ""
      Issue.record("\(pattern): got \(g), Helm \(w)")
    }
  }
}
