import GoLib
import Values

/// `.Capabilities`: the Kubernetes version, API versions and Helm version a render targets
/// (Go type `*common.Capabilities`).
public struct Capabilities: GoStructObject, GoJSONEncodable {
  public var kubeVersion: KubeVersion = .helmDefault
  public var apiVersions: APIVersionSet = .helmDefault
  public var helmVersion: HelmBuildInfo = .chartc

  public var goTypeName: String { "*common.Capabilities" }
  public var goKind: GoKind { .ptr }

  public var goFields: [(name: String, value: Value)] {
    [
      ("KubeVersion", .object(kubeVersion)), ("APIVersions", .object(apiVersions)),
      ("HelmVersion", .object(helmVersion)),
    ]
  }

  public func formatted(plus: Bool, sharp: Bool) -> String {
    let kube = kubeVersion.structText(plus: plus, sharp: false)
    let apis = apiVersions.formatted(plus: plus, sharp: false)
    let helm = helmVersion.formatted(plus: plus, sharp: false)
    if plus { return "&{KubeVersion:\(kube) APIVersions:\(apis) HelmVersion:\(helm)}" }
    return "&{\(kube) \(apis) \(helm)}"
  }

  /// The JSON form Helm's `toJson`/`toYaml` produce for the object.
  public func goJSONValue() -> Value {
    .map(
      .structFields(
        [
          ("KubeVersion", kubeVersion.goJSONValue()),
          ("APIVersions", .list(apiVersions.versions.map { .string($0) })),
          ("HelmVersion", helmVersion.goJSONValue()),
        ], goTypeName: goTypeName))
  }
}

/// `.Capabilities.KubeVersion` (Go type `common.KubeVersion`).
public struct KubeVersion: GoObject, GoJSONEncodable, Equatable {
  /// The version as given (`v` prefixed), e.g. `v1.33.4-gke.1`.
  public var version: String
  /// `v` + the numeric major.minor.patch, used for printing and constraints.
  public var normalizedVersion: String
  public var major: String
  public var minor: String

  /// Helm v4.2's offline default, `v1.36.0`.
  public static let helmDefault = KubeVersion(
    version: "v1.36.0", normalizedVersion: "v1.36.0", major: "1", minor: "36")

  public init(version: String, normalizedVersion: String, major: String, minor: String) {
    self.version = version
    self.normalizedVersion = normalizedVersion
    self.major = major
    self.minor = minor
  }

  /// Parses `--kube-version` as Helm does: `v` optional, at least major.minor.
  public static func parse(_ text: String) throws -> KubeVersion {
    let trimmed = text.hasPrefix("v") ? String(text.dropFirst()) : text
    // Numeric core: leading digits and dots up to the first other character.
    let core = trimmed.prefix { $0.isNumber || $0 == "." }
    let parts = core.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      let major = UInt64(parts[0]), let minor = UInt64(parts[1])
    else {
      throw ChartLoadError("invalid kube version \"\(text)\": illegal version string \"\(text)\"")
    }
    let patch = parts.count == 3 ? (UInt64(parts[2]) ?? 0) : 0
    let normalized = "v\(major).\(minor).\(patch)"
    let shown = parts.count == 3 ? "v" + trimmed : "v" + trimmed
    return KubeVersion(
      version: shown, normalizedVersion: normalized, major: String(major), minor: String(minor))
  }

  public var goTypeName: String { "common.KubeVersion" }
  public var goKind: GoKind { .struct }

  public func member(named name: String) -> GoMember? {
    switch name {
    case "Version": return .field(.string(version))
    case "Major": return .field(.string(major))
    case "Minor": return .field(.string(minor))
    case "GitVersion": return .method(GoMethod(arity: 0) { _ in .string(normalizedVersion) })
    case "String": return .method(GoMethod(arity: 0) { _ in .string(normalizedVersion) })
    default: return nil
    }
  }

  /// Go prints the value through its `String()` method: the normalised version.
  public func formatted(plus: Bool, sharp: Bool) -> String {
    if !sharp { return normalizedVersion }
    return structText(plus: plus, sharp: sharp)
  }

  /// The struct's fields, as `fmt` prints it nested inside `.Capabilities`.
  func structText(plus: Bool, sharp: Bool) -> String {
    if sharp {
      return
        "common.KubeVersion{Version:\"\(version)\", normalizedVersion:\"\(normalizedVersion)\", Major:\"\(major)\", Minor:\"\(minor)\"}"
    }
    if plus {
      return "{Version:\(version) normalizedVersion:\(normalizedVersion) Major:\(major) Minor:\(minor)}"
    }
    return "{\(version) \(normalizedVersion) \(major) \(minor)}"
  }

