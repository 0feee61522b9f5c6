import PlansiteContent

/// A horizontal bar chart drawn by `partials/chart`: this file computes numbers and coordinates
/// and fills each row's words from the strings' `chart_row_…` sentences; the partial draws every
/// mark and writes the title and text alternative, so the communications team can restyle charts
/// and reword them without Swift. Each row is a line of text (label left, value and status right)
/// over its bar, so no bar or target mark ever crosses a label.
public struct ChartView: Sendable {
  /// Unique in its page: the prefix of the title, description and pattern ids.
  public var id: String
  /// What the chart shows, from content; the partial composes the title from these:
  /// "Mục tiêu 2: <name>", "Chỉ tiêu 1a: <name> – <period>", "<unit>".
  public var name: String
  public var targetID: String
  public var indicatorID: String
  public var unitName: String
  public var periodLabel: String
  /// Rows count indicators ("3 chỉ tiêu ✖ Chậm": the ranking of units), not a figure.
  public var countsIndicators: Bool
  /// The target when every row shares one ("≥ 90%"); empty when each row has its own.
  public var target: String
  /// Height of the viewBox (its width is `ChartView.width`).
  public var height: String
  /// Where the rows start, below the line that explains the target mark.
  public var rows: [ChartRowView]
  public var hasRows: Bool
}

/// One bar; coordinates are SVG user units as text.
public struct ChartRowView: Sendable {
  /// A unit's name (with its kind: "Thành phố Lạng Sơn"), or empty.
  public var name: String
  /// The row's indicator: alone "Chỉ tiêu 1a", before a unit "1a · Huyện Bắc Sơn".
  public var indicatorID: String
  public var isIndicator: Bool
  /// "97,9%", "151 xã", "Có", or "—".
  public var value: String
  /// This row's own target ("≥ 90%"), for the text alternative.
  public var target: String
  public var status: StatusView
  /// The province's row beside a unit's (drawn lighter, named "Toàn tỉnh").
  public var isProvince: Bool
  /// A shortfall (behind, not met, breached): hatched as well as coloured, for grey print.
  public var hatched: Bool
  public var textY: String
  public var barY: String
  public var hasBar: Bool
  public var width: String
  public var hasTargetMark: Bool
  public var targetX: String
  public var markTop: String
  public var markBottom: String
  /// The row's name as drawn left of its bar ("Chỉ tiêu 1a", "1a · Xã Tân Lập", "1a · Toàn tỉnh",
  /// a unit's name), the row in words for the text alternative without its full stop, and what
  /// is drawn right of it ("97,9% ✔ Đạt"): put together once per row from the strings'
  /// `chart_row_…` sentences (`ChartRowWords`), since a chart row is the most repeated fragment
  /// of a unit page and each name a template looks up costs the same as a whole word.
  public var label: String
  public var summary: String
  public var valueText: String
  /// `status.key`, for the row's class.
  public var statusKey: String
}

/// The words of chart rows: `strings`' `chart_row_…` sentences filled in.
struct ChartRowWords {
  let strings: Strings

  /// `label` and `summary` start with the row's name: an indicator, a unit (or the province)
  /// of an indicator, or a unit alone.
  func names(_ b: ChartBar, isIndicator: Bool) -> (label: String, summary: String) {
    if isIndicator {
      let name = strings.format(.chartRowIndicator, ["id": b.indicatorID])
      return (name, name)
    }
    let (shown, spoken) =
      b.isProvince ? (b.name + strings[.chartProvince], b.name + strings[.chartProvinceLower]) : (b.name, b.name)
    guard !b.indicatorID.isEmpty else { return (shown, spoken) }
    return (
      strings.format(.chartRowUnit, ["id": b.indicatorID, "name": shown]),
      strings.format(.chartRowUnitAlt, ["id": b.indicatorID, "name": spoken])
    )
  }

  func row(_ b: ChartBar, isIndicator: Bool, countsIndicators: Bool) -> (
    label: String, summary: String, valueText: String
  ) {
    let (label, name) = names(b, isIndicator: isIndicator)
    let value = countsIndicators ? strings.format(.chartRowCounted, ["value": b.figure.text]) : b.figure.text
    let status = b.figure.status
    let summary =
      b.target.isEmpty
      ? strings.format(.chartRowAlt, ["row": name, "value": value, "status": status.label])
      : strings.format(
        .chartRowAltTarget, ["row": name, "value": value, "status": status.label, "target": b.target])
    return (
      label, summary, strings.format(.chartRowValue, ["value": value, "icon": status.icon, "status": status.label])
    )
  }
}

