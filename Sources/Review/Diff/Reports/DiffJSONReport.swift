import GoLib
import Values

/// `chartc diff -o json`: `{"changes":[{"chart","env","apiVersion","kind","namespace","name",
/// "change","from","fields":[{"path","old","new"}]}]}`, one change per resource; `from` names
/// the old resource of a rename (its old apiVersion for a migration, null otherwise); `old`
/// and `new` are the field values (null where absent).
public enum DiffJSONReport {
  public static func render(_ report: DiffReport) -> String {
    if report.changes.isEmpty { return "{\"changes\": []}\n" }
    var out = "{\"changes\": [\n"
    for (i, change) in report.changes.enumerated() {
      let r = change.reference
      var fields: [String] = []
      for field in change.fields {
        fields.append(
          "{\"path\": \(string(field.path.description)), \"old\": \(json(field.old)), \"new\": \(json(field.new))}"
        )
      }
      out += "  {\"chart\": \(string(change.chart)), \"env\": \(string(change.environment)), "
      out += "\"apiVersion\": \(string(r.apiVersion)), \"kind\": \(string(r.kind)), "
      out += "\"namespace\": \(string(r.namespace)), \"name\": \(string(r.name)), "
      out += "\"change\": \(string(change.kind.rawValue)), \"from\": \(change.from.map(string) ?? "null"), "
      out += "\"fields\": ["
      out += fields.isEmpty ? "]}" : "\n      " + fields.joined(separator: ",\n      ") + "\n    ]}"
      out += i == report.changes.count - 1 ? "\n" : ",\n"
    }
    return out + "]}\n"
  }

  private static func string(_ s: String) -> String { json(.string(s)) }

  private static func json(_ value: Value?) -> String {
    guard let value else { return "null" }
    return (try? GoJSON.encode(FieldValueText.integral(value), escapeHTML: false)) ?? "null"
  }
}
