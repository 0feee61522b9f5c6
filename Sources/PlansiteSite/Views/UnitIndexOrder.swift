import PlansiteContent

/// A unit's place in the unit index: its section and the unit.
struct UnitIndexEntry: Sendable {
  /// The plan's `group:` for the unit, else its kind capitalised ("Xã", "Thành phố").
  var section: String
  var district: District

  /// Sections in the order their first unit has in plan.yaml (the plan's administrative order),
  /// the units of each in Vietnamese alphabetical order: a province of a hundred communes reads
  /// by area or kind, then by name. Sorted once per build, not once per page.
  static func order(_ districts: [District]) -> ([UnitIndexEntry], Int) {
    var sections: [String] = []
    var members: [String: [Int]] = [:]
    for (i, d) in districts.enumerated() {
      let section = d.group ?? District.capitalised(d.kind)
      if members[section] == nil { sections.append(section) }
      members[section, default: []].append(i)
    }
    // Indices are sorted, not units: a unit is a large value, and a sort moves each many times.
    let names = districts.map(\.name)
    let entries = sections.flatMap { section in
      // Two units of one name (in two groups of a plan, or told apart by kind) keep the slug's order.
      (members[section] ?? []).sorted { a, b in
        let order = VietnameseFormat.order(names[a], names[b])
        return order == .orderedAscending || (order == .orderedSame && districts[a].slug < districts[b].slug)
      }.map {
        UnitIndexEntry(section: section, district: districts[$0])
      }
    }
    return (entries, sections.count)
  }
}