/// A bar to draw: a label, a figure and where it sits on its scale.
struct ChartBar {
  var name = ""
  var indicatorID = ""
  var figure: FigureView
  var target: String
  var isProvince = false
  /// 0…1 of the plot width; nil: nothing to draw (no data, qualitative).
  var share: Double?
  var targetShare: Double?
}

extension ChartView {
  static let width = 400
  /// Font size 14 of 400 units stays at least 11 px down to a 315 px wide chart (a tile on a
  /// 390 px phone): `.chart text` in the stylesheet.
  static let rowHeight = 40
  static let top = 24

  static func make(
    id: String, name: String = "", targetID: String = "", indicatorID: String = "", unitName: String = "",
    periodLabel: String = "", countsIndicators: Bool = false, target: String, bars: [ChartBar], words: Strings
  ) -> ChartView {
    let w = Double(width)
    let rowWords = ChartRowWords(strings: words)
    let rows = bars.enumerated().map { i, b -> ChartRowView in
      let y = top + i * rowHeight
      let barY = y + 22
      let isIndicator = b.name.isEmpty && !b.isProvince
      let text = rowWords.row(b, isIndicator: isIndicator, countsIndicators: countsIndicators)
      return ChartRowView(
        name: b.name, indicatorID: b.indicatorID, isIndicator: isIndicator, value: b.figure.text,
        target: b.target, status: b.figure.status, isProvince: b.isProvince,
        hatched: ChartView.isShortfall(b.figure.status.key), textY: "\(y + 15)", barY: "\(barY)",
        hasBar: b.share != nil, width: format(w * clamp(b.share ?? 0)), hasTargetMark: b.targetShare != nil,
        targetX: format(w * clamp(b.targetShare ?? 0)), markTop: "\(barY - 3)", markBottom: "\(barY + 15)",
        label: text.label, summary: text.summary, valueText: text.valueText, statusKey: b.figure.status.key)
    }
    return ChartView(
      id: id, name: name, targetID: targetID, indicatorID: indicatorID, unitName: unitName, periodLabel: periodLabel,
      countsIndicators: countsIndicators, target: target, height: "\(top + rowHeight * bars.count + 4)", rows: rows,
      hasRows: !rows.isEmpty)
  }

  /// A status that reads as a shortfall: behind while the period runs, not met once it is
  /// closed, a ceiling breached. Not missing or incomplete data, nor a target not assigned.
  static func isShortfall(_ key: String) -> Bool { Status(rawValue: key).map(shortfalls.contains) ?? false }

  /// The statuses that fall short: behind, not met, ceiling breached.
  static let shortfalls: Set<Status> = [.behind, .notAchieved, .exceeded]

  static func clamp(_ d: Double) -> Double { min(max(d, 0), 1) }

