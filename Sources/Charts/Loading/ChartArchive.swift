import Values

/// Reads a chart archive (`.tgz`) into files, with Helm's path checks and size limits.
///
/// The first path component (the chart's folder) is dropped; absolute paths, `..` escapes and
/// a `Chart.yaml` outside the chart folder are refused, as Helm refuses them.
public enum ChartArchive {
  /// True when `bytes` starts with the gzip signature Helm sniffs for.
  public static func looksLikeGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08
  }

  public static func read(_ compressed: [UInt8], limits: ChartLoadLimits = ChartLoadLimits()) throws
    -> [ChartFile]
  {
    let tooLarge = ChartLoadError(
      "decompressed chart is larger than the maximum size \(limits.maxArchiveSize)")
    // The tar stream is inflated as it is read, so an entry is refused from its header alone
    // (a gigabyte entry costs nothing). Headers and padding come on top of the file data:
    // leave room for them in the inflater's own cap.
    let stream = try GzipInflater(
      compressed, limit: limits.maxArchiveSize + 64 * 1024 * 1024, overflow: tooLarge)
    var files: [ChartFile] = []
    var remaining = limits.maxArchiveSize
    var longName: String?
    var paxPath: String?
    var entries = 0
    while let header = try stream.read(exactly: 512) {
      if header.allSatisfy({ $0 == 0 }) { break }
      entries += 1
      if entries > limits.maxArchiveEntries {
        throw ChartLoadError("chart archive has more than \(limits.maxArchiveEntries) entries")
      }
      guard let size = octal(header[...], 124, 12), size >= 0, size < Int.max / 2 else {
        throw ChartLoadError("archive/tar: invalid tar header")
      }
      let padding = (512 - size % 512) % 512
      let typeFlag = header[156]

      var name = cString(header[...], 0, 100)
      let prefix = cString(header[...], 345, 155)
      if !prefix.isEmpty && header[257..<262].elementsEqual(Array("ustar".utf8)) {
        name = prefix + "/" + name
      }
      switch typeFlag {
      case UInt8(ascii: "L"), UInt8(ascii: "x"):  // GNU long name / PAX header for the next entry
        guard size <= 1024 * 1024 else { throw ChartLoadError("archive/tar: header too large") }
        let body = try bodyBytes(stream, size: size, padding: padding)
        if typeFlag == UInt8(ascii: "L") {
          longName = String(decoding: body.prefix { $0 != 0 }, as: UTF8.self)
        } else {
          paxPath = paxValue(body, key: "path")
        }
        continue
      case UInt8(ascii: "g"), UInt8(ascii: "K"):
        try stream.skip(size + padding)
        continue
      case UInt8(ascii: "5"):
        longName = nil
        paxPath = nil
        try stream.skip(size + padding)
        continue
      default: break
      }
      if let long = longName { name = long }
      if let pax = paxPath { name = pax }
      longName = nil
      paxPath = nil
      if typeFlag != 0 && typeFlag != UInt8(ascii: "0") && typeFlag != UInt8(ascii: "7")
        || name.hasSuffix("/")
      {
        // Links, devices and FIFOs carry no chart content.
        try stream.skip(size + padding)
        continue
      }
      let chartName = try checkedName(name)
      if size > remaining { throw tooLarge }
      if size > limits.maxFileSize {
        throw ChartLoadError(
          "decompressed chart file \"\(name)\" is larger than the maximum file size \(limits.maxFileSize)")
      }
      remaining -= size
      files.append(
        ChartFile(name: chartName, data: stripBOM(try bodyBytes(stream, size: size, padding: padding))))
    }
    if files.isEmpty { throw ChartLoadError("no files in chart archive") }
    return files
  }

  /// An entry's data (its padding to the next 512-byte block skipped).
  private static func bodyBytes(_ stream: GzipInflater, size: Int, padding: Int) throws -> [UInt8] {
    guard let body = size == 0 ? [] : try stream.read(exactly: size) else {
      throw ChartLoadError("unexpected EOF")
    }
    try stream.skip(padding)
    return body
  }

  /// The chart-relative name of an archive entry, refusing names that escape the chart.
  private static func checkedName(_ rawName: String) throws -> String {
    let delimiter: Character = rawName.contains("\\") ? "\\" : "/"
    let parts = rawName.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
    var name = parts.dropFirst().joined(separator: "/")
    if name.hasPrefix("/") { throw ChartLoadError("chart illegally contains absolute paths") }
    name = PathUtilities.clean(name)
    if name == "." {
      throw ChartLoadError("chart illegally contains content outside the base directory: \"\(rawName)\"")
    }
    if name.hasPrefix("..") { throw ChartLoadError("chart illegally references parent directory") }
    if name.count >= 3, name.utf8.dropFirst().first == UInt8(ascii: ":"), name.dropFirst(2).first == "/",
      name.first?.isLetter == true
    {
      throw ChartLoadError("chart contains illegally named files")
    }
    if parts.first == "Chart.yaml" { throw ChartLoadError("chart yaml not in base directory") }
    return name
  }

  private static func octal(_ header: ArraySlice<UInt8>, _ at: Int, _ length: Int) -> Int? {
    let field = header[header.startIndex + at..<header.startIndex + at + length]
    if let first = field.first, first & 0x80 != 0 {
      // base-256 encoding
      var value = 0
      for (i, b) in field.enumerated() {
        let byte = i == 0 ? Int(b & 0x7F) : Int(b)
        if value > (Int.max >> 8) { return nil }
        value = value << 8 | byte
      }
      return value
    }
    let digits = field.filter { $0 != 0 && $0 != UInt8(ascii: " ") }
    if digits.isEmpty { return 0 }
    return Int(String(decoding: digits, as: UTF8.self), radix: 8)
  }

  private static func cString(_ header: ArraySlice<UInt8>, _ at: Int, _ length: Int) -> String {
    let field = header[header.startIndex + at..<header.startIndex + at + length]
    return GoByteString.fromBytes(field.prefix { $0 != 0 })
  }

  private static func paxValue(_ body: [UInt8], key: String) -> String? {
    // Records: "<len> <key>=<value>\n"
    var result: String?
    for line in GoByteString.fromBytes(body).split(separator: "\n") {
      guard let space = line.firstIndex(of: " ") else { continue }
      let record = line[line.index(after: space)...]
      if record.hasPrefix(key + "=") { result = String(record.dropFirst(key.count + 1)) }
    }
    return result
  }
}

/// Removes a leading UTF-8 byte-order mark, as Helm does for every chart file.
func stripBOM(_ data: [UInt8]) -> [UInt8] {
  if data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF { return Array(data[3...]) }
  return data
}
