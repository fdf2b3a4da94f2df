import GoLib
import Values
import YAML

/// How Helm's lint reads a rendered file: k8s.io's YAMLOrJSONDecoder splits it into
/// documents, and each is decoded (sigs.k8s.io/yaml) into Helm's small `k8sYamlStruct`.
enum KubernetesYAMLDecoder {
  /// The fields Helm's lint reads from a document.
  struct Head: Sendable {
    var apiVersion = ""
    var kind = ""
    var name = ""
    var namespace = ""
  }

  /// The documents of `text`, split at `---` lines as k8s.io's YAMLReader splits them
  /// (a separator line may carry a comment; empty documents are skipped).
  static func documents(_ text: String) -> [String] {
    var out: [String] = []
    var current = ""
    let utf8 = text.utf8
    var start = utf8.startIndex
    // lines end at "\n" (a final newline ends a line, it starts none), as Go reads them
    while start < utf8.endIndex {
      let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
      let line = text[start..<(newline ?? utf8.endIndex)]
      start = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
      if line.hasPrefix("---") {
        let rest = GoSpace.trim(String(line.dropFirst(3)))
        if rest.isEmpty || rest.hasPrefix("#") {
          if !current.isEmpty { out.append(current) }
          current = ""
          continue
        }
      }
      current += line
      current += "\n"
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// What decoding one document gave.
  enum Decoded: Sendable {
    case head(Head)
    /// A null document (empty, or only comments).
    case empty
    /// The error Helm reports, without the `unable to parse YAML: ` prefix.
    case failure(String)
  }

  /// The decoding error of one string field.
  private struct FieldFailure: Error {
    let message: String
  }

  /// Heads already decoded, by document text (a matrix renders mostly the same documents).
  static let heads = DocumentTextCache<Decoded>()

  /// The top-level keys Helm's lint struct reads (Go's JSON decoder matches them in any case).
  private static let headKeys: Set<String> = ["apiversion", "kind", "metadata"]

  /// The document's head, as Helm's lint decodes it.
  static func decodeHead(_ document: String) -> Decoded {
    let any: Value
    do {
      // the whole document is read and checked; only the head keys become values
      any = try YAMLReader.unmarshalKeeping(where: { headKeys.contains($0.lowercased()) }, of: document)
    } catch {
      return .failure("\(error)")
    }
    switch any {
    case .null: return .empty
    case .map: break
    default:
      return .failure(
        "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonWord(any)) into Go value of type rules.k8sYamlStruct"
      )
    }
    if case .map(let map) = any, let head = plainHead(map) { return .head(head) }
    let stringPaths: Set<String> = ["apiversion", "kind", "metadata/name", "metadata/namespace"]
    guard
      case .map(let map)? = try? YAMLReader.unmarshalMap(
        document, stringFields: { stringPaths.contains($0.joined(separator: "/").lowercased()) })
    else { return .head(Head()) }
    var head = Head()
    func string(_ v: Value?, _ field: String) throws(FieldFailure) -> String {
      switch v {
      case nil, .null?: return ""
      case .string(let s)?: return s
      case let other?:
        throw FieldFailure(
          message:
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonWord(other)) into Go struct field \(field) of type string"
        )
      }
    }
    do throws(FieldFailure) {
      head.apiVersion = try string(field(map, "apiVersion"), "k8sYamlStruct.apiVersion")
      head.kind = try string(field(map, "kind"), "k8sYamlStruct.Kind")
      switch field(map, "metadata") {
      case nil, .null?: break
      case .map(let metadata)?:
        head.name = try string(field(metadata, "name"), "k8sYamlMetadata.Metadata.Name")
        head.namespace = try string(field(metadata, "namespace"), "k8sYamlMetadata.Metadata.Namespace")
      case let other?:
        return .failure(
          "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonWord(other)) into Go struct field k8sYamlStruct.Metadata of type rules.k8sYamlMetadata"
        )
      }
    } catch {
      return .failure(error.message)
    }
    return .head(head)
  }

  /// The head of a document whose head fields already decoded as strings (or are absent),
  /// read from the plain decoding: decoding again with string targets would give the same
  /// strings. Nil when a field needs the string-target decoding (a number, a bool...).
  private static func plainHead(_ map: GoMap) -> Head? {
    func text(_ v: Value?) -> String?? {
      switch v {
      case nil, .null?: return .some(nil)
      case .string(let s)?: return .some(s)
      default: return nil
      }
    }
    guard let apiVersion = text(field(map, "apiVersion")), let kind = text(field(map, "kind")) else {
      return nil
    }
    var head = Head(apiVersion: apiVersion ?? "", kind: kind ?? "")
    switch field(map, "metadata") {
    case nil, .null?: break
    case .map(let metadata)?:
      guard let name = text(field(metadata, "name")), let namespace = text(field(metadata, "namespace"))
      else {
        return nil
      }
      head.name = name ?? ""
      head.namespace = namespace ?? ""
    default: return nil
    }
    return head
  }

  /// A field as Go's JSON decoder matches it: the last key equal to `name` without case.
  private static func field(_ m: GoMap, _ name: String) -> Value? {
    m.sortedKeys.last { $0.lowercased() == name.lowercased() }.flatMap { m[$0] }
  }

  /// The word Go's JSON decoder uses for a value's type.
  static func jsonWord(_ v: Value) -> String {
    switch v {
    case .map: "object"
    case .list: "array"
    case .string: "string"
    case .bool: "bool"
    case .null: "null"
    default: "number"
    }
  }
}
