import GoLib

/// A schema's `properties`: each name's subschema node, found by a hash of the name's UTF-8
/// bytes in an open-addressed table held in one array (one reference to retain when a node
/// hands its table to an evaluation). Names match byte for byte, as Go's map keys do (a
/// `[String: Int]` would also match a canonically equivalent spelling).
///
/// Evaluation looks up every member of every object instance here, and a metaschema's
/// vocabularies look up each member of a schema once per vocabulary (seven times in draft
/// 2020-12); a `[String: Int]` seeds, runs and finalises SipHash for each lookup (about 400
/// instructions for a short name, a third of checking a schema against its metaschema).
struct SchemaPropertyTable: Sendable {
  private struct Slot: Sendable {
    var name = ""
    var hash: UInt64 = 0
    /// The subschema's node, -1 for an empty slot.
    var target = -1
  }

  /// A power of two above twice the entries (or empty).
  private var slots: [Slot] = []
  private(set) var count = 0

  init() {}

  /// The table of `properties`: names (each once) and their nodes.
  init(_ properties: [(name: String, target: Int)]) {
    guard !properties.isEmpty else { return }
    var size = 4
    while size < properties.count * 2 { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    for (name, target) in properties {
      let h = TextHash.of(name)
      var slot = Int(truncatingIfNeeded: h) & (size - 1)
      while slots[slot].target >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Slot(name: name, hash: h, target: target)
    }
    count = properties.count
  }

  var isEmpty: Bool { count == 0 }

  /// The names and their nodes, ordered by the names' bytes.
  var entries: [(name: String, target: Int)] {
    slots.compactMap { $0.target >= 0 ? ($0.name, $0.target) : nil }
      .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  /// The node of property `name`, or nil.
  @inline(__always)
  subscript(name: String) -> Int? {
    if count == 0 { return nil }
    return find(name)
  }

  private func find(_ name: String) -> Int? {
    let h = TextHash.of(name)
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: h) & mask
      // fields read in place: copying a slot would retain its name
      while true {
        let target = slots[slot].target
        if target < 0 { return nil }
        if slots[slot].hash == h, UTF8Text.equal(slots[slot].name, name) { return target }
        slot = (slot + 1) & mask
      }
    }
  }
}
