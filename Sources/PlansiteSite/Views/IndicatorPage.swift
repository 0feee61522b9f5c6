import PlansiteContent

/// `targets/<id>/index.html`: one indicator across every unit, in a size that does not grow
/// with the number of units: the province figure, how the units' figures are distributed, the
/// best and worst units, and the first page of the table of every unit. The other pages of the
/// table are `targets/<id>/trang_N/index.html` (`IndicatorTablePageView`).
public struct IndicatorPageView: Sendable {
  public var id: String
  public var label: String
  public var targetTitle: String
  public var targetText: String
  public var measure: String
  public var target: String
  public var baseline: String
  public var hasBaseline: Bool
  public var isCeiling: Bool
  public var periods: [IndicatorPeriodView]
  /// Province change between the first and last period: "▲ 3,2 điểm %".
  public var change: String
  public var legend: [StatusView]
  public var targetsHref: String
  /// The first page of the table of every unit.
  public var table: IndicatorTableView
}

/// The indicator in one period: the province figure and working, the chart, the distribution
/// of the units' statuses and the units at both ends of the ranking.
public struct IndicatorPeriodView: Sendable {
  public var id: String
  public var label: String
  /// What the period expects, in words: the milestone or the ceiling, running or closed.
  public var expected: String
  public var province: FigureView
  /// "Σ đã đạt / Σ tổng = 1.234 / 1.300 = 94,9%": how the province figure was computed.
  public var formula: String
  /// Every unit's bar against the target (`partials/chart`); qualitative indicators have none.
  public var chart: ChartView
  public var hasChart: Bool
  /// How many units have each status (statuses no unit has are left out).
  public var distribution: [StatusCountView]
  /// The units with the highest values (ceilings: the lowest), best first; every unit with a
  /// value, ranked, when there are no more than twice `IndicatorPageView.rankedUnits` of them.
  public var best: [DistrictFigureRow]
  /// The units with the lowest values (ceilings: the highest), worst last; empty when `best`
  /// already ranks every unit.
  public var worst: [DistrictFigureRow]
  public var hasBest: Bool
  public var hasWorst: Bool
}

/// One page of the table of every unit's figures, in the unit order.
public struct IndicatorTableView: Sendable {
  public var periods: [IndicatorTablePeriodView]
  /// Links to every page of the table (empty with one page).
  public var pages: [LinkView]
  public var isPaginated: Bool
  /// This page's number, the number of pages, and the position of its first and last rows
  /// among all units, in Vietnamese style ("1.201").
  public var page: String
  public var pageCount: String
  public var first: String
  public var last: String
  public var total: String
}

public struct IndicatorTablePeriodView: Sendable {
  public var id: String
  public var label: String
  public var rows: [DistrictFigureRow]
}

/// `targets/<id>/trang_N/index.html`: page N (from 2) of an indicator's table of units.
public struct IndicatorTablePageView: Sendable {
  public var id: String
  public var label: String
  public var indicatorHref: String
  public var legend: [StatusView]
  public var table: IndicatorTableView
}

/// One district's figure for an indicator in a period.
public struct DistrictFigureRow: Sendable {
  public var name: String
  public var href: String
  public var done: String
  public var of: String
  public var figure: FigureView
}

extension IndicatorPageView {
  /// Units shown at each end of the ranking.
  public static let rankedUnits = 5
  /// Above this many units the chart draws only the best and the worst.
  public static let chartedUnitsMax = 150
}

extension IndicatorTableView {
  /// Rows of the table on one page: about 100 kB a page whatever the number of units.
  public static let pageSize = 100
}

/// Which rows one page of an indicator table holds: all a table page shows beside the plan.
struct TableSlice: Sendable {
  /// The page (from 1), the number of pages and the number of units in the whole table.
  var page: Int
  var pageCount: Int
  var total: Int
  /// The units of this page, in the unit order.
  var units: [District]
}

extension SiteModel {
  /// Pages of every indicator's table of units (the first is on the indicator's own page).
  var indicatorTablePageCount: Int {
    max(1, (content.districts.count + IndicatorTableView.pageSize - 1) / IndicatorTableView.pageSize)
  }

