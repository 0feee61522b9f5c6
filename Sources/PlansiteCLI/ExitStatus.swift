import PlansiteContent

/// The one rule for plansite's exit status (README): 0 when nothing stops the command (warnings
/// allowed), 1 for errors in the content or templates, 2 for a wrong command line or an I/O
/// problem (a file that cannot be read or written, a target plansite refuses to replace).
public enum ExitStatus {
  /// A command line argument-parser refused (its usage message says why).
  public static let usage: Int32 = 2

  /// The codes of problems outside the content: a wrong argument, reading or writing, a refusal.
  static let usageOrIO: Set<DiagnosticCode> = [.usage, .io, .notOurs]

  public static func of(_ diags: Diagnostics) -> Int32 {
    guard diags.hasErrors else { return 0 }
    return diags.all.contains { $0.severity == .error && usageOrIO.contains($0.code) } ? usage : 1
  }
}

/// Why a command stopped once it was running: diagnostics, printed once (`Plansite.runFailure`)
/// by `DiagnosticPrinter` like `check`'s, the exit status from `ExitStatus`.
struct CommandFailure: Error {
  let diagnostics: Diagnostics

  init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

  /// One error, at `path` when it is about a file or folder.
  init(_ code: DiagnosticCode, at path: String? = nil, _ message: String) {
    var diags = Diagnostics()
    diags.error(code, at: path.map { SourceLocation(path: $0) }, message)
    self.init(diags)
  }
}
