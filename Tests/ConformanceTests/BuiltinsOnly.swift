import Template

/// Whether a template calls only Go's builtins (no Sprig or Helm function): the cases the
/// template-language figures of the foundation issue count.
enum BuiltinsOnly {
  static let sprigAndHelm: Set<String> = {
    var names = Set(ChartRendererFunctionNames.all)
    names.subtract(TemplateSet.builtinFunctionNames)
    return names
  }()

  static func check(_ text: String) -> Bool {
    var word = ""
    var inAction = false
    var previous: Character = " "
    for c in text {
      if previous == "{" && c == "{" { inAction = true }
      if previous == "}" && c == "}" { inAction = false }
      previous = c
      if !inAction { continue }
      if c.isLetter || c.isNumber || c == "_" || c == "." || c == "$" {
        word.append(c)
      } else {
        if sprigAndHelm.contains(word) { return false }
        word = ""
      }
    }
    return !sprigAndHelm.contains(word)
  }
}
