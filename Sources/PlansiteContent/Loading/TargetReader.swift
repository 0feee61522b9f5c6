import Yams

/// Reads the targets of `plan.yaml` and their indicators.
enum TargetReader {
  static let indicatorKeys = [
    "id", "label", "measure", "target", "better", "of", "unit", "baseline", "scale",
  ]

  static func read(_ node: Node?, _ r: YAMLReader, invalid: inout Set<String>) -> [Target] {
    var targets: [Target] = []
    var indicatorIDs: Set<String> = []
    for item in r.sequence(node, "targets") ?? [] {
      guard
        let f = r.fields(
          item, "một mục tiêu", allowed: ["id", "title", "text", "indicators"],
          required: ["id", "title", "indicators"])
      else { continue }
      guard let id = r.string(f["id"], "id"), let title = r.string(f["title"], "title") else { continue }
      var indicators: [Indicator] = []
      for ind in r.sequence(f["indicators"], "indicators") ?? [] {
        guard let indicator = readIndicator(ind, targetID: id, r) else {
          if case .mapping(let m) = ind, let idNode = m["id"], let s = idNode.scalar?.string { invalid.insert(s) }
          continue
        }
        if !indicatorIDs.insert(indicator.id).inserted {
          r.error(.duplicateKey, ind, "mã chỉ tiêu \"\(indicator.id)\" đã dùng cho một chỉ tiêu khác")
          continue
        }
        indicators.append(indicator)
      }
      targets.append(Target(id: id, title: title, text: r.string(f["text"], "text") ?? title, indicators: indicators))
    }
    return targets
  }

  static func readIndicator(_ node: Node, targetID: String, _ r: YAMLReader) -> Indicator? {
    guard
      let f = r.fields(node, "một chỉ tiêu", allowed: indicatorKeys, required: ["id", "label", "measure"])
    else { return nil }
    guard let id = r.string(f["id"], "id"), let label = r.string(f["label"], "label") else { return nil }
    if !PlanReader.isSafeSlug(id.lowercased()) {
      r.error(.unsafePath, f["id"], "mã chỉ tiêu \"\(id)\" chỉ được gồm chữ không dấu, số và dấu gạch ngang")
      return nil
    }
    guard let measureText = r.string(f["measure"], "measure") else { return nil }
    guard let measure = Measure(rawValue: measureText) else {
      let names = Measure.allCases.map(\.rawValue)
      r.error(
        .invalidValue, f["measure"],
        "measure \"\(measureText)\" không hợp lệ\(Suggestion.hint(for: measureText, in: names)); dùng một trong: \(names.joined(separator: ", "))")
      return nil
    }
    let target = r.number(f["target"], "target")
    if measure != .text && f["target"] == nil {
      r.error(.missingKey, node, "chỉ tiêu \"\(id)\" thiếu \"target\" (mục tiêu bằng số)")
    }
    if let t = target, measure == .percent || measure == .yesNo, t > Rational(1000) {
      r.error(.outOfRange, f["target"], "target của tỷ lệ phải từ 0 đến 100 (hoặc 1000 với scale: 1000)")
    }
    var lower = false
    if let better = r.string(f["better"], "better") {
      switch better {
      case "lower": lower = true
      case "higher": lower = false
      default: r.error(.invalidValue, f["better"], "better chỉ nhận \"lower\" (càng thấp càng tốt) hoặc \"higher\"")
      }
    }
    var scale = 100
    if let s = r.integer(f["scale"], "scale") {
      if s == 100 || s == 1000 { scale = s } else {
        r.error(.invalidValue, f["scale"], "scale chỉ nhận 100 (phần trăm) hoặc 1000 (phần nghìn, ‰)")
      }
    }
    let of = r.number(f["of"], "of")
    if let of, of.isZero { r.error(.outOfRange, f["of"], "\"of\" phải lớn hơn 0") }
    var baseline: Baseline?
    if let b = r.fields(f["baseline"], "baseline", allowed: ["year", "done", "of"], required: ["year", "done"]),
      let year = r.integer(b["year"], "baseline.year"), let done = r.number(b["done"], "baseline.done")
    {
      baseline = Baseline(year: year, done: done, of: r.number(b["of"], "baseline.of"))
    }
    return Indicator(
      id: id, targetID: targetID, label: label, measure: measure, target: target,
      lowerIsBetter: lower, of: of, unit: r.string(f["unit"], "unit"), baseline: baseline,
      scale: scale)
  }
}
