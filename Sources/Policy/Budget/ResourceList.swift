/// Amounts per resource name (`cpu`, `memory`, `nvidia.com/gpu`, or quota names such as
/// `requests.cpu`, `pods`, `count/deployments.apps`), added and compared as Kubernetes does.
public struct ResourceList: Sendable, Equatable {
  public private(set) var amounts: [String: Quantity] = [:]

  public init(_ amounts: [String: Quantity] = [:]) { self.amounts = amounts }

  public subscript(name: String) -> Quantity? {
    get { amounts[name] }
    set { amounts[name] = newValue }
  }

  public var names: [String] { amounts.keys.sorted() }
  public var isEmpty: Bool { amounts.isEmpty }

  /// Adds `amount` to the named resource.
  public mutating func add(_ name: String, _ amount: Quantity) {
    amounts[name] = (amounts[name] ?? .zero) + amount
  }

  /// Adds every amount of `other`.
  public mutating func add(_ other: ResourceList) {
    for (name, amount) in other.amounts { add(name, amount) }
  }

  /// Keeps, per resource, the larger of this amount and `other`'s.
  public mutating func raise(to other: ResourceList) {
    for (name, amount) in other.amounts {
      amounts[name] = amounts[name].map { Quantity.maximum($0, amount) } ?? amount
    }
  }

  /// Every amount times `factor`.
  public func multiplied(by factor: Int) -> ResourceList {
    ResourceList(amounts.mapValues { $0.multiplied(by: factor) })
  }

  public static func == (a: ResourceList, b: ResourceList) -> Bool {
    Set(a.amounts.keys) == Set(b.amounts.keys) && a.amounts.allSatisfy { b.amounts[$0.key] == $0.value }
  }
}
