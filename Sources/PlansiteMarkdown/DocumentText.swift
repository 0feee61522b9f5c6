import CCmarkGFM
import Foundation

/// The words of a rendered document cut at its headings, read from the tree the HTML is rendered
/// from (after `prepare`: headings shifted, links and images rewritten), so the search index
/// never depends on how the HTML is written.
public struct TextSection: Sendable, Equatable {
  /// The index of the heading that opens the section in `RenderedMarkdown.headings`; nil for
  /// the text before the first heading.
  public var headingIndex: Int?
  /// Every word up to the next heading (of any level), whitespace collapsed; an image's alt
  /// text (not shown on the page) and footnote reference numbers left out.
  public var text: String
  /// The section's first paragraph (in a list item or a quote too, never in a footnote); the
  /// section's words outside footnotes when it has no paragraph (a table, a code block); "" for
  /// a heading followed by a heading.
  public var firstParagraph: String

  public init(headingIndex: Int?, text: String, firstParagraph: String) {
    self.headingIndex = headingIndex
    self.text = text
    self.firstParagraph = firstParagraph
  }
}

extension CmarkDocument {
  /// One section for the text before the first heading, when it holds any, then one per heading
  /// in document order (headings in footnotes last, as `DocumentOutline.headings`).
  func textSections() -> [TextSection] {
    struct Building {
      var text = PlainTextBuilder()
      var body = PlainTextBuilder()  // the text outside footnotes
      var first = PlainTextBuilder()
      var firstState = 0  // 0: no paragraph yet, 1: inside the first, 2: done
    }
    var sections = [Building()]
    var inHeading = 0
    var inImage = 0
    var inFootnote = 0

    let iterator = cmark_iter_new(root)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      let entering = event == CMARK_EVENT_ENTER
      let last = sections.count - 1
      switch type {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
        guard inHeading == 0, inImage == 0, let literal = cmark_node_get_literal(node) else { break }
        let bytes = UnsafeRawBufferPointer(start: literal, count: strlen(literal))
        sections[last].text.append(bytes)
        if inFootnote == 0 { sections[last].body.append(bytes) }
        if sections[last].firstState == 1 { sections[last].first.append(bytes) }
        if type == CMARK_NODE_CODE_BLOCK {
          sections[last].text.appendBreak()
          sections[last].body.appendBreak()
        }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        sections[last].text.appendBreak()
        sections[last].body.appendBreak()
        sections[last].first.appendBreak()
      case CMARK_NODE_HEADING:
        inHeading += entering ? 1 : -1
        if !entering { sections.append(Building()) }
      case CMARK_NODE_IMAGE:
        inImage += entering ? 1 : -1
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        inFootnote += entering ? 1 : -1
        sections[last].text.appendBreak()
      case CMARK_NODE_PARAGRAPH where inHeading == 0:
        sections[last].text.appendBreak()
        sections[last].body.appendBreak()
        if entering, inFootnote == 0, sections[last].firstState == 0 { sections[last].firstState = 1 }
        if !entering, sections[last].firstState == 1 { sections[last].firstState = 2 }
      default:
        // Block boundaries (list items, table cells, quotes) separate words; inline ones do not.
        if type.rawValue & 0xC000 == 0x8000 {  // CMARK_NODE_TYPE_MASK, CMARK_NODE_TYPE_BLOCK
          sections[last].text.appendBreak()
          sections[last].body.appendBreak()
        }
      }
    }
    var result: [TextSection] = []
    for (i, s) in sections.enumerated() {
      let text = s.text.string
      if i == 0 && text.isEmpty { continue }
      result.append(
        TextSection(
          headingIndex: i == 0 ? nil : i - 1, text: text,
          firstParagraph: s.firstState == 0 ? s.body.string : s.first.string))
    }
    return result
  }
}
