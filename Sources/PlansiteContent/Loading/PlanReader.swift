import Yams

/// Reads `plan.yaml`: the plan's head, periods, key dates and targets.
enum PlanReader {
  static let keys = [
    "number", "year", "title", "issuer", "place", "signed", "signer", "reporters", "basis", "districts",
    "periods", "key_dates", "targets", "report", "title_en",
  ]

  /// The plan, as far as it could be read: a part that failed is listed in `unknown` (or its
  /// ids in `invalid…`) so district files are not checked against it. Nil only when the file is
  /// not a mapping at all; the diagnostics say what failed.
  static func read(_ doc: YAMLDocument, into diags: inout Diagnostics) -> Plan? {
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard
      let f = r.fields(
        doc.root, "plan.yaml", allowed: keys,
        required: ["year", "title", "issuer", "districts", "periods", "targets"])
    else { return nil }
    var unknown: Set<PlanPart> = []
    var year = r.wholeNumber(f["year"], "year", reason: "năm kế hoạch, ví dụ 2023")
    if let y = year, !(1900...2200).contains(y) {
      r.error(.outOfRange, f["year"], "năm kế hoạch \(y) không hợp lý (1900–2200)")
      year = nil
    }
    if year == nil { unknown.insert(.year) }
    var signer = Signer(name: "", title: "")
    if let s = r.fields(f["signer"], "signer", allowed: ContentKeys.signer, required: ["name"]) {
      signer = Signer(
        name: r.text(s["name"], "signer.name") ?? "", title: r.string(s["title"], "signer.title") ?? "",
        signsFor: r.string(s["for"], "signer.for"))
    }
    var locations: [String: SourceLocation] = [:]
    var refusedSlugs: Set<String> = []
    var groups: [String: String] = [:]
    let slugs = readDistrictList(f["districts"], r, locations: &locations, refused: &refusedSlugs, groups: &groups)
    var refusedPeriods: Set<String> = []
    let periods = readPeriods(f["periods"], r, refused: &refusedPeriods)
    let keyDates = readKeyDates(f["key_dates"], r, year: year ?? 2000)
    var invalid: Set<String> = []
    let targets = TargetReader.read(f["targets"], r, invalid: &invalid)
    invalid.subtract(targets.flatMap(\.indicators).map(\.id))  // an id declared twice is still the first one's
    let report = ReportSettingsReader.read(f["report"], r, periods: periods, refused: refusedPeriods)
    // A list that is missing or is not a list says nothing about what districts may use.
    func isList(_ node: Node?) -> Bool {
      if case .sequence = node { return true }
      return false
    }
    if !isList(f["districts"]) { unknown.insert(.districts) }
    if !isList(f["periods"]) { unknown.insert(.periods) }
    if !isList(f["targets"]) { unknown.insert(.indicators) }
    return Plan(
      number: r.string(f["number"], "number") ?? "", year: year ?? 0, title: r.text(f["title"], "title") ?? "",
      issuer: r.text(f["issuer"], "issuer") ?? "", place: r.string(f["place"], "place"),
      signed: r.date(f["signed"], "signed"), signer: signer, reporters: r.text(f["reporters"], "reporters"),
      basis: r.string(f["basis"], "basis"),
      districtSlugs: slugs, periods: periods, keyDates: keyDates, targets: targets, invalidIndicatorIDs: invalid,
      invalidPeriodIDs: refusedPeriods, invalidDistrictSlugs: refusedSlugs, districtLocations: locations,
      districtGroups: groups, report: report, unknown: unknown, titleEN: r.text(f["title_en"], "title_en"))
  }

  /// The district codes; each becomes a folder name and a path in `output/`, so each follows
  /// the id grammar (nothing that could climb out of a folder) and is listed once.
  static func readDistrictList(
    _ node: Node?, _ r: YAMLReader, locations: inout [String: SourceLocation], refused: inout Set<String>,
    groups: inout [String: String]
  ) -> [String] {
    var registry = IDRegistry()
    var slugs: [String] = []
    var nodes: [String: Node] = [:]
    for entry in r.sequence(node, "districts") ?? [] {
      let (item, group) = readUnitEntry(entry, r)
      guard let slug = r.id(item, .district, &registry) else {
        if let text = item?.scalar?.string { refused.formUnion(ContentID.refusedForms(text)) }
        continue
      }
      slugs.append(slug)
      locations[slug] = r.location(item)
      nodes[slug] = item
      if let group { groups[slug] = group }
    }
    refused.subtract(slugs)  // a code listed twice is still the first one's
    // The index lists units by group, else by kind: a unit left out of a grouped list would sit
    // under "Xã" beside "Khu vực phía Bắc".
    if !groups.isEmpty {
      for slug in slugs where groups[slug] == nil {
        r.warning(
          .unitGroup, nodes[slug],
          "đơn vị \"\(slug)\" không có group trong khi các đơn vị khác có; viết - {id: \(slug), group: \"…\"} để trang danh sách xếp đơn vị vào đúng nhóm"
        )
      }
    }
    return slugs
  }

