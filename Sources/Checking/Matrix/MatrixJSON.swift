import GoLib
import Values

/// The render matrix as JSON: `[{"chart", "env", "path", "release", "namespace",
/// "kubeVersion", "values": [files], "set": [expressions], "golden": file}]`.
public enum MatrixJSON {
  public static func encode(_ entries: [RenderMatrix.Entry]) -> String {
    let items = entries.map { e -> String in
      let fields: [(String, Value)] = [
        ("chart", .string(e.chart)), ("env", .string(e.environment)), ("path", .string(e.path)),
        ("release", .string(e.release)), ("namespace", .string(e.namespace)),
        ("kubeVersion", .string(e.kubeVersion)), ("values", .list(e.values.map { .string($0) })),
        ("set", .list(e.set.map { .string($0) })), ("golden", .string(e.golden)),
      ]
      let body = fields.map { key, value in
        "\"\(key)\": " + ((try? GoJSON.encode(value, escapeHTML: false)) ?? "null")
      }
      return "  {" + body.joined(separator: ", ") + "}"
    }
    return "[\n" + items.joined(separator: ",\n") + "\n]"
  }
}
