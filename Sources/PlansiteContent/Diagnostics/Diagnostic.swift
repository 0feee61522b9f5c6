/// How bad a problem is: an error stops the build, a warning does not.
public enum Severity: String, Sendable, Comparable {
  case error
  case warning

  /// The word printed before the message (`lỗi`, `cảnh báo`).
  public var label: String { self == .error ? "lỗi" : "cảnh báo" }

  public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// A position in a content file, as users count it: 1-based line, 1-based column in characters.
public struct SourceLocation: Hashable, Sendable, Comparable {
  public var path: String
  public var line: Int
  public var column: Int

  public init(path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    self.line = line
    self.column = column
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.path, a.line, a.column) < (b.path, b.line, b.column)
  }
}

/// One problem found in the content or templates; printed by the command, never by the library.
public struct Diagnostic: Hashable, Sendable {
  public var severity: Severity
  public var code: DiagnosticCode
  public var location: SourceLocation?
  public var message: String
  /// The offending source line, for the caret display.
  public var sourceLine: String?

  public init(
    _ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation?, _ message: String,
    sourceLine: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.location = location
    self.message = message
    self.sourceLine = sourceLine
  }
}

/// Collects diagnostics from every stage; knows whether the build may go on.
public struct Diagnostics: Sendable {
  public private(set) var all: [Diagnostic] = []

  public init() {}

  public var hasErrors: Bool { all.contains { $0.severity == .error } }
  public var errorCount: Int { all.count { $0.severity == .error } }
  public var warningCount: Int { all.count { $0.severity == .warning } }

  public mutating func append(_ d: Diagnostic) { all.append(d) }
  public mutating func append(contentsOf other: Diagnostics) { all += other.all }

  public mutating func error(
    _ code: DiagnosticCode, at location: SourceLocation?, _ message: String, line: String? = nil
  ) {
    all.append(Diagnostic(.error, code, at: location, message, sourceLine: line))
  }

  public mutating func warning(
    _ code: DiagnosticCode, at location: SourceLocation?, _ message: String, line: String? = nil
  ) {
    all.append(Diagnostic(.warning, code, at: location, message, sourceLine: line))
  }

  /// Sorted by file, line and column; diagnostics without a place come first.
  public var sorted: [Diagnostic] {
    all.enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?): return x == y ? a.offset < b.offset : x < y
      }
    }.map(\.element)
  }
}

/// Thrown when loading cannot go on; the diagnostics say why.
public struct ContentError: Error, Sendable {
  public let diagnostics: Diagnostics
  public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }
}
