/// A position in YAML text: 1-based line and column (columns count characters, as libyaml does).
public struct Mark: Sendable, Equatable, Hashable {
  public let line: Int
  public let column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// How a scalar was written in the source.
public enum SourceScalarStyle: Sendable, Equatable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a composed YAML document, with its source position. Aliases point at the
/// anchored node they name. Nodes are immutable once the composer returns them.
public final class YAMLNode: @unchecked Sendable {  // reason: children and alias targets are set only by YAMLComposer, before return
  /// The node's shape.
  public enum Kind: Sendable, Equatable {
    case scalar
    case sequence
    case mapping
    case alias
  }

  public let kind: Kind
  /// The resolved tag as libyaml reports it (`tag:yaml.org,2002:int`, `!custom`), or nil.
  public let tag: String?
  /// The anchor this node defines, if any.
  public let anchor: String?
  /// Scalar text (empty for collections; the anchor name for aliases).
  public let value: String
  /// Scalar style (plain for collections and aliases).
  public let style: SourceScalarStyle
  /// Whether the scalar is plain and untagged, so YAML 1.1 resolution applies.
  public let plainImplicit: Bool
  /// Start of the node in the source.
  public let mark: Mark
  /// Sequence items, or mapping keys and values alternating (`[k0, v0, k1, v1, ...]`).
  public internal(set) var children: [YAMLNode] = []
  /// For aliases: the anchored node.
  public internal(set) weak var target: YAMLNode?
  /// Keeps alias targets alive independently of the tree (targets are always in the tree).
  var strongTarget: YAMLNode?

  init(
    kind: Kind, tag: String?, anchor: String?, value: String, style: SourceScalarStyle, plainImplicit: Bool,
    mark: Mark
  ) {
    self.kind = kind
    self.tag = tag
    self.anchor = anchor
    self.value = value
    self.style = style
    self.plainImplicit = plainImplicit
    self.mark = mark
  }

  /// Mapping entries as key/value pairs (empty for other kinds).
  public var pairs: [(key: YAMLNode, value: YAMLNode)] {
    guard kind == .mapping else { return [] }
    var out: [(YAMLNode, YAMLNode)] = []
    var i = 0
    while i + 1 < children.count {
      out.append((children[i], children[i + 1]))
      i += 2
    }
    return out
  }

  /// The node an alias stands for (self for other kinds).
  public var resolved: YAMLNode {
    if kind == .alias, let t = strongTarget ?? target { return t }
    return self
  }
}
