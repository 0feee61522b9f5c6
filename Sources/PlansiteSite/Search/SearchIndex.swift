import Foundation
import PlansiteContent
import PlansiteMarkdown

/// One entry of the offline search index. `search/index.js` holds them as
/// `{"c": kind, "t": title, "u": url, "s": snippet, "k": key}`.
public struct SearchEntry: Sendable, Equatable {
  /// What the entry is, shown beside the result: "Đơn vị", "Chỉ tiêu", "Kế hoạch"…
  public var kind: String
  public var title: String
  /// Relative to the site root, with the heading's anchor: `districts/dinh-lap/index.html#bao-cao`.
  public var url: String
  /// At most `SearchText.snippetLimit` characters.
  public var snippet: String
  /// The searchable text folded by `SearchText.fold` (lowercase, no diacritics, đ → d, words
  /// separated by one space); `search.js` folds the query the same way and looks for it here.
  public var key: String

  init(kind: String, title: String, url: String, snippet: String, keyText: String) {
    self.kind = kind
    self.title = title
    self.url = url
    self.snippet = SearchText.snippet(snippet)
    self.key = SearchText.fold(keyText)
  }
}

/// The search index as the script `search/index.js`: browsers refuse `fetch` on `file://`, so the
/// search page loads the index with a `<script src>` tag instead.
public enum SearchIndex {
  public static let path = "search/index.js"

  /// `window.PLANSITE_SEARCH = [ … ];`, one entry a line, deterministic.
  public static func javaScript(_ entries: [SearchEntry]) -> String {
    var out = "// Chỉ mục tìm kiếm do plansite tạo ra; đừng sửa tay.\nwindow.PLANSITE_SEARCH = [\n"
    for (i, e) in entries.enumerated() {
      out += "{\"c\":\(json(e.kind)),\"t\":\(json(e.title)),\"u\":\(json(e.url)),\"s\":\(json(e.snippet)),\"k\":\(json(e.key))}"
      out += i + 1 < entries.count ? ",\n" : "\n"
    }
    return out + "];\n"
  }

  /// A JSON string literal that is also safe JavaScript (U+2028/2029 escaped, `</` broken).
  static func json(_ s: String) -> String {
    var out = "\""
    var previous: Unicode.Scalar = " "
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "/" where previous == "<": out += "\\/"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
      previous = u
    }
    return out + "\""
  }
}

/// Text helpers of the index: folding, snippets and the text of rendered Markdown.
public enum SearchText {
  public static let snippetLimit = 160
  /// District sections index their heading and at most this much of their first paragraph, so
  /// the index grows by a bounded amount per district.
  static let districtKeyLimit = 320

