import GoLib

/// One file of a chart, named by its slash-separated path relative to the chart root.
public struct ChartFile: Sendable, Equatable {
  public let name: String
  public let data: [UInt8]

  public init(name: String, data: [UInt8]) {
    self.name = name
    self.data = data
  }

  /// The file's text (invalid UTF-8 repaired as Go's string conversion prints it).
  public var text: String { UTF8Text.string(data) }
}

/// Why a chart could not be loaded; `description` is Helm's wording.
public struct ChartLoadError: Error, Sendable, CustomStringConvertible, Equatable {
  public let description: String
  public init(_ description: String) { self.description = description }
}

/// Size limits applied while reading a chart, as Helm applies them.
public struct ChartLoadLimits: Sendable {
  /// Total decompressed size of an archive (Helm: 100 MiB).
  public var maxArchiveSize: Int = 100 * 1024 * 1024
  /// Size of one file (Helm: 5 MiB).
  public var maxFileSize: Int = 5 * 1024 * 1024
  /// Number of entries in one archive.
  public var maxArchiveEntries: Int = 100_000

  public init() {}
}
