import GoLib
import Values

/// The user-supplied value sources of one `helm template` run, in Helm's fixed order:
/// `-f` files (already decoded, in order), then `--set-json`, `--set`, `--set-string`,
/// `--set-file`, `--set-literal`, each parsed into the accumulated map.
public struct UserValueFlags: Sendable {
  public var valueFiles: [GoMap] = []
  public var jsonValues: [String] = []
  public var values: [String] = []
  public var stringValues: [String] = []
  public var fileValues: [String] = []
  public var literalValues: [String] = []

  public init(
    valueFiles: [GoMap] = [], jsonValues: [String] = [], values: [String] = [], stringValues: [String] = [],
    fileValues: [String] = [], literalValues: [String] = []
  ) {
    self.valueFiles = valueFiles
    self.jsonValues = jsonValues
    self.values = values
    self.stringValues = stringValues
    self.fileValues = fileValues
    self.literalValues = literalValues
  }

  /// Helm's `values.Options.MergeValues` after the files are read: the user values map.
  ///
  /// Errors carry Helm's prefixes: `failed parsing --set data: …`, `failed parsing
  /// --set-string data: …`, `failed parsing --set-file data: …`, `failed parsing
  /// --set-literal data: …`, and for `--set-json` the argument only
  /// (`failed parsing --set-json data <arg>`, or `… data JSON: <arg>` for the `{…}` form).
  public func merge(
    fileReader: @escaping SetParser.FileReader,
    jsonDecoder: @escaping SetParser.JSONDecoder
  ) throws(SetParserError) -> GoMap {
    var base = GoMap()
    for file in valueFiles {
      base = ValueCoalescing.mergeMaps(base, file)
    }
    for value in jsonValues {
      let trimmed = GoSpace.trim(value)
      if trimmed.unicodeScalars.first == "{" {
        guard let object = Self.decodeWholeObject(trimmed, jsonDecoder) else {
          throw SetParserError("failed parsing --set-json data JSON: \(value)")
        }
        base = ValueCoalescing.mergeMaps(base, object)
      } else {
        do {
          try SetParser.parse(value, into: base, mode: .json(jsonDecoder))
        } catch {
          throw SetParserError("failed parsing --set-json data \(value)")
        }
      }
    }
    for value in values {
      do { try SetParser.parse(value, into: base, mode: .typed) } catch {
        throw error.wrapped("failed parsing --set data: ")
      }
    }
    for value in stringValues {
      do { try SetParser.parse(value, into: base, mode: .string) } catch {
        throw error.wrapped("failed parsing --set-string data: ")
      }
    }
    for value in fileValues {
      do { try SetParser.parse(value, into: base, mode: .file(fileReader)) } catch {
        throw error.wrapped("failed parsing --set-file data: ")
      }
    }
    for value in literalValues {
      do { try SetParser.parse(value, into: base, mode: .literal) } catch {
        throw error.wrapped("failed parsing --set-literal data: ")
      }
    }
    return base
  }

  /// `json.Unmarshal` into a map: one object and nothing but whitespace after it.
  private static func decodeWholeObject(_ text: String, _ decoder: SetParser.JSONDecoder) -> GoMap? {
    guard let (value, consumed) = try? decoder(text), case .map(let m) = value else { return nil }
    let tail = text.utf8.dropFirst(consumed)
    guard tail.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
    return m
  }
}
