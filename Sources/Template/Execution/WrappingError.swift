/// An error whose Go text is its own words followed by the text of the error it wraps
/// (Go's `fmt.Errorf("...: %w", err)`). `goErrorText` writes a chain of them in one pass:
/// nested `include` and `tpl` failures wrap each other a thousand levels deep, and building
/// each level's text from the next one's would cost time and memory quadratic in the depth.
public protocol WrappingError: Error {
  /// The error's own words, up to where the wrapped error's text begins.
  var head: String { get }
  /// The wrapped error, whose text follows `head`; nil when `head` is the whole text.
  var wrapped: (any Error)? { get }
}