  /// Pages a small site does not have (a second page of an indicator table), made only so the
  /// template lint and the template guide's test see every page's variables.
  public var lintOnlyPages: [RenderJob] {
    plan.indicators.prefix(1).map { ind in
      indicatorTablePage(
        ind, TableSlice(page: 2, pageCount: 2, total: content.districts.count * 2, units: content.districts))
    } + [calendarPage(summarised: true)]  // the submissions summary shows above 100 units only
  }

  /// Page `n` (from 1) of every indicator table.
  func indicatorTableSlice(page n: Int) -> TableSlice {
    let all = content.districts
    let size = IndicatorTableView.pageSize
    return TableSlice(
      page: n, pageCount: indicatorTablePageCount, total: all.count,
      units: Array(all[min(all.count, (n - 1) * size)..<min(all.count, n * size)]))
  }

  func indicatorPage(_ ind: Indicator) -> RenderJob {
    let path = SitePaths.indicator(ind.id)
    let root = SitePaths.root(of: path)
    let target = plan.targets.first { $0.id == ind.targetID }
    let periods = plan.periods.map { p -> IndicatorPeriodView in
      let (best, worst) = ranking(ind, p, root: root)
      return IndicatorPeriodView(
        id: p.id, label: p.label, expected: expectation(ind, p),
        province: figureView(ind, p), formula: formula(ind, scoreboard.figure(ind.id, p.id)),
        chart: indicatorChart(ind, p, units: chartedUnits(ind, p), id: "bieu-do-\(p.id)"),
        hasChart: ind.measure != .text, distribution: distribution(ind, p), best: best, worst: worst,
        hasBest: !best.isEmpty, hasWorst: !worst.isEmpty)
    }
    let page = IndicatorPageView(
      id: ind.id, label: ind.label,
      targetTitle: target.map { strings.format(.indicatorTargetTitle, ["id": $0.id, "title": $0.title]) } ?? "",
      targetText: target?.text ?? "", measure: measureLabel(ind.measure), target: targetText(ind),
      baseline: baselineText(ind), hasBaseline: ind.baseline != nil, isCeiling: ind.lowerIsBetter,
      periods: periods, change: change(ind), legend: legend, targetsHref: root + SitePaths.targets,
      table: indicatorTable(ind, indicatorTableSlice(page: 1), root: root))
    let title = strings.format(.titleIndicator, ["id": ind.id, "label": ind.label])
    return .page(
      path, "indicator",
      PageContext(
        layout: layout(path: path, title: title, crumbs: [(strings[.navTargets], SitePaths.targets)]), page: page))
  }

  /// A page (from 2) of an indicator's table: made from the plan and `slice` alone (the build
  /// keeps the page while none of its units changed; `KeyedRebuildTests` and
  /// `IndicatorPagesTests` check it).
  func indicatorTablePage(_ ind: Indicator, _ slice: TableSlice) -> RenderJob {
    let path = SitePaths.indicatorTable(ind.id, page: slice.page)
    let root = SitePaths.root(of: path)
    let page = IndicatorTablePageView(
      id: ind.id, label: ind.label, indicatorHref: root + SitePaths.indicator(ind.id), legend: legend,
      table: indicatorTable(ind, slice, root: root))
    let title = strings.format(.titleIndicator, ["id": ind.id, "label": ind.label])
    let crumbs = [
      (strings[.navTargets], SitePaths.targets),
      (strings.format(.crumbIndicator, ["id": ind.id]), SitePaths.indicator(ind.id)),
    ]
    return .page(
      path, "indicator-table", PageContext(layout: layout(path: path, title: title, crumbs: crumbs), page: page))
  }

  private func indicatorTable(_ ind: Indicator, _ slice: TableSlice, root: String) -> IndicatorTableView {
    let (n, count, units) = (slice.page, slice.pageCount, slice.units)
    let periods = plan.periods.map { p in
      IndicatorTablePeriodView(id: p.id, label: p.label, rows: units.map { row(ind, p, $0, root: root) })
    }
    let pages =
      count == 1
      ? []
      : (1...count).map { k in
        LinkView(label: "\(k)", href: root + SitePaths.indicatorTable(ind.id, page: k), current: k == n)
      }
    let first = (n - 1) * IndicatorTableView.pageSize + 1
    let number = { (k: Int) in format.number(Rational(k)) }
    return IndicatorTableView(
      periods: periods, pages: pages, isPaginated: count > 1, page: number(n), pageCount: number(count),
      first: number(first), last: number(first + units.count - 1),
      total: number(slice.total))
  }