  public func goJSONValue() -> Value {
    .map(
      .structFields(
        [("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))],
        goTypeName: goTypeName))
  }
}

/// `.Capabilities.APIVersions` (Go type `common.VersionSet`, a `[]string` with `Has`).
public struct APIVersionSet: GoObject, Equatable {
  public var versions: [String]

  public init(_ versions: [String]) { self.versions = versions }

  /// Helm v4.2's default list of 55 group/versions, in Helm's order.
  public static let helmDefault = APIVersionSet(
    [
      "v1", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
      "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1", "apps/v1", "apps/v1beta1",
      "apps/v1beta2", "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1",
      "authentication.k8s.io/v1beta1",
      "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1", "autoscaling/v1", "autoscaling/v2",
      "batch/v1",
      "batch/v1beta1", "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1",
      "certificates.k8s.io/v1alpha1",
      "coordination.k8s.io/v1alpha2", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1",
      "discovery.k8s.io/v1",
      "discovery.k8s.io/v1beta1", "events.k8s.io/v1", "events.k8s.io/v1beta1", "extensions/v1beta1",
      "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
      "flowcontrol.apiserver.k8s.io/v1beta2",
      "flowcontrol.apiserver.k8s.io/v1beta3", "networking.k8s.io/v1", "networking.k8s.io/v1beta1",
      "node.k8s.io/v1",
      "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1", "policy/v1", "policy/v1beta1",
      "rbac.authorization.k8s.io/v1",
      "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1", "resource.k8s.io/v1",
      "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3",
      "scheduling.k8s.io/v1alpha2",
      "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1", "storage.k8s.io/v1beta1", "storage.k8s.io/v1",
      "storage.k8s.io/v1alpha1", "storagemigration.k8s.io/v1beta1", "apiextensions.k8s.io/v1beta1",
      "apiextensions.k8s.io/v1",
    ])

  public func has(_ version: String) -> Bool { versions.contains(version) }

  public var goTypeName: String { "common.VersionSet" }
  public var goKind: GoKind { .slice }
  public var sliceItems: [Value]? { versions.map { .string($0) } }

  public func member(named name: String) -> GoMember? {
    guard name == "Has" else { return nil }
    let versions = self.versions
    return .method(
      GoMethod(arity: 1, parameterTypes: ["string"]) { args in
        guard case .string(let s) = args[0] else { return .bool(false) }
        return .bool(versions.contains(s))
      })
  }

  public func formatted(plus: Bool, sharp: Bool) -> String {
    if sharp { return "common.VersionSet{" + versions.map { "\"\($0)\"" }.joined(separator: ", ") + "}" }
    return "[" + versions.joined(separator: " ") + "]"
  }
}

/// `.Capabilities.HelmVersion` (Go type `version.BuildInfo`).
public struct HelmBuildInfo: GoStructObject, GoJSONEncodable, Equatable {
  public var version: String
  public var gitCommit: String
  public var gitTreeState: String
  public var goVersion: String
  public var kubeClientVersion: String

  /// What the Helm SDK build that chartc targets reports (see the conformance README).
  public static let chartc = HelmBuildInfo(
    version: "v4.2", gitCommit: "", gitTreeState: "", goVersion: "go1.26.6", kubeClientVersion: "v1.36")

  public var goTypeName: String { "version.BuildInfo" }
  public var goKind: GoKind { .struct }

  public var goFields: [(name: String, value: Value)] {
    [
      ("Version", .string(version)), ("GitCommit", .string(gitCommit)),
      ("GitTreeState", .string(gitTreeState)),
      ("GoVersion", .string(goVersion)), ("KubeClientVersion", .string(kubeClientVersion)),
    ]
  }

  public func formatted(plus: Bool, sharp: Bool) -> String {
    if plus {
      return
        "{Version:\(version) GitCommit:\(gitCommit) GitTreeState:\(gitTreeState) GoVersion:\(goVersion) KubeClientVersion:\(kubeClientVersion)}"
    }
    return "{\(version) \(gitCommit) \(gitTreeState) \(goVersion) \(kubeClientVersion)}"
  }

  public func goJSONValue() -> Value {
    var fields: [(String, Value)] = [("version", .string(version))]
    if !gitCommit.isEmpty { fields.append(("git_commit", .string(gitCommit))) }
    if !gitTreeState.isEmpty { fields.append(("git_tree_state", .string(gitTreeState))) }
    fields += [("go_version", .string(goVersion)), ("kube_client_version", .string(kubeClientVersion))]
    return .map(.structFields(fields, goTypeName: goTypeName))
  }
}
