import Yams

/// Reads a district's `indicators.yaml`: one block per period, one value per indicator, each
/// checked against its indicator's measure. `today` is the build date: data cannot be as of later.
enum ValueReader {
  static func read(_ doc: YAMLDocument, plan: Plan, today: CivilDate, into diags: inout Diagnostics) -> [Report] {
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard let f = r.fields(doc.root, "indicators.yaml", allowed: ContentKeys.indicatorsFile, required: ["reports"])
    else {
      return []
    }
    let periodIDs = plan.periods.map(\.id)
    let indicatorIDs = plan.indicators.map(\.id)
    var reports: [Report] = []
    for item in r.sequence(f["reports"], "reports") ?? [] {
      guard
        let rf = r.fields(item, "một kỳ báo cáo", allowed: ContentKeys.reportBlock, required: ["period"]),
        let period = r.string(rf["period"], "period")
      else { continue }
      if plan.invalidPeriodIDs.contains(period) { continue }  // already reported in plan.yaml
      guard !plan.isUndeclaredPeriod(period) else {
        r.error(
          .unknownPeriod, rf["period"],
          "kỳ báo cáo \"\(period)\" không có trong plan.yaml\(Suggestion.hint(for: period, in: periodIDs)); các kỳ: \(periodIDs.joined(separator: ", "))"
        )
        continue
      }
      if reports.contains(where: { $0.period == period }) {
        r.error(.duplicateKey, rf["period"], "kỳ báo cáo \"\(period)\" có hai khối; gộp lại thành một")
        continue
      }
      var values: [String: Value] = [:]
      if let vf = r.fields(rf["values"], "values", allowed: []) {
        for id in vf.order {
          if plan.indicator(id) == nil && !plan.isUndeclaredIndicator(id) { continue }  // reported in plan.yaml
          guard let indicator = plan.indicator(id) else {
            r.error(
              .unknownIndicator, vf.keys[id],
              "chỉ tiêu \"\(id)\" không có trong plan.yaml\(Suggestion.hint(for: id, in: indicatorIDs))")
            continue
          }
          guard let node = vf[id] else {  // left empty: no data yet
            r.warning(
              .missingData, vf.keys[id],
              "chỉ tiêu \"\(id)\" chưa có số liệu kỳ \(period); điền số liệu khi có (trang ghi \"chưa có số liệu\")")
            continue
          }
          if let v = value(node, indicator, r) { values[id] = v }
        }
      }
      reports.append(
        Report(period: period, asOf: asOf(rf["as_of"], r, year: plan.knownYear, today: today), values: values))
    }
    return reports
  }

  /// The day the figures were counted: inside the plan year (else an error, the year is
  /// mistyped), and not after the build date (a warning, as for a submission in the future).
  static func asOf(_ node: Node?, _ r: YAMLReader, year: Int?, today: CivilDate) -> CivilDate? {
    guard let date = r.date(node, "as_of") else { return nil }
    if let year, date.year != year {  // no year: plan.yaml's is broken, and said so
      r.error(
        .asOf, node,
        "ngày chốt số liệu \(VietnameseFormat.date(date)) nằm ngoài năm kế hoạch \(year); kiểm tra lại năm, ví dụ as_of: \(year)-05-15"
      )
      return nil
    }
    if date > today {
      r.warning(
        .asOf, node,
        "ngày chốt số liệu \(VietnameseFormat.date(date)) sau ngày dựng trang (\(VietnameseFormat.date(today))); kiểm tra lại ngày hoặc tháng"
      )
    }
    return date
  }

  static func value(_ node: Node, _ ind: Indicator, _ r: YAMLReader) -> Value? {
    let what = "chỉ tiêu \"\(ind.id)\""
    switch ind.measure {
    case .yesNo:
      guard case .scalar = node else {
        r.error(.invalidValue, node, "\(what) là chỉ tiêu có/không: viết yes hoặc no (có / không), không viết số")
        return nil
      }
      if case .scalar(let s) = node, Rational(decimal: s.string) != nil {
        r.error(
          .invalidValue, node, "\(what) là chỉ tiêu có/không: viết yes hoặc no (có / không), không viết số \(s.string)")
        return nil
      }
      return r.yesNo(node, what).map(Value.yesNo)
    case .text:
      if case .mapping(let m) = node, !m.keys.contains(where: { $0.scalar?.string == "note" }) {
        r.error(
          .invalidValue, node, "\(what) là chỉ tiêu định tính: viết {note: \"…\"} (nội dung Markdown), không viết số")
        return nil
      }
      guard let f = r.fields(node, what, allowed: ["note"], required: ["note"]) else {
        return nil
      }
      return r.string(f["note"], "\(what): note").map(Value.note)
    case .percent, .count:
      guard case .mapping = node else {
        let example = ind.measure == .percent ? "{done: 35, of: 40}" : "{done: 3}"
        r.error(.invalidValue, node, "\(what) cần số liệu dạng \(example)")
        return nil
      }
      if case .mapping(let m) = node,
        let strayIndex = m.firstIndex(where: { pair in
          pair.key.scalar.map { !$0.string.isEmpty && $0.string.allSatisfy(\.isNumber) } ?? false
        })
      {
        // `{done: 3,5}` reads as done: 3 plus a key "5": a decimal comma; `{done: 15,200}` as
        // done: 15 plus a key "200": a thousands separator.
        let stray = m[strayIndex].key
        let before = strayIndex > m.startIndex ? m[strayIndex - 1].value.scalar?.string : nil
        var message = "\(what): không dùng dấu phẩy trong số; số thập phân viết bằng dấu chấm (ví dụ 3.5)"
        if let before, let digits = stray.scalar?.string, digits.count == 3, before.allSatisfy(\.isNumber) {
          message += ", số có hàng nghìn viết liền (\(before)\(digits), không viết \(before),\(digits))"
        }
        r.error(.wrongType, stray, message)
        return nil
      }
      // done and of count people, children, communes or units: whole, unless a count's unit
      // is divisible and the plan says how many decimals it takes.
      let decimals = ind.measure == .count ? ind.decimals : 0
      guard
        let f = r.fields(
          node, what, allowed: ["done", "of"], required: ind.measure == .percent ? ["done", "of"] : ["done"]),
        let done = r.count(f["done"], "\(what): done", decimals: decimals)
      else { return nil }
      guard let ofNode = f["of"] else { return .amount(done) }
      guard let of = r.count(ofNode, "\(what): of", decimals: decimals) else { return nil }
      if of.isZero {
        r.error(
          .outOfRange, ofNode, "\(what): \"of\" bằng 0; tổng số phải lớn hơn 0 (nếu chưa có số liệu, bỏ trống chỉ tiêu)"
        )
        return nil
      }
      if done > of {
        r.error(
          .outOfRange, f.keys["done"].flatMap { _ in f["done"] },
          "\(what): \"done\" (\(VietnameseFormat.number(done))) lớn hơn \"of\" (\(VietnameseFormat.number(of)))")
        return nil
      }
      return .fraction(done: done, of: of)
    }
  }
}
