import Values

/// A TOML date-time decoded by `fromToml`: Go's `time.Time`, printed as
/// `1979-05-27 07:32:00 +0000 UTC` (offset date-times) or with BurntSushi's
/// `datetime-local`, `date-local` and `time-local` zones for the local forms.
struct TOMLDateTime: GoObject, GoJSONEncodable {
  /// `YYYY-MM-DD`, `HH:MM:SS`, optional fraction digits.
  let date: String
  let time: String
  let fraction: String
  /// Offset in `+hhmm` form and Go's zone name.
  let offset: String
  let zoneName: String

  var goTypeName: String { "time.Time" }
  var goKind: GoKind { .struct }

  func formatted(plus: Bool, sharp: Bool) -> String {
    let frac = fraction.isEmpty ? "" : "." + fraction
    return "\(date) \(time)\(frac) \(offset) \(zoneName)"
  }

  func goJSONValue() throws -> Value {
    .string(TOMLEncoder.rfc3339(fromGoTimeString: formatted(plus: false, sharp: false)))
  }
}
