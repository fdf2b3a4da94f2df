/// An object holding a Go unsigned integer (`uint64` from `(*semver.Version).Major` and
/// friends): comparisons and Sprig's numeric casts read it through this protocol.
public protocol GoUnsignedInteger {
  var unsignedValue: UInt64 { get }
}
