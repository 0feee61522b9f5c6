// TEMPORARY stub until the cmark wrapper lands.
public struct Heading: Sendable, Equatable { public let level: Int; public let text: String; public let id: String }
public struct RenderedMarkdown: Sendable, Equatable { public let html: String; public let headings: [Heading]; public let plainText: String }
public enum Markdown {
  public static func render(_ source: String, idPrefix: String = "", reservedIDs: Set<String> = [], shiftHeadings: Int = 0) -> RenderedMarkdown {
    RenderedMarkdown(html: "<p>" + source + "</p>", headings: [], plainText: source)
  }
}
public enum Slug { public static func make(_ text: String) -> String { text } }