  /// An entry of the unit list: the code alone (`- cao-loc`), or the code with the group the
  /// index lists it under (`- {id: tan-thanh, group: "Khu vực phía Bắc"}`: a former district,
  /// an area). The id node is returned to be read as any code.
  static func readUnitEntry(_ entry: Node, _ r: YAMLReader) -> (Node?, String?) {
    guard case .mapping = entry else { return (entry, nil) }
    guard let f = r.fields(entry, "một đơn vị của districts", allowed: ["id", "group"], required: ["id"]) else {
      return (nil, nil)
    }
    return (f["id"], r.text(f["group"], "group"))
  }

  /// `refused`: ids of periods that were reported here, so reports and submissions naming them
  /// are not reported again for every district.
  static func readPeriods(_ node: Node?, _ r: YAMLReader, refused: inout Set<String>) -> [Period] {
    var periods: [Period] = []
    var registry = IDRegistry()
    for item in r.sequence(node, "periods") ?? [] {
      guard
        let f = r.fields(
          item, "một kỳ báo cáo", allowed: ContentKeys.period,
          required: ["id", "label", "due", "expected"])
      else { continue }
      let expected = r.number(f["expected"], "expected")
      if let e = expected, e > .one || e.isZero {
        r.error(.outOfRange, f["expected"], "expected là tỷ lệ mục tiêu cần đạt ở kỳ này, từ 0 đến 1 (ví dụ 0.5)")
      }
      // Every key is read before giving up, so one bad key does not hide the others.
      let id = r.id(f["id"], .period, &registry)
      let label = r.text(f["label"], "label")
      let due = r.date(f["due"], "due")
      let provinceDue = r.date(f["province_due"], "province_due")
      let wording = readWording(f["due_wording"], r)
      guard let id, let label, let due, let expected else {
        if let text = f["id"]?.scalar?.string { refused.formUnion(ContentID.refusedForms(text)) }
        continue
      }
      periods.append(
        Period(
          id: id, label: label, due: due, provinceDue: provinceDue ?? due, expected: expected,
          labelEN: r.text(f["label_en"], "label_en"), wording: wording))
    }
    refused.subtract(periods.map(\.id))  // a period declared twice is still the first one
    return periods
  }

  /// `due_wording:` as the plan words its deadline: whether the day named is still on time.
  static func readWording(_ node: Node?, _ r: YAMLReader) -> DueWording {
    guard let node, let text = r.string(node, "due_wording") else { return .before }
    if let wording = DueWording(rawValue: text.lowercased()) { return wording }
    let names = DueWording.allCases.map { "\"\($0.words)\"" }.joined(separator: ", ")
    r.error(
      .dueWording, node,
      "due_wording \"\(text)\" không phải cách kế hoạch ghi hạn; chép đúng chữ của kế hoạch, một trong: \(names)"
        + " (\"trước ngày\": ngày ghi là ngày đầu tiên bị trễ; hai cách kia: ngày ghi vẫn đúng hạn)")
    return .before
  }

  static func readKeyDates(_ node: Node?, _ r: YAMLReader, year: Int) -> [KeyDate] {
    var dates: [KeyDate] = []
    var registry = IDRegistry()
    for item in r.sequence(node, "key_dates") ?? [] {
      guard
        let f = r.fields(
          item, "một ngày quan trọng", allowed: ContentKeys.keyDate,
          required: ["id", "title"])
      else { continue }
      var date: CivilDate?
      var lunar: String?
      if f["date"] != nil {
        date = r.date(f["date"], "date")
      } else if let text = r.string(f["lunar"], "lunar") {
        lunar = text
        date = lunarDate(text, year: year, node: f["lunar"], r)
      } else {
        r.error(.missingKey, item, "ngày quan trọng cần \"date: YYYY-MM-DD\" hoặc \"lunar: \"15/8\"\"")
      }
      var id = r.id(f["id"], .keyDate, &registry)
      if let taken = id, KeyDate.isReserved(taken) {
        r.error(
          .invalidID, f["id"],
          "mã ngày quan trọng \"\(taken)\" trùng với mã trang lịch tự đặt (bắt đầu bằng han- hoặc thang-, hay \(KeyDate.reservedIDs.sorted().joined(separator: ", "))); đặt mã khác, ví dụ \"ngay-\(taken)\""
        )
        id = nil
      }
      let title = r.text(f["title"], "title")
      guard let id, let title, let date else { continue }
      dates.append(
        KeyDate(id: id, title: title, date: date, lunar: lunar, description: r.string(f["description"], "description")))
    }
    return dates
  }

  /// `15/8` in the plan year's lunar calendar, converted for UTC+7.
  static func lunarDate(_ text: String, year: Int, node: Node?, _ r: YAMLReader) -> CivilDate? {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let d = Int(parts[0]), let m = Int(parts[1]), (1...30).contains(d),
      (1...12).contains(m)
    else {
      r.error(.lunarDate, node, "ngày âm lịch \"\(text)\" không hợp lệ; viết \"ngày/tháng\", ví dụ \"15/8\"")
      return nil
    }
    guard let date = LunarCalendar.solarDate(lunarDay: d, lunarMonth: m, lunarYear: year) else {
      r.error(.lunarDate, node, "ngày âm lịch \(text) không có trong năm âm lịch \(year) (tháng \(m) chỉ có 29 ngày)")
      return nil
    }
    return date
  }
}
