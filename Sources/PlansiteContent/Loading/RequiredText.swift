import Yams

extension YAMLReader {
  /// A name, title or label a page shows as a heading or link text: blank (or only spaces)
  /// would print an empty heading or link, so it is reported like a missing one.
  func text(_ node: Node?, _ what: String) -> String? {
    guard let node, let s = string(node, what) else { return nil }
    if s.allSatisfy(\.isWhitespace) {
      error(.blankName, node, "\(what) để trống; hãy viết \(what) (trang web hiện nội dung này làm tiêu đề)")
      return nil
    }
    return s
  }
}
