import CCmarkGFM
import Foundation

/// One Markdown document parsed by cmark-gfm; the only code in the module that touches the C API.
///
/// The parser is kept alive with the tree because `cmark_render_html` needs its extension list.
final class CmarkDocument {
  /// Safe mode (no `CMARK_OPT_UNSAFE`): raw HTML is omitted and `javascript:` links are emptied.
  static let options: Int32 =
    CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

  /// cmark-gfm flips global tables (`SPECIAL_CHARS`, `SKIP_CHARS`) at the start and end of every
  /// inline parse, so two parsers on two threads corrupt each other's output even though each
  /// has its own tree (strikethrough and autolinks silently stay text). Inline parses happen in
  /// `finish` and also in `feed`, where the table extension parses each row's cells. Both run one
  /// at a time; the tree walk and HTML rendering do not touch the tables and run in parallel.
  private static let parseLock = NSLock()

  // Internal, not private: `MarkdownSections.swift` walks the same tree for a document's sections.
  let parser: OpaquePointer
  let root: OpaquePointer
  /// The text parsed, for turning cmark-gfm's byte positions into lines and characters.
  let source: String
  /// Why the parse stopped before the end, if it did (`MarkdownLimits`): the parse observer's
  /// stop, then the byte scan's (which is later: reading stopped there at the latest).
  private(set) var limitExcesses: [PendingIssue] = []

  /// Parses `source` up to the first line that would cross a limit.
  init(parsing source: String) {
    guard let parser = cmark_parser_new(Self.options) else { fatalError("cmark-gfm: out of memory") }
    let observer = ParseObserver()
    var source = Self.withNewlines(source)  // `withUTF8` is mutating; a native string is not copied.
    var excess: PendingIssue?
    let root = source.withUTF8 { bytes in
      let bounds = InputBounds.firstExcess(in: bytes)
      excess = bounds.map { PendingIssue($0.kind, at: .offset($0.offset)) }
      let end = bounds?.lineStart ?? bytes.count
      return bytes.withMemoryRebound(to: CChar.self) { chars in
        Self.parseLock.withLock {
          observer.attach(to: parser)  // first, to see table rows before the table extension
          defer { observer.detach() }
          for syntaxExtension in GFMExtensions.shared.pointers {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
          }
          if let base = chars.baseAddress {
            var lineStart = 0
            while lineStart < end, !observer.shouldStop {
              observer.line += 1
              let newline = memchr(base + lineStart, 0x0A, end - lineStart)
              let lineEnd = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? end
              cmark_parser_feed(parser, base + lineStart, lineEnd - lineStart)
              lineStart = lineEnd
            }
          }
          return cmark_parser_finish(parser)
        }
      }
    }
    guard let root else { fatalError("cmark-gfm: out of memory") }
    var excesses = excess.map { [$0] } ?? []
    if let stop = observer.excess {
      excesses.insert(PendingIssue(stop.kind, at: .lineAndByteColumn(stop.line, stop.byteColumn)), at: 0)
    }
    self.parser = parser
    self.root = root
    self.source = source
    self.limitExcesses = excesses
  }

