import Foundation
import PlansiteMarkdown
import XCTest

/// plansite's renderer against bare cmark-gfm with the same options, on hand-written cases, the
/// GFM spec's link and image examples and a fuzz corpus: equal byte for byte once the intended
/// differences are undone (`IntendedDifferences`), and nothing else.
final class DifferentialRenderingTests: XCTestCase {
  /// Empty links keep `href=""` as in the spec; a titled `javascript:` link and unsafe or
  /// remote images are neutralised on the tree, not by editing the HTML.
  static let handWritten: [String] = [
    "[link]()\n",
    "[link](<>)\n",
    "[foo]: <>\n\n[foo]\n",
    "[link](javascript:alert(1) \"t\")\n",
    "[x](JAVASCRIPT:alert(1)) [y](vbscript:x) [z](file:///etc/passwd) [w](data:text/html,x)\n",
    "[ok](data:image/png;base64,AAAA) ![ok](data:image/webp;base64,AAAA) ![no](data:image/svg+xml,x)\n",
    "![x](javascript:alert(1)) ![](javascript:alert(1) \"t\")\n",
    "![điểm ảnh](https://t.example/p.gif) ![](https://t.example/p.gif?a=1&b='2') ![x](HTTP://A/b.png)\n",
    "![x](//cdn.example/a.png \"tiêu đề\") ![y](ftp://h/a.png) ![z](mailto:a@b.c)\n",
    "![ảnh *đẹp* `mã`\nhai dòng](https://t.example/a.png) ![cục bộ](anh/a.png \"t\") ![](./b.png)\n",
    "[![logo](https://t.example/l.png)](https://site.example) [![](https://t.example/l.png)](javascript:x)\n",
    "![ngoài ![trong](https://t.example/i.png)](https://t.example/o.png)\n",
    "![a ![](https://t.example/i.png) b](https://t.example/o.png) ![c ![](//t.example/j.png)](anh/o.png)\n",
    "![[x](javascript:y) ![z](javascript:w)](https://t.example/o.png)\n",
    "[r]: https://t.example/r.png \"T\"\n\n![a][r] ![r] ![r][]\n",
    "| a | b |\n|---|---|\n| ![x](https://t.example/1.png) | [y](javascript:x) |\n"
      + "| [![z](https://t.example/2.png)](javascript:y) | ![w](javascript:z) |\n",
    "Chú thích[^1] và [về ghi chú](#fn-1).\n\n[^1]: Ảnh ![x](https://t.example/f.png) [x](javascript:y)\n",
    "# Tiêu đề ![x](https://t.example/h.png)\n\n## [Liên kết](javascript:x)\n",
    "[**đậm** và ![a](https://t.example/a.png)](javascript:x) sau\n",
    "[](javascript:x)[](javascript:y)a\n",
    "<img src=\"https://t.example/p.gif\"> <a href=\"javascript:x\">a</a>\n\n<img src=https://t.example/q.gif>\n",
    "www.example.com/a) https://example.com/b a@b.co\n",
  ]

  func testHandWrittenCasesDifferOnlyOnPurpose() throws {
    for source in Self.handWritten { try assertSameAsCmark(source) }
  }

  func testSpecLinkAndImageExamplesDifferOnlyOnPurpose() throws {
    XCTAssertGreaterThan(SpecLinkExamples.all.count, 150)
    for example in SpecLinkExamples.all { try assertSameAsCmark(example.markdown, name: example.name) }
  }

  func testFuzzCorpusDiffersOnlyOnPurpose() throws {
    let corpus = MarkdownFuzzCorpus(iterations: MarkdownFuzzCorpus.iterations)
    var compared = 0
    for source in corpus.documents() {
      try assertSameAsCmark(source)
      compared += 1
    }
    XCTAssertEqual(compared, corpus.count)
  }

  /// The corpus must exercise what it compares: neutralised links, remote and unsafe images.
  func testFuzzCorpusHoldsNeutralisedURLs() {
    let documents = MarkdownFuzzCorpus(iterations: MarkdownFuzzCorpus.iterations).documents()
    let bare = documents.map(BareCmark.render)
    XCTAssertGreaterThan(bare.filter { $0.html.contains(#"<a href="">"#) }.count, 10)
    XCTAssertGreaterThan(bare.filter { $0.images.contains { IntendedDifferences.isRemote($0.url) } }.count, 10)
    XCTAssertGreaterThan(bare.filter { $0.html.contains(#"<img src="""#) }.count, 10)
  }

  private func assertSameAsCmark(_ source: String, name: String? = nil, line: UInt = #line) throws {
    let label = name ?? String(reflecting: source.prefix(300))
    XCTAssertEqual(
      Markdown.inspect(source).filter(\.isError), [], "the corpus stays within the limits: \(label)", line: line)
    let ours = Markdown.render(source, idPrefix: IntendedDifferences.prefix)
    let bare = BareCmark.render(source)
    let headingIDs = ours.html.ranges(of: /<h[1-6] id="/).count
    XCTAssertEqual(headingIDs, bare.headings, "every heading gets one id: \(label)", line: line)
    let expected = try IntendedDifferences.expected(from: bare)
    XCTAssertEqual(IntendedDifferences.normalised(plansite: ours.html), expected, label, line: line)
  }
}
