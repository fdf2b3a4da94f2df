/// Terminal styling for text reports: ANSI colours when enabled, plain text otherwise. The
/// command line decides whether it is enabled (`--color`, NO_COLOR, a terminal or not);
/// report renderers only ask it to paint.
public struct TextStyle: Sendable, Equatable {
  /// Whether escape sequences are written.
  public let isEnabled: Bool

  public init(enabled: Bool) { isEnabled = enabled }

  /// No colour at all.
  public static let plain = TextStyle(enabled: false)

  private func paint(_ text: String, _ code: String) -> String {
    isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  public func red(_ text: String) -> String { paint(text, "31") }
  public func green(_ text: String) -> String { paint(text, "32") }
  public func yellow(_ text: String) -> String { paint(text, "33") }
  public func blue(_ text: String) -> String { paint(text, "34") }
  public func cyan(_ text: String) -> String { paint(text, "36") }
  public func bold(_ text: String) -> String { paint(text, "1") }
  public func dim(_ text: String) -> String { paint(text, "2") }

  /// A severity label in its colour (errors red, warnings yellow, info blue).
  public func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: red(severity.rawValue)
    case .warning: yellow(severity.rawValue)
    case .info: blue(severity.rawValue)
    }
  }
}
