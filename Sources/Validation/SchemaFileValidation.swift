import Foundation
import Values
import YAML

/// `chartc validate --schema FILE`: one schema (JSON or YAML) applied to every document of
/// the inputs, as check-jsonschema does.
public enum SchemaFileValidation {
  /// A schema file that could not be read or compiled.
  public struct LoadError: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// Compiles the schema at `path` (its `$schema` picks the draft, default 2020-12; formats
  /// assert per draft; relative `$ref`s load neighbouring files).
  public static func compile(path: String) throws(LoadError) -> CompiledSchema {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LoadError(description: "open \(path): no such file or directory")
    }
    let text = String(decoding: data, as: UTF8.self)
    let value: Value
    if let parsed = try? SchemaJSON.parse(text) {
      value = parsed
    } else {
      do {
        guard let first = try ManifestReader.read(text).first else {
          throw LoadError(description: "\(path): empty schema")
        }
        value = try first.value()
      } catch let e as LoadError {
        throw e
      } catch {
        throw LoadError(description: "\(path): \(error)")
      }
    }
    let uri = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    let options = SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: nil, strict: false, kubernetesExtensions: false, baseURI: uri
    )
    do {
      return try CompiledSchema(value, options: options, loader: FileSchemaDocuments())
    } catch {
      throw LoadError(description: "\(path): \(error)")
    }
  }

  /// One result per document, in input order; a document that cannot be read is invalid
  /// with a `yaml` error.
  public static func validate(_ inputs: [ManifestInput], against schema: CompiledSchema)
    -> [SchemaDocumentResult]
  {
    var results: [SchemaDocumentResult] = []
    for input in inputs {
      for m in LocatedManifest.read(input) {
        if let problem = m.readError {
          results.append(
            SchemaDocumentResult(
              file: input.name, index: m.resource.documentIndex,
              errors: [
                SchemaValidationError(instancePath: "", keyword: "yaml", schemaLocation: "", message: problem)
              ]))
          continue
        }
        results.append(
          SchemaDocumentResult(
            file: input.name, index: m.resource.documentIndex, errors: schema.validate(m.resource.object)))
      }
    }
    return results
  }
}
