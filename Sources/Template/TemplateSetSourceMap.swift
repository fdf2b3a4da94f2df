import Values

extension TemplateSet {
  /// `execute(name:data:)` that also returns the source map of the output: which template
  /// file and line wrote each stretch of it (`chartc render --validate` names the template
  /// line of an invalid field with it). The output is the same as `execute`'s.
  public func executeRecordingSourceMap(name: String, data: Value) throws -> (
    output: String, sourceMap: TemplateSourceMap
  ) {
    let executor = Executor(
      namespace: namespace, functions: functions, setName: self.name, maxDepth: maxDepth)
    executor.sourceMap = TemplateSourceMap()
    let output = try LargeStack.run(stackSize: executionStackSize) {
      try executor.executeTemplate(named: name, data: data)
    }
    return (output, executor.sourceMap ?? TemplateSourceMap())
  }
}
