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
        id: p.id, label: p.label, expected: format.share(p.expected * Rational(100)),
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
    let reported = String(f.reported)
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
        .methodYesNo, ["yes": String(f.yesCount ?? 0), "n": reported, "value": format.share(value)])
    case .text:
      return ""
    }
  }

  /// Province change from the first to the last period with data.
  func change(_ ind: Indicator) -> String {
    guard let first = plan.periods.first, let last = plan.periods.last, first.id != last.id,
      let a = scoreboard.figure(ind.id, first.id).value, let b = scoreboard.figure(ind.id, last.id).value
    else { return "" }
    return ChangeText.make(from: a, to: b, measure: ind.measure, scale: ind.scale, words: words)
  }
}

/// "▲ 3,2 điểm %", "▼ 1", "= 0".
enum ChangeText {
  static func make(from a: Rational, to b: Rational, measure: Measure, scale: Int, words: Words) -> String {
    let diff = b - a
    let arrow = diff.isZero ? "=" : (diff.isNegative ? "▼" : "▲")
    let magnitude = diff.isNegative ? Rational(0) - diff : diff
    let unit: String
    switch measure {
    case .percent: unit = scale == 1000 ? words.strings[.changePointsPerMille] : words.strings[.changePoints]
    case .yesNo: unit = words.strings[.changePoints]
    default: unit = ""
    }
    return "\(arrow) \(words.format.number(magnitude, places: 1))\(unit)"
  }
}
