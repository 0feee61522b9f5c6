/// Something in a Markdown document that its author should hear about, and where it is.
/// The caller words the message; this module knows nothing of files or pages.
public struct MarkdownIssue: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// An image fetched from another site (`![x](https://…)`): the offline site shows a link
    /// to it instead (a tracking pixel would tell its owner who reads the page, and when).
    case remoteImage(url: String)
    /// `count` more remote images after the first `MarkdownLimits.maxReportedImages`, which
    /// are reported one by one (a page of 14,000 tracking pixels needs one message, not 14,000).
    case moreRemoteImages(count: Int)
    /// A line holds `count` column bars `|`, more than a table row may
    /// (`MarkdownLimits.maxTableColumns` columns, one more bar than columns).
    case tooManyTableColumns(count: Int)
    /// The tables so far hold more than `MarkdownLimits.maxTableCells` cells; cmark-gfm gives
    /// every row as many cells as the header has, so this counts the cells it adds to short rows.
    case tooManyTableCells
    /// A quote, list item or footnote nested deeper than `MarkdownLimits.maxNestingDepth`.
    case nestedTooDeep
    /// A run of characters without a space holds `count` closing parentheses, more than
    /// `MarkdownLimits.maxParenthesesPerWord`.
    case tooManyParentheses(count: Int)
    /// One block of text between blank lines (`firstLine`…`lastLine`) holds so many `@`, `<?`
    /// or `<![CDATA[` for its length that cmark-gfm would scan it again for each of them.
    case crowdedParagraph(marker: String, firstLine: Int, lastLine: Int)
  }

  public let kind: Kind
  /// 1-based.
  public let line: Int
  /// 1-based, in characters of the line.
  public let column: Int

  public init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }

  /// An error stops the build: the document was read only up to this line.
  /// A remote image is only a warning: the page shows a link instead.
  public var isError: Bool {
    switch kind {
    case .remoteImage, .moreRemoteImages: false
    default: true
    }
  }
}

/// What one Markdown document may hold, so that no file within the size limit makes a build
/// slow: beyond these, cmark-gfm 0.29.0.gfm.6 (Debian 12) does quadratic work or builds
/// millions of nodes (measured in `MarkdownLimitTests`).
public enum MarkdownLimits {
  /// Columns of a table. Rendering a row costs the square of its columns in cmark-gfm
  /// (each cell counts its predecessors), and parsing a header row does too.
  public static let maxTableColumns = 100
  /// Cells of all tables, the padding cmark-gfm adds to short rows included: two lines of
  /// 2,000 columns and 90,000 one-character lines would make 180 million cells.
  public static let maxTableCells = 50_000
  /// Quotes, list items and footnotes inside one another. Every line that continues the
  /// innermost paragraph without repeating the markers costs cmark-gfm the whole depth.
  public static let maxNestingDepth = 16
  /// Closing parentheses in one run without spaces: cmark-gfm's autolinks recount the whole
  /// link for each `)` trimmed off its end.
  public static let maxParenthesesPerWord = 64
  /// Bytes cmark-gfm may rescan in one block of text between blank lines: the block's length
  /// times its `@` (e-mail autolinks copy the rest of the text for each), `<?` and `<![CDATA[`
  /// (raw HTML is searched for its end from each). Ten `@` in a 200 KB paragraph pass.
  public static let maxRescanBytes = 4_000_000
  /// Remote images `inspect` reports one by one in a document; the rest are counted.
  public static let maxReportedImages = 20
}
