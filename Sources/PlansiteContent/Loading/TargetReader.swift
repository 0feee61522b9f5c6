import Yams

/// Reads the targets of `plan.yaml` and their indicators.
enum TargetReader {
  static let indicatorKeys = [
    "id", "label", "measure", "target", "better", "of", "unit_target", "unit", "decimals", "baseline", "scale",
    "label_en", "unit_en",
  ]

  /// `invalid` receives the ids of indicators that failed to load, so district values naming
  /// them are not reported again.
  static func read(_ node: Node?, _ r: YAMLReader, invalid: inout Set<String>) -> [Target] {
    var targets: [Target] = []
    var targetIDs = IDRegistry()
    var indicatorIDs = IDRegistry()
    for item in r.sequence(node, "targets") ?? [] {
      guard
        let f = r.fields(
          item, "một mục tiêu", allowed: ContentKeys.target,
          required: ["id", "title", "indicators"])
      else { continue }
      let id = r.id(f["id"], .target, &targetIDs)
      let title = r.text(f["title"], "title")
      var indicators: [Indicator] = []
      for ind in r.sequence(f["indicators"], "indicators") ?? [] {
        guard let indicator = readIndicator(ind, targetID: id ?? "", r, &indicatorIDs) else {
          if case .mapping(let m) = ind, let idNode = m["id"], let s = idNode.scalar?.string {
            invalid.formUnion(ContentID.refusedForms(s))
          }
          continue
        }
        indicators.append(indicator)
      }
      guard let id, let title else {
        invalid.formUnion(indicators.map(\.id))  // dropped with their target: reported here
        continue
      }
      targets.append(
        Target(
          id: id, title: title, text: r.string(f["text"], "text") ?? title, indicators: indicators,
          titleEN: r.text(f["title_en"], "title_en"), textEN: r.string(f["text_en"], "text_en")))
    }
    return targets
  }

  static func readIndicator(_ node: Node, targetID: String, _ r: YAMLReader, _ ids: inout IDRegistry) -> Indicator? {
    guard
      let f = r.fields(node, "một chỉ tiêu", allowed: indicatorKeys, required: ["id", "label", "measure"])
    else { return nil }
    let checkedID = r.id(f["id"], .indicator, &ids)
    let label = r.text(f["label"], "label")
    let id = checkedID ?? f["id"]?.scalar?.string ?? ""  // for messages; the indicator is dropped below
    guard let measureText = r.string(f["measure"], "measure") else { return nil }
    guard let measure = Measure(rawValue: measureText) else {
      let names = Measure.allCases.map(\.rawValue)
      r.error(
        .invalidValue, f["measure"],
        "measure \"\(measureText)\" không hợp lệ\(Suggestion.hint(for: measureText, in: names)); dùng một trong: \(names.joined(separator: ", "))"
      )
      return nil
    }
    // How many decimals a count's done/of/target may have; done/of of a percent count people.
    var decimals = 0
    if let node = f["decimals"] {
      if measure != .count {
        r.error(
          .invalidValue, node,
          "decimals chỉ dùng cho chỉ tiêu count đo bằng đơn vị chia nhỏ được (ví dụ tỷ đồng); done và of của tỷ lệ đếm người, đơn vị nên luôn là số nguyên"
        )
      } else if let n = r.wholeNumber(node, "decimals", reason: "số chữ số thập phân, từ 0 đến 6") {
        if n <= 6 {
          decimals = n
        } else {
          r.error(.outOfRange, node, "decimals từ 0 đến 6 (số chữ số sau dấu chấm)")
        }
      }
    }
    var scale = 100
    if let s = r.wholeNumber(f["scale"], "scale", reason: "100 hoặc 1000") {
      if s == 100 || s == 1000 {
        scale = s
      } else {
        r.error(.invalidValue, f["scale"], "scale chỉ nhận 100 (phần trăm) hoặc 1000 (phần nghìn, ‰)")
      }
    }
    // A count's target is in its unit (whole unless decimals); a share is a rate and may be 97.5.
    let target =
      measure == .count
      ? r.count(f["target"], "target", decimals: decimals, reason: CountText.planCount)
      : r.number(f["target"], "target")
    if measure != .text && f["target"] == nil {
      r.error(.missingKey, node, "chỉ tiêu \"\(id)\" thiếu \"target\" (mục tiêu bằng số)")
    }
    if let t = target, measure == .percent || measure == .yesNo {
      let ceiling = measure == .percent ? scale : 100
      if t > Rational(ceiling) {
        let unit = ceiling == 1000 ? "‰ (scale: 1000)" : "%"
        r.error(
          .outOfRange, f["target"],
          "target của chỉ tiêu tỷ lệ \"\(id)\" là \(VietnameseFormat.number(t)) \(unit), vượt quá \(ceiling); viết một tỷ lệ từ 0 đến \(ceiling)"
        )
      }
    }
    var lower = false
    if let better = r.string(f["better"], "better") {
      switch better {
      case "lower": lower = true
      case "higher": lower = false
      default: r.error(.invalidValue, f["better"], "better chỉ nhận \"lower\" (càng thấp càng tốt) hoặc \"higher\"")
      }
    }
    let countDecimals = measure == .count ? decimals : 0
    let countReason = measure == .count ? CountText.planCount : CountText.people
    let of = r.count(f["of"], "of", decimals: countDecimals, reason: countReason)
    if let of, of.isZero { r.error(.outOfRange, f["of"], "\"of\" phải lớn hơn 0") }
    var baseline: Baseline?
    if let b = r.fields(f["baseline"], "baseline", allowed: ContentKeys.baseline, required: ["year", "done"]) {
      let year = r.wholeNumber(b["year"], "baseline.year", reason: "năm của số liệu gốc, ví dụ 2022")
      let done = r.count(b["done"], "baseline.done", decimals: countDecimals, reason: countReason)
      let bOf = r.count(b["of"], "baseline.of", decimals: countDecimals, reason: countReason)
      if let year, let done { baseline = Baseline(year: year, done: done, of: bOf) }
    }
    var unitTarget: Rational?
    if let node = f["unit_target"] {
      if measure != .count || of != nil {
        r.error(
          .invalidValue, node,
          "unit_target chỉ dùng cho chỉ tiêu count không có \"of\" (mục tiêu tổng của tỉnh); chỉ tiêu có \"of\" đã chia cho đơn vị theo tỷ lệ của of, hãy xóa unit_target"
        )
      } else {
        unitTarget = r.count(node, "unit_target", decimals: decimals, reason: CountText.planCount)
      }
    }
    guard let checkedID, let label else { return nil }
    var indicator = Indicator(
      id: checkedID, targetID: targetID, label: label, measure: measure, target: target,
      lowerIsBetter: lower, of: of, unitTarget: unitTarget, unit: r.string(f["unit"], "unit"), baseline: baseline,
      scale: scale, decimals: decimals, labelEN: r.text(f["label_en"], "label_en"),
      unitEN: r.string(f["unit_en"], "unit_en"))
    if f["of"] != nil { indicator.ofLocation = r.location(f["of"]) }
    return indicator
  }
}
