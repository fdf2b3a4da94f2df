import Foundation
import Values
import YAML

/// Reads and merges the user's value sources of a render request, as Helm's
/// `values.Options.MergeValues` does.
public enum UserValues {
  public static func load(_ request: RenderRequest) throws -> GoMap {
    var files: [GoMap] = []
    for path in request.valueFiles {
      let data: Data
      if path == "-" {
        // the command line reads standard input; the library never does
        data = Data(request.standardInput ?? [])
      } else {
        data = try UserFile.read(path)
      }
      if let problem = YAMLInputEncoding.problem([UInt8](data)) {
        throw RenderError(
          "failed to parse \(path): cannot unmarshal yaml document: error converting YAML to JSON: yaml: \(problem)"
        )
      }
      let text = String(decoding: data, as: UTF8.self)
      do {
        files.append(try ValuesReader.read(text, fileName: path).mapValue ?? GoMap())
      } catch {
        throw RenderError("failed to parse \(path): \(error)")
      }
    }
    func texts(_ kind: ValueExpression.Kind) -> [String] {
      request.valueExpressions.filter { $0.kind == kind }.map(\.text)
    }
    let flags = UserValueFlags(
      valueFiles: files, jsonValues: texts(.json), values: texts(.set), stringValues: texts(.string),
      fileValues: texts(.file), literalValues: texts(.literal))
    do {
      return try flags.merge(
        fileReader: { path in
          .string(String(decoding: try UserFile.read(path), as: UTF8.self))
        },
        jsonDecoder: SetParser.decodeJSONPrefix)
    } catch {
      throw RenderError(error.description)
    }
  }
}
