import Yams

/// libyaml's problems in Vietnamese, each saying what to write instead, at the place that helps:
/// a bracket or quote left open is shown where it was opened, not where the file ends. A problem
/// not in the table gets a general Vietnamese message; libyaml's English never reaches a reader.
enum YAMLSyntaxMessage {
  static let generic = "YAML sai cú pháp ở đây; kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép"

  static func diagnostic(
    context: YamlError.Context?, problem: String, mark: Mark, in file: SourceFile
  ) -> Diagnostic {
    let contextText = context?.text ?? ""
    var code = DiagnosticCode.yamlSyntax
    var at = (line: mark.line, column: mark.column)
    let message: String
    switch problem {
    case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
      let (open, close, what) = problem.hasSuffix("']'") ? ("[", "]", "danh sách") : ("{", "}", "khối")
      if let opened = context?.mark, opened.line != mark.line {
        at = (opened.line, opened.column)
        message =
          "dấu \"\(open)\" mở ở đây chưa được đóng: thêm \"\(close)\" ở cuối \(what), trên cùng dòng (ví dụ \(open == "[" ? "[a, b]" : "{done: 3, of: 4}"))"
      } else {
        message =
          "thiếu dấu phẩy hoặc dấu \"\(close)\" ở đây: các mục trong \(open)…\(close) ngăn nhau bằng dấu phẩy; mục có dấu hai chấm hoặc dấu phẩy thì đặt trong ngoặc kép"
      }
    case "found unexpected end of stream" where contextText.contains("quoted scalar"),
      "found unexpected document indicator" where contextText.contains("quoted scalar"):
      if let opened = context?.mark { at = (opened.line, opened.column) }
      let quote = character(at: at, in: file) == "'" ? "'" : "\""
      message = "dấu ngoặc \(quote) mở ở đây chưa được đóng: thêm \(quote) ở cuối giá trị"
    case "could not find expected ':'":
      if let start = context?.mark { at = (start.line, start.column) }
      message = "dòng này thiếu dấu hai chấm sau khóa: viết \"khóa: giá trị\""
    case "mapping values are not allowed in this context", "found unexpected ':'":
      message =
        "dấu hai chấm ở đây làm giá trị bị hiểu thành một khóa mới: nếu giá trị có dấu hai chấm, đặt cả giá trị trong ngoặc kép (ví dụ title: \"Hội nghị: tổng kết\"); nếu đây là một khóa, thụt lề cho thẳng cột với các khóa cùng khối"
    case "did not find expected key":
      if isFirstOnItsLine(at, in: file) {
        message =
          "dòng này không thẳng cột với các khóa phía trên hoặc không có dạng \"khóa: giá trị\": các khóa cùng một khối phải thụt lề bằng cùng số dấu cách"
      } else {
        message =
          "ký tự thừa sau giá trị: xóa phần thừa; nếu nó thuộc giá trị, đặt cả giá trị trong ngoặc kép (giá trị có ngoặc kép bên trong thì dùng ngoặc đơn, ví dụ 'Trường \"Hoa Mai\"')"
      }
    case "found character that cannot start any token":
      let c = character(at: at, in: file) ?? " "
      if c == "\t" {
        code = .tabIndent
        message = "có phím Tab ở đây; YAML chỉ chấp nhận dấu cách: thay Tab bằng dấu cách"
      } else {
        let value = word(at: at, in: file, stoppingAt: " #")
        let example = value.count <= 40 && !value.contains("\"") ? value : "\(c)…"
        message = "giá trị không được bắt đầu bằng \"\(c)\": đặt cả giá trị trong ngoặc kép, ví dụ \"\(example)\""
      }
    case "found a tab character that violates indentation",
      "found a tab character where an indentation space is expected":
      code = .tabIndent
      message = "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách: thay mỗi Tab bằng 2 dấu cách"
    case "block sequence entries are not allowed in this context":
      message =
        "không mở danh sách \"- \" được ở đây: đặt các mục \"- \" ở những dòng riêng dưới khóa, thụt lề thêm 2 dấu cách"
    case "did not find expected '-' indicator":
      message =
        "dòng này thụt lề không khớp: trong một mục \"- \", các khóa thẳng cột với khóa đầu tiên sau \"- \"; mục mới bắt đầu bằng \"- \" thẳng cột với các mục trước"
    case "did not find expected node content":
      message = "thiếu giá trị ở đây: viết một giá trị, hoặc đặt cả giá trị trong ngoặc kép nếu nó bắt đầu bằng dấu câu"
    case "found unknown escape character", "found invalid Unicode character escape code",
      "did not find expected hexdecimal number":
      message =
        "trong ngoặc kép, dấu \\ phải đi với một mã hợp lệ (\\n, \\\", \\\\): muốn viết chính dấu \\ thì viết \\\\, hoặc đặt giá trị trong ngoặc đơn '…'"
    case "found undefined alias":
      message =
        "bí danh \"\(word(at: at, in: file, stoppingAt: " ,]}#"))\" chưa được khai báo; nội dung không dùng & và *: viết giá trị trực tiếp"
    case "but found another document":
      message = "tệp chỉ được có một khối YAML: xóa dòng \"---\" này cùng phần chép thừa phía sau"
    case "did not find expected <document start>":
      if let directive = file.lines.prefix(mark.line).firstIndex(where: { $0.hasPrefix("%") }) {
        at = (directive + 1, 1)
        message =
          "dòng bắt đầu bằng \"%\" là chỉ thị YAML, nội dung không dùng: xóa dòng này, hoặc đặt giá trị bắt đầu bằng % trong ngoặc kép"
      } else {
        message = "có nội dung sau dòng \"...\" (dòng kết thúc YAML): xóa dòng \"...\" hoặc phần phía sau"
      }
    case "mapping keys are not allowed in this context":
      message = "dấu \"?\" không đứng được ở đây: nếu giá trị bắt đầu bằng \"?\", đặt cả giá trị trong ngoặc kép"
    case "Maximum nesting level reached, set with yaml_set_max_nest_level())":
      code = .tooLarge
      message = YAMLDocument.tooDeepMessage
    default:
      if contextText.contains("directive") {
        at = (mark.line, 1)
        message =
          "dòng bắt đầu bằng \"%\" là chỉ thị YAML, nội dung không dùng: xóa dòng này, hoặc đặt giá trị bắt đầu bằng % trong ngoặc kép"
      } else if contextText.contains("tag") || contextText.contains("anchor") || contextText.contains("alias") {
        message =
          "nội dung không dùng thẻ (!) hay bí danh (&, *): nếu giá trị bắt đầu bằng !, & hoặc *, đặt cả giá trị trong ngoặc kép"
      } else if contextText.contains("block scalar") {
        message = "sau dấu | hoặc > chỉ được xuống dòng: viết nội dung ở các dòng sau, thụt lề thêm 2 dấu cách"
      } else {
        message = generic
      }
    }
    let loc = file.location(line: at.line, scalarColumn: at.column)
    return Diagnostic(.error, code, at: loc, message, sourceLine: file.line(loc.line))
  }

  /// The character a mark points at, if the mark is inside the file.
  static func character(at mark: (line: Int, column: Int), in file: SourceFile) -> Character? {
    guard let line = file.line(mark.line) else { return nil }
    let loc = file.location(line: mark.line, scalarColumn: mark.column)
    return line.dropFirst(loc.column - 1).first
  }

  /// The text from a mark to the end of its line or the first of `stops`, without trailing spaces.
  static func word(at mark: (line: Int, column: Int), in file: SourceFile, stoppingAt stops: String) -> String {
    guard let line = file.line(mark.line) else { return "" }
    let loc = file.location(line: mark.line, scalarColumn: mark.column)
    let rest = line.dropFirst(loc.column - 1)
    let word = rest.first.map { String($0) + rest.dropFirst().prefix { !stops.contains($0) } } ?? ""
    return YAMLReader.trimmed(word)
  }

  /// Whether only spaces (and "- ") come before the mark on its line.
  static func isFirstOnItsLine(_ mark: (line: Int, column: Int), in file: SourceFile) -> Bool {
    guard let line = file.line(mark.line) else { return true }
    let loc = file.location(line: mark.line, scalarColumn: mark.column)
    return line.prefix(loc.column - 1).allSatisfy { $0 == " " || $0 == "-" }
  }
}
