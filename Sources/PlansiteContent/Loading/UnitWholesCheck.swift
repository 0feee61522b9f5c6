/// The one-denominator rule (docs/content-format.md, "Chỉ tiêu của đơn vị"): a count target
/// with `of` is shown over the plan's whole everywhere, so the units' own wholes must add up to
/// it. Warns (PS058) when every unit reported a period and they do not, or when even part of
/// them already exceed it.
enum UnitWholesCheck {
  static func check(plan: Plan, districts: [District], into diags: inout Diagnostics) {
    for ind in plan.indicators where ind.measure == .count {
      guard let whole = ind.of else { continue }
      for period in plan.periods {
        var sum = Rational.zero
        var reported = 0
        for d in districts {
          if case .fraction(_, let of)? = d.report(for: period.id)?.values[ind.id] {
            sum = sum + of
            reported += 1
          }
        }
        let all = reported == plan.districtSlugs.count && reported > 0
        guard all ? sum != whole : whole < sum else { continue }
        let units = all ? "cả \(reported) đơn vị" : "\(reported)/\(plan.districtSlugs.count) đơn vị đã báo cáo"
        diags.warning(
          .unitWholes, at: ind.ofLocation,
          "chỉ tiêu \"\(ind.id)\", \(period.label.lowercasedFirstLetter): tổng \"of\" của \(units) là "
            + "\(VietnameseFormat.number(sum)), khác of: \(VietnameseFormat.number(whole)) trong plan.yaml; "
            + "trang tính toàn tỉnh trên \(VietnameseFormat.number(whole)) — sửa of của đơn vị sai hoặc of trong plan.yaml"
        )
        break
      }
    }
  }
}

extension String {
  fileprivate var lowercasedFirstLetter: String { prefix(1).lowercased() + dropFirst() }
}
