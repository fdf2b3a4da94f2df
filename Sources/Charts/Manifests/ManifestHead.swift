import Values

/// The head of one rendered YAML document as Helm reads it (`util.SimpleHead`):
/// `apiVersion`, `kind`, `metadata.name` and `metadata.annotations`, scalars stringified.
public struct ManifestHead: Sendable, Equatable {
  public var apiVersion: String
  public var kind: String
  public var name: String
  /// The annotations; nil when the document has no `metadata` or no `annotations`.
  public var annotations: [String: String]?

  public init(
    apiVersion: String = "", kind: String = "", name: String = "", annotations: [String: String]? = nil
  ) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.name = name
    self.annotations = annotations
  }

  /// Reads the head from a decoded document (`yaml.Unmarshal` into `SimpleHead`). Type
  /// errors are worded as Go's `encoding/json` words them, after Helm's
  /// `error unmarshaling JSON: while decoding JSON: ` prefix; the first error in JSON key
  /// order wins.
  public static func from(_ document: Value) throws(ManifestHeadError) -> ManifestHead {
    var head = ManifestHead()
    switch document {
    case .null: return head
    case .map(let m):
      head.apiVersion = try stringField(m["apiVersion"], field: "SimpleHead.apiVersion")
      head.kind = try stringField(m["kind"], field: "SimpleHead.kind")
      switch m["metadata"] {
      case nil, .null?: break
      case .map(let meta)?:
        switch meta["annotations"] {
        case nil, .null?: break
        case .map(let ann)?:
          var out: [String: String] = [:]
          for key in ann.sortedKeys {
            out[key] = try stringField(ann[key], field: ".metadata.annotations")
          }
          head.annotations = out
        case let other?:
          throw typeError(other, into: "Go struct field .metadata.annotations of type map[string]string")
        }
        head.name = try stringField(meta["name"], field: ".metadata.name")
      case let other?:
        throw typeError(
          other,
          into:
            #"Go struct field SimpleHead.metadata of type struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#
        )
      }
      return head
    default:
      throw typeError(document, into: "Go value of type util.SimpleHead")
    }
  }

  private static func stringField(_ v: Value?, field: String) throws(ManifestHeadError) -> String {
    guard let v else { return "" }
    switch v {
    case .null: return ""
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return stringifiedYAMLFloat(f)
    default: throw typeError(v, into: "Go struct field \(field) of type string")
    }
  }

  private static func typeError(_ v: Value, into target: String) -> ManifestHeadError {
    let jsonType: String
    switch v {
    case .string: jsonType = "string"
    case .bool: jsonType = "bool"
    case .int, .int64, .float: jsonType = "number"
    case .list: jsonType = "array"
    case .map: jsonType = "object"
    default: jsonType = "object"
    }
    return ManifestHeadError(
      "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonType) into \(target)")
  }
}

/// A document head that cannot be read (the text after `YAML parse error on <file>: `).
public struct ManifestHeadError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// A number bound for a string field, as sigs.k8s.io/yaml stringifies it: YAML integers
/// in decimal, YAML floats with `strconv.FormatFloat(f, 'g', -1, 32)`. Values decoded
/// through JSON no longer tell `1000000` from `1000000.0`, so integral values up to 1e15
/// are taken as integers (YAML `1.0` prints `1` either way).
func stringifiedYAMLFloat(_ f: Double) -> String {
  if f == f.rounded(.towardZero), abs(f) < 1e15 { return String(Int64(f)) }
  return goFormatFloat32G(f)
}

/// `strconv.FormatFloat(f, 'g', -1, 32)`, as sigs.k8s.io/yaml stringifies a float read
/// into a string field (`1.0` → `1`, `1e6` → `1e+06`).
func goFormatFloat32G(_ f: Double) -> String {
  let x = Float(f)
  if x.isNaN { return "NaN" }
  if x.isInfinite { return x < 0 ? "-Inf" : "+Inf" }
  if x == 0 { return x.sign == .minus ? "-0" : "0" }
  // Shortest round-trip digits of the float32, then Go's %g layout.
  let desc = "\(x)"  // Swift prints shortest round-trip digits
  var mantissa = desc
  var exponent = 0
  if let e = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
    mantissa = String(desc[..<e])
    exponent = Int(desc[desc.index(after: e)...]) ?? 0
  }
  var negative = false
  if mantissa.hasPrefix("-") {
    negative = true
    mantissa.removeFirst()
  }
  var intPart = mantissa
  var fracPart = ""
  if let dot = mantissa.firstIndex(of: ".") {
    intPart = String(mantissa[..<dot])
    fracPart = String(mantissa[mantissa.index(after: dot)...])
  }
  var digits = intPart + fracPart
  var pointPos = intPart.count + exponent
  while digits.hasPrefix("0") && digits.count > 1 {
    digits.removeFirst()
    pointPos -= 1
  }
  while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
  let exp10 = pointPos - 1
  var out: String
  if exp10 < -4 || exp10 >= 6 {
    let first = digits.prefix(1)
    let rest = digits.dropFirst()
    let e = abs(exp10)
    out =
      String(first) + (rest.isEmpty ? "" : "." + rest) + (exp10 < 0 ? "e-" : "e+") + (e < 10 ? "0" : "")
      + String(e)
  } else if pointPos <= 0 {
    out = "0." + String(repeating: "0", count: -pointPos) + digits
  } else if pointPos >= digits.count {
    out = digits + String(repeating: "0", count: pointPos - digits.count)
  } else {
    let idx = digits.index(digits.startIndex, offsetBy: pointPos)
    out = String(digits[..<idx]) + "." + String(digits[idx...])
  }
  return negative ? "-" + out : out
}
