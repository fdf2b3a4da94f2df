import Charts

/// Every function name a chart can call (builtins, Sprig, Helm).
enum ChartRendererFunctionNames {
  static let all: [String] = RenderEngine().allFunctionNames
}
