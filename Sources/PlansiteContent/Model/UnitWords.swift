/// The tool's own word for the plan's units, from the kinds the plan has: "huyện, thành phố"
/// (the 2023 plan), "xã, phường" (a plan since July 2025), `generic` ("đơn vị", from the strings
/// file) when the levels mix or the plan has no unit. Pages say "các \(words)"; nothing of one
/// era is written into the tool.
public enum UnitWords {
  public static func of(_ districts: [District], generic: String) -> String {
    let present = Set(districts.map(\.kind))
    let upper = District.districtKinds.filter(present.contains)
    let lower = District.communeKinds.filter(present.contains)
    guard upper.isEmpty != lower.isEmpty else { return generic }
    return (upper.isEmpty ? lower : upper).joined(separator: ", ")
  }

  /// A unit to show in examples ("Ví dụ: Đình Lập"): the last of the plan's order whose name
  /// has a letter with a mark (so typing it without marks is worth showing), else the last.
  public static func example(_ districts: [District]) -> District? {
    districts.last { !$0.name.allSatisfy(\.isASCII) } ?? districts.last
  }
}
