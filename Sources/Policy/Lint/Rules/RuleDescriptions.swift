import Checking

/// The catalogue entry of every object rule chartc ships: id, default severity, why it
/// exists and how to fix what it finds, as `docs/lint-rules.md` lists them. Each rule names
/// its entry; rules made from a parameter (`ResourceRules`, `ProbeRules.missing`) make theirs.
extension LintRuleDescription {
  static let duplicateKey = LintRuleDescription(
    id: "duplicate-key", severity: .error,
    rationale:
      "YAML decoders used by Helm and kubectl keep the last of two equal keys, so the first value is silently lost.",
    fix:
      "Write each key once: remove the duplicate or merge the two sources (e.g. `merge` the dicts before `toYaml`)."
  )
  static let duplicateResource = LintRuleDescription(
    id: "duplicate-resource", severity: .error,
    rationale:
      "Two objects with one identity cannot both exist: the install fails or one silently overwrites the other.",
    fix:
      "Give each object a distinct name (include the component in `fullname`), or render it once.")
  static let floatExponent = LintRuleDescription(
    id: "float-exponent", severity: .error,
    rationale:
      "Helm reads every values-file number as float64 and Go prints large ones as 1e+06, which Kubernetes and most programs reject or misread.",
    fix:
      "Print the number with `int` (`{{ .Values.x | int }}`) or `printf \"%d\"`, or quote it in values as a string."
  )
  static let fmtError = LintRuleDescription(
    id: "fmt-error", severity: .error,
    rationale:
      "Go's printf prints its errors into the text (`%!d(string=x)`) instead of failing, so a wrong verb or argument count renders silently.",
    fix:
      "Match printf's verbs to its arguments (`%s` for strings, `%d` for ints) and their number.")
  static let noValue = LintRuleDescription(
    id: "no-value", severity: .error,
    rationale:
      "A value the template expected was missing; Helm printed `<no value>` or `<nil>` in its place without an error.",
    fix:
      "Set the value, give it a `default`, or make it `required`; check the key's spelling and scope (`$` inside `range`/`with`)."
  )
  static let crdCapabilitiesGuard = LintRuleDescription(
    id: "crd-capabilities-guard", severity: .warning,
    rationale:
      "On a cluster without the CRD the whole install fails with \"no matches for kind\"; a Capabilities check renders the object only where it can exist.",
    fix:
      "Wrap the object in `{{- if .Capabilities.APIVersions.Has \"group/version/Kind\" }}` (or ship the CRD in crds/)."
  )
  static let deprecatedApi = LintRuleDescription(
    id: "deprecated-api", severity: .error,
    rationale:
      "A removed API version fails the install on the target cluster; a deprecated one fails on a later upgrade.",
    fix:
      "Move the object to the replacement apiVersion named in the finding (mind the fields it renamed).")
  static let hpaTargetMissing = LintRuleDescription(
    id: "hpa-target-missing", severity: .error,
    rationale:
      "An autoscaler whose target does not exist scales nothing and reports FailedGetScale forever.",
    fix:
      "Point scaleTargetRef at the workload's kind, apiVersion and rendered name (use the same `fullname` helper)."
  )
  static let ingressBackendMissing = LintRuleDescription(
    id: "ingress-backend-missing", severity: .error,
    rationale:
      "An Ingress path whose backend Service or port does not exist answers 503 for every request.",
    fix:
      "Name a rendered Service and one of its ports (by `port.number` or `port.name`).")
  static let meshPortProtocol = LintRuleDescription(
    id: "mesh-port-protocol", severity: .warning,
    rationale:
      "The sidecar picks a port's protocol from its name or appProtocol: an unnamed port falls back to sniffing, and a database or gRPC port named http is parsed as HTTP/1.1 and breaks.",
    fix:
      "Name the port `<protocol>[-suffix]` (`tcp-mysql`, `grpc`, `http-web`) or set `appProtocol` (tcp, grpc, http, mysql, redis...)."
  )
  static let missingReference = LintRuleDescription(
    id: "missing-reference", severity: .error,
    rationale:
      "A pod that mounts or reads a ConfigMap, Secret, claim or service account that does not exist never starts.",
    fix:
      "Render the object, mark the reference `optional: true`, or declare it external in the lint configuration."
  )
  static let pdbBlocksEviction = LintRuleDescription(
    id: "pdb-blocks-eviction", severity: .error,
    rationale:
      "A budget that allows no disruption blocks every node drain and cluster upgrade until someone deletes it.",
    fix:
      "Set minAvailable below the replica count (or maxUnavailable to 1 or more).")
  static let portMismatch = LintRuleDescription(
    id: "port-mismatch", severity: .error,
    rationale:
      "A Service whose target port no selected container declares sends traffic nowhere (a named port that is not declared never resolves).",
    fix:
      "Make targetPort name or number one of the selected containers' `ports` (declare the port on the container)."
  )
  static let rwoShared = LintRuleDescription(
    id: "rwo-shared", severity: .error,
    rationale:
      "A ReadWriteOnce volume attaches to one node: extra replicas or a second workload scheduled elsewhere hang in ContainerCreating.",
    fix:
      "Use a ReadWriteMany storage class, a StatefulSet volumeClaimTemplate per replica, or one replica that owns the claim."
  )
  static let selectorMatchesHook = LintRuleDescription(
    id: "selector-matches-hook", severity: .warning,
    rationale:
      "Hook and test pods that carry the workload's selector labels receive Service traffic and count against its disruption budget.",
    fix:
      "Give hook and test pods their own labels (no shared selector labels), or add a component label to the selector."
  )
  static let selectorNoMatch = LintRuleDescription(
    id: "selector-no-match", severity: .warning,
    rationale:
      "A selector that matches nothing leaves a Service without endpoints, a budget or policy without effect, a monitor without targets.",
    fix:
      "Use the same selector labels as the pod template (one `selectorLabels` helper for both).")
  static let pdbMissing = LintRuleDescription(
    id: "pdb-missing", severity: .warning,
    rationale:
      "Without a PodDisruptionBudget a node drain may evict every replica at once.",
    fix:
      "Render a PodDisruptionBudget (maxUnavailable: 1) selecting the workload's pods.")
  static let replicasSpreadMissing = LintRuleDescription(
    id: "replicas-spread-missing", severity: .warning,
    rationale:
      "Replicas without anti-affinity or topology spread may all land on one node or zone and fail together.",
    fix:
      "Add `topologySpreadConstraints` (or a preferred podAntiAffinity) on kubernetes.io/hostname or the zone."
  )
  static let replicasWithHpa = LintRuleDescription(
    id: "replicas-with-hpa", severity: .warning,
    rationale:
      "With an autoscaler, a `replicas` field makes every upgrade reset the workload to that count.",
    fix:
      "Leave `spec.replicas` out when an autoscaler is enabled (`{{- if not .Values.autoscaling.enabled }}`)."
  )
  static let workloadSelectorMismatch = LintRuleDescription(
    id: "workload-selector-mismatch", severity: .error,
    rationale:
      "The API server rejects a workload whose selector does not match its own pod template labels.",
    fix:
      "Build `spec.selector.matchLabels` and the template labels from one `selectorLabels` helper.")
  static let statefulsetServiceName = LintRuleDescription(
    id: "statefulset-service-name", severity: .warning,
    rationale:
      "A StatefulSet's serviceName must name a headless Service for its pods to get stable DNS names.",
    fix:
      "Render a Service with `clusterIP: None` selecting the pods, and name it in `serviceName`.")
  static let cronjobStartingDeadline = LintRuleDescription(
    id: "cronjob-starting-deadline", severity: .info,
    rationale:
      "Without startingDeadlineSeconds a CronJob that missed 100 schedules (controller down) stops being scheduled.",
    fix:
      "Set `spec.startingDeadlineSeconds` on the CronJob.")
  static let hostPathVolume = LintRuleDescription(
    id: "host-path-volume", severity: .warning,
    rationale:
      "A hostPath volume reads or writes the node's file system and ties the pod to one node.",
    fix:
      "Use a PersistentVolumeClaim, emptyDir, ConfigMap or CSI volume instead of hostPath.")
  static let containerRuntimeSocket = LintRuleDescription(
    id: "container-runtime-socket", severity: .error,
    rationale:
      "The container runtime's socket gives full control of every container on the node.",
    fix:
      "Do not mount docker.sock / containerd.sock / crio.sock; use the Kubernetes API or a build tool without a daemon."
  )
  static let hostPort = LintRuleDescription(
    id: "host-port", severity: .warning,
    rationale:
      "A hostPort binds the node's port: one pod per node, and the port bypasses Services and NetworkPolicies.",
    fix:
      "Remove `hostPort`; expose the port through a Service.")
  static let imageTagMissing = LintRuleDescription(
    id: "image-tag-missing", severity: .warning,
    rationale:
      "An image without a tag or digest means `:latest`, with the same drift.",
    fix:
      "Give the image a version tag (or a digest).")
  static let imagePullPolicy = LintRuleDescription(
    id: "image-pull-policy", severity: .warning,
    rationale:
      "A mutable tag (latest or none) pulled IfNotPresent or Never runs whatever version each node cached first.",
    fix:
      "Pin the tag, or set `imagePullPolicy: Always` for mutable tags.")
  static let latestTag = LintRuleDescription(
    id: "latest-tag", severity: .warning,
    rationale:
      "`:latest` changes under the release: two pods of one Deployment can run different code and a rollback restores nothing.",
    fix:
      "Pin a version tag (or a digest) in values, also for images named in configuration files.")
  static let networkPolicyCoverage = LintRuleDescription(
    id: "network-policy-coverage", severity: .warning,
    rationale:
      "A pod that no NetworkPolicy selects accepts traffic from every pod of the cluster.",
    fix:
      "Render NetworkPolicies for the namespace (a default deny plus the allowed flows) selecting every pod.")
  static let nodeportService = LintRuleDescription(
    id: "nodeport-service", severity: .warning,
    rationale:
      "A NodePort opens the port on every node of the cluster, outside NetworkPolicies and load balancer controls.",
    fix:
      "Use a ClusterIP Service behind an Ingress or a LoadBalancer.")
  static let loadbalancerSourceRanges = LintRuleDescription(
    id: "loadbalancer-source-ranges", severity: .warning,
    rationale:
      "A LoadBalancer without source ranges is open to the whole internet.",
    fix:
      "Set `loadBalancerSourceRanges` (or make the load balancer internal with the provider's annotation).")
  static let ingressTlsMissing = LintRuleDescription(
    id: "ingress-tls-missing", severity: .warning,
    rationale:
      "An Ingress without TLS serves its hosts in clear text.",
    fix:
      "Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue it).")
  static let privilegedPort = LintRuleDescription(
    id: "privileged-port", severity: .info,
    rationale:
      "Binding a port below 1024 needs root or NET_BIND_SERVICE inside the container.",
    fix:
      "Listen on a port of 1024 or more and map it in the Service (`port: 80`, `targetPort: 8080`).")
  static let sshPort = LintRuleDescription(
    id: "ssh-port", severity: .warning,
    rationale:
      "An SSH server in a container is a second way in that bypasses the cluster's access control.",
    fix:
      "Remove the SSH port; use `kubectl exec` or a debug container.")
  static let identicalProbes = LintRuleDescription(
    id: "identical-probes", severity: .warning,
    rationale:
      "A liveness probe identical to the readiness probe restarts a container that is only busy, turning load into an outage.",
    fix:
      "Make the liveness probe more lenient (a cheaper endpoint, a higher failureThreshold) or drop it.")
  static let probePortMismatch = LintRuleDescription(
    id: "probe-port-mismatch", severity: .error,
    rationale:
      "A probe on a port name the container does not declare never succeeds; the pod never becomes ready or restarts forever.",
    fix:
      "Probe one of the container's declared ports (by its name or number).")
  static let prometheusAdminApi = LintRuleDescription(
    id: "prometheus-admin-api", severity: .warning,
    rationale:
      "Prometheus' lifecycle and admin endpoints are unauthenticated: anyone who reaches the port can shut it down or delete its data.",
    fix:
      "Drop `--web.enable-lifecycle` / `--web.enable-admin-api` (reload with a config-reloader signal instead), or restrict the port with a NetworkPolicy."
  )
  static let wildcardRbac = LintRuleDescription(
    id: "wildcard-rbac", severity: .warning,
    rationale:
      "A `*` in verbs or resources grants what exists today and whatever is added later.",
    fix:
      "List the verbs and resources the workload needs.")
  static let rbacEscalation = LintRuleDescription(
    id: "rbac-escalation", severity: .warning,
    rationale:
      "escalate, bind and impersonate, approving certificates or writing admission webhooks let a subject grant itself any permission.",
    fix:
      "Drop the verb, or restrict it with `resourceNames` to the roles, signers or webhook configurations the workload manages."
  )
  static let clusterSecretAccess = LintRuleDescription(
    id: "cluster-secret-access", severity: .error,
    rationale:
      "Reading or writing Secrets across the whole cluster exposes every credential of every namespace.",
    fix:
      "Grant Secret access with a Role (or a RoleBinding of the ClusterRole) in the namespaces that need it, and restrict `resourceNames`."
  )
  static let podExecAccess = LintRuleDescription(
    id: "pod-exec-access", severity: .warning,
    rationale:
      "pods/exec and pods/attach run commands inside other pods, with their service accounts and secrets.",
    fix:
      "Remove pods/exec and pods/attach from the role unless the workload is a debugging tool.")
  static let clusterAdminBinding = LintRuleDescription(
    id: "cluster-admin-binding", severity: .error,
    rationale:
      "Binding cluster-admin gives the subject every permission on the cluster.",
    fix:
      "Bind a role with the permissions the subject needs instead of cluster-admin.")
  static let requestsExceedLimits = LintRuleDescription(
    id: "requests-exceed-limits", severity: .error,
    rationale:
      "The API server rejects a pod whose request is larger than its limit, so the workload never starts.",
    fix:
      "Raise the limit to at least the request (or lower the request).")
  static let envSecretLiteral = LintRuleDescription(
    id: "env-secret-literal", severity: .error,
    rationale:
      "A credential written as a literal env value is readable by anyone who can read the workload, and lands in Git and the release history.",
    fix:
      "Put the value in a Secret and use `valueFrom.secretKeyRef`.")
  static let configmapSensitiveKey = LintRuleDescription(
    id: "configmap-sensitive-key", severity: .warning,
    rationale:
      "ConfigMaps are not access-controlled as Secrets are; a password in one is readable by every reader of the namespace.",
    fix:
      "Move the value to a Secret.")
  static let duplicateEnvVar = LintRuleDescription(
    id: "duplicate-env-var", severity: .warning,
    rationale:
      "Of two env entries with one name the last wins silently; the first one is dead configuration.",
    fix:
      "Keep one entry per name (check values merged from several sources).")
  static let runAsNonRoot = LintRuleDescription(
    id: "run-as-non-root", severity: .warning,
    rationale:
      "A container running as root turns any escape or file-system bug into root on the node's mounts.",
    fix:
      "Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (pod or container level).")
  static let readOnlyRootFs = LintRuleDescription(
    id: "read-only-root-fs", severity: .warning,
    rationale:
      "A writable root file system lets an intruder change the container's binaries and configuration.",
    fix:
      "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the program writes.")
  static let privilegeEscalation = LintRuleDescription(
    id: "privilege-escalation", severity: .warning,
    rationale:
      "allowPrivilegeEscalation lets a process gain more privileges than its parent (setuid binaries).",
    fix:
      "Set `securityContext.allowPrivilegeEscalation: false`.")
  static let privilegedContainer = LintRuleDescription(
    id: "privileged-container", severity: .error,
    rationale:
      "A privileged container has every capability and device of the node: it is root on the node.",
    fix:
      "Remove `privileged: true`; grant the one capability the program needs instead.")
  static let capabilitiesDropAll = LintRuleDescription(
    id: "capabilities-drop-all", severity: .warning,
    rationale:
      "Containers keep a default set of Linux capabilities (NET_RAW among them) unless they drop them.",
    fix:
      "Set `securityContext.capabilities.drop: [ALL]` and add back only what is needed.")
  static let dangerousCapabilities = LintRuleDescription(
    id: "dangerous-capabilities", severity: .error,
    rationale:
      "Capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE let a container act on the node or other containers.",
    fix:
      "Remove the capability from `capabilities.add`; find a narrower one or move the work out of the pod.")
  static let seccompProfileMissing = LintRuleDescription(
    id: "seccomp-profile-missing", severity: .info,
    rationale:
      "Without a seccomp profile a container may call every system call of the kernel.",
    fix:
      "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod.")
  static let unmaskedProcMount = LintRuleDescription(
    id: "unmasked-proc-mount", severity: .error,
    rationale:
      "procMount Unmasked exposes the host's /proc paths that the runtime normally masks.",
    fix:
      "Remove `procMount: Unmasked` (use the Default).")
  static let apparmorUnconfined = LintRuleDescription(
    id: "apparmor-unconfined", severity: .error,
    rationale:
      "An Unconfined AppArmor profile removes the runtime's default mandatory access control.",
    fix:
      "Use `appArmorProfile.type: RuntimeDefault` (or a Localhost profile).")
  static let serviceAccountTokenAutomount = LintRuleDescription(
    id: "service-account-token-automount", severity: .warning,
    rationale:
      "A pod that does not call the Kubernetes API still gets a token; whoever breaks in can use it.",
    fix:
      "Set `automountServiceAccountToken: false` on the pod or its ServiceAccount (keep it only where RBAC is bound)."
  )
  static let defaultServiceAccount = LintRuleDescription(
    id: "default-service-account", severity: .info,
    rationale:
      "Pods on the namespace's default service account share its permissions with every other such pod.",
    fix:
      "Render a ServiceAccount for the workload and set `serviceAccountName`.")
  static let deprecatedServiceAccountField = LintRuleDescription(
    id: "deprecated-service-account-field", severity: .warning,
    rationale:
      "`serviceAccount` is a deprecated alias of `serviceAccountName`; tools that read only the new field miss it.",
    fix:
      "Write `serviceAccountName` instead of `serviceAccount`.")
  static let unsafeSysctls = LintRuleDescription(
    id: "unsafe-sysctls", severity: .error,
    rationale:
      "Unsafe sysctls affect the whole node and are refused by the kubelet unless an administrator allows them.",
    fix:
      "Drop the sysctl, or tune the node instead of the pod.")
  static let resourceQuota = LintRuleDescription(
    id: "resource-quota", severity: .error,
    rationale:
      "Quota admission refuses pods beyond a ResourceQuota, or pods whose containers lack a request or limit it tracks.",
    fix:
      "Lower replicas or resources, raise the quota, or give every container the requests and limits the quota tracks."
  )
}
