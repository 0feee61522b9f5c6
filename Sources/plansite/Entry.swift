import ArgumentParser
import Foundation
import PlansiteCLI

/// The executable is only this: behaviour lives in PlansiteCLI and the libraries below it.
@main
enum Entry {
  static func main() async {
    #if canImport(Glibc)
      // glibc raises its mmap threshold to the size of the largest block freed so far (up to
      // 32 MB), after which a 20 MB page lands in the heap and stays resident when freed: peak
      // memory kept every large page ever rendered. A fixed threshold keeps big buffers in
      // their own mappings, returned to the system as soon as they are freed.
      // (Glibc's module map leaves out malloc.h, hence dlsym; -3 is M_MMAP_THRESHOLD.)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
        _ = unsafeBitCast(sym, to: Mallopt.self)(-3, 1 << 20)
      }
    #endif
    let command: any ParsableCommand
    do {
      command = try Plansite.parseAsRoot()
    } catch {
      // Usage errors exit 2 as docs/content-format.md and the README promise (ArgumentParser's default is 64), in Vietnamese.
      if Plansite.exitCode(for: error).rawValue == 64 {
        FileHandle.standardError.write(Data((Plansite.usageMessage(for: error) + "\n").utf8))
        exit(2)
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
      if let message = failure.message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
      exit(failure.status)
    }
  }
}