  /// One decimal at most, with a point (SVG).
  static func format(_ d: Double) -> String {
    let r = (d * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}

/// Where a figure of an indicator sits on its bar: shares against their whole (100 %, 1000 ‰,
/// the count's own whole), other counts against the largest of the chart's values and the target.
struct ChartScale {
  var indicator: Indicator
  /// The largest count in the chart (counts without a whole).
  var countMax: Rational

  init(_ ind: Indicator, figures: [Figure]) {
    indicator = ind
    var m = figures.compactMap(\.value).max() ?? .zero
    if let t = ind.target, t > m { m = t }
    countMax = m.isZero ? .one : m
  }

  func share(_ f: Figure) -> Double? {
    guard let v = f.value else { return nil }
    return fraction(v, of: f.of)
  }

  var targetShare: Double? {
    guard let t = indicator.target else { return nil }
    return fraction(t, of: indicator.of)
  }

  private func fraction(_ v: Rational, of whole: Rational?) -> Double? {
    let ind = indicator
    switch ind.measure {
    case .percent: return (v / Rational(ind.scale))?.doubleValue
    case .yesNo: return (v / Rational(100))?.doubleValue
    case .count:
      if let whole = whole ?? ind.of, !whole.isZero { return (v / whole)?.doubleValue }
      return (v / countMax)?.doubleValue
    case .text: return nil
    }
  }
}

extension SiteModel {
  /// One indicator in a period across `units` (the indicator page, a unit beside the province).
  func indicatorChart(_ ind: Indicator, _ p: Period, units: [District], id: String) -> ChartView {
    let figures = units.map { scoreboard.figure(ind.id, p.id, district: $0.slug) }
    let scale = ChartScale(ind, figures: figures)
    let bars = zip(units, figures).map { d, f in
      ChartBar(
        name: d.fullName, figure: figureSummary(ind, p, for: .district(d.slug)), target: targetText(ind),
        share: scale.share(f), targetShare: scale.targetShare)
    }
    return ChartView.make(
      id: id, name: ind.label, indicatorID: ind.id, periodLabel: p.label, target: targetText(ind), bars: bars,
      words: strings)
  }

  /// A target's measured indicators in a period, province figures (home tiles, targets index).
  func targetChart(_ t: Target, _ p: Period, id: String) -> ChartView {
    let bars = t.indicators.filter { $0.measure != .text }.map { ind -> ChartBar in
      let f = scoreboard.figure(ind.id, p.id)
      let scale = ChartScale(ind, figures: [f])
      return ChartBar(
        indicatorID: ind.id, figure: figureSummary(ind, p), target: targetText(ind), share: scale.share(f),
        targetShare: scale.targetShare)
    }
    return ChartView.make(
      id: id, name: t.title, targetID: t.id, periodLabel: p.label, target: "", bars: bars, words: strings)
  }

  /// A unit's measured indicators of a target, each beside the province figure.
  func unitTargetChart(_ t: Target, _ p: Period, unit d: District, id: String) -> ChartView {
    var bars: [ChartBar] = []
    for ind in t.indicators where ind.measure != .text {
      let own = scoreboard.figure(ind.id, p.id, district: d.slug)
      let province = scoreboard.figure(ind.id, p.id)
      let scale = ChartScale(ind, figures: unitChartsShowProvince ? [own, province] : [own])
      bars.append(
        ChartBar(
          name: d.fullName, indicatorID: ind.id, figure: figureSummary(ind, p, for: .district(d.slug)),
          target: targetText(ind), share: scale.share(own), targetShare: scale.targetShare))
      guard unitChartsShowProvince else { continue }
      bars.append(
        ChartBar(
          indicatorID: ind.id, figure: figureSummary(ind, p), target: targetText(ind), isProvince: true,
          share: scale.share(province), targetShare: scale.targetShare))
    }
    return ChartView.make(
      id: id, name: t.title, targetID: t.id, unitName: d.fullName, periodLabel: p.label, target: "", bars: bars,
      words: strings)
  }
}

extension SiteModel {
  /// What a unit's page shows besides its own folder: the province figures its charts draw
  /// beside the unit's and the latest period with data. Mixed into each unit's page-reuse key
  /// (`SiteBuilder.plan`), so a change elsewhere that moves a province figure renders every
  /// unit's page again instead of keeping a stale "Toàn tỉnh".
  /// Above `IndicatorPageView.chartedUnitsMax` units (a national programme), the charts draw
  /// the unit against its target only: the province figure is on the indicator's page, and a
  /// figure changed in one unit does not make thousands of unit pages again.
  var provinceDigest: String {
    var h = SHA256()
    h.update("\(latestPeriod?.id ?? "")\n")
    guard unitChartsShowProvince else { return h.finalize() }
    for p in plan.periods {
      for ind in plan.indicators {
        let f = figureSummary(ind, p)
        let exact = scoreboard.figure(ind.id, p.id).value.map { "\($0)" } ?? ""
        h.update("\(ind.id) \(p.id) \(f.text) \(exact) \(f.status.key)\n")
      }
    }
    return h.finalize()
  }

  /// Whether a unit's page draws the province beside the unit (see `provinceDigest`).
  var unitChartsShowProvince: Bool { content.districts.count <= IndicatorPageView.chartedUnitsMax }
}
