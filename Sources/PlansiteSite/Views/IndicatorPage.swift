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
  /// Every unit's bar against the target (`partials/chart`); qualitative indicators have none.
  public var chart: ChartView
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
          done: fig.done.map { VietnameseFormat.number($0) } ?? "",
          of: fig.of.map { VietnameseFormat.number($0) } ?? "", figure: figureView(ind, p, for: .district(d.slug)))
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
        chart: indicatorChart(ind, p, units: content.districts, id: "bieu-do-\(p.id)"),
        hasChart: ind.measure != .text)
    }
    let page = IndicatorPageView(
      id: ind.id, label: ind.label, targetTitle: target.map { "Mục tiêu \($0.id): \($0.title)" } ?? "",
      targetText: target?.text ?? "", measure: ind.measure.label, target: ind.targetText,
      baseline: ind.baselineText, hasBaseline: ind.baseline != nil, isCeiling: ind.lowerIsBetter,
      periods: periods, change: change(ind), legend: legend, targetsHref: root + SitePaths.targets)
    let title = "Chỉ tiêu \(ind.id): \(ind.label)"
    return .page(
      path, "indicator",
      PageContext(layout: layout(path: path, title: title, crumbs: [("Mục tiêu", SitePaths.targets)]), page: page))
  }

  /// The province working, so a reader can recompute the figure.
  func formula(_ ind: Indicator, _ f: Figure) -> String {
    guard let value = f.value else {
      return ind.measure == .text
        ? "Chỉ tiêu định tính: tổng hợp ý kiến của các đơn vị." : "Chưa có đơn vị nào báo cáo."
    }
    let n = VietnameseFormat.number
    switch ind.measure {
    case .percent:
      guard let d = f.done, let o = f.of else { return "" }
      let factor = ind.scale == 1000 ? " × 1000" : " × 100"
      return
        "Tổng đạt / tổng số của \(VietnameseFormat.days(f.reported)) đơn vị đã báo cáo = \(n(d, 2)) / \(n(o, 2))\(factor) = \(VietnameseFormat.share(value, scale: ind.scale)) (bình quân có trọng số, không lấy trung bình các tỷ lệ)."
    case .count:
      return
        "Cộng số liệu của \(VietnameseFormat.days(f.reported)) đơn vị đã báo cáo = \(n(value, 2))\(ind.unit.map { " \($0)" } ?? "")."
    case .yesNo:
      return
        "Số đơn vị trả lời “có” / số đơn vị đã báo cáo = \(VietnameseFormat.days(f.yesCount ?? 0)) / \(VietnameseFormat.days(f.reported)) = \(VietnameseFormat.share(value))."
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
      from: a, to: b, measure: ind.measure, scale: ind.scale, lowerIsBetter: ind.lowerIsBetter, strings: strings)
    let n = VietnameseFormat.days
    return text + " – "
      + strings.format(.changeCommonUnits, ["count": n(before.count), "total": n(content.districts.count)])
  }

  /// What the period expects of the indicator, in words: a ceiling holds whole; otherwise the
  /// period's milestone (from the baseline when there is one), and whether the period is closed.
  func expectation(_ ind: Indicator, _ p: Period) -> String {
    guard let target = ind.target, ind.measure != .text else { return "" }
    let closed = p.isClosed(on: today)
    let state =
      (closed ? strings.format(.expectationClosed, ["due": p.dueText(p.due)]) : strings[.expectationRunning]) + " "
    if ind.lowerIsBetter { return state + strings.format(.expectationCeiling, ["target": ind.targetText]) }
    let base = ind.baselineValue.flatMap { $0 < target ? $0 : nil }
    let milestone = Status.milestone(target: target, expected: p.expected, baseline: base)
    // In the indicator's unit: a share for percent and yes-no, the amount and its unit for a count.
    let unit = ind.unit.map { " \($0)" } ?? ""
    let inUnit = { (v: Rational) in
      ind.measure == .count
        ? VietnameseFormat.number(v) + unit
        : VietnameseFormat.share(v, scale: ind.measure == .percent ? ind.scale : 100)
    }
    let shown = inUnit(milestone)
    let share = VietnameseFormat.share(p.expected * Rational(100))
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
    from a: Rational, to b: Rational, measure: Measure, scale: Int, lowerIsBetter: Bool? = nil,
    strings: Strings = .builtInVietnamese
  ) -> String {
    let diff = b - a
    let arrow = diff.isZero ? "=" : (diff.isNegative ? "▼" : "▲")
    let magnitude = diff.isNegative ? Rational(0) - diff : diff
    let unit: String
    switch measure {
    case .percent: unit = scale == 1000 ? " điểm phần nghìn" : " điểm phần trăm"
    case .yesNo: unit = " điểm phần trăm"
    default: unit = ""
    }
    let text = "\(arrow) \(VietnameseFormat.number(magnitude, places: 1))\(unit)"
    guard let lower = lowerIsBetter, !diff.isZero else { return text }
    return text + " (\(strings[diff.isNegative == lower ? .changeBetter : .changeWorse]))"
  }
}
