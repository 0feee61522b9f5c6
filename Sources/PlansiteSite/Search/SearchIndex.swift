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

  /// `window.PLANSITE_SEARCH = [ … ];`, one entry a line, deterministic, as UTF-8 handed to
  /// `emit` about a megabyte at a time (50 MB at 10,000 districts).
  /// `notice` heads the file as a comment (`search_index_notice`).
  public static func javaScript(_ entries: [SearchEntry], notice: String, emit: ([UInt8]) throws -> Void) throws {
    let piece = 1 << 20
    let comment = notice.replacingOccurrences(of: "\n", with: " ")
    var out = Array("// \(comment)\nwindow.PLANSITE_SEARCH = [\n".utf8)
    out.reserveCapacity(piece + 4096)
    for (i, e) in entries.enumerated() {
      for (name, value) in [
        ("{\"c\":", e.kind), (",\"t\":", e.title), (",\"u\":", e.url), (",\"s\":", e.snippet), (",\"k\":", e.key),
      ] {
        out += name.utf8
        appendJSON(value, to: &out)
      }
      out += (i + 1 < entries.count ? "},\n" : "}\n").utf8
      if out.count >= piece {
        try emit(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    out += "];\n".utf8
    try emit(out)
  }

  /// Appends a JSON string literal that is also safe JavaScript (U+2028/2029 escaped, `</` broken).
  static func appendJSON(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var previous: UInt8 = 0
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out += #"\""#.utf8
      case UInt8(ascii: "\\"): out += #"\\"#.utf8
      case UInt8(ascii: "\n"): out += #"\n"#.utf8
      case UInt8(ascii: "\r"): out += #"\r"#.utf8
      case UInt8(ascii: "\t"): out += #"\t"#.utf8
      case UInt8(ascii: "/") where previous == UInt8(ascii: "<"): out += #"\/"#.utf8
      case 0..<0x20:
        let hex = String(b, radix: 16)
        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
      default:
        out.append(b)
      }
      // U+2028 and U+2029 (E2 80 A8/A9) end a line in older JavaScript: escape them.
      if out.count >= 3, out[out.count - 3] == 0xE2, out[out.count - 2] == 0x80, b == 0xA8 || b == 0xA9 {
        out.removeLast(3)
        out += (b == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
      }
      previous = b
    }
    out.append(UInt8(ascii: "\""))
  }
}

extension SiteModel {
  /// Every entry of the search index, in a stable order: targets and indicators, the plan's
  /// narrative, the Action Month, each district (itself, its report's sections, its events),
  /// province events and the calendar.
  /// `handedBack`: unit slug → its report's entries, made with its page (`RenderOutput`).
  func searchEntries(handedBack: [String: [SearchEntry]] = [:]) -> [SearchEntry] {
    var entries: [SearchEntry] = []
    let latest = latestPeriod

    for t in plan.targets {
      let targetTitle = strings.format(.searchTargetTitle, ["id": t.id, "title": t.title])
      entries.append(
        SearchEntry(
          kind: strings[.searchKindTarget], title: targetTitle,
          url: SitePaths.targets + "#" + SiteModel.targetAnchor(t), snippet: t.text,
          keyText: "\(strings[.searchKindTarget]) \(t.id) \(t.title) \(t.text)"))
      for ind in t.indicators {
        var snippet = strings.format(.searchTargetOfYear, ["target": targetText(ind)])
        if let latest {
          let f = figureSummary(ind, latest)
          snippet += strings.format(
            .searchProvinceFigure, ["period": latest.label.lowercasedFirst, "value": f.text, "status": f.status.label])
        }
        entries.append(
          SearchEntry(
            kind: strings[.searchKindIndicator],
            title: strings.format(.searchIndicatorTitle, ["id": ind.id, "label": ind.label]),
            url: SitePaths.indicator(ind.id), snippet: snippet,
            keyText: "\(strings[.searchKindIndicator]) \(ind.id) \(ind.label) \(t.title)"))
      }
    }

    for r in renderedPlanSections {
      for s in SearchText.sections(of: r) {
        let title = s.heading?.text ?? plan.title
        let url = SitePaths.plan + (s.heading.map { "#" + $0.id } ?? "")
        entries.append(
          SearchEntry(
            kind: strings[.searchKindPlan], title: title, url: url, snippet: snippetOrSubheadings(s, in: r),
            keyText: title + " " + s.text))
      }
    }

    let am = content.actionMonth
    let amRendered = actionMonthNarrative
    let amTitle = strings.format(.titleActionMonth, ["year": String(plan.year)])
    entries.append(
      SearchEntry(
        kind: strings[.searchKindActionMonth], title: amTitle, url: SitePaths.actionMonth,
        snippet: "\(format.range(am.start, am.end)). " + strings.format(.actionMonthTheme, ["theme": am.theme]),
        keyText: "\(amTitle) \(am.theme)"))
    for s in SearchText.sections(of: amRendered) {
      guard let h = s.heading else { continue }
      entries.append(
        SearchEntry(
          kind: strings[.searchKindActionMonth], title: h.text, url: SitePaths.actionMonth + "#" + h.id,
          snippet: snippetOrSubheadings(s, in: amRendered), keyText: h.text + " " + s.text))
    }

    for d in content.districts {
      let page = SitePaths.district(d.slug)
      entries.append(
        SearchEntry(
          kind: strings[.searchKindUnit], title: d.fullName, url: page,
          snippet: (d.communes.map {
            strings.format(.searchUnitSnippet, ["name": d.fullName, "communes": format.number(Rational($0))])
          } ?? "\(d.fullName).")
            + (d.contact.office.map { strings.format(.searchUnitOffice, ["office": $0]) } ?? ""),
          keyText: "\(d.fullName) \(d.name) \(d.contact.office ?? "")"))
      entries += handedBack[d.slug] ?? districtReportEntries(d, districtNarrative(d))
      entries += d.events.map { eventEntry($0, page: page, districtName: d.fullName) }
    }
    entries += am.events.map { eventEntry($0, page: SitePaths.actionMonth, districtName: strings[.provinceLevel]) }

    entries += reportSearchEntries()

    for item in datedItems where item.kind != .actionMonth {
      let v = view(item)
      entries.append(
        SearchEntry(
          kind: v.kindLabel, title: item.title, url: SitePaths.calendar + "#" + item.id,
          snippet: "\(v.dateText). \(item.detail)", keyText: "\(item.title) \(v.dateText) \(item.detail)"))
    }
    return entries
  }

  /// The search entries of a district's report: each section's heading and the start of its
  /// first paragraph (a bounded size per section, whatever the report's length).
  func districtReportEntries(_ d: District, _ narrative: RenderedMarkdown) -> [SearchEntry] {
    let page = SitePaths.district(d.slug)
    return SearchText.sections(of: narrative).map { s in
      let heading = s.heading?.text ?? strings[.searchUnitReport]
      let snippet = SearchText.snippet(s.firstParagraph)
      return SearchEntry(
        kind: strings[.searchKindUnitReport], title: "\(d.fullName): \(heading)",
        url: page + "#" + (s.heading?.id ?? "bao-cao"),
        snippet: snippet, keyText: "\(d.fullName) \(heading) \(snippet)")
    }
  }

  private func eventEntry(_ e: Event, page: String, districtName: String) -> SearchEntry {
    let when = format.range(e.start, e.end)
    let snippet = [when + (e.time.map { ", \($0)" } ?? ""), e.place, districtName].compactMap { $0 }.joined(
      separator: " · ")
    return SearchEntry(
      kind: strings[.searchKindEvent], title: e.title, url: page + "#" + SiteModel.eventAnchor(e), snippet: snippet,
      keyText: [e.title, e.place ?? "", e.organiser ?? "", e.audience ?? "", districtName, when].joined(separator: " "))
  }

  /// The first paragraph, or for a heading directly followed by sub-headings, their titles.
  private func snippetOrSubheadings(_ s: SearchText.Section, in r: RenderedMarkdown) -> String {
    guard s.firstParagraph.isEmpty, let h = s.heading, let i = r.headings.firstIndex(of: h) else {
      return s.firstParagraph
    }
    let children = r.headings[(i + 1)...].prefix { $0.level > h.level }.filter { $0.level == h.level + 1 }
    return children.map(\.text).joined(separator: " · ")
  }
}
