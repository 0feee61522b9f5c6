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
    func row(_ cells: [CSV.Cell]) throws {
      for (i, cell) in cells.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out.append(contentsOf: CSV.field(cell).utf8)
      }
      out.append(contentsOf: [0x0D, 0x0A])
      if out.count >= piece {
        try emit(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    try row(header.map(CSV.Cell.text))
    // What repeats on every row of an indicator and period, and each unit's two cells, are made
    // once: the file has a row per unit per indicator per period (140,000 at 3,321 units).
    func cells(_ cells: [CSV.Cell]) -> [UInt8] { Array(cells.map(CSV.field).joined(separator: ",").utf8) }
    let statusCells = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, cells([.text(strings.status($0))])) })
    let provinceName = strings.format(.provinceWide, ["province": content.site.province])
    let units: [(ReportingUnit, [UInt8])] =
      content.districts.map { (.district($0.slug), cells([.text($0.slug), .text($0.fullName)])) }
      + [(.province, cells([.text(ReportingUnit.province.key), .text(provinceName)]))]
    for ind in plan.indicators {
      for p in plan.periods {
        let head =
          cells([
            .text(ind.id), .text(ind.label), .text(ind.targetID), .text(ind.measure.rawValue),
            .number(ind.target, places: 6), .text(ind.lowerIsBetter ? "lower" : "higher"), .text(p.id),
          ]) + [UInt8(ascii: ",")]
        for (unit, named) in units {
          let f = scoreboard.figure(ind.id, p.id, for: unit)
          out += head
          out += named
          for cell: CSV.Cell in [.number(f.done, places: 6), .number(f.of, places: 6), .number(f.value, places: 1)] {
            out.append(UInt8(ascii: ","))
            out += CSV.field(cell).utf8
          }
          out.append(UInt8(ascii: ","))
          out += statusCells[f.status] ?? []
          out.append(UInt8(ascii: ","))
          out += CSV.text(unit == .province ? "\(f.reported)/\(f.expected)" : "\(f.reported)").utf8
          out.append(UInt8(ascii: ","))
          if !f.notes.isEmpty { out += CSV.text(f.notes.joined(separator: " | ")).utf8 }
          out.append(contentsOf: [0x0D, 0x0A])
          if out.count >= piece {
            try emit(out)
            out.removeAll(keepingCapacity: true)
          }
        }
      }
    }
    if !out.isEmpty { try emit(out) }
  }

  /// Deadlines, key dates and every event, for calendar apps.
  func calendarItems(district: District?) -> [CalendarItem] {
    var items: [CalendarItem] = []
    for item in datedItems where district == nil || item.kind == .deadline && item.id.hasSuffix("-don-vi") {
      items.append(
        CalendarItem(
          uid: "\(item.id)-\(plan.year)@plansite", summary: item.title, description: item.detail, location: nil,
          start: item.start, end: item.end, alarmDaysBefore: item.kind == .deadline ? 3 : nil,
          categories: [item.kind == .deadline ? strings[.kindDeadline] : strings[.kindKeyDate]]))
    }
    let events = district.map { $0.events } ?? allEvents
    for e in events {
      let who = e.districtSlug.flatMap { districtsBySlug[$0]?.fullName }
      var description = e.description ?? ""
      func add(_ key: StringKey, _ text: String?) {
        guard let text else { return }
        description += (description.isEmpty ? "" : "\n") + strings.format(key, ["text": text])
      }
      add(.icsOrganiser, e.organiser)
      add(.icsAudience, e.audience)
      add(.icsTime, e.time)
      items.append(
        CalendarItem(
          uid: "\(SiteModel.eventAnchor(e))-\(plan.year)@plansite",
          summary: who.map { "\(e.title) (\($0))" } ?? e.title,
          description: description, location: e.place, start: e.start, end: e.end, alarmDaysBefore: nil,
          categories: [strings[.actionMonthName]]))
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
      Array(
        ICalendar.document(
          name: "\(d.fullName) – \(content.site.title)", items: calendarItems(district: d), stamp: today
        ).utf8))
  }
}

/// RFC 4180 fields, with text cells neutralised against formula injection (OWASP "CSV
/// Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula
/// (`=HYPERLINK(…)`, `=cmd|…`), and some also one that starts with a tab, a line break or NUL.
enum CSV {
  /// Which columns are numbers is decided by the row, not guessed from the text: a number cell
  /// holds digits (a minus sign included) and stays a number; every other cell is text.
  enum Cell {
    case text(String)
    /// Written with a decimal point and at most `places` decimals; empty when nil.
    case number(Rational?, places: Int)
  }

  static func field(_ cell: Cell) -> String {
    switch cell {
    case .number(let value, let places): return value.map { $0.decimalString(places: places) } ?? ""
    case .text(let s): return text(s)
    }
  }

  /// Text that could start a formula is prefixed with `'` and quoted, as OWASP advises: every
  /// spreadsheet then shows it as text. Other text is quoted only when RFC 4180 requires it.
  static func text(_ s: String) -> String {
    let formula = s.utf8.first.map(formulaStart.contains) ?? false
    guard formula || s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
    var out: [UInt8] = [0x22]
    out.reserveCapacity(s.utf8.count + 4)
    if formula { out.append(UInt8(ascii: "'")) }
    for byte in s.utf8 {
      out.append(byte)
      if byte == 0x22 { out.append(0x22) }  // a quote inside is doubled
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  /// OWASP's `=`, `+`, `-`, `@`, tab and CR, ASVS 1.2.10's NUL, and LF like CR.
  static let formulaStart: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x0A, 0x00]
}
