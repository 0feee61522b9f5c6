import PlansiteContent
import PlansiteMarkdown

/// The parts of a unit's `report.md` that the consolidated report gathers, found by heading text
/// with case, diacritics and leading numbering ("II.", "3.", "a)") ignored, as the district
/// guide says: "## Khó khăn, vướng mắc", "### 2. KHÓ KHĂN, HẠN CHẾ" and "## Kho khan" all match.
public enum ReportSectionKind: String, Sendable, CaseIterable {
  case highlights = "ket-qua"
  case difficulties = "kho-khan"
  case proposals = "kien-nghi"

  /// Slugs a heading may start with (whole words), after its numbering. Not words shown to
  /// readers: what a title must begin with, folded as `Slug.make` folds it.
  var keys: [String] {
    switch self {
    case .highlights: return ["ket-qua", "hoat-dong-noi-bat", "cac-hoat-dong-noi-bat"]
    case .difficulties: return ["kho-khan", "han-che", "ton-tai"]
    case .proposals: return ["kien-nghi", "de-xuat"]
    }
  }

  /// The heading a unit should add, for diagnostics.
  var suggestedHeading: String {
    switch self {
    case .highlights: return "Kết quả nổi bật"
    case .difficulties: return "Khó khăn, vướng mắc"
    case .proposals: return "Kiến nghị, đề xuất"
    }
  }

  /// The kind a heading names, if any.
  static func of(title: String) -> ReportSectionKind? {
    var words = Slug.make(title).split(separator: "-")
    // Numbering before the words: "ii", "3", "a" (a single letter only when more follows).
    while let first = words.first, words.count > 1,
      first.allSatisfy(\.isNumber) || first.allSatisfy({ "ivxlc".contains($0) }) || first.count == 1
    {
      words.removeFirst()
    }
    let slug = words.joined(separator: "-")
    return allCases.first { kind in kind.keys.contains { slug == $0 || slug.hasPrefix($0 + "-") } }
  }
}

/// A unit's report split into the gathered kinds.
struct UnitReportSections {
  /// Each kind's sections in document order (a unit may write one in two places).
  var sections: [ReportSectionKind: [MarkdownSection]] = [:]

  init(narrative: String) {
    var insideLevel: Int?
    for section in MarkdownSections.split(narrative) {
      if let level = insideLevel {
        // A matching section's sub-sections are already part of it.
        if section.level > level { continue }
        insideLevel = nil
      }
      guard let kind = ReportSectionKind.of(title: section.title) else { continue }
      sections[kind, default: []].append(section)
      insideLevel = section.level
    }
  }

  /// The sections of `kind` that hold something.
  func filled(_ kind: ReportSectionKind) -> [MarkdownSection] {
    (sections[kind] ?? []).filter { !$0.isEmpty }
  }
}

/// `check` warns (PS053) when a unit's report lacks a section the consolidated report gathers,
/// or has its heading with nothing under it: the Department's draft would silently miss it.
enum ReportSectionCheck {
  static func diagnostics(narrative: String, path: String) -> Diagnostics {
    var diags = Diagnostics()
    let found = UnitReportSections(narrative: narrative)
    for kind in ReportSectionKind.allCases {
      let sections = found.sections[kind] ?? []
      if sections.isEmpty {
        diags.warning(
          .reportSection, at: SourceLocation(path: path, line: 1, column: 1),
          "báo cáo chưa có mục \"\(kind.suggestedHeading)\" mà báo cáo tổng hợp của Sở lấy về; thêm đề mục \"## \(kind.suggestedHeading)\" và viết nội dung bên dưới"
        )
      } else if sections.allSatisfy(\.isEmpty), let first = sections.first {
        diags.warning(
          .reportSection, at: SourceLocation(path: path, line: first.line, column: 1),
          "mục \"\(first.title)\" chưa có nội dung; viết nội dung dưới đề mục (báo cáo tổng hợp ghi đơn vị chưa báo cáo mục này)"
        )
      }
    }
    return diags
  }
}
