/// Every object rule chartc ships.
public enum LintRules {
  public static var all: [any LintRule] {
    traps + acrossResources + practice
  }

  /// Traps Helm renders without a word.
  public static var traps: [any LintRule] {
    [
      floatExponent, noValue, fmtError, YAMLReinterpretedRule(), duplicateKey, DuplicateResourceRule(),
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
      + RBACRules.all + NetworkRules.all + SecretExposureRules.all + SysctlRules.all + [
        PrometheusAdminAPIRule()
      ]
  }

  /// The rule with `id`, if chartc ships one.
  public static func rule(id: String) -> (any LintRule)? {
    all.first { $0.id == id }
  }
}
