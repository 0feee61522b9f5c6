import Dispatch
import Foundation
import PlansiteContent
import PlansiteMarkdown

/// What `Markdown.inspect` finds in the Markdown files (the plan's sections, `action-month.md`,
/// each unit's `report.md`), as diagnostics at the file's line and column: images from other
/// sites (a warning; pages show a link) and documents beyond `MarkdownLimits` (an error, so a
/// build never renders them). `check` runs it, and `build` through `check`.
enum MarkdownDiagnostics {
  static func check(_ content: Content) -> Diagnostics {
    let files =
      (content.sections.map { (path: $0.path, text: $0.markdown) }
      + [(content.actionMonth.narrativePath, content.actionMonth.narrative)]
      + content.districts.map { ($0.narrativePath, $0.narrative) }).filter { !$0.text.isEmpty }

    // Parsing runs one document at a time inside PlansiteMarkdown; the rest spreads over cores.
    let found = Mutex<[Int: [MarkdownIssue]]>([:])
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let issues = Markdown.inspect(files[index].text)
      if !issues.isEmpty { found.withLock { $0[index] = issues } }
    }
    var diagnostics = Diagnostics()
    for (index, issues) in found.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
      let lines = files[index].text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      var shown: [Int: String] = [:]  // one copy of a line however many issues it holds
      for issue in issues {
        let location = SourceLocation(path: files[index].path, line: issue.line, column: issue.column)
        var sourceLine: String?
        if issue.line <= lines.count {
          sourceLine = shown[issue.line] ?? String(Substring(lines[issue.line - 1]))
          shown[issue.line] = sourceLine
        }
        diagnostics.append(
          Diagnostic(
            issue.isError ? .error : .warning, code(issue.kind), at: location, message(issue.kind),
            sourceLine: sourceLine))
      }
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