  /// Lowercase, diacritics removed (NFD, combining marks U+0300–U+036F dropped), `đ` → `d`,
  /// anything but letters and digits turned into single spaces. `search.js` has the same
  /// function: `toLowerCase`, `normalize("NFD")`, strip marks, `đ` → `d`, `[^\p{L}\p{N}]+` → " ".
  public static func fold(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for u in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      if (0x300...0x36F).contains(u.value) { continue }
      if isWordScalar(u) {
        if pendingSpace, !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(u == "đ" ? "d" : u)
      } else {
        pendingSpace = true
      }
    }
    return String(out)
  }

  /// `\p{L}` or `\p{N}`, as JavaScript's regular expressions mean them.
  static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  /// Whitespace collapsed and cut at a word boundary before `limit` characters, with "…".
  public static func snippet(_ s: String, limit: Int = snippetLimit) -> String {
    let words = s.split(whereSeparator: \.isWhitespace)
    var out = ""
    for w in words {
      let next = out.isEmpty ? String(w) : out + " " + w
      if next.count > limit - 1 {
        if out.isEmpty { return String(w.prefix(limit - 1)) + "…" }
        return out + "…"
      }
      out = next
    }
    return out
  }

  /// The text of an HTML fragment: tags and comments dropped, entities decoded, whitespace collapsed.
  public static func text(ofHTML html: String) -> String {
    var out = ""
    var i = html.startIndex
    while i < html.endIndex {
      let c = html[i]
      if c == "<" {
        if html[i...].hasPrefix("<!--") {
          i = html.range(of: "-->", range: i..<html.endIndex)?.upperBound ?? html.endIndex
        } else {
          i = html[i...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
        }
        out += " "
      } else if c == "&", let semi = html[i...].prefix(12).firstIndex(of: ";"),
        let decoded = entity(html[html.index(after: i)..<semi])
      {
        out += decoded
        i = html.index(after: semi)
      } else {
        out.append(c)
        i = html.index(after: i)
      }
    }
    return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func entity(_ name: Substring) -> String? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return " "
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
  }

  /// A rendered Markdown document cut at its headings.
  struct Section {
    /// nil for the text before the first heading.
    var heading: Heading?
    /// The text of the first paragraph after the heading (or of the whole section if none).
    var firstParagraph: String
    /// The text of everything up to the next heading.
    var text: String
  }

  /// Cuts `rendered.html` at each heading, found by its `id="…"` attribute.
  static func sections(of rendered: RenderedMarkdown) -> [Section] {
    let html = rendered.html
    // Start and end (after `</hN>`) of each heading element, in document order.
    var bounds: [(Heading, Range<String.Index>)] = []
    var searchFrom = html.startIndex
    for h in rendered.headings {
      guard let idRange = html.range(of: "id=\"\(h.id)\"", range: searchFrom..<html.endIndex),
        let open = html.range(of: "<h", options: .backwards, range: searchFrom..<idRange.lowerBound),
        let close = html.range(of: "</h", range: idRange.upperBound..<html.endIndex),
        let closeEnd = html[close.upperBound...].firstIndex(of: ">")
      else { continue }
      let end = html.index(after: closeEnd)
      bounds.append((h, open.lowerBound..<end))
      searchFrom = end
    }
    var sections: [Section] = []
    let introEnd = bounds.first?.1.lowerBound ?? html.endIndex
    let intro = html[html.startIndex..<introEnd]
    if !text(ofHTML: String(intro)).isEmpty {
      sections.append(section(nil, intro))
    }
    for (i, (h, range)) in bounds.enumerated() {
      let end = i + 1 < bounds.count ? bounds[i + 1].1.lowerBound : html.endIndex
      sections.append(section(h, html[range.upperBound..<end]))
    }
    return sections
  }

  private static func section(_ heading: Heading?, _ body: Substring) -> Section {
    let all = text(ofHTML: String(body))
    var first = all
    if let p = body.range(of: "<p"), let pEnd = body.range(of: "</p>", range: p.upperBound..<body.endIndex) {
      first = text(ofHTML: String(body[p.lowerBound..<pEnd.upperBound]))
    }
    return Section(heading: heading, firstParagraph: first, text: all)
  }
}

extension SiteModel {
  /// The plan's narrative rendered exactly as `plan/index.html` renders it (same ids).
  var renderedPlanSections: [RenderedMarkdown] {
    var reserved: Set<String> = ["muc-luc", "muc-tieu"]
    return content.sections.map { s in
      let r = Markdown.render(s.markdown, idPrefix: "", reservedIDs: reserved, shiftHeadings: 1)
      r.headings.forEach { reserved.insert($0.id) }
      return r
    }
  }

