import GoLib

/// The limits a budget file sets for one environment, by quota resource name: on the whole
/// environment (`totals`) and per namespace.
public struct BudgetLimits: Sendable, Equatable {
  public var totals: [String: Quantity]
  public var namespaces: [String: [String: Quantity]]
  public var mode: BudgetMode

  public init(
    totals: [String: Quantity] = [:], namespaces: [String: [String: Quantity]] = [:], mode: BudgetMode = .peak
  ) {
    self.totals = totals
    self.namespaces = namespaces
    self.mode = mode
  }

  /// The figure a quota or budget name reads: `cpu`, `memory` and `ephemeral-storage` are
  /// the requests; `nvidia.com/gpu` and other bare extended resources too.
  public static func figureName(_ name: String) -> String {
    switch name {
    case "cpu", "memory", "ephemeral-storage": return "requests." + name
    default: break
    }
    if name.utf8.contains(UInt8(ascii: "/")) && !name.hasPrefix("count/") && !namesStorageClass(name)
      && !name.hasPrefix("requests.") && !name.hasPrefix("limits.")
    {
      return "requests." + name
    }
    return name
  }

  /// Whether `name` is a per storage-class quota name
  /// (`<class>.storageclass.storage.k8s.io/requests.storage`).
  static func namesStorageClass(_ name: String) -> Bool {
    ByteSearch.contains(name, ".storageclass.storage.k8s.io/")
  }
}
