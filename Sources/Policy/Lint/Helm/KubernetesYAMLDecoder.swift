import Values
import YAML

/// How Helm's lint reads a rendered file: k8s.io's YAMLOrJSONDecoder splits it into
/// documents, and each is decoded (sigs.k8s.io/yaml) into Helm's small `k8sYamlStruct`.
enum KubernetesYAMLDecoder {
  /// The fields Helm's lint reads from a document.
  struct Head {
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
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }  // a final newline ends a line, it starts none
    for line in lines {
      if line.hasPrefix("---") {
        let rest = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty || rest.hasPrefix("#") {
          if !current.isEmpty { out.append(current) }
          current = ""
          continue
        }
      }
      current += line + "\n"
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// What decoding one document gave.
  enum Decoded {
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

  /// The document's head, as Helm's lint decodes it.
  static func decodeHead(_ document: String) -> Decoded {
    let any: Value
    do {
      any = try YAMLReader.unmarshalAny(document)
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
    let stringPaths: Set<String> = ["apiversion", "kind", "metadata/name", "metadata/namespace"]
    guard
      case .map(let map)? = try? YAMLReader.unmarshalMap(
        document, stringFields: { stringPaths.contains($0.joined(separator: "/").lowercased()) })
    else { return .head(Head()) }
    var head = Head()
    func field(_ m: GoMap, _ name: String) -> Value? {
      m.sortedKeys.last { $0.lowercased() == name.lowercased() }.flatMap { m[$0] }
    }
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
