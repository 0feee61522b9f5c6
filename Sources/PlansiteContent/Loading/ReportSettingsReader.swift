import Yams

/// Reads the optional `report:` block of plan.yaml (`ReportSettings`).
enum ReportSettingsReader {
  static let keys = ["parent", "issuer", "number", "recipients", "copies", "signer", "titles"]

  /// `refused`: period ids already reported as malformed; titles under them are not reported again.
  static func read(_ node: Node?, _ r: YAMLReader, periods: [Period], refused: Set<String> = []) -> ReportSettings {
    var settings = ReportSettings()
    guard let f = r.fields(node, "report", allowed: keys) else { return settings }
    settings.parent = r.string(f["parent"], "report.parent")
    settings.issuer = r.string(f["issuer"], "report.issuer")
    settings.number = r.string(f["number"], "report.number")
    settings.recipients = lines(f["recipients"], "report.recipients", r)
    settings.copies = lines(f["copies"], "report.copies", r)
    if let s = r.fields(f["signer"], "report.signer", allowed: ["name", "title", "for"], required: ["name"]) {
      settings.signer = Signer(
        name: r.string(s["name"], "report.signer.name") ?? "", title: r.string(s["title"], "report.signer.title") ?? "")
      settings.signsFor = r.string(s["for"], "report.signer.for")
    }
    let ids = periods.map(\.id)
    if let t = r.fields(f["titles"], "report.titles", allowed: []) {
      for key in t.order {
        if refused.contains(key) { continue }
        guard ids.contains(key) else {
          r.error(
            .unknownPeriod, t.keys[key],
            "kỳ báo cáo \"\(key)\" trong report.titles không có trong periods\(Suggestion.hint(for: key, in: ids)); các kỳ: \(ids.joined(separator: ", "))"
          )
          continue
        }
        if let title = r.string(t[key], "report.titles.\(key)") { settings.titles[key] = title }
      }
    }
    return settings
  }

  /// A list of non-empty lines of text.
  private static func lines(_ node: Node?, _ what: String, _ r: YAMLReader) -> [String] {
    (r.sequence(node, what) ?? []).compactMap { item in
      guard let text = r.string(item, what) else { return nil }
      if text.isEmpty { r.error(.missingKey, item, "\(what): dòng trống; xóa dòng này hoặc viết tên cơ quan") }
      return text.isEmpty ? nil : text
    }
  }
}
