import Foundation
import GoLib
import Values

/// The report of `chartc golden check` in text, JSON and JUnit form.
public struct GoldenReport: Sendable {
  public var outcomes: [GoldenFiles.Outcome]
  /// Golden files no matrix entry renders.
  public var extra: [String]

  public init(outcomes: [GoldenFiles.Outcome], extra: [String]) {
    self.outcomes = outcomes
    self.extra = extra
  }

  /// One row per golden file: its status word and details.
  public struct Row: Sendable {
    public var chart: String
    public var environment: String
    public var golden: String
    public var status: String
    public var diff: String?
    public var message: String?
  }

  public var rows: [Row] {
    outcomes.map { outcome in
      let e = outcome.entry
      var row = Row(chart: e.chart, environment: e.environment, golden: e.golden, status: "ok")
      switch outcome.status {
      case .unchanged: break
      case .drifted(let diff): (row.status, row.diff) = ("drift", diff)
      case .missing: row.status = "missing"
      case .failed(let message): (row.status, row.message) = ("error", message)
      }
      return row
    }
      + extra.map {
        Row(chart: "", environment: "", golden: $0, status: "extra", message: "no matrix entry renders it")
      }
  }

  public var problems: Int { rows.filter { $0.status != "ok" }.count }
  public var total: Int { rows.count }

  public var text: String {
    var out = ""
    for row in rows {
      let word = row.status.padding(toLength: 8, withPad: " ", startingAt: 0)
      switch row.status {
      case "drift": out += "\(word) \(row.golden)\n" + (row.diff ?? "")
      case "error": out += "\(word) \(row.golden): \(row.message ?? "")\n"
      case "extra": out += "\(word) \(row.golden) (no matrix entry renders it)\n"
      default: out += "\(word) \(row.golden)\n"
      }
    }
    return out
  }

  /// `{"files": [{"chart", "env", "golden", "status", "diff"?, "message"?}], "total", "problems"}`.
  public var json: String {
    var out = "{\n  \"files\": ["
    for (i, row) in rows.enumerated() {
      out += i == 0 ? "\n" : ",\n"
      out +=
        "    {\"chart\": \(Self.jsonString(row.chart)), \"env\": \(Self.jsonString(row.environment)), \"golden\": \(Self.jsonString(row.golden)), \"status\": \(Self.jsonString(row.status))"
      if let diff = row.diff { out += ", \"diff\": \(Self.jsonString(diff))" }
      if let message = row.message { out += ", \"message\": \(Self.jsonString(message))" }
      out += "}"
    }
    out += rows.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"total\": \(total),\n  \"problems\": \(problems)\n}\n"
    return out
  }

  /// One test case per golden file; drifted, missing, failed and extra files fail.
  public var junit: String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"chartc golden check\" tests=\"\(total)\" failures=\"\(problems)\">\n"
    out +=
      "  <testsuite name=\"golden\" tests=\"\(total)\" failures=\"\(problems)\" errors=\"0\" skipped=\"0\">\n"
    for row in rows {
      let name = row.chart.isEmpty ? row.golden : "\(row.chart)/\(row.environment)"
      out += "    <testcase classname=\"\(xml(row.golden))\" name=\"\(xml(name))\""
      if row.status == "ok" {
        out += "/>\n"
        continue
      }
      out +=
        ">\n      <failure message=\"\(xml(row.status + (row.message.map { ": " + $0 } ?? "")))\" type=\"\(row.status)\">"
      out += xml(row.diff ?? row.message ?? row.status)
      out += "</failure>\n    </testcase>\n"
    }
    out += "  </testsuite>\n</testsuites>\n"
    return out
  }

  /// A JSON string literal, as Go's encoding/json writes it.
  static func jsonString(_ text: String) -> String {
    (try? GoJSON.encode(.string(text), escapeHTML: false)) ?? "\"\""
  }

  private func xml(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
