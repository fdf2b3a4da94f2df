import Values

/// The field-level changes between two objects: maps key by key, keyed lists item by item
/// (by merge key), other lists by a sequence diff of their items, scalars by value. A list
/// whose items only moved is one order-only change.
enum FieldDiffer {
  static func changes(old: Value, new: Value) -> [FieldChange] {
    var out: [FieldChange] = []
    diff(old, new, FieldPath(), field: nil, into: &out)
    return out
  }

  private static func diff(
    _ old: Value, _ new: Value, _ path: FieldPath, field: String?, into out: inout [FieldChange]
  ) {
    switch (old, new) {
    case (.map(let a), .map(let b)):
      if a === b { return }
      let keys = Set(a.storage.keys).union(b.storage.keys).sorted(by: goStringLess)
      for key in keys {
        let child = path.appending(.key(key))
        switch (a.storage[key], b.storage[key]) {
        case (let x?, let y?): diff(x, y, child, field: key, into: &out)
        case (let x?, nil): out.append(FieldChange(path: child, old: x, new: nil))
        case (nil, let y?): out.append(FieldChange(path: child, old: nil, new: y))
        case (nil, nil): break
        }
      }
    case (.list(let a), .list(let b)):
      if ValueEquality.equal(old, new) { return }
      if let key = MergeKeys.key(forList: field, old: a, new: b) {
        keyedLists(a, b, key: key, path, into: &out)
      } else {
        sequences(a, b, path, field: field, into: &out)
      }
    default:
      if !ValueEquality.equal(old, new) { out.append(FieldChange(path: path, old: old, new: new)) }
    }
  }

  private static func keyedLists(
    _ a: [Value], _ b: [Value], key: String, _ path: FieldPath, into out: inout [FieldChange]
  ) {
    let oldKeys = a.map { MergeKeys.value(of: $0, key: key) ?? "" }
    let newKeys = b.map { MergeKeys.value(of: $0, key: key) ?? "" }
    let oldIndex = Dictionary(uniqueKeysWithValues: oldKeys.enumerated().map { ($1, $0) })
    let newIndex = Dictionary(uniqueKeysWithValues: newKeys.enumerated().map { ($1, $0) })
    let common = Set(oldKeys).intersection(newKeys)
    let oldOrder = oldKeys.filter(common.contains)
    let newOrder = newKeys.filter(common.contains)
    if oldOrder != newOrder {
      out.append(
        FieldChange(
          path: path, old: .list(oldOrder.map { .string($0) }), new: .list(newOrder.map { .string($0) }),
          isOrderOnly: true))
    }
    for (i, name) in oldKeys.enumerated() where newIndex[name] == nil {
      out.append(
        FieldChange(path: path.appending(.item(key: key, value: name, index: i)), old: a[i], new: nil))
    }
    for (j, name) in newKeys.enumerated() {
      let child = path.appending(.item(key: key, value: name, index: j))
      if let i = oldIndex[name] {
        diff(a[i], b[j], child, field: nil, into: &out)
      } else {
        out.append(FieldChange(path: child, old: nil, new: b[j]))
      }
    }
  }

  private static func sequences(
    _ a: [Value], _ b: [Value], _ path: FieldPath, field: String?, into out: inout [FieldChange]
  ) {
    let oldTexts = a.map(ValueEquality.canonical)
    let newTexts = b.map(ValueEquality.canonical)
    if a.count == b.count, oldTexts.sorted() == newTexts.sorted() {
      out.append(FieldChange(path: path, old: .list(a), new: .list(b), isOrderOnly: true))
      return
    }
    if a.count == b.count {
      for i in a.indices { diff(a[i], b[i], path.appending(.index(i)), field: nil, into: &out) }
      return
    }
    // Different lengths: align equal items, then pair what changed in each gap.
    var deleted: [Int] = []
    var inserted: [Int] = []
    func flush() {
      let paired = min(deleted.count, inserted.count)
      for p in 0..<paired {
        diff(a[deleted[p]], b[inserted[p]], path.appending(.index(inserted[p])), field: nil, into: &out)
      }
      for i in deleted.dropFirst(paired) {
        out.append(FieldChange(path: path.appending(.index(i)), old: a[i], new: nil))
      }
      for j in inserted.dropFirst(paired) {
        out.append(FieldChange(path: path.appending(.index(j)), old: nil, new: b[j]))
      }
      deleted.removeAll()
      inserted.removeAll()
    }
    for edit in UnifiedDiff.script(oldTexts, newTexts) {
      switch edit {
      case .keep: flush()
      case .delete(let i): deleted.append(i)
      case .insert(let j): inserted.append(j)
      }
    }
    flush()
  }
}
