import Foundation
import Testing

/// The README cannot go stale: every `chartc …` and `make …` command in its shell code blocks
/// runs, from the package root with the built chartc first on the PATH, and must succeed
/// (or exit with the status its comment names: `# exit 1`). `make` runs with `SWIFT=true`
/// (the package is already built; a nested build would wait on this one), and targets that
/// build a release, install, or change the tree are only checked with `make -n`.
@Suite struct ReadmeTests {
  /// One command of a README code block.
  struct Command: CustomStringConvertible {
    var text: String
    var expectedStatus: Int32
    var line: Int
    var description: String { "README.md:\(line): \(text)" }
  }

  /// Make targets that are checked with `make -n` only (slow, or they write outside the run).
  static let dryRunTargets: Set<String> = [
    "release", "install", "uninstall", "dist", "test", "bench", "bench-validate", "schemas", "deps", "clean",
    "fuzz",
    "format", "golden",
  ]

  static func commands() throws -> [Command] {
    let text = try String(
      contentsOf: ChartcRun.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var commands: [Command] = []
    var inShellBlock = false
    var inBlock = false
    var pending: (String, Int)? = nil
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(rawLine)
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("```") {
        if inBlock {
          inBlock = false
          inShellBlock = false
        } else {
          inBlock = true
          let language = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
          inShellBlock = ["sh", "bash", "shell", "console", "sh-session"].contains(language)
        }
        continue
      }
      guard inShellBlock else { continue }
      var body = trimmed.hasPrefix("$ ") ? String(trimmed.dropFirst(2)) : trimmed
      if let (start, startLine) = pending {
        body = start + " " + body
        pending = nil
        if body.hasSuffix("\\") {
          pending = (String(body.dropLast()), startLine)
          continue
        }
        commands.append(Self.command(body, line: startLine))
        continue
      }
      guard body.hasPrefix("chartc ") || body == "chartc" || body.hasPrefix("make ") || body == "make" else {
        continue
      }
      if body.hasSuffix("\\") {
        pending = (String(body.dropLast()), index + 1)
        continue
      }
      commands.append(Self.command(body, line: index + 1))
    }
    return commands
  }

  /// Splits a trailing `# comment` (outside quotes) off and reads `# exit N` from it.
  static func command(_ text: String, line: Int) -> Command {
    var quote: Character? = nil
    var previous: Character = " "
    var cut = text.endIndex
    for i in text.indices {
      let c = text[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "'" || c == "\"" {
        quote = c
      } else if c == "#" && previous == " " {
        cut = i
        break
      }
      previous = c
    }
    let comment = text[cut...]
    var status: Int32 = 0
    if let range = comment.range(of: "exit ") {
      status = Int32(comment[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }
    return Command(
      text: text[..<cut].trimmingCharacters(in: .whitespaces), expectedStatus: status, line: line)
  }

  @Test func readmeShowsInstallAndCommands() throws {
    let commands = try Self.commands()
    #expect(commands.contains { $0.text.hasPrefix("make install") }, "the README shows no `make install`")
    #expect(commands.contains { $0.text.hasPrefix("chartc render") })
    #expect(commands.contains { $0.text.contains("--shard") })
  }

  @Test func everyReadmeCommandWorksAsShown() throws {
    for command in try Self.commands() {
      var text = command.text
      if text.hasPrefix("make") {
        let words = text.split(separator: " ").map(String.init)
        let target = words.dropFirst().first { !$0.contains("=") && !$0.hasPrefix("-") } ?? "all"
        text =
          Self.dryRunTargets.contains(target)
          ? "make -n " + words.dropFirst().joined(separator: " ") + " SWIFT=true"
          : text + " SWIFT=true"
      }
      let run = try ChartcRun.shell(text, in: ChartcRun.packageRoot)
      #expect(
        run.status == command.expectedStatus,
        "\(command): exit \(run.status), want \(command.expectedStatus)\n\(run.stderr.prefix(2000))")
      if command.expectedStatus == 0 {
        #expect(!run.stderr.contains("Error:"), "\(command): \(run.stderr.prefix(2000))")
      }
    }
  }
}
