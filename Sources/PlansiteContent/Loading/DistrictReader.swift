import Foundation
import Yams

/// Reads `content/districts/<slug>/`: the unit, its reported values, report and events.
extension ContentLoader {
  static func readDistricts(
    _ folder: ContentFolder, plan: Plan, today: CivilDate, into diags: inout Diagnostics
  ) -> [District] {
    let present = folder.list("districts").filter { folder.isDirectory("districts/\($0)") }
    let listed = Set(plan.districtSlugs)
    for slug in present where !listed.contains(slug) {
      diags.error(
        .unknownDistrict, at: SourceLocation(path: folder.display("districts/\(slug)")),
        "thư mục đơn vị \"\(slug)\" không có trong danh sách districts của plan.yaml\(Suggestion.hint(for: slug, in: plan.districtSlugs)); thêm mã này vào plan.yaml hoặc đổi tên thư mục")
    }
    // Each folder is read on its own (both cores); results are merged in the plan's order, so
    // diagnostics and districts never depend on scheduling.
    let slugs = plan.districtSlugs
    let presentSet = Set(present)
    let results = Mutex([(District?, Diagnostics)](repeating: (nil, Diagnostics()), count: slugs.count))
    DispatchQueue.concurrentPerform(iterations: slugs.count) { i in
      guard presentSet.contains(slugs[i]) else { return }
      var local = Diagnostics()
      let d = readDistrict(folder, slug: slugs[i], plan: plan, today: today, into: &local)
      results.withLock { $0[i] = (d, local) }
    }
    let loaded = results.withLock { $0 }
    var districts: [District] = []
    var names: [String: String] = [:]
    for (i, slug) in slugs.enumerated() {
      guard presentSet.contains(slug) else {
        diags.error(
          .unknownDistrict, at: plan.districtLocations[slug] ?? SourceLocation(path: folder.display("plan.yaml")),
          "plan.yaml liệt kê đơn vị \"\(slug)\" nhưng không có thư mục content/districts/\(slug)/")
        continue
      }
      diags.append(contentsOf: loaded[i].1)
      guard let d = loaded[i].0 else { continue }
      if let other = names[d.fullName] {
        diags.error(
          .duplicateDistrict, at: SourceLocation(path: folder.display("districts/\(slug)/district.yaml"), line: 1, column: 1),
          "tên \"\(d.fullName)\" trùng với đơn vị \"\(other)\"; mỗi đơn vị cần một tên riêng")
      }
      names[d.fullName] = slug
      districts.append(d)
    }
    return districts
  }

  static func readDistrict(
    _ folder: ContentFolder, slug: String, plan: Plan, today: CivilDate,
    into diags: inout Diagnostics
  ) -> District? {
    let dir = "districts/\(slug)"
    let names = folder.list(dir)
    // The listing answers "is there a report.md?" without one more stat per file.
    let present = Set(names)
    for name in names where !districtFiles.contains(name) {
      diags.warning(
        .unknownFile, at: SourceLocation(path: folder.display("\(dir)/\(name)")),
        "tệp lạ \"\(name)\" không được đọc\(Suggestion.hint(for: name, in: districtFiles)); các tệp hợp lệ: \(districtFiles.joined(separator: ", "))")
    }
    for name in ["district.yaml", "indicators.yaml", "report.md"] where !present.contains(name) {
      diags.error(
        .missingFile, at: SourceLocation(path: folder.display("\(dir)/\(name)")),
        "thiếu tệp \(name) của đơn vị \"\(slug)\"; tạo tệp này (xem docs/huong-dan-don-vi.md)")
    }
    guard let doc = folder.yaml("\(dir)/district.yaml", into: &diags) else { return nil }
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard
      let f = r.fields(
        doc.root, "district.yaml", allowed: ["name", "kind", "communes", "contact", "submissions"],
        required: ["name", "kind"])
    else { return nil }
    let kind = r.string(f["kind"], "kind")
    let kinds = ["huyện", "thành phố", "thị xã"]
    if let kind, !kinds.contains(kind) {
      r.error(.invalidValue, f["kind"], "kind \"\(kind)\" không hợp lệ\(Suggestion.hint(for: kind, in: kinds)); dùng huyện, thành phố hoặc thị xã")
    }
    var contact = Contact()
    if let c = r.fields(f["contact"], "contact", allowed: ["office", "phone", "email"]) {
      contact = Contact(office: r.string(c["office"], "office"), phone: r.string(c["phone"], "phone"), email: r.string(c["email"], "email"))
    }
    let submissions = readSubmissions(f["submissions"], r, plan: plan, today: today)
    let reports = present.contains("indicators.yaml")
      ? (folder.yaml("\(dir)/indicators.yaml", into: &diags).map { ValueReader.read($0, plan: plan, into: &diags) } ?? [])
      : []
    var narrative = ""
    let narrativePath = folder.display("\(dir)/report.md")
    if present.contains("report.md"), let md = markdown(folder, "\(dir)/report.md", into: &diags) {
      narrative = md.text
    }
    var events: [Event] = []
    if present.contains("events.yaml"), let edoc = folder.yaml("\(dir)/events.yaml", into: &diags) {
      let er = YAMLReader(edoc)
      if let ef = er.fields(edoc.root, "events.yaml", allowed: ["events"]) {
        events = EventReader.read(ef["events"], er, district: slug, year: plan.year, window: nil)
      }
      diags.append(contentsOf: er.diagnostics)
    }
    guard let name = r.string(f["name"], "name"), let kind else { return nil }
    return District(
      slug: slug, name: name, kind: kind, communes: r.integer(f["communes"], "communes") ?? 0,
      contact: contact, submissions: submissions, reports: reports, narrative: narrative,
      narrativePath: narrativePath, events: events)
  }

  static func readSubmissions(_ node: Node?, _ r: YAMLReader, plan: Plan, today: CivilDate)
    -> [String: CivilDate]
  {
    let ids = plan.periods.map(\.id)
    guard let f = r.fields(node, "submissions", allowed: []) else { return [:] }
    var result: [String: CivilDate] = [:]
    for key in f.order {
      guard ids.contains(key) else {
        r.error(.unknownPeriod, f.keys[key], "kỳ báo cáo \"\(key)\" không có trong plan.yaml\(Suggestion.hint(for: key, in: ids)); các kỳ: \(ids.joined(separator: ", "))")
        continue
      }
      guard let date = r.date(f[key], "ngày nộp báo cáo \(key)") else { continue }
      if date > today {
        r.warning(.submission, f[key], "ngày nộp \(VietnameseFormat.date(date)) sau ngày hôm nay (\(VietnameseFormat.date(today))); kiểm tra lại năm hoặc tháng")
      }
      result[key] = date
    }
    return result
  }
}
