import ArgumentParser
import Foundation
import PlansiteCLI

/// The executable is only this: behaviour lives in PlansiteCLI and the libraries below it.
@main
enum Entry {
  static func main() async {
    do {
      var command = try Plansite.parseAsRoot()
      if var async = command as? AsyncParsableCommand {
        try await async.run()
      } else {
        try command.run()
      }
    } catch {
      // Usage errors exit 2 as DESIGN.md promises (ArgumentParser's default is 64).
      let code = Plansite.exitCode(for: error)
      if code.rawValue == 64 {
        FileHandle.standardError.write(Data((Plansite.fullMessage(for: error) + "\n").utf8))
        exit(2)
      }
      Plansite.exit(withError: error)
    }
  }
}
