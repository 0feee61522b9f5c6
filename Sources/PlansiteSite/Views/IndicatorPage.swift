import PlansiteContent

/// `targets/<id>/index.html`: one indicator across every district.
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
}

/// The indicator in one period: the district table, the chart and the province working.
public struct IndicatorPeriodView: Sendable {
  public var id: String
  public var label: String
  /// What the period expects, in words: the milestone or the ceiling, running or closed.
  public var expected: String
  public var province: FigureView
  /// "Σ đã đạt / Σ tổng = 1.234 / 1.300 = 94,9%": how the province figure was computed.
  public var formula: String
  public var rows: [DistrictFigureRow]
  /// The same rows, highest value first (ceilings: lowest first).
  public var sortedRows: [DistrictFigureRow]
  /// Inline SVG (already escaped), or empty for qualitative indicators.
  public var chart: String
  public var hasChart: Bool
}

/// One district's figure for an indicator in a period.
public struct DistrictFigureRow: Sendable {
  public var name: String
  public var href: String
  public var done: String
  public var of: String
  public var figure: FigureView
}

extension SiteModel {
  func indicatorPage(_ ind: Indicator) -> RenderJob {
    let path = SitePaths.indicator(ind.id)
    let root = SitePaths.root(of: path)
    let target = plan.targets.first { $0.id == ind.targetID }
    let periods = plan.periods.map { p -> IndicatorPeriodView in
      let rows = content.districts.map { d -> DistrictFigureRow in
        let fig = scoreboard.figure(ind.id, p.id, district: d.slug)
        return DistrictFigureRow(
          name: d.fullName, href: root + SitePaths.district(d.slug),
          done: fig.done.map { format.number($0) } ?? "",
          of: fig.of.map { format.number($0) } ?? "", figure: figureView(ind, p, for: .district(d.slug)))
      }
      let values = content.districts.map { scoreboard.figure(ind.id, p.id, district: $0.slug).value }
      let order = rows.indices.sorted { a, b in
        switch (values[a], values[b]) {
        case (let x?, let y?): return x == y ? a < b : (ind.lowerIsBetter ? x < y : x > y)
        case (.some, nil): return true
        default: return false
        }
      }
      let province = scoreboard.figure(ind.id, p.id)
      return IndicatorPeriodView(
        id: p.id, label: p.label, expected: expectation(ind, p),
        province: figureView(ind, p), formula: formula(ind, province), rows: rows, sortedRows: order.map { rows[$0] },
        chart: BarChart.svg(
          indicator: ind, period: p, districts: content.districts, scoreboard: scoreboard, id: "bieu-do-\(p.id)",
          words: words),
        hasChart: ind.measure != .text)
    }
    let page = IndicatorPageView(
      id: ind.id, label: ind.label,
      targetTitle: target.map { strings.format(.indicatorTargetTitle, ["id": $0.id, "title": $0.title]) } ?? "",
      targetText: target?.text ?? "", measure: measureLabel(ind.measure), target: targetText(ind),
      baseline: baselineText(ind), hasBaseline: ind.baseline != nil, isCeiling: ind.lowerIsBetter,
      periods: periods, change: change(ind), legend: legend, targetsHref: root + SitePaths.targets)
    let title = strings.format(.titleIndicator, ["id": ind.id, "label": ind.label])
    return .page(
      path, "indicator",
      PageContext(
        layout: layout(path: path, title: title, crumbs: [(strings[.navTargets], SitePaths.targets)]), page: page))
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
