import Foundation
import PlansiteContent

extension SiteModel {
  /// `data/indicators.csv`: one row per district × period × indicator plus the province rows.
  /// RFC 4180 quoting, CRLF, UTF-8 with a BOM (Excel), decimal point.
  func csvFile() -> RenderJob {
    .stream(SitePaths.csv) { sink in try self.csv { try sink.write($0) } }
  }

  /// The CSV's bytes, handed to `emit` about a megabyte at a time: at 10,000 districts the
  /// file is 75 MB, and it is never whole in memory.
  func csv(emit: ([UInt8]) throws -> Void) throws {
    let header = [
      "ma_chi_tieu", "chi_tieu", "ma_muc_tieu", "loai", "muc_tieu", "chieu", "ky_bao_cao", "ma_don_vi", "don_vi",
      "da_dat", "tong_so", "gia_tri", "trang_thai", "so_don_vi_bao_cao", "ghi_chu",
    ]
    let piece = 1 << 20
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    out.reserveCapacity(piece + 4096)
    func row(_ fields: [String]) throws {
      for (i, f) in fields.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out.append(contentsOf: CSV.field(f).utf8)
      }
      out.append(contentsOf: [0x0D, 0x0A])
      if out.count >= piece {
        try emit(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    try row(header)
    for ind in plan.indicators {
      for p in plan.periods {
        let units: [(String, String, Figure)] =
          content.districts.map { ($0.slug, $0.fullName, scoreboard.figure(ind.id, p.id, district: $0.slug)) }
          + [("tinh", "Toàn tỉnh \(content.site.province)", scoreboard.figure(ind.id, p.id))]
        for (slug, name, f) in units {
          try row([
            ind.id, ind.label, ind.targetID, ind.measure.rawValue,
            ind.target.map { $0.decimalString(places: 6) } ?? "", ind.lowerIsBetter ? "lower" : "higher",
            p.id, slug, name, f.done.map { $0.decimalString(places: 6) } ?? "",
            f.of.map { $0.decimalString(places: 6) } ?? "", f.value.map { $0.decimalString(places: 1) } ?? "",
            f.status.label, slug == "tinh" ? "\(f.reported)/\(f.expected)" : "\(f.reported)", f.notes.joined(separator: " | "),
          ])
        }
      }
    }
    if !out.isEmpty { try emit(out) }
  }

  /// Deadlines, key dates and every event, for calendar apps.
  func calendarItems(district: District?) -> [CalendarItem] {
    var items: [CalendarItem] = []
    for item in datedItems where district == nil || item.kind == .deadline && item.id.hasSuffix("-don-vi") {
      items.append(CalendarItem(
        uid: "\(item.id)-\(plan.year)@plansite", summary: item.title, description: item.detail, location: nil,
        start: item.start, end: item.end, alarmDaysBefore: item.kind == .deadline ? 3 : nil,
        categories: [item.kind == .deadline ? "Hạn báo cáo" : "Ngày quan trọng"]))
    }
    let events = district.map { $0.events } ?? allEvents
    for e in events {
      let who = e.districtSlug.flatMap { districtsBySlug[$0]?.fullName }
      var description = e.description ?? ""
      if let o = e.organiser { description += (description.isEmpty ? "" : "\n") + "Đơn vị tổ chức: \(o)" }
      if let a = e.audience { description += (description.isEmpty ? "" : "\n") + "Thành phần: \(a)" }
      if let t = e.time { description += (description.isEmpty ? "" : "\n") + "Thời gian: \(t)" }
      items.append(CalendarItem(
        uid: "\(SiteModel.eventAnchor(e))-\(plan.year)@plansite", summary: who.map { "\(e.title) (\($0))" } ?? e.title,
        description: description, location: e.place, start: e.start, end: e.end, alarmDaysBefore: nil,
        categories: ["Tháng hành động vì trẻ em"]))
    }
    return items
  }

  /// `calendar/plan.ics`: every deadline, key date and event.
  func calendarFile() -> RenderJob {
    .file(
      SitePaths.calendarICS,
      Array(ICalendar.document(name: content.site.title, items: calendarItems(district: nil), stamp: today).utf8))
  }

  /// `districts/<slug>/plan.ics`: the district's deadlines and events.
  func districtCalendarFile(_ d: District) -> RenderJob {
    .file(
      SitePaths.districtICS(d.slug),
      Array(ICalendar.document(name: "\(d.fullName) – \(content.site.title)", items: calendarItems(district: d), stamp: today).utf8))
  }
}

/// RFC 4180 field quoting.
enum CSV {
  static func field(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
