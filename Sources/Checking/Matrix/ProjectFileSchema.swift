import Foundation
import Validation
import Values
import YAML

/// The schema of the project file (`chartc.yaml`), embedded in the binary, and the check
/// that runs before the matrix is built: unknown keys (a `valeus:` typo), wrong types and
/// files that do not exist are errors with the file and line, never silently ignored.
/// Features that add a key (`budget`, `lint`, per-environment `generated`) add it here.
public enum ProjectFileSchema {
  /// JSON Schema (2020-12) of `chartc.yaml`.
  public static let json = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "additionalProperties": false,
      "required": ["charts"],
      "properties": {
        "version": {"type": "integer", "enum": [1]},
        "defaults": {
          "type": "object",
          "additionalProperties": false,
          "properties": {"kubeVersion": {"type": "string"}}
        },
        "budget": {"type": "string"},
        "lint": {"type": "object"},
        "charts": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["name", "environments"],
            "properties": {
              "name": {"type": "string", "minLength": 1},
              "path": {"type": "string"},
              "release": {"type": "string"},
              "namespace": {"type": "string"},
              "kubeVersion": {"type": "string"},
              "budget": {"type": "string"},
              "lint": {"type": "object"},
              "environments": {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                  "type": ["object", "null"],
                  "additionalProperties": false,
                  "properties": {
                    "values": {"type": "array", "items": {"type": "string"}},
                    "set": {"type": "array", "items": {"type": "string"}},
                    "generated": {"type": "array", "items": {"type": "object"}}
                  }
                }
              }
            }
          }
        }
      }
    }
    """

  private static let compiled: Result<CompiledSchema, HelmValuesSchema.LoadError> = {
    do throws(HelmValuesSchema.LoadError) {
      return .success(try HelmValuesSchema.compile(text: json))
    } catch {
      return .failure(error)
    }
  }()

  /// Checks the text of a project file at `file` (paths in it resolve against `root`):
  /// schema errors first, then chart folders and values files that do not exist. Every
  /// problem is reported, one per line, as `file:line: message`.
  public static func check(_ text: String, file: String, root: URL, requireFiles: Bool = true)
    throws(MatrixError)
  {
    let document: ManifestDocument
    let value: Value
    do {
      guard let first = try ManifestReader.read(text).first else {
        throw MatrixError("\(file): empty project file")
      }
      document = first
      value = try first.value()
    } catch let error as MatrixError {
      throw error
    } catch {
      throw MatrixError("\(file): \(error)")
    }
    let schema: CompiledSchema
    switch compiled {
    case .success(let s): schema = s
    case .failure(let error): throw MatrixError("chartc's project file schema: \(error)")
    }
    var problems = schema.validate(value).flatMap(leaves).map { error in
      "\(file):\(line(of: ManifestError(path: error.instancePath, keyword: error.keyword, message: error.message), in: document)): at '\(error.instancePath)': \(error.message)"
    }
    if problems.isEmpty {
      problems = MatrixNames.problems(value, document: document, file: file)
    }
    if problems.isEmpty && requireFiles {
      problems = missingFiles(value, document: document, file: file, root: root)
    }
    if !problems.isEmpty { throw MatrixError(problems.joined(separator: "\n")) }
  }

  /// The failures that name a value (combinator errors are replaced by their causes).
  private static func leaves(_ error: SchemaValidationError) -> [SchemaValidationError] {
    error.causes.isEmpty ? [error] : error.causes.flatMap(leaves)
  }

  private static func line(of error: ManifestError, in document: ManifestDocument) -> Int {
    ManifestErrorLocator.mark(of: error, in: document)?.line ?? document.startLine
  }

  /// Chart folders and values files named in the file that do not exist.
  private static func missingFiles(_ value: Value, document: ManifestDocument, file: String, root: URL)
    -> [String]
  {
    var problems: [String] = []
    func require(_ relative: String, pointer: String, what: String) {
      guard !FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else {
        return
      }
      let where_ = line(of: ManifestError(path: pointer, keyword: "type", message: ""), in: document)
      problems.append("\(file):\(where_): \(what) \(relative): no such file or directory")
    }
    for (index, chart) in (value.mapValue?["charts"]?.sliceItems ?? []).enumerated() {
      guard let chartMap = chart.mapValue, let name = chartMap["name"]?.stringValue else { continue }
      let pointer = "/charts/\(index)"
      if let path = chartMap["path"]?.stringValue {
        require(path, pointer: pointer + "/path", what: "chart")
      } else {
        require("charts/\(name)", pointer: pointer + "/name", what: "chart")
      }
      guard let environments = chartMap["environments"]?.mapValue else { continue }
      for env in environments.sortedKeys {
        for (i, file) in (environments[env]?.mapValue?["values"]?.sliceItems ?? []).enumerated() {
          guard let relative = file.stringValue else { continue }
          let token = JSONPointerToken.escape(env)
          require(relative, pointer: "\(pointer)/environments/\(token)/values/\(i)", what: "values file")
        }
      }
    }
    return problems
  }
}
