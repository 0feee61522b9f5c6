import Foundation
import PlansiteContent

/// Prints diagnostics to standard error: `path:line:col: lỗi: message [PS012]`, the source line
/// with a caret, and a closing count; or GitHub Actions annotations.
struct DiagnosticPrinter {
  enum Format: String, CaseIterable { case text, github }

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
      out += "\(diags.errorCount) lỗi, \(diags.warningCount) cảnh báo\n"
    }
    return out
  }

  func print(_ diags: Diagnostics) {
    let s = render(diags)
    if !s.isEmpty { FileHandle.standardError.write(Data(s.utf8)) }
  }

  func text(_ d: Diagnostic) -> String {
    var place = ""
    if let l = d.location {
      place = l.path
      if l.line > 0 { place += ":\(l.line):\(max(l.column, 1))" }
      place += ": "
    }
    var s = "\(place)\(d.severity.label): \(d.message) [\(d.code.id)]\n"
    if let line = d.sourceLine, let l = d.location, l.line > 0 {
      s += "  \(line)\n"
      let pad = line.prefix(max(0, l.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
      s += "  \(pad)^\n"
    }
    return s
  }

  /// `::error file=…,line=…,col=…,title=PS012::message`
  func github(_ d: Diagnostic) -> String {
    let kind = d.severity == .error ? "error" : "warning"
    var props: [String] = []
    if let l = d.location {
      props.append("file=\(escapeProperty(l.path))")
      if l.line > 0 { props += ["line=\(l.line)", "col=\(max(l.column, 1))"] }
    }
    props.append("title=\(d.code.id)")
    return "::\(kind) \(props.joined(separator: ","))::\(escapeData(d.message))\n"
  }

  func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
