import Mustache
import PlansiteMarkdown

extension Escape {
  /// Text for XML (WordprocessingML): `& < > "` escaped, and the characters XML 1.0 cannot hold
  /// at all (controls other than tab and line ends, U+FFFE, U+FFFF) removed, since one of them
  /// in a district's report would make Word refuse the whole document.
  public static func xml(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { needsXMLWork($0) }) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case _ where isForbiddenInXML(u): continue
      default: out.append(u)
      }
    }
    return String(out)
  }

  private static func needsXMLWork(_ u: Unicode.Scalar) -> Bool {
    u == "&" || u == "<" || u == ">" || u == "\"" || isForbiddenInXML(u)
  }

  static func isForbiddenInXML(_ u: Unicode.Scalar) -> Bool {
    (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF
  }
}

/// The content type of `*.xml.mustache` templates (the Word report's `document.xml`).
struct XMLEscaping: MustacheContentType {
  static let name = "PLANSITE_XML"
  func escapeText(_ text: String) -> String { Escape.xml(text) }
}

/// Markdown blocks (a unit's gathered section) as WordprocessingML paragraphs and tables. Only
/// structure and style ids: the styles themselves, and so the look, are the template document's
/// (`templates/report/bao-cao-mau.docx`); every text run is escaped by `Escape.xml`.
enum WordML {
  /// Text width of the report's portrait pages in twentieths of a point (A4 less 30 + 15 mm),
  /// shared out among a Markdown table's columns.
  static let textWidth = 9354

  /// `headingLevel`: the Word heading level a heading one below the section's own becomes.
  static func blocks(_ blocks: [MarkdownBlock], sectionLevel: Int, headingLevel: Int) -> String {
    var out = ""
    for b in blocks { block(b, into: &out, sectionLevel: sectionLevel, headingLevel: headingLevel, listDepth: 0) }
    return out
  }

  private static func block(
    _ b: MarkdownBlock, into out: inout String, sectionLevel: Int, headingLevel: Int, listDepth: Int,
    paragraphStyle: String? = nil
  ) {
    switch b {
    case .paragraph(let inlines):
      paragraph(style: paragraphStyle, inlines, into: &out)
    case .heading(let level, let inlines):
      let word = min(max(headingLevel + level - sectionLevel - 1, 1), 4)
      paragraph(style: "Heading\(word)", inlines, into: &out)
    case .list(let ordered, let start, let items):
      let style = listDepth == 0 ? "ListBullet" : "ListBullet\(min(listDepth + 1, 3))"
      for (i, item) in items.enumerated() {
        var marker = ordered ? "\(start + i). " : "- "
        if let checked = item.checked { marker += checked ? "☑ " : "☐ " }
        var first = true
        for inner in item.blocks {
          if case .paragraph(let inlines) = inner, first {
            paragraph(style: style, [MarkdownInline(text: marker)] + inlines, into: &out)
          } else if case .list = inner {
            block(inner, into: &out, sectionLevel: sectionLevel, headingLevel: headingLevel, listDepth: listDepth + 1)
          } else {
            if first { paragraph(style: style, [MarkdownInline(text: marker)], into: &out) }
            block(
              inner, into: &out, sectionLevel: sectionLevel, headingLevel: headingLevel, listDepth: listDepth + 1,
              paragraphStyle: style)
          }
          first = false
        }
        if item.blocks.isEmpty { paragraph(style: style, [MarkdownInline(text: marker)], into: &out) }
      }
    case .quote(let inner):
      for q in inner {
        block(
          q, into: &out, sectionLevel: sectionLevel, headingLevel: headingLevel, listDepth: listDepth,
          paragraphStyle: "Quote")
      }
    case .code(let text):
      var runs: [MarkdownInline] = []
      for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if i > 0 { runs.append(MarkdownInline(text: "", isBreak: true)) }
        runs.append(MarkdownInline(text: String(line), code: true))
      }
      paragraph(style: "Code", runs, into: &out)
    case .table(let rows, let headerRows):
      table(rows, headerRows: headerRows, into: &out)
    case .footnote(let number, let inner):
      for (i, f) in inner.enumerated() {
        if case .paragraph(let inlines) = f {
          let mark = i == 0 ? [MarkdownInline(text: "\(number)", superscript: true), MarkdownInline(text: " ")] : []
          paragraph(style: "FootnoteText", mark + inlines, into: &out)
        } else {
          block(f, into: &out, sectionLevel: sectionLevel, headingLevel: headingLevel, listDepth: listDepth)
        }
      }
    case .rule:
      out +=
        #"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr></w:pPr></w:p>"#
    }
  }

  static func paragraph(style: String?, _ inlines: [MarkdownInline], into out: inout String) {
    out += "<w:p>"
    if let style { out += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
    for inline in inlines { run(inline, into: &out) }
    out += "</w:p>"
  }

  static func run(_ r: MarkdownInline, into out: inout String) {
    if r.isBreak {
      out += "<w:r><w:br/></w:r>"
      return
    }
    let text = Escape.xml(r.text)
    guard !text.isEmpty else { return }
    out += "<w:r>"
    if r.bold || r.italic || r.strike || r.code || r.superscript {
      out += "<w:rPr>"
      if r.code { out += "<w:rStyle w:val=\"CodeChar\"/>" }
      if r.bold { out += "<w:b/>" }
      if r.italic { out += "<w:i/>" }
      if r.strike { out += "<w:strike/>" }
      if r.superscript { out += "<w:vertAlign w:val=\"superscript\"/>" }
      out += "</w:rPr>"
    }
    out += "<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
  }

  /// A Word table with the template's `TableGrid` style; header rows repeat on every page and
  /// no row splits across pages.
  private static func table(_ rows: [[[MarkdownInline]]], headerRows: Int, into out: inout String) {
    let columns = max(1, rows.map(\.count).max() ?? 1)
    let width = textWidth / columns
    out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(width * columns)\" w:type=\"dxa\"/>"
    out += "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
    out += String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns)
    out += "</w:tblGrid>"
    for (i, row) in rows.enumerated() {
      let header = i < headerRows
      out += header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      for c in 0..<columns {
        out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
        paragraph(style: header ? "TableHeading" : "TableText", c < row.count ? row[c] : [], into: &out)
        out += "</w:tc>"
      }
      out += "</w:tr>"
    }
    out += "</w:tbl>"
    // Word needs a paragraph between two tables, and after a table that ends a cell.
    out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>"
  }
}
