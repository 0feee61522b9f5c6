import ArgumentParser
import Foundation
import PlansiteContent

/// Prints diagnostics to standard error: `path:line:col: lỗi: message [PS012]`, the source line
/// with a caret, and a closing count; or GitHub Actions annotations. Every word from a diagnostic
/// passes through `DisplayText` here, in both formats: control characters from content are shown
/// escaped (`\u{1B}`), a long source line as a window around the caret, a long message cut.
/// The preview's error page (`ErrorPage`) shows the same parts (`shown`), HTML-escaped.
struct DiagnosticPrinter {
  enum Format: String, CaseIterable, ExpressibleByArgument { case text, github }

  /// A diagnostic's parts as the terminal and the browser show them.
  struct Shown {
    /// `path:line:col`, or `path`, or "" without a place.
    var place: String
    var message: String
    /// The source line and the padding that puts a caret under the column.
    var source: (text: String, pad: String)?
  }

  var format: Format = .text

  func render(_ diags: Diagnostics) -> String {
    var out = ""
    for d in diags.sorted {
      switch format {
      case .text: out += text(d)
      case .github: out += github(d)
      }
    }
    if format == .text && !diags.all.isEmpty {
      out += DiagnosticPrinter.summary(diags) + "\n"
    }
    return out
  }

  /// `2 lỗi, 1 cảnh báo`
  static func summary(_ diags: Diagnostics) -> String {
    "\(diags.errorCount) lỗi, \(diags.warningCount) cảnh báo"
  }

  func shown(_ d: Diagnostic) -> Shown {
    var place = ""
    var source: (text: String, pad: String)?
    if let l = d.location {
      place = DisplayText.escaped(l.path)
      if l.line > 0 { place += ":\(l.line):\(max(l.column, 1))" }
      if let line = d.sourceLine, l.line > 0 { source = DisplayText.sourceLine(line, column: max(l.column, 1)) }
    }
    return Shown(place: place, message: message(d), source: source)
  }

  func print(_ diags: Diagnostics) {
    let s = render(diags)
    if !s.isEmpty { FileHandle.standardError.write(Data(s.utf8)) }
  }

  func text(_ d: Diagnostic) -> String {
    let shown = shown(d)
    let place = shown.place.isEmpty ? "" : shown.place + ": "
    var s = "\(place)\(d.severity.label): \(shown.message) [\(d.code.id)]\n"
    if let source = shown.source {
      s += "  \(source.text)\n"
      s += "  \(source.pad)^\n"
    }
    return s
  }

  /// Every word printed from a diagnostic goes through here or `DisplayText.escaped`: content
  /// (a key, a value, a folder name) cannot put a control character on the terminal.
  func message(_ d: Diagnostic) -> String {
    DisplayText.shortened(DisplayText.escaped(d.message))
  }

  /// `::error file=…,line=…,col=…,title=PS012::message`
  func github(_ d: Diagnostic) -> String {
    let kind = d.severity == .error ? "error" : "warning"
    var props: [String] = []
    if let l = d.location {
      props.append("file=\(escapeProperty(DisplayText.escaped(l.path)))")
      if l.line > 0 { props += ["line=\(l.line)", "col=\(max(l.column, 1))"] }
    }
    props.append("title=\(d.code.id)")
    return "::\(kind) \(props.joined(separator: ","))::\(escapeData(message(d)))\n"
  }

  func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
