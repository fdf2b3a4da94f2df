import Charts
import Checking
import Foundation
import Policy
import Testing

/// Fixture charts under `Data/budget/`, each with a passing and a failing variant (a budget
/// environment or a values file). Every expected figure is worked out by hand in the test.
struct BudgetFixtureTests {
  static let root = Bundle.module.resourceURL!.appendingPathComponent("Data/budget")

  static func report(_ fixture: String, env: String, values: [String] = []) throws -> BudgetReport {
    let dir = root.appendingPathComponent(fixture)
    var request = RenderRequest(chartPath: dir.path)
    request.releaseName = "fx"
    request.namespace = "apps"
    request.valueFiles = values.map { dir.appendingPathComponent($0).path }
    let release = try CheckingPipeline().render(request)
    let file = try BudgetFile.load(dir.appendingPathComponent("budgets.yaml").path)
    let (settings, limits) = try file.budget(for: env)
    return try BudgetCheck.evaluate(
      release, chart: fixture, environment: env, settings: settings, limits: limits)
  }

  static func q(_ text: String) -> Quantity {
    do { return try Quantity(text) } catch { return Quantity(-999_999) }
  }

  /// `name` of `list`, zero when absent.
  static func at(_ list: ResourceList, _ name: String) -> Quantity { list[name] ?? .zero }

  static func violated(_ report: BudgetReport) -> [String] {
    report.violations.map { "\($0.source) \($0.namespace) \($0.resource)" }
  }

