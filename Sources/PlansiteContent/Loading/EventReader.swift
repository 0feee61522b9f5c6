import Yams

/// Reads a list of events (`action-month.yaml` or a district's `events.yaml`).
enum EventReader {
  static let keys = [
    "date", "start", "end", "title", "time", "place", "organiser", "audience", "description", "illustration",
  ]

  /// `window`: the Action Month. Outside it, a province event is a warning; a unit's event is
  /// refused (`events.yaml` holds the unit's Action Month activities, which the month's grid and
  /// agenda show; an activity of another month would be in one and not the other).
  static func read(
    _ node: Node?, _ r: YAMLReader, district: String?, year: Int?,
    window: ClosedRange<CivilDate>?
  ) -> [Event] {
    guard let items = r.sequence(node, "events") else { return [] }
    var events: [Event] = []
    for (index, item) in items.enumerated() {
      guard let f = r.fields(item, "một hoạt động (event)", allowed: keys, required: ["title"])
      else { continue }
      let title = r.text(f["title"], "title")
      var start = r.date(f["date"] ?? f["start"], f["date"] != nil ? "date" : "start")
      var end = f["end"] != nil ? r.date(f["end"], "end") : start
      if f["date"] == nil && f["start"] == nil {
        r.error(.missingKey, item, "hoạt động thiếu ngày: thêm \"date: YYYY-MM-DD\" (hoặc start và end)")
      }
      if f["date"] != nil && f["start"] != nil {
        r.error(
          .eventDate, f.keys["start"], "dùng \"date\" cho hoạt động một ngày, hoặc \"start\"/\"end\", không dùng cả hai"
        )
      }
      if let s = start, let e = end, e < s {
        r.error(
          .eventDate, f["end"],
          "ngày kết thúc \(VietnameseFormat.date(e)) trước ngày bắt đầu \(VietnameseFormat.date(s)); hãy đổi lại")
        end = s
      }
      if let year, let s = start, let e = end, s.year != year || e.year != year {
        r.error(
          .eventDate, f["date"] ?? f["start"],
          "hoạt động nằm ngoài năm kế hoạch \(year); hãy sửa năm của ngày")
        start = nil
      }
      if let window, let s = start, let e = end, s < window.lowerBound || e > window.upperBound {
        let month =
          "Tháng hành động (\(VietnameseFormat.date(window.lowerBound))–\(VietnameseFormat.date(window.upperBound)))"
        if district == nil {
          r.warning(.eventDate, f["date"] ?? f["start"], "hoạt động \"\(title ?? "")\" nằm ngoài \(month)")
        } else {
          r.error(
            .eventDate, f["date"] ?? f["start"],
            "hoạt động \"\(title ?? "")\" nằm ngoài \(month); events.yaml chỉ ghi hoạt động của Tháng hành động: sửa ngày cho nằm trong tháng, hoặc bỏ hoạt động này khỏi events.yaml và kể trong report.md"
          )
          start = nil
        }
      }
      let illustration = r.yesNo(f["illustration"], "illustration") ?? false
      guard let title, let start, let end else { continue }
      events.append(
        Event(
          start: start, end: end, title: title, time: r.string(f["time"], "time"),
          place: r.string(f["place"], "place"), organiser: r.string(f["organiser"], "organiser"),
          audience: r.string(f["audience"], "audience"),
          description: r.string(f["description"], "description"), districtSlug: district,
          index: index, illustration: illustration))
    }
    return events
  }
}
