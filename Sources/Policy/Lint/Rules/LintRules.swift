/// Every object rule chartc ships (filled by the rule registry).
public enum LintRules {
  public static var all: [any LintRule] { [] }
}