  @Test func initContainersLargerThanTheApp() throws {
    let pass = try Self.report("init-containers", env: "pass")
    // per pod: max(app 250m+250m, init 1) = 1 CPU; max(256Mi+256Mi, 1Gi) = 1Gi
    // steady 2 replicas; peak 2 + ceil(25% of 2) = 3
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("2"))
    #expect(Self.at(pass.totals.steady, "requests.memory") == Self.q("2Gi"))
    #expect(Self.at(pass.totals.peak, "requests.cpu") == Self.q("3"))
    #expect(Self.at(pass.totals.peak, "requests.memory") == Self.q("3Gi"))
    #expect(Self.at(pass.totals.peak, "pods") == Self.q("3"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("init-containers", env: "fail")
    #expect(Self.violated(fail) == ["budget * requests.cpu"])
    #expect(fail.violations.first?.used == Self.q("3"))
    #expect(fail.violations.first?.top.map(\.name) == ["api"])
  }

  @Test func restartableSidecarsAddToTheAppAndToLaterInitContainers() throws {
    let pass = try Self.report("restartable-sidecars", env: "pass")
    // sidecar-first: app 500m + sidecar 200m = 700m; setup runs beside the sidecar: 1 + 200m = 1200m -> 1200m
    // sidecar-last: setup runs alone: 1; app + sidecar 700m -> 1
    // memory: first max(256Mi+64Mi, 128Mi+64Mi) = 320Mi; last max(320Mi, 128Mi) = 320Mi
    let first = try #require(pass.items.first { $0.object.name == "sidecar-first" }?.perPod)
    let last = try #require(pass.items.first { $0.object.name == "sidecar-last" }?.perPod)
    #expect(Self.at(first.requests, "cpu") == Self.q("1200m"))
    #expect(Self.at(last.requests, "cpu") == Self.q("1"))
    #expect(Self.at(first.requests, "memory") == Self.q("320Mi"))
    #expect(Self.at(pass.totals.peak, "requests.cpu") == Self.q("2200m"))
    #expect(Self.at(pass.totals.peak, "requests.memory") == Self.q("640Mi"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("restartable-sidecars", env: "fail")
    #expect(Self.violated(fail) == ["budget * requests.cpu"])
    #expect(fail.violations.first?.top.map(\.name) == ["sidecar-first", "sidecar-last"])
  }

  @Test func podOverheadFromTheBudgetFileAndRenderedRuntimeClasses() throws {
    let pass = try Self.report("overhead", env: "pass")
    // sandboxed (kata, budget file): (500m + 250m) x 2 = 1500m; (512Mi + 160Mi) x 2 = 1344Mi
    // limits (1 + 250m) x 2 = 2500m; (1Gi + 160Mi) x 2 = 2368Mi
    // probe (gvisor, rendered RuntimeClass): 100m + 100m = 200m; 64Mi + 64Mi = 128Mi; no limits,
    // so no overhead on limits (overhead is added only to the limits a pod has)
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("1700m"))
    #expect(Self.at(pass.totals.steady, "requests.memory") == Self.q("1472Mi"))
    #expect(Self.at(pass.totals.steady, "limits.cpu") == Self.q("2500m"))
    #expect(Self.at(pass.totals.steady, "limits.memory") == Self.q("2368Mi"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("overhead", env: "fail")
    #expect(Self.violated(fail) == ["budget * requests.cpu"])
    #expect(fail.violations.first?.top.map(\.amount) == [Self.q("1500m"), Self.q("200m")])
  }

  @Test func limitRangeDefaultsFillMissingValues() throws {
    let pass = try Self.report("limitrange-defaults", env: "pass")
    // web (rendered LimitRange): bare gets 100m/128Mi requests, 500m/256Mi limits;
    // capped: cpu limit 1 is also its request, memory from the defaults 128Mi/256Mi
    // per pod requests 1100m / 256Mi, limits 1500m / 512Mi; x 3 replicas
    // tool in `other` (budget-file LimitRange default cpu 200m): 200m request and limit
    #expect(Self.at(pass.namespaces["apps"]!.steady, "requests.cpu") == Self.q("3300m"))
    #expect(Self.at(pass.namespaces["apps"]!.steady, "limits.memory") == Self.q("1536Mi"))
    #expect(Self.at(pass.namespaces["other"]!.steady, "requests.cpu") == Self.q("200m"))
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("3500m"))
    #expect(Self.at(pass.totals.steady, "limits.cpu") == Self.q("4700m"))
    #expect(Self.at(pass.totals.steady, "requests.memory") == Self.q("768Mi"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("limitrange-defaults", env: "fail")
    #expect(Self.violated(fail) == ["budget * limits.cpu"])
    #expect(fail.violations.first?.used == Self.q("4700m"))
  }

  @Test func aContainerMissingALimitUnderAQuotaIsRejected() throws {
    let pass = try Self.report("missing-request", env: "default")
    // 2 replicas x 250m = 500m of the quota's 4; 2 x 512Mi = 1Gi of 4Gi
    #expect(pass.violations.isEmpty)
    let quota = pass.limits.filter { $0.source == "ResourceQuota/apps/compute" }
    #expect(quota.map(\.resource) == ["limits.memory", "requests.cpu"])
    #expect(quota.map(\.used) == [Self.q("1Gi"), Self.q("500m")])
    let fail = try Self.report("missing-request", env: "default", values: ["values-fail.yaml"])
    #expect(Self.violated(fail) == ["ResourceQuota/apps/compute apps limits.memory"])
    #expect(
      fail.violations.first?.rejection
        == "failed quota: compute: Deployment/worker: must specify limits.memory for: worker")
  }

  @Test func hpaAndScaledObjectGiveTheSteadyStateAndThePeak() throws {
    let pass = try Self.report("hpa-scaledobject", env: "pass")
    // api: HPA 2..6, peak 6 + ceil(25% of 6) = 8 pods; worker: ScaledObject 1..10, maxSurge 0
    // steady 2 x 250m + 1 x 100m = 600m; peak 8 x 250m + 10 x 100m = 3
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("600m"))
    #expect(Self.at(pass.totals.peak, "requests.cpu") == Self.q("3"))
    #expect(Self.at(pass.totals.steady, "requests.memory") == Self.q("640Mi"))
    #expect(Self.at(pass.totals.peak, "requests.memory") == Self.q("3328Mi"))
    #expect(Self.at(pass.totals.steady, "pods") == Self.q("3"))
    #expect(Self.at(pass.totals.peak, "pods") == Self.q("18"))
    // count/pods counts the workloads' pods too
    #expect(Self.at(pass.totals.peak, "count/pods") == Self.q("18"))
    #expect(pass.violations.isEmpty)
    #expect(try Self.report("hpa-scaledobject", env: "steady").violations.isEmpty)
    let fail = try Self.report("hpa-scaledobject", env: "fail")
    #expect(Self.violated(fail) == ["budget * requests.cpu"])
    #expect(fail.violations.first?.top.map(\.amount) == [Self.q("2"), Self.q("1")])
  }

  @Test func rollingUpdateSurgeAddsToThePeak() throws {
    let pass = try Self.report("surge", env: "pass")
    // fixed 4 + 1, defaulted 3 + ceil(0.75) = 4, percent 10 + ceil(30% of 10) = 13,
    // recreated 2, StatefulSet db 3 (no surge): steady 22 pods, peak 27 pods, 100m each
    #expect(Self.at(pass.totals.steady, "pods") == Self.q("22"))
    #expect(Self.at(pass.totals.peak, "pods") == Self.q("27"))
    #expect(Self.at(pass.totals.peak, "requests.cpu") == Self.q("2700m"))
    #expect(pass.items.first { $0.object.name == "percent" }?.scaling == "10 replicas + surge 3")
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("surge", env: "fail")
    #expect(Self.violated(fail) == ["budget * requests.cpu"])
    #expect(fail.violations.first?.top.first?.name == "percent")
  }

  @Test func statefulSetClaimsCountPerReplica() throws {
    let pass = try Self.report("statefulset-claims", env: "pass")
    // 3 replicas x (data 20Gi fast-ssd + logs 5Gi default class standard) + shared 10Gi standard
    #expect(Self.at(pass.totals.steady, "persistentvolumeclaims") == Self.q("7"))
    #expect(Self.at(pass.totals.steady, "count/persistentvolumeclaims") == Self.q("7"))
    #expect(Self.at(pass.totals.steady, "requests.storage") == Self.q("85Gi"))
    #expect(
      Self.at(pass.totals.steady, "fast-ssd.storageclass.storage.k8s.io/requests.storage") == Self.q("60Gi"))
    #expect(
      Self.at(pass.totals.steady, "standard.storageclass.storage.k8s.io/requests.storage") == Self.q("25Gi"))
    #expect(
      Self.at(pass.totals.steady, "standard.storageclass.storage.k8s.io/persistentvolumeclaims")
        == Self.q("4"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("statefulset-claims", env: "fail")
    #expect(Self.violated(fail) == ["budget * persistentvolumeclaims"])
    #expect(fail.violations.first?.top.map(\.amount) == [Self.q("6"), Self.q("1")])
  }

  @Test func daemonSetsRunOnEveryNode() throws {
    let pass = try Self.report("daemonset-nodes", env: "pass")
    // 5 nodes x 200m = 1 CPU steady; surge ceil(20% of 5) = 1 -> 6 pods, 1200m, 1536Mi
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("1"))
    #expect(Self.at(pass.totals.peak, "requests.cpu") == Self.q("1200m"))
    #expect(Self.at(pass.totals.peak, "requests.memory") == Self.q("1536Mi"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("daemonset-nodes", env: "fail")
    // 8 nodes + ceil(1.6) = 10 pods: 2 CPU, 2560Mi
    #expect(Self.at(fail.totals.peak, "requests.cpu") == Self.q("2"))
    #expect(Self.violated(fail) == ["budget * requests.cpu", "budget * requests.memory"])
  }

  @Test func jobsAndCronJobsCountByParallelismAndConcurrency() throws {
    let pass = try Self.report("jobs-cronjobs", env: "pass")
    // capped min(4, 2) = 2, parallel 3, forbid 2 (peak 2), allow 1 (peak 2: runs may overlap)
    // steady 8 pods x 500m = 4; peak 9 x 500m = 4500m; the pre-install hook is apart
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("4"))
    #expect(Self.at(pass.totals.peak, "requests.cpu") == Self.q("4500m"))
    #expect(pass.uncountedHooks.map(\.object.name) == ["migrate"])
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("jobs-cronjobs", env: "fail")
    #expect(Self.at(fail.totals.peak, "requests.cpu") == Self.q("5500m"))
    #expect(Self.violated(fail) == ["budget * requests.cpu"])
    #expect(fail.violations.first?.top.first?.name == "parallel")
  }

  @Test func quotaScopesSelectThePodsTheyCount() throws {
    let pass = try Self.report("quota-scopes", env: "default")
    func used(_ r: BudgetReport, _ quota: String, _ resource: String) -> Quantity? {
      r.limits.first { $0.source == "ResourceQuota/apps/\(quota)" && $0.resource == resource }?.used
    }
    // best-effort: be (1 pod); not-best-effort: web 2 x 500m + batch 250m; high-priority: web only;
    // terminating: batch (activeDeadlineSeconds)
    #expect(used(pass, "best-effort", "pods") == Self.q("1"))
    #expect(used(pass, "not-best-effort", "requests.cpu") == Self.q("1250m"))
    #expect(used(pass, "high-priority", "requests.cpu") == Self.q("1"))
    #expect(used(pass, "high-priority", "pods") == Self.q("2"))
    #expect(used(pass, "terminating", "pods") == Self.q("1"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("quota-scopes", env: "default", values: ["values-fail.yaml"])
    #expect(used(fail, "not-best-effort", "requests.cpu") == Self.q("1750m"))
    #expect(
      Self.violated(fail) == [
        "ResourceQuota/apps/high-priority apps pods", "ResourceQuota/apps/high-priority apps requests.cpu",
      ])
  }

  @Test func perStorageClassQuotas() throws {
    let pass = try Self.report("storage-class-quota", env: "default")
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("storage-class-quota", env: "default", values: ["values-fail.yaml"])
    // fast-ssd: a 50Gi + b 40Gi + d 20Gi = 110Gi in 3 claims; standard 200Gi; all 310Gi
    #expect(
      Self.violated(fail) == [
        "ResourceQuota/apps/storage apps fast-ssd.storageclass.storage.k8s.io/persistentvolumeclaims",
        "ResourceQuota/apps/storage apps fast-ssd.storageclass.storage.k8s.io/requests.storage",
      ])
    #expect(fail.violations.last?.used == Self.q("110Gi"))
    #expect(Self.at(fail.totals.steady, "requests.storage") == Self.q("310Gi"))
    #expect(fail.violations.last?.top.map(\.name) == ["a", "b", "d"])
  }

  @Test func injectedSidecarsJoinPodsOfLabelledNamespaces() throws {
    let pass = try Self.report("injected-sidecars", env: "pass")
    // mesh: a (2 x (200m + 100m proxy)), b opted out 100m -> 700m requests;
    //       limits 2 x (500m + 2) + 100m = 5100m; memory requests 2 x 384Mi + 128Mi = 896Mi
    // rev (istio.io/rev): c 100m + proxy 50m (proxyCPU annotation) = 150m; limits 200m + 2 = 2200m
    // plain: d 100m, no sidecar, no limits
    let mesh = try #require(pass.namespaces["mesh"])
    #expect(Self.at(mesh.steady, "requests.cpu") == Self.q("700m"))
    #expect(Self.at(mesh.steady, "limits.cpu") == Self.q("5100m"))
    #expect(Self.at(mesh.steady, "requests.memory") == Self.q("896Mi"))
    #expect(Self.at(pass.namespaces["rev"]!.steady, "requests.cpu") == Self.q("150m"))
    #expect(Self.at(pass.namespaces["rev"]!.steady, "limits.cpu") == Self.q("2200m"))
    #expect(Self.at(pass.namespaces["plain"]!.steady, "requests.cpu") == Self.q("100m"))
    #expect(Self.at(pass.totals.steady, "requests.cpu") == Self.q("950m"))
    #expect(Self.at(pass.totals.steady, "limits.cpu") == Self.q("7300m"))
    #expect(pass.violations.isEmpty)
    let fail = try Self.report("injected-sidecars", env: "fail")
    #expect(Self.violated(fail) == ["budget * limits.cpu"])
    #expect(fail.violations.first?.top.map(\.name) == ["a", "c", "b"])
  }
}

