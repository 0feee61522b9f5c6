import Foundation
import PlansiteContent
import PlansiteMarkdown

/// The search entries by where they come from: the province's (targets, indicators, plan,
/// Action Month, province events, period reports, calendar) and each unit's (itself, its
/// report's sections, its events), in content order. A search shard holds whole units, so a
/// changed report rewrites only the shard of its unit (`SearchIndex`).
public struct SearchSources: Sendable, Equatable {
  public var province: [SearchEntry]
  /// One list a unit, in the order of `content.districts`.
  public var units: [[SearchEntry]]

  /// Every entry: the province's, then each unit's.
  public var all: [SearchEntry] { province + units.joined() }
  public var count: Int { units.reduce(province.count) { $0 + $1.count } }
}

extension SiteModel {
  /// Every entry of the search index, in a stable order (`SearchSources.all`).
  func searchEntries(handedBack: [String: [SearchEntry]] = [:]) -> [SearchEntry] {
    searchSources(handedBack: handedBack).all
  }

  /// The search entries of the province and of each unit.
  /// `handedBack`: unit slug → its entries, made with its page (`RenderOutput`).
  func searchSources(handedBack: [String: [SearchEntry]] = [:]) -> SearchSources {
    SearchSources(
      province: provinceSearchEntries(), units: content.districts.map { handedBack[$0.slug] ?? unitSearchEntries($0) })
  }

  /// The province's entries: targets and indicators, the plan, the Action Month and its events,
  /// the period reports and the calendar.
  func provinceSearchEntries() -> [SearchEntry] {
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

  /// A unit's entries: itself, its report's sections (from `narrative`, its rendered report,
  /// when the caller has it), its events. Made from the unit's folder and the global inputs
  /// alone (`SearchIndexSpec` keeps them under that key between builds).
  func unitSearchEntries(_ d: District, narrative: RenderedMarkdown? = nil) -> [SearchEntry] {
    let page = SitePaths.district(d.slug)
    var unit = [
      SearchEntry(
        kind: strings[.searchKindUnit], title: d.fullName, url: page,
        snippet: (d.communes.map {
          strings.format(.searchUnitSnippet, ["name": d.fullName, "communes": format.number(Rational($0))])
        } ?? "\(d.fullName).")
          + (d.contact.office.map { strings.format(.searchUnitOffice, ["office": $0]) } ?? ""),
        keyText: "\(d.fullName) \(d.name) \(d.contact.office ?? "")")
    ]
    unit += districtReportEntries(d, narrative ?? districtNarrative(d))
    unit += d.events.map { eventEntry($0, page: page, districtName: d.fullName) }
    return unit
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
