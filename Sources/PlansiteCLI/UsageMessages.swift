import ArgumentParser
import Foundation
import PlansiteContent

/// swift-argument-parser's usage errors in Vietnamese. The library builds its messages in English
/// from internal types, so its text is translated sentence by sentence (pinned version, every
/// sentence it can say about plansite's options is in the table; DiagnosticFrontEndTests provokes
/// them).
/// A sentence not in the table is never shown in English: it becomes "không hiểu lệnh" with the
/// arguments it quoted.
extension Plansite {
  /// The whole message for a usage error from parsing: what is wrong, the option's help, the
  /// command's usage line and where to read more.
  public static func usageMessage(for error: any Error) -> String {
    let message = Plansite.message(for: error)
    var rest = Plansite.fullMessage(for: error)
    if let range = rest.range(of: message) { rest = String(rest[range.upperBound...]) }
    var lines = ["lỗi: " + translate(message)]
    for line in rest.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("Help:") {
        lines.append("Tùy chọn:" + line.dropFirst("Help:".count))
      } else if line.hasPrefix("Usage:") {
        lines.append("Cách dùng:" + line.dropFirst("Usage:".count))
      } else if let m = line.wholeMatch(of: /(\s*)See '(.+)' for more information\./) {
        lines.append("\(m.1)Xem '\(m.2)' để biết thêm.")
      } else if !line.hasPrefix("Error:") {
        lines.append(String(line))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// What to print (nothing when the command already said why) and the exit status, for an
  /// error a command threw while running: its diagnostics as `check` prints them, its own
  /// Vietnamese words with the command's usage for a wrong argument, the system's reason in
  /// Vietnamese (PS024) for anything else. The status always comes from `ExitStatus`.
  public static func runFailure(_ error: any Error, command: any ParsableCommand.Type) -> (
    message: String?, status: Int32
  ) {
    switch error {
    case let e as ExitCode:
      return (nil, e.rawValue)
    case let e as CommandFailure:
      return (DiagnosticPrinter().render(e.diagnostics), ExitStatus.of(e.diagnostics))
    case let e as ValidationError:
      let usage = usageString(for: command)
      // "plansite new district <name> […]" → "plansite new district".
      let path = usage.split(separator: " ").prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") }.joined(separator: " ")
      return ("lỗi: \(e.message)\nCách dùng: \(usage)\n  Xem '\(path) --help' để biết thêm.", ExitStatus.usage)
    case _ where exitCode(for: error) == .validationFailure:
      return (usageMessage(for: error), ExitStatus.usage)  // argument-parser's own, from `plansite help <command>`
    default:
      let failure = CommandFailure(.io, SystemError.text(error))
      return (DiagnosticPrinter().render(failure.diagnostics), ExitStatus.of(failure.diagnostics))
    }
  }

  static let subcommandNames = configuration.subcommands.map { $0._commandName }

  /// One of argument-parser's sentences (possibly several lines) in Vietnamese.
  static func translate(_ message: String) -> String {
    message.split(separator: "\n", omittingEmptySubsequences: false).map { translateLine(String($0)) }
      .joined(separator: "\n")
  }

  static func translateLine(_ line: String) -> String {
    var prefix = ""
    var text = Substring(line)
    if let m = line.wholeMatch(of: /(\s*or: )(.*)/) {
      prefix = m.1.replacingOccurrences(of: "or:", with: "hoặc:")
      text = m.2
    }
    return prefix + sentence(text)
  }

  static func sentence(_ text: Substring) -> String {
    if let m = text.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
      return "không có tùy chọn '\(m.1)'; có phải ý bạn là '\(m.2)'?"
    }
    if let m = text.wholeMatch(of: /Unknown option '(.+)'/) {
      return "không có tùy chọn '\(m.1)'"
    }
    if let m = text.wholeMatch(of: /Unexpected argument '(.+)'/) {
      let word = String(m.1)
      if let command = Suggestion.closest(to: word, in: subcommandNames) {
        return "không hiểu đối số '\(word)'; có phải ý bạn là lệnh '\(command)'?"
      }
      return "thừa đối số '\(word)'"
    }
    if let m = text.wholeMatch(of: /(\d+) unexpected arguments: (.+)/) {
      return "thừa \(m.1) đối số: \(m.2)"
    }
    if let m = text.wholeMatch(of: /Missing value for '(.+)'(?: in '(.+)')?/) {
      return "thiếu giá trị cho '\(m.1)'" + (m.2.map { " trong '\($0)'" } ?? "")
    }
    if let m = text.wholeMatch(of: /Missing expected argument '(.+)'/) {
      return "thiếu đối số '\(m.1)'"
    }
    if let m = text.wholeMatch(of: /Missing one of: (.+)/) {
      return "thiếu một trong các đối số: \(m.1)"
    }
    if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+?)'.*/.dotMatchesNewlines()) {
      // An option of a fixed set of values (`--format`) names them: "Please provide one of 'a' and 'b'."
      let choices = text.firstMatch(of: /Please provide one of (.+?)\.?$/).map {
        "; dùng một trong: " + $0.1.replacingOccurrences(of: " and ", with: " hoặc ")
      }
      return "giá trị '\(m.1)' không hợp lệ cho '\(m.2)'" + (choices ?? "")
    }
    if let m = text.wholeMatch(of: /The value '(.*)' is invalid\..*/.dotMatchesNewlines()) {
      return "giá trị '\(m.1)' không hợp lệ"
    }
    if let m = text.wholeMatch(of: /The option '(.+)' does not take any value, but '(.*)' was specified\./) {
      return "tùy chọn '\(m.1)' không nhận giá trị, nhưng được ghi '\(m.2)'"
    }
    if let m = text.wholeMatch(of: /Invalid option: (.+)/) {
      return "tùy chọn không hợp lệ: \(m.1)"
    }
    if text == "Missing required subcommand." {
      return "thiếu lệnh: dùng một trong \(subcommandNames.joined(separator: ", "))"
    }
    if text.wholeMatch(of: /Value to be set with .* had already been set with .*/) != nil {
      return "một tùy chọn được ghi hai lần; chỉ ghi một lần"
    }
    // Not a sentence of argument-parser: plansite's own words (a validation in Vietnamese).
    if !text.contains(where: { $0.isASCII && $0.isLetter }) || isVietnamese(text) { return String(text) }
    let quoted = text.matches(of: /'([^']*)'/).map { "'\($0.1)'" }
    return "không hiểu lệnh" + (quoted.isEmpty ? "" : ": " + quoted.joined(separator: ", "))
  }

  /// Whether a sentence is plansite's own: it holds a Vietnamese letter.
  static func isVietnamese(_ text: Substring) -> Bool {
    text.unicodeScalars.contains { $0.value >= 0xC0 && $0.value <= 0x1EF9 }
  }
}
