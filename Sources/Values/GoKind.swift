/// Go's `reflect.Kind`, spelled as `kindOf` prints it.
public enum GoKind: String, Sendable {
  case invalid, bool, int, int8, int16, int32, int64
  case uint, uint8, uint16, uint32, uint64, uintptr
  case float32, float64, complex64, complex128
  case array, chan, `func`, interface, map, ptr, slice, string, `struct`, unsafePointer
}