  private func row(_ ind: Indicator, _ p: Period, _ d: District, root: String) -> DistrictFigureRow {
    let fig = scoreboard.figure(ind.id, p.id, district: d.slug)
    return DistrictFigureRow(
      name: d.fullName, href: root + SitePaths.district(d.slug),
      done: fig.done.map { format.number($0) } ?? "",
      of: fig.of.map { format.number($0) } ?? "", figure: figureView(ind, p, for: .district(d.slug)))
  }

  /// Units per status for `ind` in `p`, in the order of the legend.
  private func distribution(_ ind: Indicator, _ p: Period) -> [StatusCountView] {
    var counts: [Status: Int] = [:]
    for f in scoreboard.unitFigures(ind.id, p.id) { counts[f.status, default: 0] += 1 }
    return Status.allCases.compactMap { s in counts[s].map { StatusCountView(status: statusView(s), count: $0) } }
  }

  /// The units with a value, best first (ties in the unit order).
  /// The `k` best and the `k` worst units with a value, each from the best (ties in the unit
  /// order), or every such unit in order when there are at most `2k`. One pass with two short
  /// lists, not a sort of every unit: each indicator page asks for each period.
  private func ranked(_ ind: Indicator, _ p: Period, ends k: Int) -> (best: [District], worst: [District]) {
    let units = content.districts
    let lower = ind.lowerIsBetter
    typealias Valued = (index: Int, value: Rational)
    func before(_ a: Valued, _ b: Valued) -> Bool {
      if a.value == b.value { return a.index < b.index }
      return lower ? a.value < b.value : a.value > b.value
    }
    var best: [Valued] = []
    var worst: [Valued] = []
    var count = 0
    let figures = scoreboard.unitFigures(ind.id, p.id)
    for (i, f) in figures.enumerated() {
      guard let v = f.value else { continue }
      count += 1
      let x = (i, v)
      if best.count < 2 * k || before(x, best[best.count - 1]) {
        best.insert(x, at: best.firstIndex { before(x, $0) } ?? best.count)
        if best.count > 2 * k { best.removeLast() }
      }
      if worst.count < k || before(worst[0], x) {
        worst.insert(x, at: worst.firstIndex { before(x, $0) } ?? worst.count)
        if worst.count > k { worst.removeFirst() }
      }
    }
    if count <= 2 * k { return (best.map { units[$0.index] }, []) }
    return (best.prefix(k).map { units[$0.index] }, worst.map { units[$0.index] })
  }

  /// The best and the worst units by value (ties in the unit order); see `IndicatorPeriodView`.
  private func ranking(_ ind: Indicator, _ p: Period, root: String) -> ([DistrictFigureRow], [DistrictFigureRow]) {
    let (best, worst) = bestAndWorst(ind, p)
    return (best.map { row(ind, p, $0, root: root) }, worst.map { row(ind, p, $0, root: root) })
  }

  private func bestAndWorst(_ ind: Indicator, _ p: Period) -> ([District], [District]) {
    ranked(ind, p, ends: IndicatorPageView.rankedUnits)
  }

  /// The units the chart draws: every unit while a chart of them stays readable, else the best
  /// and the worst (the table pages list every unit), so the page does not grow with the units.
  private func chartedUnits(_ ind: Indicator, _ p: Period) -> [District] {
    guard content.districts.count > IndicatorPageView.chartedUnitsMax else { return content.districts }
    let (best, worst) = bestAndWorst(ind, p)
    return best + worst
  }

