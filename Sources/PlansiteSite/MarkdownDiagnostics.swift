import Foundation
import PlansiteContent
import PlansiteMarkdown

/// What `Markdown.inspect` finds in the Markdown files (the plan's sections, `action-month.md`,
/// each unit's `report.md`), as diagnostics at the file's line and column: images from other
/// sites (a warning; pages show a link) and documents beyond `MarkdownLimits` (an error, so a
/// build never renders them). Loading runs it on each file as it is read, for `check` and
/// `build` (through `check`): an error elsewhere hides none of these.
enum MarkdownDiagnostics {
  /// The problems of one Markdown file; the loader calls it on each file as it reads it
  /// (`ContentLoader.load(inspectMarkdown:)`), on the cores that read the district folders.
  /// A unit's report is also checked for the sections the Department's report takes from it
  /// (`ReportSectionCheck`), once its Markdown has no error (a document beyond the limits is
  /// read only up to its first excess, so its sections are not known).
  @Sendable static func inspect(_ file: SourceFile, _ role: ContentLoader.MarkdownRole) -> Diagnostics {
    var diagnostics = Diagnostics()
    let issues = file.text.isEmpty ? [] : Markdown.inspect(file.text)
    var shown: [Int: String] = [:]  // one copy of a line however many issues it holds
    for issue in issues {
      let location = SourceLocation(path: file.path, line: issue.line, column: issue.column)
      var sourceLine: String?
      if issue.line <= file.lines.count {
        sourceLine = shown[issue.line] ?? String(file.lines[issue.line - 1])
        shown[issue.line] = sourceLine
      }
      diagnostics.append(
        Diagnostic(
          issue.isError ? .error : .warning, code(issue.kind), at: location, message(issue.kind),
          sourceLine: sourceLine))
    }
    if role == .unitReport, !diagnostics.hasErrors {
      diagnostics.append(contentsOf: ReportSectionCheck.diagnostics(narrative: file.text, path: file.path))
    }
    return diagnostics
  }

  static func code(_ kind: MarkdownIssue.Kind) -> DiagnosticCode {
    switch kind {
    case .remoteImage, .moreRemoteImages: .remoteImage
    case .tooManyTableColumns, .tooManyTableCells: .markdownTable
    case .nestedTooDeep: .markdownNesting
    case .tooManyParentheses, .crowdedParagraph: .markdownCost
    }
  }

  static func message(_ kind: MarkdownIssue.Kind) -> String {
    switch kind {
    case .remoteImage(let url):
      let shown = url.count > 80 ? url.prefix(79) + "…" : Substring(url)
      return "ảnh lấy từ trang khác (\(shown)): trang ngoại tuyến không tải ảnh này mà chỉ hiện liên kết tới nó; "
        + "hãy viết thành liên kết thường [mô tả](địa chỉ) hoặc bỏ ảnh"
    case .moreRemoteImages(let count):
      return
        "từ đây còn \(count) ảnh khác lấy từ trang khác (chỉ nêu riêng \(MarkdownLimits.maxReportedImages) ảnh đầu); "
        + "trang chỉ hiện liên kết tới chúng; hãy viết thành liên kết thường hoặc bỏ ảnh"
    case .tooManyTableColumns(let count):
      return "dòng có \(count) dấu | ngăn cột, quá \(MarkdownLimits.maxTableColumns + 1) (một bảng tối đa "
        + "\(MarkdownLimits.maxTableColumns) cột); hãy tách thành nhiều bảng hẹp hơn"
    case .tooManyTableCells:
      let cells = VietnameseFormat.number(Rational(MarkdownLimits.maxTableCells), places: 0)
      return "các bảng của tệp đến dòng này đã quá \(cells) ô (dòng thiếu cột cũng được thêm ô trống cho đủ cột); "
        + "hãy bớt cột hoặc bớt dòng của bảng"
    case .nestedTooDeep:
      return "trích dẫn (>), danh sách hoặc chú thích lồng nhau quá \(MarkdownLimits.maxNestingDepth) tầng "
        + "từ đây; hãy viết phẳng hơn"
    case .tooManyParentheses(let count):
      return "chuỗi ký tự liền (không có dấu cách) có \(count) dấu ), quá \(MarkdownLimits.maxParenthesesPerWord); "
        + "hãy thêm dấu cách hoặc bỏ bớt dấu )"
    case .crowdedParagraph(let marker, let first, let last):
      let block = first == last ? "dòng \(first)" : "đoạn từ dòng \(first) đến dòng \(last)"
      return "\(block) có quá nhiều \(marker) so với độ dài (mỗi \(marker) làm đọc lại cả đoạn); "
        + "hãy tách đoạn bằng một dòng trống hoặc bỏ bớt \(marker)"
    }
  }
}
