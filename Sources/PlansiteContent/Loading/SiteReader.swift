/// Reads `site.yaml`.
enum SiteReader {
  static func read(_ doc: YAMLDocument, into diags: inout Diagnostics) -> SiteSettings? {
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard
      let f = r.fields(
        doc.root, "site.yaml", allowed: ["title", "province", "language", "sample_data", "footer"],
        required: ["title", "province"])
    else { return nil }
    guard let title = r.string(f["title"], "title"), let province = r.string(f["province"], "province")
    else { return nil }
    return SiteSettings(
      title: title, province: province, language: r.string(f["language"], "language") ?? "vi",
      sampleData: r.yesNo(f["sample_data"], "sample_data") ?? false,
      footer: r.string(f["footer"], "footer") ?? "")
  }
}
