import Checking

/// A problem a check found: what, the JSON pointer of the field concerned, and the
/// severity when it is not the rule's own.
struct Problem: Sendable {
  let message: String
  let pointer: String
  let severity: Severity?
  init(_ message: String, at pointer: String, severity: Severity? = nil) {
    self.message = message
    self.pointer = pointer
    self.severity = severity
  }
}

/// Which objects an object check looks at.
enum ObjectScope: Sendable {
  /// Every object: the release's, hooks and tests.
  case all
  /// The objects of the release proper (no hook or test).
  case release
}

/// What an object check reads of each object.
enum ObjectReading: Sendable {
  /// The decoded object; documents that do not decode are skipped.
  case values
  /// The document as written, also when it does not decode (text traps, apiVersion).
  case documents
}

/// Which pods a pod or container check looks at.
enum PodScope: Sendable {
  /// Every pod: workloads, Jobs, hooks and tests.
  case all
  /// Pods that keep running (no Job, CronJob, hook or test).
  case longRunning
}

extension PodTemplate {
  /// Whether the pod keeps running (not a Job, CronJob, hook or test).
  var isLongRunning: Bool {
    !object.isHook && object.kind != "Job" && object.kind != "CronJob"
  }

  func isIn(_ scope: PodScope) -> Bool { scope == .all || isLongRunning }
}

/// A rule that inspects each container of each pod in its scope.
struct ContainerCheck: CataloguedRule {
  let about: LintRuleDescription
  var scope = PodScope.all
  /// Whether init containers (that are not sidecars) are inspected.
  var initContainers = true
  let inspect: @Sendable (PodTemplate.Container, PodTemplate) -> [Problem]

  func check(_ release: RenderedRelease) -> [Finding] {
    ReleaseIndex.of(release).allPods.filter { $0.isIn(scope) }.flatMap { pod in
      (initContainers ? pod.containers : pod.runningContainers).flatMap { container in
        inspect(container, pod).map { finding($0, on: pod.object) }
      }
    }
  }
}

/// A rule that inspects each pod in its scope, with the release's index at hand.
struct PodCheck: CataloguedRule {
  let about: LintRuleDescription
  var scope = PodScope.all
  let inspect: @Sendable (PodTemplate, ReleaseIndex) -> [Problem]

  func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    return index.allPods.filter { $0.isIn(scope) }.flatMap { pod in
      inspect(pod, index).map { finding($0, on: pod.object) }
    }
  }
}

/// A rule that inspects each object of the given kinds (all kinds when empty) in its scope,
/// with the release's index at hand.
struct ObjectCheck: CataloguedRule {
  let about: LintRuleDescription
  var kinds: Set<String> = []
  var scope = ObjectScope.all
  var reads = ObjectReading.values
  let inspect: @Sendable (RenderedObject, ReleaseIndex) -> [Problem]

  func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    let objects = scope == .all ? release.objects : release.releaseObjects
    return objects.filter { object in
      (reads == .documents || object.readError == nil) && (kinds.isEmpty || kinds.contains(object.kind))
    }.flatMap { object in inspect(object, index).map { finding($0, on: object) } }
  }
}
