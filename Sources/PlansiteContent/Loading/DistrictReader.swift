import Foundation
import Yams

/// Reads `content/districts/<slug>/`: the unit, its reported values, report and events.
extension ContentLoader {
  /// `actionMonth`: the window a unit's events must fall in, when action-month.yaml gave one.
  static func readDistricts(
    _ folder: ContentFolder, plan: Plan, today: CivilDate, actionMonth: ClosedRange<CivilDate>? = nil,
    pending: Set<String> = [], unitCache: (any DistrictLoadCache)? = nil, into diags: inout Diagnostics
  ) -> [District] {
    var all: [String] = []
    if folder.isDirectory("districts") {
      guard let names = folder.list("districts", into: &diags) else { return [] }  // one error, said
      all = names
    }
    let present = all.filter { folder.isDirectory("districts/\($0)") }
    if !plan.unknown.contains(.districts) { checkFolderNames(present, folder, plan: plan, into: &diags) }
    // Each folder is read on its own (both cores); results are merged in the plan's order, so
    // diagnostics and districts never depend on scheduling.
    let slugs = plan.unknown.contains(.districts) ? present : plan.districtSlugs
    let presentSet = Set(present)
    let results = Mutex([(District?, Diagnostics)](repeating: (nil, Diagnostics()), count: slugs.count))
    let context = unitCache == nil ? "" : cacheContext(folder, today: today, actionMonth: actionMonth)
    DispatchQueue.concurrentPerform(iterations: slugs.count) { i in
      guard presentSet.contains(slugs[i]) else { return }
      if let kept = unitCache?.lookup(slugs[i], context: context) {
        results.withLock { $0[i] = kept }
        return
      }
      var local = Diagnostics()
      let d = readDistrict(folder, slug: slugs[i], plan: plan, today: today, actionMonth: actionMonth, into: &local)
      unitCache?.store(slugs[i], context: context, d, local)
      results.withLock { $0[i] = (d, local) }
    }
    let loaded = results.withLock { $0 }
    var districts: [District] = []
    var names: [String: String] = [:]
    for (i, slug) in slugs.enumerated() {
      guard presentSet.contains(slug) else {
        if pending.contains(slug) { continue }
        diags.error(
          .unknownDistrict, at: plan.districtLocations[slug] ?? SourceLocation(path: folder.display("plan.yaml")),
          "plan.yaml liệt kê đơn vị \"\(slug)\" nhưng không có thư mục content/districts/\(slug)/")
        continue
      }
      diags.append(contentsOf: loaded[i].1)
      guard let d = loaded[i].0 else { continue }
      if let other = names[d.fullName] {
        diags.error(
          .duplicateDistrict,
          at: SourceLocation(path: folder.display("districts/\(slug)/district.yaml"), line: 1, column: 1),
          "tên \"\(d.fullName)\" trùng với đơn vị \"\(other)\"; mỗi đơn vị cần một tên riêng")
      }
      names[d.fullName] = slug
      districts.append(d)
    }
    checkMap(districts, folder, into: &diags)
    return districts
  }

  /// What reading a unit takes besides its folder and the global files (`DistrictLoadCache`).
  static func cacheContext(_ folder: ContentFolder, today: CivilDate, actionMonth: ClosedRange<CivilDate>?) -> String {
    let window = actionMonth.map { "\($0.lowerBound.iso)...\($0.upperBound.iso)" } ?? "-"
    return [
      folder.displayRoot, folder.resolvedRoot, today.iso, window, folder.inspectMarkdown == nil ? "raw" : "inspected",
    ].joined(separator: "\n")
  }

  /// The map needs one tile per unit: two units on one tile is an error (the second named, with
  /// the first's place and a free tile beside it); a unit left off while others are placed is a
  /// warning (the map would silently miss it).
  static func checkMap(_ districts: [District], _ folder: ContentFolder, into diags: inout Diagnostics) {
    let placed = districts.filter { $0.map != nil }
    guard !placed.isEmpty else { return }
    var taken: [MapPosition: String] = [:]
    for d in placed {
      guard let m = d.map else { continue }
      if let other = taken[m], let first = districts.first(where: { $0.slug == other })?.map {
        let free = freeTile(near: m, taken: Set(taken.keys))
        // Found once every unit is read: the file is read again for the line the caret marks.
        var ignored = Diagnostics()
        let line = folder.read("districts/\(d.slug)/district.yaml", into: &ignored)?.line(m.location.line)
        diags.append(
          Diagnostic(
            .error, .mapPosition, at: m.location,
            "ô hàng \(m.row), cột \(m.col) của bản đồ đã có đơn vị \"\(other)\" (\(first.location.path):\(first.location.line):\(first.location.column)); mỗi đơn vị một ô riêng: chọn ô trống, ví dụ map: {row: \(free.row), col: \(free.col)}",
            sourceLine: line))
        continue
      }
      taken[m] = d.slug
    }
    for d in districts where d.map == nil {
      diags.warning(
        .mapIncomplete,
        at: SourceLocation(path: folder.display("districts/\(d.slug)/district.yaml"), line: 1, column: 1),
        "đơn vị \"\(d.slug)\" chưa có vị trí trên bản đồ trong khi \(placed.count) đơn vị khác đã có, nên bản đồ sẽ thiếu đơn vị này; thêm dòng map: {row: …, col: …} (hàng 1 ở phía bắc, cột 1 ở phía tây)"
      )
    }
  }

