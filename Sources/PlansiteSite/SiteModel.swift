import Foundation
import PlansiteContent
import PlansiteMarkdown

/// Everything the pages are built from: the content, its computed figures and the build date.
/// Page builders (`SiteModel+Home.swift`, …) turn it into view models; they never touch files.
public struct SiteModel: Sendable {
  public let content: Content
  public let scoreboard: Scoreboard
  /// The build date (`--today`, SOURCE_DATE_EPOCH or the clock), for countdowns and status.
  public let today: CivilDate
  /// The interface's words in the site's language (`templates/strings/<language>.yaml`).
  public let strings: Strings
  /// Numbers and dates in the strings' language.
  public let format: SiteFormat
  /// Districts by slug: events name their district, and a linear search per event is
  /// quadratic at national scale (30,000 events × 10,000 units).
  let districtsBySlug: [String: District]

  /// The tool's word for the plan's units ("huyện, thành phố", "xã, phường", "đơn vị"), and the
  /// unit search and placeholders take as their example: both from the content, never fixed.
  /// Every unit's page shows them: `SiteBuilder` puts them in the key a page is reused by.
  var unitWords: String
  var exampleUnit: District?
  /// The units as the unit index lists them: by section, in Vietnamese order within each.
  let unitIndexOrder: [UnitIndexEntry]
  let unitSectionCount: Int

  /// A status as pages show it (its `partials/status` HTML is the renderer's: `PartialCache`).
  func statusView(_ s: Status) -> StatusView { StatusView(s, label: strings.status(s)) }

  /// `strings`: those `SiteBuilder.check` chose; by default the built-in Vietnamese ones.
  public init(content: Content, today: CivilDate, strings: Strings = .builtInVietnamese) {
    self.content = content
    // The figures and the units' alphabetical order are each a good part of the model's time at
    // national scale, and neither needs the other: the order is sorted on a thread of its own
    // while the figures are made on every core.
    let order = Mutex<([UnitIndexEntry], Int)>(([], 0))
    let sorted = DispatchSemaphore(value: 0)
    Thread {
      let made = UnitIndexEntry.order(content.districts)
      order.withLock { $0 = made }
      sorted.signal()
    }.start()
    self.scoreboard = Scoreboard(content, today: today)
    sorted.wait()
    self.today = today
    self.strings = strings
    self.format = SiteFormat(strings)
    self.districtsBySlug = Dictionary(content.districts.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
    self.unitWords = UnitWords.of(content.districts, generic: strings[.unitsGeneric])
    self.exampleUnit = UnitWords.example(content.districts)
    (self.unitIndexOrder, self.unitSectionCount) = order.withLock { $0 }
  }

  /// A district's report as its page shows it (the search index links to these ids).
  func districtNarrative(_ d: District) -> RenderedMarkdown {
    Markdown.render(
      d.narrative, idPrefix: "bao-cao-", reservedIDs: DistrictPageView.reservedIDs, shiftHeadings: 1,
      textSections: true)
  }

  /// The Action Month narrative as its page shows it: its headings take no id of the page's
  /// templates, month grids or events.
  var actionMonthNarrative: RenderedMarkdown {
    let reserved = ActionMonthPageView.templateIDs.union(actionMonthGridAnchors)
      .union(content.actionMonth.events.map(SiteModel.eventAnchor))
      .union(actionMonthDays.map(SiteModel.actionMonthDayAnchor))
    return Markdown.render(
      content.actionMonth.narrative, idPrefix: "", reservedIDs: reserved, shiftHeadings: 1, footnotePrefix: "thang-",
      textSections: true)
  }

  /// The plan's sections with ids unique across the page (`plan/index.html`, search), none
  /// taken from its templates or its targets' anchors.
  var renderedPlanSections: [RenderedMarkdown] {
    var reserved = PlanPageView.templateIDs
    for t in plan.targets {
      let anchor = SiteModel.targetAnchor(t)
      reserved.formUnion([anchor, anchor + "-title"])
    }
    return content.sections.map { s in
      let r = Markdown.render(
        s.markdown, idPrefix: "", reservedIDs: reserved, shiftHeadings: 1, footnotePrefix: "\(s.slug)-",
        textSections: true)
      for heading in r.headings { reserved.insert(heading.id) }
      return r
    }
  }

  var plan: Plan { content.plan }

  /// The strings and the formatter together, for helpers outside the model (`FigureView.make`).
  var words: Words { Words(strings: strings, format: format) }

  /// Renders a Markdown string (a note, an event description) with ids namespaced by `prefix`.
  func markdown(_ source: String, prefix: String) -> String {
    Markdown.render(source, idPrefix: prefix).html
  }

  /// A figure as tables show it: notes rendered from Markdown; its key lets the renderer make
  /// `partials/figure` once per page for it (`PartialCache`).
  func figureView(_ ind: Indicator, _ period: Period, for unit: ReportingUnit = .province) -> FigureView {
    let fig = scoreboard.figure(ind.id, period.id, for: unit)
    // Ids in notes are namespaced by unit, indicator and period. `_` never occurs in an id, so
    // no two triples share a prefix (with `-`, unit `a-b` + indicator `c` met unit `a` + `b-c`).
    let prefix = "\(unit.key)_\(ind.id)_\(period.id)-"
    var view = FigureView.make(fig, ind, province: unit == .province, status: statusView(fig.status), words: words) {
      markdown($0, prefix: prefix)
    }
    view.cacheKey = prefix
    return view
  }

  /// Only a figure's value and status (matrix cells, search snippets): no notes, no HTML.
  func figureSummary(_ ind: Indicator, _ period: Period, for unit: ReportingUnit = .province) -> FigureView {
    let fig = scoreboard.figure(ind.id, period.id, for: unit)
    return FigureView.make(fig, ind, province: unit == .province, status: statusView(fig.status), words: words) { _ in
      ""
    }
  }

  /// The latest day the figures were counted (the reports' `as_of:`), not after the build date:
  /// "số liệu tính đến ngày …". Nil when no report says.
  var dataAsOf: CivilDate? {
    var latest: CivilDate?
    for d in content.districts {
      for r in d.reports {
        guard let day = r.asOf, day <= today else { continue }
        latest = max(latest ?? day, day)
      }
    }
    return latest
  }

  /// The last period any district reported, for headline figures.
  var latestPeriod: Period? {
    plan.periods.last { p in content.districts.contains { $0.report(for: p.id) != nil } }
      ?? plan.periods.first
  }

  func statusCounts(_ period: Period) -> [StatusCountView] {
    let counts = scoreboard.statusCounts(plan, period: period.id)
    return Status.allCases.compactMap { s in
      guard let n = counts[s], n > 0 else { return nil }
      return StatusCountView(status: statusView(s), count: n)
    }
  }

  /// Legend of every status, for tables and the matrix.
  var legend: [StatusView] { Status.allCases.map(statusView) }
}
