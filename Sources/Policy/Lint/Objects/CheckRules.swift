import Checking

/// A problem a check found: what, and the JSON pointer of the field concerned.
struct Problem: Sendable {
  let message: String
  let pointer: String
  init(_ message: String, at pointer: String) {
    self.message = message
    self.pointer = pointer
  }
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
struct ContainerCheck: LintRule {
  let id: String
  let severity: Severity
  let rationale: String
  let fix: String
  var scope = PodScope.all
  /// Whether init containers (that are not sidecars) are inspected.
  var initContainers = true
  let inspect: @Sendable (PodTemplate.Container, PodTemplate) -> [Problem]

  func check(_ release: RenderedRelease) -> [Finding] {
    ReleaseIndex.of(release).allPods.filter { $0.isIn(scope) }.flatMap { pod in
      (initContainers ? pod.containers : pod.runningContainers).flatMap { container in
        inspect(container, pod).map { finding($0.message, on: pod.object, at: $0.pointer) }
      }
    }
  }
}

/// A rule that inspects each pod in its scope, with the release's index at hand.
struct PodCheck: LintRule {
  let id: String
  let severity: Severity
  let rationale: String
  let fix: String
  var scope = PodScope.all
  let inspect: @Sendable (PodTemplate, ReleaseIndex) -> [Problem]

  func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    return index.allPods.filter { $0.isIn(scope) }.flatMap { pod in
      inspect(pod, index).map { finding($0.message, on: pod.object, at: $0.pointer) }
    }
  }
}

/// A rule that inspects each object of the given kinds (all kinds when empty).
struct ObjectCheck: LintRule {
  let id: String
  let severity: Severity
  let rationale: String
  let fix: String
  let kinds: Set<String>
  let inspect: @Sendable (RenderedObject, ReleaseIndex) -> [Problem]

  func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    return release.objects.filter { $0.readError == nil && (kinds.isEmpty || kinds.contains($0.kind)) }
      .flatMap {
        object in inspect(object, index).map { finding($0.message, on: object, at: $0.pointer) }
      }
  }
}