  /// The nearest tile not taken, searched ring by ring around `m`, within the allowed range.
  static func freeTile(near m: MapPosition, taken: Set<MapPosition>) -> (row: Int, col: Int) {
    let r = MapPosition.range
    for ring in 1...(r.upperBound) {
      for dr in -ring...ring {
        for dc in -ring...ring where max(abs(dr), abs(dc)) == ring {
          let p = MapPosition(row: m.row + dr, col: m.col + dc, location: m.location)
          if r.contains(p.row), r.contains(p.col), !taken.contains(p) { return (p.row, p.col) }
        }
      }
    }
    return (m.row, m.col)
  }

  /// `map: {row: 2, col: 5}`: whole numbers in `MapPosition.range`.
  static func readMapPosition(_ node: Node?, _ r: YAMLReader) -> MapPosition? {
    guard let node else { return nil }
    let range = MapPosition.range
    let example =
      "viết map: {row: 2, col: 5}, số nguyên từ \(range.lowerBound) đến \(range.upperBound) (hàng 1 ở phía bắc, cột 1 ở phía tây)"
    guard case .mapping = node else {
      r.error(.mapPosition, node, "map (vị trí trên bản đồ) phải là một khối hàng và cột; \(example)")
      return nil
    }
    guard let f = r.fields(node, "map", allowed: ContentKeys.map, required: ["row", "col"]) else { return nil }
    func coordinate(_ key: String, _ word: String) -> Int? {
      guard let n = f[key] else { return nil }
      guard let text = n.scalar?.string, let v = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(v)
      else {
        r.error(
          .mapPosition, n,
          "\(key) (\(word)) của map phải là số nguyên từ \(range.lowerBound) đến \(range.upperBound); \(example)")
        return nil
      }
      return v
    }
    let row = coordinate("row", "hàng")
    let col = coordinate("col", "cột")
    guard let row, let col else { return nil }
    return MapPosition(row: row, col: col, location: r.location(node))
  }

  /// A folder not in the plan's list is reported: by the grammar of ids when its name breaks
  /// it (with the name to rename it to), as a clash when it is a listed code in other case
  /// (`Cao-Loc` beside `cao-loc`: one folder on Windows and macOS), else as unknown.
  static func checkFolderNames(
    _ present: [String], _ folder: ContentFolder, plan: Plan, into diags: inout Diagnostics
  ) {
    let listed = Set(plan.districtSlugs)
    var codes = IDRegistry()
    for slug in plan.districtSlugs {
      _ = codes.claim(slug, at: plan.districtLocations[slug] ?? SourceLocation(path: folder.display("plan.yaml")))
    }
    for name in present where !listed.contains(name) && !plan.invalidDistrictSlugs.contains(name) {
      let at = SourceLocation(path: folder.display("districts/\(name)"))
      if let earlier = codes.claim(name, at: at) {
        diags.error(
          .duplicateDistrict, at: at,
          "thư mục đơn vị \"\(name)\" trùng với mã \"\(earlier.id)\" (thư mục districts/\(earlier.id)/) khi viết thành đường dẫn trang; gộp nội dung vào districts/\(earlier.id)/ rồi xóa thư mục này"
        )
      } else if !ContentID.isValid(name) {
        diags.error(
          .invalidID, at: at,
          "tên thư mục đơn vị \"\(name)\" không hợp lệ: \(ContentID.rule(name)) (đổi tên thư mục và thêm mã vào districts của plan.yaml)"
        )
      } else {
        diags.error(
          .unknownDistrict, at: at,
          "thư mục đơn vị \"\(name)\" không có trong danh sách districts của plan.yaml\(Suggestion.hint(for: name, in: plan.districtSlugs)); thêm mã này vào plan.yaml hoặc đổi tên thư mục"
        )
      }
    }
  }

