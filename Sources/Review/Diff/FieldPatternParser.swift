/// Reads the path syntax of `FieldPattern`: keys separated by `.`, `["quoted key"]`,
/// `[key=value]`, `[N]`, `[*]` and `**`.
struct FieldPatternParser {
  let text: String
  let chars: [Character]
  var position = 0

  init(_ text: String) {
    self.text = text
    chars = Array(text)
  }

  mutating func parse() throws -> [FieldPattern.Step] {
    var steps: [FieldPattern.Step] = []
    if chars.isEmpty { throw error("an empty path") }
    while position < chars.count {
      if chars[position] == "[" {
        steps.append(try bracket())
      } else {
        if !steps.isEmpty {
          guard chars[position] == "." else { throw error("expected `.` or `[`") }
          position += 1
        }
        let key = plainKey()
        if key.isEmpty { throw error("expected a key") }
        if position < chars.count, chars[position] == "]" { throw error("unexpected `]`") }
        steps.append(key == "**" ? .anyDepth : .key(key))
      }
    }
    return steps
  }

  private mutating func plainKey() -> String {
    var key = ""
    while position < chars.count, chars[position] != ".", chars[position] != "[", chars[position] != "]" {
      key.append(chars[position])
      position += 1
    }
    return key
  }

  private mutating func bracket() throws -> FieldPattern.Step {
    position += 1  // [
    if position < chars.count, chars[position] == "\"" {
      let key = try quoted()
      try expect("]")
      return .key(key)
    }
    var inside = ""
    while position < chars.count, chars[position] != "]", chars[position] != "=" {
      inside.append(chars[position])
      position += 1
    }
    if position < chars.count, chars[position] == "=" {
      position += 1
      let value: String
      if position < chars.count, chars[position] == "\"" {
        value = try quoted()
      } else {
        var plain = ""
        while position < chars.count, chars[position] != "]" {
          plain.append(chars[position])
          position += 1
        }
        value = plain
      }
      try expect("]")
      if inside.isEmpty { throw error("a list item needs a key before `=`") }
      return .item(key: inside, value: value)
    }
    try expect("]")
    if inside == "*" { return .anyItem }
    if let index = Int(inside), index >= 0 { return .index(index) }
    throw error("expected `[N]`, `[*]`, `[key=value]` or `[\"key\"]`")
  }

  private mutating func quoted() throws -> String {
    position += 1
    var out = ""
    while position < chars.count {
      let c = chars[position]
      position += 1
      if c == "\\", position < chars.count {
        out.append(chars[position])
        position += 1
      } else if c == "\"" {
        return out
      } else {
        out.append(c)
      }
    }
    throw error("unterminated quoted key")
  }

  private mutating func expect(_ c: Character) throws {
    guard position < chars.count, chars[position] == c else { throw error("expected `\(c)`") }
    position += 1
  }

  private func error(_ message: String) -> DiffError {
    DiffError("--ignore-path \"\(text)\": column \(position + 1): \(message)")
  }
}
