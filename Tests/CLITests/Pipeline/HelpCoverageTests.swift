import Foundation
import Testing

/// Every command's help, reached each way, lists every option the command declares (read
/// from the fish completion script, which is written from the same declarations).
@Suite struct HelpCoverageTests {
  /// Each command's path and the spellings of its options, from the fish script's
  /// `complete -c chartc -n 'test (__chartc_command) = "chartc golden check"' -s o -l output …`.
  static func declaredOptions() throws -> [(path: [String], spellings: [String])] {
    let script = try ChartcRun.run(["--generate-completion-script", "fish"]).stdout
    var options: [String: [String]] = [:]
    var order: [String] = []
    for line in script.split(separator: "\n") where line.hasPrefix("complete -c chartc -n 'test") {
      guard let open = line.firstIndex(of: "\""),
        let close = line[line.index(after: open)...].firstIndex(of: "\"")
      else { continue }
      let path = String(line[line.index(after: open)..<close])
      if options[path] == nil { order.append(path) }
      let words = line[close...].split(separator: " ").map(String.init)
      var spellings = options[path] ?? []
      for (flag, word) in zip(words, words.dropFirst()) {
        if flag == "-l" { spellings.append("--" + word) }
        if flag == "-s" { spellings.append("-" + word) }
      }
      options[path] = spellings
    }
    return order.map { path in (path.split(separator: " ").dropFirst().map(String.init), options[path] ?? [])
    }
  }

  @Test func everyCommandsHelpListsEveryOption() throws {
    let commands = try Self.declaredOptions()
    #expect(commands.count >= 14, "\(commands.map(\.path))")
    for (path, spellings) in commands {
      let help = try ChartcRun.run(path + ["--help"])
      #expect(help.status == 0, "\(path)")
      #expect(help.stdout.contains("USAGE: "), "\(path)")
      for spelling in spellings {
        let listed =
          help.stdout.contains("  \(spelling) ") || help.stdout.contains("  \(spelling)\n")
          || help.stdout.contains(" \(spelling), ") || help.stdout.contains(", \(spelling) ")
          || help.stdout.contains(", \(spelling)\n")
        #expect(listed, "chartc \(path.joined(separator: " ")) --help does not list \(spelling)")
      }
      for other in [path + ["-h"], ["help"] + path] {
        let run = try ChartcRun.run(other)
        #expect(run.status == 0 && run.stdout == help.stdout, "chartc \(other.joined(separator: " "))")
      }
    }
  }
}
