/// Reads `site.yaml`.
enum SiteReader {
  /// A BCP 47 language tag as `lang` takes it: `vi`, `en`, `vi-VN`. It lands in an attribute.
  static func isLanguageTag(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      return false
    }
    return parts.dropFirst().allSatisfy { p in
      (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

  static func read(_ doc: YAMLDocument, into diags: inout Diagnostics) -> SiteSettings? {
    let r = YAMLReader(doc)
    defer { diags.append(contentsOf: r.diagnostics) }
    guard
      let f = r.fields(
        doc.root, "site.yaml", allowed: ContentKeys.site,
        required: ["title", "province"])
    else { return nil }
    let title = r.text(f["title"], "title")
    let province = r.text(f["province"], "province")
    let language = r.string(f["language"], "language")
    if let language, !isLanguageTag(language) {
      r.error(
        .invalidID, f["language"],
        "language \"\(language)\" không phải mã ngôn ngữ (trang ghi nó vào <html lang>); viết vi, hoặc en cho tiếng Anh"
      )
    }
    guard let title, let province, language.map(isLanguageTag) ?? true else { return nil }
    return SiteSettings(
      title: title, province: province, language: language ?? "vi",
      sampleData: r.yesNo(f["sample_data"], "sample_data") ?? false,
      footer: r.string(f["footer"], "footer") ?? "", titleEN: r.text(f["title_en"], "title_en"),
      footerEN: r.string(f["footer_en"], "footer_en"), asOf: r.date(f["as_of"], "as_of"))
  }
}
