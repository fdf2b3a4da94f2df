import Validation

/// Every object rule chartc ships.
public enum LintRules {
  /// Every rule, as the registry lists them (rules that read schemas without any).
  public static var all: [any LintRule] { all(registry: nil) }

  /// Every rule; the rules that read schemas read `registry`'s.
  public static func all(registry: SchemaRegistry?) -> [any LintRule] {
    traps(registry: registry) + acrossResources + practice
  }

  /// Traps Helm renders without a word.
  public static var traps: [any LintRule] { traps(registry: nil) }

  /// Traps Helm renders without a word; `yaml-reinterpreted` reads `registry`'s schemas.
  public static func traps(registry: SchemaRegistry?) -> [any LintRule] {
    [
      floatExponent, noValue, fmtError, YAMLReinterpretedRule(registry: registry), duplicateKey,
      DuplicateResourceRule(),
    ]
  }

  /// Rules across the objects of a release.
  public static var acrossResources: [any LintRule] {
    [
      selectorNoMatch, selectorMatchesHook, MissingReferenceRule(), portMismatch, pdbBlocksEviction,
      RWOSharedRule(), MeshPortProtocolRule(), hpaTargetMissing, ingressBackendMissing, deprecatedAPI,
      CRDCapabilitiesGuardRule(),
    ]
  }

  /// Cluster practice and security (the kube-linter / kube-score / Polaris class).
  public static var practice: [any LintRule] {
    ResourceRules.all + [requestsExceedLimits] + ProbeRules.all + SecurityContextRules.all
      + HostAccessRules.all + PortRules.all + ImageRules.all + AvailabilityRules.all + ServiceAccountRules.all
      + RBACRules.all + [RBACEscalationRule.rule] + NetworkRules.all + SecretExposureRules.all
      + SysctlRules.all + [
        PrometheusAdminAPIRule()
      ]
  }

  /// The rule with `id`, if chartc ships one (reading `registry`'s schemas where it reads any).
  public static func rule(id: String, registry: SchemaRegistry? = nil) -> (any LintRule)? {
    all(registry: registry).first { $0.id == id }
  }
}