/// The quota check as the lint rule `resource-quota`: findings at the quota's template lines.
struct ResourceQuotaRuleTests {
  static func release(_ fixture: String, values: [String]) throws -> RenderedRelease {
    let dir = BudgetFixtureTests.root.appendingPathComponent(fixture)
    var request = RenderRequest(chartPath: dir.path)
    request.namespace = "apps"
    request.valueFiles = values.map { dir.appendingPathComponent($0).path }
    return try CheckingPipeline().render(request)
  }

  @Test func findsExceededQuotasAtTheirTemplateLines() throws {
    #expect(ResourceQuotaRule().check(try Self.release("quota-scopes", values: [])).isEmpty)
    let findings = ResourceQuotaRule().check(try Self.release("quota-scopes", values: ["values-fail.yaml"]))
    // high-priority counts web's 3 pods x 500m: pods 3 > 2, requests.cpu 1500m > 1
    #expect(
      findings.map(\.message) == [
        "pods 3 exceeds the quota's 2 (most: Deployment/web 3)",
        "requests.cpu 1500m exceeds the quota's 1 (most: Deployment/web 1500m)",
      ])
    #expect(
      findings.map { $0.place?.description } == [
        "quota-scopes/templates/all.yaml:22", "quota-scopes/templates/all.yaml:22",
      ])
    #expect(findings.allSatisfy { $0.rule == "resource-quota" && $0.object?.name == "high-priority" })
  }

  @Test func reportsContainersAdmissionWouldReject() throws {
    let findings = ResourceQuotaRule().check(
      try Self.release("missing-request", values: ["values-fail.yaml"]))
    #expect(
      findings.map(\.message) == [
        "failed quota: compute: Deployment/worker: must specify limits.memory for: worker"
      ])
    #expect(findings.first?.path == "/spec/hard/limits.memory")
    #expect(findings.first?.place?.description == "missing-request/templates/all.yaml:8")
  }
}