  /// The province working, so a reader can recompute the figure.
  func formula(_ ind: Indicator, _ f: Figure) -> String {
    guard let value = f.value else {
      return ind.measure == .text ? strings[.methodQualitative] : strings[.methodNoReports]
    }
    let n = format.number
    let reported = format.count(f.reported)
    switch ind.measure {
    case .percent:
      guard let d = f.done, let o = f.of else { return "" }
      let factor = ind.scale == 1000 ? " × 1000" : " × 100"
      return strings.format(
        .methodShare,
        [
          "n": reported, "done": n(d, 2), "of": n(o, 2), "factor": factor,
          "value": format.share(value, scale: ind.scale),
        ])
    case .count:
      return strings.format(
        .methodSum, ["n": reported, "value": n(value, 2), "unit": ind.unit.map { " \($0)" } ?? ""])
    case .yesNo:
      return strings.format(
        .methodYesNo, ["yes": format.count(f.yesCount ?? 0), "n": reported, "value": format.share(value)])
    case .text:
      return ""
    }
  }

  /// Province change from the first to the last period, like with like: over the units that
  /// reported both (a unit reporting only the second period would otherwise count as progress),
  /// saying whether it is better or worse for the indicator's direction.
  func change(_ ind: Indicator) -> String {
    guard let first = plan.periods.first, let last = plan.periods.last, first.id != last.id, ind.measure != .text
    else { return "" }
    var before: [Value?] = []
    var after: [Value?] = []
    for d in content.districts {
      guard let a = d.report(for: first.id)?.values[ind.id], let b = d.report(for: last.id)?.values[ind.id] else {
        continue
      }
      before.append(a)
      after.append(b)
    }
    guard let a = Progress.province(before, indicator: ind, period: first).value,
      let b = Progress.province(after, indicator: ind, period: last).value
    else { return "" }
    let text = ChangeText.make(
      from: a, to: b, measure: ind.measure, scale: ind.scale, lowerIsBetter: ind.lowerIsBetter, words: words)
    let n = format.count
    return text + " – "
      + strings.format(.changeCommonUnits, ["count": n(before.count), "total": n(content.districts.count)])
  }

  /// What the period expects of the indicator, in words: a ceiling holds whole; otherwise the
  /// period's milestone (from the baseline when there is one), and whether the period is closed.
  func expectation(_ ind: Indicator, _ p: Period) -> String {
    guard let target = ind.target, ind.measure != .text else { return "" }
    let closed = p.isClosed(on: today)
    let state =
      (closed ? strings.format(.expectationClosed, ["due": dueText(p, p.due)]) : strings[.expectationRunning]) + " "
    if ind.lowerIsBetter { return state + strings.format(.expectationCeiling, ["target": targetText(ind)]) }
    let base = ind.baselineValue.flatMap { $0 < target ? $0 : nil }
    let milestone = Status.milestone(target: target, expected: p.expected, baseline: base)
    // In the indicator's unit: a share for percent and yes-no, the amount and its unit for a count.
    let unit = ind.unit.map { " \($0)" } ?? ""
    let inUnit = { (v: Rational) in
      ind.measure == .count
        ? format.number(v) + unit
        : format.share(v, scale: ind.measure == .percent ? ind.scale : 100)
    }
    let shown = inUnit(milestone)
    let share = format.share(p.expected * Rational(100))
    guard let base else { return state + strings.format(.expectationMilestone, ["milestone": shown, "share": share]) }
    let baseShown = inUnit(base)
    return state
      + strings.format(.expectationMilestoneBaseline, ["milestone": shown, "baseline": baseShown, "share": share])
  }
}

/// "▲ 3,2 điểm phần trăm", "▼ 1", "= 0".
enum ChangeText {
  /// With `lowerIsBetter` the change also says whether it is better or worse for the indicator.
  static func make(
    from a: Rational, to b: Rational, measure: Measure, scale: Int, lowerIsBetter: Bool? = nil, words: Words
  ) -> String {
    let diff = b - a
    let arrow = diff.isZero ? "=" : (diff.isNegative ? "▼" : "▲")
    let magnitude = diff.isNegative ? Rational(0) - diff : diff
    let unit: String
    switch measure {
    case .percent: unit = scale == 1000 ? words.strings[.changePointsPerMille] : words.strings[.changePoints]
    case .yesNo: unit = words.strings[.changePoints]
    default: unit = ""
    }
    let text = "\(arrow) \(words.format.number(magnitude, places: 1))\(unit)"
    guard let lower = lowerIsBetter, !diff.isZero else { return text }
    return text + " (\(words.strings[diff.isNegative == lower ? .changeBetter : .changeWorse]))"
  }
}
