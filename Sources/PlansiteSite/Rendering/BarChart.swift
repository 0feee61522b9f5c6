import PlansiteContent

/// An inline SVG bar chart: a bar per district, a line at the target, labelled axes, and a text
/// alternative (`role="img"`, `<title>`, `<desc>`). Built as a string: no script, no library.
enum BarChart {
  static func svg(
    indicator ind: Indicator, period: Period, districts: [District], scoreboard: Scoreboard, id: String, words: Words
  ) -> String {
    let t = words.strings
    func format(_ v: Rational, _ ind: Indicator) -> String { BarChart.format(v, ind, words.format) }
    guard ind.measure != .text else { return "" }
    let values: [(String, Rational?)] = districts.map { d in
      let f = scoreboard.figure(ind.id, period.id, district: d.slug)
      return (d.name, f.value)
    }
    // The axis maximum: 100 (or 1000) for shares, else the largest value or target.
    var maxValue: Rational
    switch ind.measure {
    case .percent: maxValue = Rational(ind.scale)
    case .yesNo: maxValue = Rational(100)
    default:
      maxValue = values.compactMap(\.1).max() ?? .one
      if let t = ind.target, t > maxValue { maxValue = t }
      if maxValue.isZero { maxValue = .one }
    }
    let rowH = 22
    let labelW = 120
    let plotW = 300
    let top = 10
    let height = top + rowH * values.count + 40
    let width = labelW + plotW + 70
    func x(_ v: Rational) -> Double { Double(labelW) + Double(plotW) * min(1, (v / maxValue)?.doubleValue ?? 0) }
    let unit =
      ind.measure == .percent ? (ind.scale == 1000 ? "‰" : "%") : (ind.measure == .yesNo ? "%" : (ind.unit ?? ""))
    let title = t.format(.chartTitle, ["id": ind.id, "period": period.label])
    var desc = values.map { name, v in "\(name): \(v.map { format($0, ind) } ?? t[.chartNoData])" }.joined(
      separator: "; ")
    if let target = ind.target { desc += t.format(.chartTargetSentence, ["value": format(target, ind)]) }
    // `id` is made from a period id: escaped like every text from content, here in attributes.
    let idAttr = Escape.html(id)
    var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\""
    s += " aria-labelledby=\"\(idAttr)-title \(idAttr)-desc\">"
    s += "<title id=\"\(idAttr)-title\">\(Escape.html(title))</title>"
    s += "<desc id=\"\(idAttr)-desc\">\(Escape.html(desc))</desc>"
    for (i, (name, v)) in values.enumerated() {
      let y = top + i * rowH
      s +=
        "<text x=\"\(labelW - 6)\" y=\"\(y + 15)\" text-anchor=\"end\" class=\"chart-label\">\(Escape.html(name))</text>"
      if let v {
        let w = max(0, x(v) - Double(labelW))
        s += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(fmt(w))\" height=\"\(rowH - 6)\" class=\"chart-bar\"/>"
        s +=
          "<text x=\"\(fmt(Double(labelW) + w + 4))\" y=\"\(y + 15)\" class=\"chart-value\">\(Escape.html(format(v, ind)))</text>"
      } else {
        s +=
          "<text x=\"\(labelW + 4)\" y=\"\(y + 15)\" class=\"chart-value chart-missing\">\(Escape.html(t[.chartNoData]))</text>"
      }
    }
    let axisY = top + rowH * values.count
    s += "<line x1=\"\(labelW)\" y1=\"\(top)\" x2=\"\(labelW)\" y2=\"\(axisY)\" class=\"chart-axis\"/>"
    s += "<line x1=\"\(labelW)\" y1=\"\(axisY)\" x2=\"\(labelW + plotW)\" y2=\"\(axisY)\" class=\"chart-axis\"/>"
    s += "<text x=\"\(labelW)\" y=\"\(axisY + 16)\" class=\"chart-tick\">0</text>"
    s +=
      "<text x=\"\(labelW + plotW)\" y=\"\(axisY + 16)\" text-anchor=\"end\" class=\"chart-tick\">\(Escape.html(format(maxValue, ind)))</text>"
    s +=
      "<text x=\"\(labelW + plotW / 2)\" y=\"\(axisY + 34)\" text-anchor=\"middle\" class=\"chart-axis-title\">\(Escape.html(t.format(.chartAxis, ["unit": unit.isEmpty ? t[.chartAxisCount] : unit])))</text>"
    if let target = ind.target {
      let tx = fmt(x(target))
      s += "<line x1=\"\(tx)\" y1=\"\(top - 4)\" x2=\"\(tx)\" y2=\"\(axisY)\" class=\"chart-target\"/>"
      s +=
        "<text x=\"\(tx)\" y=\"\(top - 1)\" text-anchor=\"middle\" class=\"chart-target-label\">\(Escape.html(t.format(.chartTarget, ["value": format(target, ind)])))</text>"
    }
    return s + "</svg>"
  }

  static func format(_ v: Rational, _ ind: Indicator, _ f: SiteFormat) -> String {
    switch ind.measure {
    case .percent: return f.share(v, scale: ind.scale)
    case .yesNo: return f.share(v)
    default: return f.number(v) + (ind.unit.map { " \($0)" } ?? "")
    }
  }

  static func fmt(_ d: Double) -> String {
    let r = (d * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
