import PlansiteContent

/// A link in navigation, breadcrumbs or lists; `href` is already relative to the page.
public struct LinkView: Sendable {
  public var label: String
  public var href: String
  /// `aria-current="page"` in navigation.
  public var current: Bool = false
}

/// A status as text, icon and a CSS class (`status-dat`), never colour alone.
public struct StatusView: Sendable {
  public var key: String
  public var label: String
  public var icon: String
  // `{{{html}}}`: `partials/status`, rendered once per status by the renderer (`PartialCache`).

  init(_ s: Status) {
    key = s.rawValue
    label = s.label
    icon = s.icon
  }
}

/// A figure ready to print: the value in Vietnamese style, its working and a bar.
public struct FigureView: Sendable {
  /// `95,5%`, `151 xã`, `Có`, or `—` when there is no data.
  public var text: String
  /// `412/420`, `9/11 đơn vị có`: what the value was computed from; empty if nothing.
  public var detail: String
  public var status: StatusView
  /// Bar width in percent of the target scale, `0`…`100`, with a point (CSS); nil: no bar.
  public var bar: String?
  /// "9/11 đơn vị đã báo cáo" (province figures).
  public var coverage: String
  /// How a unit's own target was derived from the province's ("Chỉ tiêu của đơn vị: 150 × 17/200
  /// = 12,75 xã"), or why the unit is not judged; empty otherwise.
  public var targetNote: String = ""
  /// Qualitative notes, already rendered from Markdown.
  public var notes: [String]
  public var hasData: Bool
  /// Which figure this is (unit, indicator, period): `{{{html}}}` is `partials/figure` rendered
  /// once per page for each key (`PartialCache`); nil for a summary, never rendered so.
  public var cacheKey: String?
}

/// Counts of indicators per status, for summaries and legends.
public struct StatusCountView: Sendable {
  public var status: StatusView
  public var count: Int
}

extension FigureView {
  /// Formats `fig` for `ind`. `notesHTML` renders qualitative notes (Markdown).
  static func make(
    _ fig: Figure, _ ind: Indicator, province: Bool, status: StatusView, strings: Strings,
    notesHTML: (String) -> String
  ) -> FigureView {
    let coverage =
      province
      ? "\(VietnameseFormat.days(fig.reported))/\(VietnameseFormat.days(fig.expected)) đơn vị đã báo cáo" : ""
    let note = targetNote(fig, ind, strings)
    guard let value = fig.value else {
      return FigureView(
        text: fig.status == .qualitative ? "Đã báo cáo" : "—", detail: "", status: status, bar: nil,
        coverage: coverage, targetNote: note, notes: fig.notes.map(notesHTML), hasData: fig.status == .qualitative)
    }
    var text = ""
    var detail = ""
    var barValue: Rational?
    switch ind.measure {
    case .percent:
      text = VietnameseFormat.share(value, scale: ind.scale)
      if let d = fig.done, let o = fig.of { detail = "\(VietnameseFormat.number(d))/\(VietnameseFormat.number(o))" }
      barValue = (value / Rational(ind.scale)).map { $0 * Rational(100) }
    case .count:
      text = VietnameseFormat.number(value) + (ind.unit.map { " \($0)" } ?? "")
      if let o = fig.of { detail = "trên \(VietnameseFormat.number(o))" }
      if let whole = fig.of ?? fig.target, !whole.isZero, !ind.lowerIsBetter {
        barValue = (value / whole).map { $0 * Rational(100) }
      }
    case .yesNo:
      if province {
        text = VietnameseFormat.share(value)
        detail = "\(VietnameseFormat.days(fig.yesCount ?? 0))/\(VietnameseFormat.days(fig.reported)) đơn vị có"
      } else {
        text = fig.yesCount == 1 ? "Có" : "Không"
      }
      barValue = value
    case .text:
      text = "Đã báo cáo"
    }
    let bar = barValue.map { min(max($0, .zero), Rational(100)).decimalString(places: 1) }
    return FigureView(
      text: text, detail: detail, status: status, bar: bar, coverage: coverage, targetNote: note,
      notes: fig.notes.map(notesHTML), hasData: true)
  }

  /// A unit's target as derived from the province's (`TargetSplit`), or why there is none.
  static func targetNote(_ fig: Figure, _ ind: Indicator, _ strings: Strings) -> String {
    let unit = ind.unit.map { " \($0)" } ?? ""
    let n = { (r: Rational) in VietnameseFormat.number(r) }
    switch fig.split {
    case .proportional(let t, let unitOf, let planOf)?:
      return strings.format(
        .targetNoteProportional,
        ["target": n(t), "unit_of": n(unitOf), "plan_of": n(planOf), "share": n(fig.target ?? .zero), "unit": unit])
    case .perUnit(let t)?:
      return strings.format(
        ind.lowerIsBetter ? .targetNotePerUnitCeiling : .targetNotePerUnit, ["target": n(t), "unit": unit])
    case .zeroCeiling?:
      return strings.format(.targetNoteZeroCeiling, ["unit": unit])
    case nil:
      guard fig.status == .notAssigned, let t = ind.target else { return "" }
      return strings.format(.targetNoteNotAssigned, ["target": n(t), "unit": unit])
    }
  }

}

extension Indicator {
  /// "≥ 80%", "không quá 0 trường hợp", "150/200 xã", "100% đơn vị": a ceiling reads as one.
  var targetText: String {
    guard let target else { return "Định tính" }
    let cmp = lowerIsBetter ? "không quá " : ""
    switch measure {
    case .percent: return cmp + VietnameseFormat.share(target, scale: scale)
    case .count:
      let unit = unit.map { " \($0)" } ?? ""
      if let of { return cmp + "\(VietnameseFormat.number(target))/\(VietnameseFormat.number(of))\(unit)" }
      return cmp + VietnameseFormat.number(target) + unit
    case .yesNo: return cmp + VietnameseFormat.share(target) + " đơn vị"
    case .text: return "Định tính"
    }
  }

  /// "144/200 (2022)".
  var baselineText: String {
    guard let b = baseline else { return "" }
    let of = b.of.map { "/\(VietnameseFormat.number($0))" } ?? ""
    return "\(VietnameseFormat.number(b.done))\(of) (\(b.year))"
  }
}