  /// Every entry of the search index, in a stable order: targets and indicators, the plan's
  /// narrative, the Action Month, each district (itself, its report's sections, its events),
  /// province events and the calendar.
  func searchEntries() -> [SearchEntry] {
    var entries: [SearchEntry] = []
    let latest = latestPeriod

    for t in plan.targets {
      entries.append(SearchEntry(
        kind: "Mục tiêu", title: "Mục tiêu \(t.id). \(t.title)",
        url: SitePaths.targets + "#muc-tieu-\(t.id.lowercased())", snippet: t.text,
        keyText: "Mục tiêu \(t.id) \(t.title) \(t.text)"))
      for ind in t.indicators {
        var snippet = "Mục tiêu năm: \(ind.targetText)."
        if let latest {
          let f = figureView(ind, latest)
          snippet += " Toàn tỉnh (\(latest.label.lowercasedFirst)): \(f.text) – \(f.status.label)."
        }
        entries.append(SearchEntry(
          kind: "Chỉ tiêu", title: "Chỉ tiêu \(ind.id). \(ind.label)", url: SitePaths.indicator(ind.id),
          snippet: snippet, keyText: "Chỉ tiêu \(ind.id) \(ind.label) \(t.title)"))
      }
    }

    for r in renderedPlanSections {
      for s in SearchText.sections(of: r) {
        let title = s.heading?.text ?? plan.title
        let url = SitePaths.plan + (s.heading.map { "#" + $0.id } ?? "")
        entries.append(SearchEntry(
          kind: "Kế hoạch", title: title, url: url, snippet: snippetOrSubheadings(s, in: r),
          keyText: title + " " + s.text))
      }
    }

    let am = content.actionMonth
    let amRendered = Markdown.render(am.narrative, idPrefix: "", reservedIDs: ["lich", "chuong-trinh", "theo-don-vi"], shiftHeadings: 1)
    entries.append(SearchEntry(
      kind: "Tháng hành động", title: "Tháng hành động vì trẻ em năm \(plan.year)", url: SitePaths.actionMonth,
      snippet: "\(VietnameseFormat.range(am.start, am.end)). Chủ đề: “\(am.theme)”.",
      keyText: "Tháng hành động vì trẻ em \(am.theme)"))
    for s in SearchText.sections(of: amRendered) {
      guard let h = s.heading else { continue }
      entries.append(SearchEntry(
        kind: "Tháng hành động", title: h.text, url: SitePaths.actionMonth + "#" + h.id,
        snippet: snippetOrSubheadings(s, in: amRendered), keyText: h.text + " " + s.text))
    }

    for d in content.districts {
      let page = SitePaths.district(d.slug)
      entries.append(SearchEntry(
        kind: "Đơn vị", title: d.fullName, url: page,
        snippet: "\(d.fullName): \(VietnameseFormat.number(Rational(d.communes))) xã, phường, thị trấn."
          + (d.contact.office.map { " Đầu mối: \($0)." } ?? ""),
        keyText: "\(d.fullName) \(d.name) \(d.contact.office ?? "")"))
      let narrative = Markdown.render(d.narrative, idPrefix: "bao-cao-", reservedIDs: DistrictPageView.reservedIDs, shiftHeadings: 1)
      for s in SearchText.sections(of: narrative) {
        let heading = s.heading?.text ?? "Báo cáo của đơn vị"
        let first = String(s.firstParagraph.prefix(SearchText.districtKeyLimit))
        entries.append(SearchEntry(
          kind: "Báo cáo đơn vị", title: "\(d.fullName): \(heading)", url: page + "#" + (s.heading?.id ?? "bao-cao"),
          snippet: s.firstParagraph, keyText: "\(d.fullName) \(heading) \(first)"))
      }
      entries += d.events.map { eventEntry($0, page: page, districtName: d.fullName) }
    }
    entries += am.events.map { eventEntry($0, page: SitePaths.actionMonth, districtName: "Cấp tỉnh") }

    for item in datedItems where item.kind != .actionMonth {
      let v = view(item)
      entries.append(SearchEntry(
        kind: v.kindLabel, title: item.title, url: SitePaths.calendar + "#" + item.id,
        snippet: "\(v.dateText). \(item.detail)", keyText: "\(item.title) \(v.dateText) \(item.detail)"))
    }
    return entries
  }

  private func eventEntry(_ e: Event, page: String, districtName: String) -> SearchEntry {
    let when = VietnameseFormat.range(e.start, e.end)
    let snippet = [when + (e.time.map { ", \($0)" } ?? ""), e.place, districtName].compactMap { $0 }.joined(separator: " · ")
    return SearchEntry(
      kind: "Hoạt động", title: e.title, url: page + "#" + SiteModel.eventAnchor(e), snippet: snippet,
      keyText: [e.title, e.place ?? "", e.organiser ?? "", e.audience ?? "", districtName, when].joined(separator: " "))
  }

  /// The first paragraph, or for a heading directly followed by sub-headings, their titles.
  private func snippetOrSubheadings(_ s: SearchText.Section, in r: RenderedMarkdown) -> String {
    guard s.firstParagraph.isEmpty, let h = s.heading, let i = r.headings.firstIndex(of: h) else { return s.firstParagraph }
    let children = r.headings[(i + 1)...].prefix { $0.level > h.level }.filter { $0.level == h.level + 1 }
    return children.map(\.text).joined(separator: " · ")
  }
}
