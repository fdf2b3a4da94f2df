import Checking

/// The generated fields of one chart in one environment, as `chartc.yaml` names them.
public struct GeneratedFieldScope: Sendable {
  public var chart: String
  public var environment: String
  public var fields: [GeneratedField]

  public init(chart: String, environment: String, fields: [GeneratedField]) {
    self.chart = chart
    self.environment = environment
    self.fields = fields
  }
}
