import Checking
import Values

/// `mesh-port-protocol`: in a namespace with Istio sidecar injection (a rendered Namespace
/// labelled `istio-injection=enabled` or `istio.io/rev`, or pods with
/// `sidecar.istio.io/inject: "true"`), a Service port whose name or `appProtocol` does not
/// state its protocol as Istio's protocol selection reads it (`<protocol>[-<suffix>]`), or
/// anywhere in such a release (client sidecars read the protocol of every Service they
/// call) a port of a well-known non-HTTP service (MySQL 3306, Redis 6379, Kafka 9092,
/// Postgres 5432, Milvus gRPC 19530...) named just `http`. A port that states its protocol
/// explicitly (`appProtocol`, or a `<protocol>-<suffix>` name such as `http-web`) is taken at
/// its word: the well-known-port table is only a guess.
public struct MeshPortProtocolRule: CataloguedRule {
  public init() {}
  public let about = LintRuleDescription.meshPortProtocol

  /// Protocols Istio recognises in a port name prefix or `appProtocol`.
  static let protocols = [
    "http", "http2", "https", "tcp", "tls", "grpc", "grpc-web", "mongo", "mysql", "redis", "udp",
  ]
  /// Extra `appProtocol` values Istio understands.
  static let appProtocols = ["kubernetes.io/h2c", "kubernetes.io/ws", "kubernetes.io/wss", "h2c"]
  /// Ports of well-known services that do not speak HTTP/1.1, with the protocol to declare.
  static let knownPorts: [Int: (service: String, protocol: String)] = [
    3306: ("MySQL", "tcp or mysql"), 5432: ("PostgreSQL", "tcp"), 6379: ("Redis", "tcp or redis"),
    9092: ("Kafka", "tcp"), 9093: ("Kafka", "tcp"), 2181: ("ZooKeeper", "tcp"),
    27017: ("MongoDB", "tcp or mongo"),
    11211: ("Memcached", "tcp"), 5672: ("AMQP", "tcp"), 9042: ("Cassandra", "tcp"), 4222: ("NATS", "tcp"),
    1883: ("MQTT", "tcp"), 9300: ("Elasticsearch transport", "tcp"), 6650: ("Pulsar", "tcp"),
    2379: ("etcd gRPC", "grpc or tcp"), 2380: ("etcd peer", "tcp"), 19530: ("Milvus gRPC", "grpc"),
    50051: ("gRPC", "grpc"), 26257: ("CockroachDB", "tcp"),
  ]

  /// The protocol a port states, from `appProtocol` or its name; nil when it states none.
  static func statedProtocol(_ port: Value) -> String? {
    if let app = port.field("appProtocol")?.text?.lowercased(), !app.isEmpty {
      if protocols.contains(app) || appProtocols.contains(app) { return app }
    }
    guard let name = port.field("name")?.text?.lowercased() else { return nil }
    return protocols.sorted { $0.count > $1.count }.first { name == $0 || name.hasPrefix($0 + "-") }
  }

  public func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    let injected = Set(
      release.objects.filter { $0.kind == "Namespace" }.filter { ns in
        let labels = ns.value.field("metadata", "labels")?.stringMap ?? [:]
        return labels["istio-injection"] == "enabled" || labels["istio.io/rev"] != nil
      }.map(\.name))
    let meshInUse =
      !injected.isEmpty || (index.pods + index.hookPods).contains { Self.injectSetting($0) == "true" }
    guard meshInUse else { return [] }
    var out: [Finding] = []
    for service in release.releaseObjects where service.kind == "Service" && service.readError == nil {
      let pods =
        ReleaseIndex.serviceSelector(service).map { index.pods(in: service.namespace, matching: $0) } ?? []
      let optIn = pods.contains { Self.injectSetting($0) == "true" }
      let optOut = !pods.isEmpty && pods.allSatisfy { Self.injectSetting($0) == "false" }
      // the server's sidecar reads the ports of a Service in an injected namespace; the
      // clients' sidecars read every Service they call, so a wrong protocol matters anywhere
      let meshed = optIn || (injected.contains(service.namespace) && !optOut)
      for (i, port) in (service.value.field("spec", "ports")?.items ?? []).enumerated() {
        if port.field("protocol")?.text == "UDP" || port.field("protocol")?.text == "SCTP" { continue }
        let pointer = "/spec/ports/\(i)"
        let name = port.field("name")?.text ?? ""
        guard let stated = Self.statedProtocol(port) else {
          guard meshed else { continue }
          out.append(
            finding(
              "port \(port.field("port")?.text ?? "?")\(name.isEmpty ? " (unnamed)" : " named \"\(name)\"") does not state its protocol to the mesh",
              on: service, at: pointer + (name.isEmpty ? "" : "/name")))
          continue
        }
        guard stated == "http" || stated == "https" || stated == "http2" || stated == "grpc-web" else {
          continue
        }
        // an explicit protocol (an `appProtocol`, or a `<protocol>-<suffix>` name) wins over the
        // well-known-port guess: only a port named just `http` (or `grpc-web`...) is checked
        guard (port.field("appProtocol")?.text ?? "").isEmpty, name.lowercased() == stated else { continue }
        let numbers = [port.field("port")?.integer, port.field("targetPort")?.integer].compactMap { $0 }
        if let known = numbers.lazy.compactMap({ Self.knownPorts[$0] }).first,
          !(stated == "http2" && known.protocol.hasPrefix("grpc"))
        {
          out.append(
            finding(
              "port \(numbers[0]) (\(known.service)) is declared \(stated) but does not speak it; declare \(known.protocol)",
              on: service, at: pointer + "/name"))
        }
      }
    }
    return out
  }

  static func injectSetting(_ pod: PodTemplate) -> String? {
    pod.annotations["sidecar.istio.io/inject"] ?? pod.labels["sidecar.istio.io/inject"]
  }
}
