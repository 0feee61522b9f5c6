import CCmarkGFM
import Foundation

/// A run of text with its emphasis, for writers of formats other than HTML (the Word report).
public struct MarkdownInline: Sendable, Equatable {
  public var text: String
  public var bold = false
  public var italic = false
  public var code = false
  public var strike = false
  /// A footnote reference, shown raised.
  public var superscript = false
  /// A hard line break (`text` is empty).
  public var isBreak = false

  public init(
    text: String, bold: Bool = false, italic: Bool = false, code: Bool = false, strike: Bool = false,
    superscript: Bool = false, isBreak: Bool = false
  ) {
    self.text = text
    self.bold = bold
    self.italic = italic
    self.code = code
    self.strike = strike
    self.superscript = superscript
    self.isBreak = isBreak
  }
}

/// A block of a Markdown document as a neutral tree. Raw HTML is dropped (as in safe mode);
/// links and images keep their text only, so nothing from content becomes a link elsewhere.
public indirect enum MarkdownBlock: Sendable, Equatable {
  case paragraph([MarkdownInline])
  case heading(level: Int, [MarkdownInline])
  /// `checked`: nil for a plain item, true/false for a task list item.
  case list(ordered: Bool, start: Int, items: [ListItem])
  case quote([MarkdownBlock])
  case code(String)
  /// Rows of cells; the first `headerRows` rows are the header.
  case table(rows: [[[MarkdownInline]]], headerRows: Int)
  /// A footnote's text, numbered in order of first reference (as the HTML renderer numbers them).
  case footnote(number: Int, [MarkdownBlock])
  case rule

  public struct ListItem: Sendable, Equatable {
    public var checked: Bool?
    public var blocks: [MarkdownBlock]
  }
}

/// Markdown → `[MarkdownBlock]` through cmark-gfm's tree.
public enum MarkdownBlocks {
  public static func parse(_ source: String) -> [MarkdownBlock] {
    let document = CmarkDocument(parsing: source)
    return Walker().blocks(under: document.root)
  }

  /// The text of a node's inlines without markup, whitespace collapsed (heading titles).
  /// A walk with cmark-gfm's iterator, not recursion: emphasis can nest 20,000 deep in a file.
  static func plainText(of node: OpaquePointer) -> String {
    var builder = PlainTextBuilder(capacity: 64)
    let iterator = cmark_iter_new(node)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        if let literal = cmark_node_get_literal(current) {
          builder.append(UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
        }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        builder.appendBreak()
      default:
        break
      }
    }
    return builder.string
  }

  static func literal(_ node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  private struct Style {
    var bold = false
    var italic = false
    var strike = false
  }

  /// cmark-gfm moves the referenced footnote definitions after the document, in the order of
  /// their first reference: numbering references as first met and definitions in tree order
  /// gives both the same numbers.
  private final class Walker {
    var referenceNumbers: [String: Int] = [:]
    var definitions = 0

    func children(_ node: OpaquePointer) -> [OpaquePointer] {
      var out: [OpaquePointer] = []
      var child = cmark_node_first_child(node)
      while let c = child {
        out.append(c)
        child = cmark_node_next(c)
      }
      return out
    }

    func blocks(under node: OpaquePointer) -> [MarkdownBlock] {
      children(node).compactMap(block)
    }

    func block(_ node: OpaquePointer) -> MarkdownBlock? {
      switch cmark_node_get_type(node) {
      case CMARK_NODE_PARAGRAPH:
        return .paragraph(inlines(under: node, Style()))
      case CMARK_NODE_HEADING:
        return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node, Style()))
      case CMARK_NODE_LIST:
        let items = children(node).map { item in
          let isTask = String(cString: cmark_node_get_type_string(item)) == "tasklist"
          return MarkdownBlock.ListItem(
            checked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil, blocks: blocks(under: item))
        }
        return .list(
          ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, start: Int(cmark_node_get_list_start(node)),
          items: items)
      case CMARK_NODE_BLOCK_QUOTE:
        return .quote(blocks(under: node))
      case CMARK_NODE_CODE_BLOCK:
        var text = MarkdownBlocks.literal(node)
        if text.hasSuffix("\n") { text.removeLast() }
        return .code(text)
      case CMARK_NODE_THEMATIC_BREAK:
        return .rule
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        definitions += 1
        let number = definitions
        return .footnote(number: number, blocks(under: node))
      case CMARK_NODE_HTML_BLOCK:
        return nil
      default:
        // Extension blocks have no constant in the installed headers: name them.
        guard String(cString: cmark_node_get_type_string(node)) == "table" else { return nil }
        var rows: [[[MarkdownInline]]] = []
        var headerRows = 0
        for row in children(node) {
          if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { headerRows += 1 }
          rows.append(children(row).map { inlines(under: $0, Style()) })
        }
        return .table(rows: rows, headerRows: headerRows)
      }
    }

    /// The runs under `node` in document order, each with the emphasis around it. A walk with
    /// cmark-gfm's iterator and a stack of styles, not recursion: emphasis nested 20,000 deep
    /// (a 180 KB line) overflowed the stack of a rendering thread.
    func inlines(under node: OpaquePointer, _ style: Style) -> [MarkdownInline] {
      var out: [MarkdownInline] = []
      var styles = [style]  // the style inside each open container, `node`'s first
      let iterator = cmark_iter_new(node)
      defer { cmark_iter_free(iterator) }
      while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard let child = cmark_iter_get_node(iterator), child != node else { continue }
        guard event == CMARK_EVENT_ENTER else {
          styles.removeLast()  // only containers have an exit event
          continue
        }
        let current = styles[styles.count - 1]
        func run(_ text: String, code: Bool = false) {
          out.append(
            MarkdownInline(text: text, bold: current.bold, italic: current.italic, code: code, strike: current.strike))
        }
        var inner = current
        switch cmark_node_get_type(child) {
        case CMARK_NODE_TEXT:
          run(MarkdownBlocks.literal(child))
          continue
        case CMARK_NODE_CODE:
          run(MarkdownBlocks.literal(child), code: true)
          continue
        case CMARK_NODE_SOFTBREAK:
          run(" ")
          continue
        case CMARK_NODE_LINEBREAK:
          out.append(MarkdownInline(text: "", isBreak: true))
          continue
        case CMARK_NODE_HTML_INLINE:
          continue
        case CMARK_NODE_FOOTNOTE_REFERENCE:  // not a leaf to the iterator: it has an exit event
          let label = MarkdownBlocks.literal(child)
          let number = referenceNumbers[label] ?? (referenceNumbers.count + 1)
          referenceNumbers[label] = number
          out.append(MarkdownInline(text: String(number), superscript: true))
        case CMARK_NODE_STRONG:
          inner.bold = true
        case CMARK_NODE_EMPH:
          inner.italic = true
        default:
          // Links and images keep their text; strikethrough is an extension node.
          if String(cString: cmark_node_get_type_string(child)) == "strikethrough" { inner.strike = true }
        }
        styles.append(inner)
      }
      return out
    }
  }
}
