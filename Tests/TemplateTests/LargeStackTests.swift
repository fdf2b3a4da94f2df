import Foundation
import Testing

@testable import Template

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `LargeStack`: work runs on a thread with the stack it asks for, nested work stays on that
/// thread, and results and errors come back to the caller.
@Suite struct LargeStackTests {
  struct Refusal: Error, Equatable { let code: Int }

  @Test func runsOnAThreadWithTheLargeStack() throws {
    let outer = LargeStack.currentStackSize
    let inner = try LargeStack.run { LargeStack.currentStackSize }
    #expect(inner >= LargeStack.fallbackSizes(for: LargeStack.defaultSize).last!)
    #expect(inner > outer)
  }

  @Test func nestedWorkStaysOnTheSameThread() throws {
    let threads = try LargeStack.run { () -> (UInt, UInt, Int, Int) in
      let outer = UInt(bitPattern: Int(bitPattern: pthread_self()))
      let outerSize = LargeStack.currentStackSize
      let (inner, innerSize) = try LargeStack.run {
        (UInt(bitPattern: Int(bitPattern: pthread_self())), LargeStack.currentStackSize)
      }
      return (outer, inner, outerSize, innerSize)
    }
    #expect(threads.0 == threads.1)
    #expect(threads.2 == threads.3)
  }

  @Test func aSmallerRequestInsideALargeStackRunsInPlace() throws {
    let same = try LargeStack.run {
      let outer = UInt(bitPattern: Int(bitPattern: pthread_self()))
      return try LargeStack.run(stackSize: 64 << 20) {
        UInt(bitPattern: Int(bitPattern: pthread_self())) == outer
      }
    }
    #expect(same)
  }

  @Test func resultsAndErrorsComeBack() throws {
    #expect(try LargeStack.run { 6 * 7 } == 42)
    #expect(throws: Refusal(code: 7)) { try LargeStack.run { () throws -> Int in throw Refusal(code: 7) } }
    #expect(throws: Refusal(code: 8)) {
      try LargeStack.run { try LargeStack.run { () throws -> Int in throw Refusal(code: 8) } }
    }
  }
}
