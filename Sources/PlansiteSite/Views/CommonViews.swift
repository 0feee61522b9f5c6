import PlansiteContent

/// A link in navigation, breadcrumbs or lists; `href` is already relative to the page.
public struct LinkView: Sendable {
  public var label: String
  public var href: String
  /// `aria-current="page"` in navigation.
  public var current: Bool = false
}

/// A status as text, icon and a CSS class (`status-dat`), never colour alone.
public struct StatusView: Sendable, Equatable {
  public var key: String
  public var label: String
  public var icon: String
  // `{{{html}}}`: `partials/status`, rendered once per status by the renderer (`PartialCache`).

  init(_ s: Status, label: String) {
    key = s.rawValue
    self.label = label
    icon = s.icon
  }
}

/// A figure ready to print: the value in Vietnamese style, its working and a bar.
public struct FigureView: Sendable, Equatable {
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
    _ fig: Figure, _ ind: Indicator, province: Bool, status: StatusView, words w: Words,
    notesHTML: (String) -> String
  ) -> FigureView {
    let (t, f) = (w.strings, w.format)
    let coverage =
      province ? t.format(.figureCoverage, ["n": f.count(fig.reported), "of": f.count(fig.expected)]) : ""
    let note = targetNote(fig, ind, w)
    guard let value = fig.value else {
      return FigureView(
        text: fig.status == .qualitative ? t[.figureReported] : "—", detail: "", status: status, bar: nil,
        coverage: coverage, targetNote: note, notes: fig.notes.map(notesHTML), hasData: fig.status == .qualitative)
    }
    var text = ""
    var detail = ""
    var barValue: Rational?
    switch ind.measure {
    case .percent:
      text = f.share(value, scale: ind.scale)
      if let d = fig.done, let o = fig.of { detail = "\(f.number(d))/\(f.number(o))" }
      barValue = (value / Rational(ind.scale)).map { $0 * Rational(100) }
    case .count:
      text = f.number(value) + (ind.unit.map { " \($0)" } ?? "")
      if let o = fig.of { detail = t.format(.figureOutOf, ["of": f.number(o)]) }
      if let whole = fig.of ?? fig.target, !whole.isZero, !ind.lowerIsBetter {
        barValue = (value / whole).map { $0 * Rational(100) }
      }
    case .yesNo:
      if province {
        text = f.share(value)
        detail = t.format(.figureYesUnits, ["n": f.count(fig.yesCount ?? 0), "of": f.count(fig.reported)])
      } else {
        text = fig.yesCount == 1 ? t[.figureYes] : t[.figureNo]
      }
      barValue = value
    case .text:
      text = t[.figureReported]
    }
    let bar = barValue.map { min(max($0, .zero), Rational(100)).decimalString(places: 1) }
    return FigureView(
      text: text, detail: detail, status: status, bar: bar, coverage: coverage, targetNote: note,
      notes: fig.notes.map(notesHTML), hasData: true)
  }

  /// A unit's target as derived from the province's (`TargetSplit`), or why there is none.
  static func targetNote(_ fig: Figure, _ ind: Indicator, _ w: Words) -> String {
    let strings = w.strings
    let unit = ind.unit.map { " \($0)" } ?? ""
    let n = { (r: Rational) in w.format.number(r) }
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

/// The strings and the number formatter of the site's language, handed to helpers that are not
/// part of `SiteModel`.
struct Words: Sendable {
  let strings: Strings
  let format: SiteFormat
}

extension SiteModel {
  /// "≥ 80%", "không quá 0 trường hợp", "150/200 xã", "100% đơn vị": a ceiling reads as one.
  func targetText(_ ind: Indicator) -> String {
    guard let target = ind.target else { return strings[.targetQualitative] }
    let cmp = ind.lowerIsBetter ? strings[.targetAtMost] : ""
    switch ind.measure {
    case .percent: return cmp + format.share(target, scale: ind.scale)
    case .count:
      let unit = ind.unit.map { " \($0)" } ?? ""
      if let of = ind.of { return cmp + "\(format.number(target))/\(format.number(of))\(unit)" }
      return cmp + format.number(target) + unit
    case .yesNo: return cmp + strings.format(.targetUnits, ["share": format.share(target)])
    case .text: return strings[.targetQualitative]
    }
  }

  /// "144/200 (2022)".
  func baselineText(_ ind: Indicator) -> String {
    guard let b = ind.baseline else { return "" }
    let of = b.of.map { "/\(format.number($0))" } ?? ""
    return "\(format.number(b.done))\(of) (\(b.year))"
  }

  /// How an indicator is measured, in words.
  func measureLabel(_ m: Measure) -> String {
    switch m {
    case .percent: return strings[.measurePercent]
    case .count: return strings[.measureCount]
    case .yesNo: return strings[.measureYesNo]
    case .text: return strings[.measureText]
    }
  }
}

extension Strings {
  /// A status in words (`Đạt`, `Achieved`).
  func status(_ s: Status) -> String {
    switch s {
    case .achieved: return self[.statusAchieved]
    case .onTrack: return self[.statusOnTrack]
    case .behind: return self[.statusBehind]
    case .noData: return self[.statusNoData]
    case .qualitative: return self[.statusQualitative]
    case .notAchieved: return self[.statusNotAchieved]
    case .exceeded: return self[.statusExceeded]
    case .incomplete: return self[.statusIncomplete]
    case .notAssigned: return self[.statusNotAssigned]
    }
  }
}