  /// cmark-gfm ends lines at CR, LF or CRLF; the limits count lines by LF alone, so every line
  /// end becomes LF first (content files already are; the HTML is the same).
  private static func withNewlines(_ source: String) -> String {
    let hasCR = source.utf8.withContiguousStorageIfAvailable {
      $0.baseAddress.map { memchr($0, 0x0D, source.utf8.count) != nil } ?? false
    }
    guard hasCR ?? source.utf8.contains(0x0D) else { return source }
    return source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  deinit {
    cmark_node_free(root)
    cmark_parser_free(parser)
  }

  /// Walks the tree once and makes it safe to show offline: collects headings (after shifting
  /// their levels in the tree, so the HTML shows the new level), whether any footnote survived
  /// parsing, and remote images; takes out links that safe mode would empty and images that
  /// must not load (`LinkRewriter`).
  func prepare(shiftingHeadingsBy shift: Int) -> DocumentOutline {
    var outline = DocumentOutline()
    var headingText: PlainTextBuilder?
    var headingLevel = 0
    var links = 0  // links around the current node
    var images = 0  // images around it: inside an alt text nothing is a link or loads
    var levels = 0  // quotes, list items and footnotes around it (`ParseObserver.isLevel`)

    let iterator = cmark_iter_new(root)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      let entering = event == CMARK_EVENT_ENTER
      switch type {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
        guard headingText != nil, let literal = cmark_node_get_literal(node) else { break }
        headingText?.append(UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        headingText?.appendBreak()
      case CMARK_NODE_HEADING where entering:
        let parsedLevel = Int(cmark_node_get_heading_level(node))
        headingLevel = min(max(parsedLevel + shift, 1), 6)
        if headingLevel != parsedLevel {
          cmark_node_set_heading_level(node, Int32(headingLevel))
        }
        headingText = PlainTextBuilder(capacity: 64)
      case CMARK_NODE_HEADING:
        outline.headings.append((headingLevel, headingText?.string ?? ""))
        headingText = nil
      case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM, CMARK_NODE_FOOTNOTE_DEFINITION:
        if type == CMARK_NODE_FOOTNOTE_DEFINITION { outline.hasFootnotes = true }
        levels += entering ? 1 : -1
        // The observer misses depth built on lines that open no paragraph (`> > > # h`).
        if levels > MarkdownLimits.maxNestingDepth, outline.tooDeep == nil {
          outline.tooDeep = PendingIssue(
            .nestedTooDeep,
            at: .lineAndByteColumn(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node))))
        }
      case CMARK_NODE_LINK where entering:
        links += 1
      case CMARK_NODE_LINK:
        links -= 1
        if images == 0 { LinkRewriter.neutraliseLink(node) }
      case CMARK_NODE_IMAGE where entering:
        images += 1
      case CMARK_NODE_IMAGE:
        images -= 1
        guard images == 0 else { break }  // the outer image's alt text takes this one's text
        let url = UnsafeBufferPointer(cString: cmark_node_get_url(node))
        if URLPolicy.isRemote(url) {
          let position = PendingPosition.lineAndByteColumn(
            Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
          let kind = MarkdownIssue.Kind.remoteImage(url: String(decoding: url, as: UTF8.self))
          outline.remoteImages.append(PendingIssue(kind, at: position))
        }
        LinkRewriter.replaceImage(node, insideLink: links > 0)
      default:
        break
      }
    }
    return outline
  }

  /// Renders HTML and lends the bytes to `body`; they are freed when `body` returns.
  func withHTML<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard let html = cmark_render_html(root, Self.options, cmark_parser_get_syntax_extensions(parser))
    else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    defer { free(html) }
    let bytes = UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self)
    return body(UnsafeBufferPointer(start: bytes, count: strlen(html)))
  }
}

/// What one walk over the tree found.
struct DocumentOutline {
  /// Levels after shifting, texts whitespace-collapsed, in document order (footnotes last).
  var headings: [(level: Int, text: String)] = []
  var hasFootnotes = false
  var remoteImages: [PendingIssue] = []
  /// The first quote, list item or footnote deeper than `MarkdownLimits.maxNestingDepth`.
  var tooDeep: PendingIssue?
}

/// An issue whose position is still in cmark-gfm's terms (`SourcePositions` converts it).
struct PendingIssue {
  var kind: MarkdownIssue.Kind
  var position: PendingPosition

  init(_ kind: MarkdownIssue.Kind, at position: PendingPosition) {
    self.kind = kind
    self.position = position
  }
}

enum PendingPosition {
  /// A byte offset in the source.
  case offset(Int)
  /// cmark-gfm's 1-based line and byte column.
  case lineAndByteColumn(Int, Int)
}

/// The GFM syntax extensions, registered once and then only read.
private struct GFMExtensions: @unchecked Sendable {
  // @unchecked: the pointers name entries of cmark's global registry, which is never written
  // again after `cmark_gfm_core_extensions_ensure_registered`.
  let pointers: [OpaquePointer]

  /// `cmark_gfm_core_extensions_ensure_registered` guards itself with a non-atomic flag; a static
  /// `let` runs it exactly once, whichever thread comes first.
  static let shared: GFMExtensions = {
    cmark_gfm_core_extensions_ensure_registered()
    let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    return GFMExtensions(
      pointers: names.map { name in
        guard let found = cmark_find_syntax_extension(name) else {
          fatalError("cmark-gfm extension '\(name)' is missing; is libcmark-gfm-extensions installed?")
        }
        return found
      })
  }()
}
