import Checking

/// The generated fields of one chart in one environment, as `chartc.yaml` names them.
public struct GeneratedFieldScope: Sendable {
  public var chart: String
  public var environment: String
  public var fields: [GeneratedField]

}
