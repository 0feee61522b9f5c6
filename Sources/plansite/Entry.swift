import ArgumentParser
import CPlansiteSystem
import Foundation
import PlansiteCLI

/// The executable is only this: behaviour lives in PlansiteCLI and the libraries below it.
@main
enum Entry {
  static func main() async {
    // A fixed mmap threshold on glibc, so large pages are returned to the system when freed
    // (see CPlansiteSystem); nothing elsewhere.
    plansite_tune_malloc()
    let command: any ParsableCommand
    do {
      command = try Plansite.parseAsRoot()
    } catch {
      // Usage errors exit 2 as docs/content-format.md and the README promise (ArgumentParser's default is 64), in Vietnamese.
      if Plansite.exitCode(for: error).rawValue == 64 {
        FileHandle.standardError.write(Data((Plansite.usageMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usage)
      }
      Plansite.exit(withError: error)  // --help, --version
    }
    do {
      if var async = command as? AsyncParsableCommand {
        try await async.run()
      } else {
        var command = command
        try command.run()
      }
    } catch {
      // Help asked for through a command (`plansite check --help`, `plansite help check`).
      if Plansite.exitCode(for: error) == .success { Plansite.exit(withError: error) }
      let failure = Plansite.runFailure(error, command: type(of: command))
      if let message = failure.message, !message.isEmpty {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
      }
      exit(failure.status)
    }
  }
}
