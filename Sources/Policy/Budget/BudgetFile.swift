import Foundation
import Validation
import Values
import YAML

/// `budgets.yaml`, the budget beside a chart: per environment, limits on the whole render
/// (`requests`, `limits`, `gpu`, `pvc`, `objects`, and any quota name under `hard`) and per
/// namespace; plus what the render cannot know about the cluster (nodes, injected sidecars,
/// RuntimeClass overheads, LimitRanges, namespace labels). Checked against
/// `BudgetFileSchema` with errors at `file:line`.
public struct BudgetFile: Sendable {
  /// One environment's section.
  public struct Environment: Sendable {
    public var limits: BudgetLimits
    public var nodes: Int?
    public var countHooks: Bool?
  }

  public var path: String
  public var settings: BudgetSettings
  public var mode: BudgetMode
  public var environments: [String: Environment]

  /// The environment a check asks for, or by default `default`, or the file's only one.
  public func environment(requested: String?) -> String {
    if let requested { return requested }
    if environments["default"] == nil, environments.count == 1, let only = environments.keys.first {
      return only
    }
    return "default"
  }

  /// The settings and limits of `environment`; throws when the file has no section for it.
  public func budget(for environment: String) throws(BudgetFileError) -> (BudgetSettings, BudgetLimits) {
    guard let env = environments[environment] else {
      let known = environments.keys.sorted().joined(separator: ", ")
      throw BudgetFileError(
        file: path, message: "no budget for environment \"\(environment)\" (the file has: \(known))")
    }
    var settings = self.settings
    if let nodes = env.nodes { settings.nodes = nodes }
    if let countHooks = env.countHooks { settings.countHooks = countHooks }
    return (settings, env.limits)
  }

  /// The bundled schema, compiled once (a failure is reported as a budget-file error).
  static let schema: Result<CompiledSchema, BudgetFileError> = {
    do {
      return .success(try CompiledSchema(try SchemaJSON.parse(BudgetFileSchema.json)))
    } catch {
      return .failure(BudgetFileError(file: "<bundled budget schema>", message: "\(error)"))
    }
  }()

  /// Reads and checks the budget file at `path`.
  public static func load(_ path: String) throws(BudgetFileError) -> BudgetFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BudgetFileError(file: path, message: "open \(path): no such file or directory")
    }
    return try parse(String(decoding: data, as: UTF8.self), path: path)
  }

  /// Reads and checks budget file text (`path` names it in errors).
  public static func parse(_ text: String, path: String) throws(BudgetFileError) -> BudgetFile {
    let document: ManifestDocument
    let value: Value
    do {
      let documents = try ManifestReader.read(text)
      guard documents.count == 1, let first = documents.first else {
        throw BudgetFileError(file: path, message: "a budget file holds exactly one YAML document")
      }
      document = first
      value = try first.value()
    } catch let error as BudgetFileError {
      throw error
    } catch {
      throw BudgetFileError(file: path, message: "\(error)")
    }
    if let error = try schema.get().validate(value).first {
      let detail = deepest(error)
      let mark =
        (document.node(atPointer: detail.instancePath) ?? document.nearestNode(toPointer: detail.instancePath))?
        .mark
      let at = detail.instancePath.isEmpty ? "" : "at '\(detail.instancePath)': "
      throw BudgetFileError(file: path, line: mark?.line, column: mark?.column, message: at + detail.message)
    }
    return try BudgetFileReader(path: path, document: document).read(value)
  }

  /// The most specific cause of a schema error (the branch of an `anyOf` that failed deepest).
  static func deepest(_ error: SchemaValidationError) -> SchemaValidationError {
    guard let cause = error.causes.max(by: { $0.instancePath.count < $1.instancePath.count }) else {
      return error
    }
    return cause.instancePath.count > error.instancePath.count ? deepest(cause) : error
  }
}