  static func readDistrict(
    _ folder: ContentFolder, slug: String, plan: Plan, today: CivilDate,
    actionMonth: ClosedRange<CivilDate>? = nil, into diags: inout Diagnostics
  ) -> District? {
    let dir = "districts/\(slug)"
    guard let names = folder.list(dir, into: &diags) else { return nil }
    // The listing answers "is there a report.md?" without one more stat per file.
    let present = Set(names)
    for name in names where !districtFiles.contains(name) {
      diags.warning(
        .unknownFile, at: SourceLocation(path: folder.display("\(dir)/\(name)")),
        "tệp lạ \"\(name)\" không được đọc\(Suggestion.hint(for: name, in: districtFiles)); các tệp hợp lệ: \(districtFiles.joined(separator: ", "))"
      )
    }
    for name in ["district.yaml", "indicators.yaml", "report.md"] where !present.contains(name) {
      diags.error(
        .missingFile, at: SourceLocation(path: folder.display("\(dir)/\(name)")),
        "thiếu tệp \(name) của đơn vị \"\(slug)\"; tạo tệp này (xem docs/huong-dan-don-vi.md)")
    }
    // Every file of the unit is read even when another fails: a broken district.yaml hides none
    // of the errors of indicators.yaml or events.yaml.
    var reports: [Report] = []
    if present.contains("indicators.yaml"), let vdoc = folder.yaml("\(dir)/indicators.yaml", into: &diags) {
      reports = ValueReader.read(vdoc, plan: plan, today: today, into: &diags)
    }
    var narrative = ""
    let narrativePath = folder.display("\(dir)/report.md")
    if present.contains("report.md"), let md = markdown(folder, "\(dir)/report.md", .unitReport, into: &diags) {
      narrative = md.text
    }
    var events: [Event] = []
    if present.contains("events.yaml"), let edoc = folder.yaml("\(dir)/events.yaml", into: &diags) {
      let er = YAMLReader(edoc)
      if let ef = er.fields(edoc.root, "events.yaml", allowed: ["events"]) {
        events = EventReader.read(ef["events"], er, district: slug, year: plan.knownYear, window: actionMonth)
      }
      diags.append(contentsOf: er.diagnostics)
    }
    guard present.contains("district.yaml"), let doc = folder.yaml("\(dir)/district.yaml", into: &diags)
    else { return nil }
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard
      let f = r.fields(
        doc.root, "district.yaml", allowed: ContentKeys.district,
        required: ["name", "kind"])
    else { return nil }
    var kind = r.string(f["kind"], "kind")
    if let k = kind, !District.kinds.contains(k) {
      r.error(
        .invalidValue, f["kind"],
        "kind \"\(k)\" không hợp lệ\(Suggestion.hint(for: k, in: District.kinds)); dùng một trong: \(District.kinds.joined(separator: ", "))"
      )
      kind = nil
    }
    let name = r.text(f["name"], "name")
    if let name, let kind, let written = District.kindPrefix(of: name) {
      let rest = String(name.dropFirst(written.count)).trimmingCharacters(in: .whitespaces)
      let fix = rest.isEmpty ? "viết tên đơn vị, không kèm loại" : "viết name: \(rest)"
      r.error(
        .nameRepeatsKind, f["name"],
        "tên \"\(name)\" đã có loại đơn vị \"\(written)\", trang sẽ ghi \"\(District.fullName(name, kind: kind))\"; \(fix) (loại ghi ở kind)"
      )
    }
    // Optional: a commune (since July 2025) has no communes to count; the pages then say nothing.
    let communes = r.wholeNumber(f["communes"], "communes", reason: "số xã, phường, thị trấn")
    if communes != nil, let kind, District.communeKinds.contains(kind) {
      r.warning(
        .communesOfCommune, f["communes"],
        "communes là số xã, phường, thị trấn của một đơn vị cấp huyện; \(kind) không có xã trực thuộc: xóa dòng communes"
      )
    } else if communes == 0 {
      // The scaffold's placeholder: a warning until filled, like an empty value, but never silent.
      r.warning(
        .outOfRange, f["communes"],
        "communes (số xã, phường, thị trấn) là 0, trang sẽ ghi \"0 xã, phường, thị trấn\"; điền số thật, ví dụ communes: 22"
      )
    }
    var contact = Contact()
    if let c = r.fields(f["contact"], "contact", allowed: ContentKeys.contact) {
      contact = Contact(
        office: r.string(c["office"], "office"), phone: r.string(c["phone"], "phone"),
        email: r.string(c["email"], "email"))
    }
    let submissions = readSubmissions(f["submissions"], r, plan: plan, today: today)
    let map = readMapPosition(f["map"], r)
    guard let name, let kind else { return nil }
    return District(
      slug: slug, name: name, kind: kind, communes: communes, group: plan.districtGroups[slug],
      contact: contact, submissions: submissions, reports: reports, narrative: narrative,
      narrativePath: narrativePath, events: events, map: map)
  }

  static func readSubmissions(_ node: Node?, _ r: YAMLReader, plan: Plan, today: CivilDate)
    -> [String: CivilDate]
  {
    let ids = plan.periods.map(\.id)
    guard let f = r.fields(node, "submissions", allowed: []) else { return [:] }
    var result: [String: CivilDate] = [:]
    for key in f.order where !plan.invalidPeriodIDs.contains(key) {  // those: reported in plan.yaml
      guard !plan.isUndeclaredPeriod(key) else {
        r.error(
          .unknownPeriod, f.keys[key],
          "kỳ báo cáo \"\(key)\" không có trong plan.yaml\(Suggestion.hint(for: key, in: ids)); các kỳ: \(ids.joined(separator: ", "))"
        )
        continue
      }
      guard let date = r.date(f[key], "ngày nộp báo cáo \(key)") else { continue }
      if date > today {
        r.warning(
          .submission, f[key],
          "ngày nộp \(VietnameseFormat.date(date)) sau ngày hôm nay (\(VietnameseFormat.date(today))); kiểm tra lại năm hoặc tháng"
        )
      }
      result[key] = date
    }
    return result
  }
}
