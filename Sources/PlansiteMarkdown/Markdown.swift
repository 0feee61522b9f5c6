import Foundation

/// A heading found in a rendered document, for tables of contents and in-page links.
public struct Heading: Sendable, Equatable {
  /// 1…6, after `shiftHeadings`.
  public let level: Int
  /// The heading's text without markup, whitespace collapsed.
  public let text: String
  /// The `id` attribute given to the heading in the HTML, `idPrefix` included.
  public let id: String

  /// Creates a heading (for tests and callers that build outlines by hand).
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Equatable {
  /// Safe HTML: raw HTML omitted, dangerous link schemes emptied, headings with ids.
  public let html: String
  /// Every heading in document order; headings inside footnotes come last, as in the HTML.
  public let headings: [Heading]
  /// The document's words cut at its headings (the search index), when `render` was asked
  /// for them (`textSections: true`); else empty.
  public let sections: [TextSection]

  /// Creates a rendered document (for tests and callers that stub rendering).
  public init(html: String, headings: [Heading], sections: [TextSection] = []) {
    self.html = html
    self.headings = headings
    self.sections = sections
  }
}

/// GitHub Flavored Markdown rendering through cmark-gfm; safe to call from many threads.
///
/// The HTML is cmark-gfm's, in safe mode, except on purpose: headings get ids, footnote ids
/// are namespaced and their back-link label is Vietnamese, links that safe mode empties give
/// way to their text and images from other sites become links (`LinkRewriter`). A document
/// beyond `MarkdownLimits` is read up to the line that crosses them (`inspect` says where).
public enum Markdown {
  /// Renders GFM safely. `idPrefix` namespaces heading and footnote ids so two documents can share a page.
  /// `reservedIDs` are ids already used on the page (heading ids avoid them). `footnotePrefix`
  /// (default `idPrefix`) lets documents keep clean heading ids yet distinct footnote ids.
  /// `textSections` also reads the text of each section from the tree (`TextSection`).
  public static func render(
    _ source: String, idPrefix: String = "", reservedIDs: Set<String> = [], shiftHeadings: Int = 0,
    footnotePrefix: String? = nil, textSections: Bool = false
  ) -> RenderedMarkdown {
    let document = CmarkDocument(parsing: source)
    let outline = document.prepare(shiftingHeadingsBy: shiftHeadings)

    var ids = HeadingIDAllocator(prefix: idPrefix, reserved: reservedIDs)
    let headings = outline.headings.map { heading in
      Heading(level: heading.level, text: heading.text, id: ids.makeID(forHeadingText: heading.text))
    }
    let postProcessor = HTMLPostProcessor(
      headingIDs: headings.map(\.id), rewritesFootnotes: outline.hasFootnotes, idPrefix: footnotePrefix ?? idPrefix)
    return RenderedMarkdown(
      html: document.withHTML(postProcessor.process), headings: headings,
      sections: textSections ? document.textSections() : [])
  }

  /// What `check` reports about a document, in document order: remote images (warnings; past
  /// `MarkdownLimits.maxReportedImages`, one count), and where it crosses `MarkdownLimits`
  /// (errors: the parse stops at the first, the byte scan at the first of its own).
  public static func inspect(_ source: String) -> [MarkdownIssue] {
    let document = CmarkDocument(parsing: source)
    let outline = document.prepare(shiftingHeadingsBy: 0)
    var pending = Array(outline.remoteImages.prefix(MarkdownLimits.maxReportedImages))
    if outline.remoteImages.count > pending.count {
      let more = outline.remoteImages.count - pending.count
      pending.append(PendingIssue(.moreRemoteImages(count: more), at: outline.remoteImages[pending.count].position))
    }
    pending += document.limitExcesses
    if let tooDeep = outline.tooDeep, !document.limitExcesses.contains(where: { $0.kind == .nestedTooDeep }) {
      pending.append(tooDeep)
    }
    guard !pending.isEmpty else { return [] }
    let lines = SourcePositions(document.source)
    return pending.map(lines.issue).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }
}
