import Foundation
import PlansiteMarkdown
import XCTest

/// Images from other sites (tracking pixels) are never loaded by the offline site: the page
/// shows a link with the alt text, and `inspect` says where each one is.
final class RemoteImageTests: XCTestCase {
  func testRemoteImageBecomesAMarkedLinkWithItsAltTextAndTitle() {
    XCTAssertEqual(
      Markdown.render(#"Xem ![Biểu đồ "A" & B](https://t.example/c.png?a=1&b=2 "Nguồn: Sở")."#).html,
      #"<p>Xem <a href="https://t.example/c.png?a=1&amp;b=2" title="Nguồn: Sở">"#
        + #"<span class="external-image">Biểu đồ &quot;A&quot; &amp; B</span></a>.</p>"# + "\n")
  }

  func testTrackingPixelWithoutAltTextShowsItsURL() {
    XCTAssertEqual(
      Markdown.render("![](https://t.example/p.gif?u=<1>)").html,
      #"<p><a href="https://t.example/p.gif?u=%3C1%3E"><span class="external-image">"#
        + "https://t.example/p.gif?u=&lt;1&gt;</span></a></p>\n")
  }

  func testEveryWayToNameAnotherSiteIsRemote() {
    let sources = [
      "![a](//t.example/a.png)", "![a](HTTP://T.EXAMPLE/a.png)", "![a](ftp://t.example/a.png)",
      "![a](<https://t.example/a b.png>)", "![a][r]\n\n[r]: https://t.example/r.png",
      "![a](&#104;ttps://t.example/e.png)",
      "| x |\n|---|\n| ![a](https://t.example/t.png) |", "Chú thích[^1]\n\n[^1]: ![a](https://t.example/f.png)",
    ]
    for source in sources {
      let html = Markdown.render(source).html
      XCTAssertFalse(html.contains("<img"), source + " → " + html)
      XCTAssertTrue(html.contains(#"<span class="external-image">a</span></a>"#), source + " → " + html)
      XCTAssertEqual(Markdown.inspect(source).map(\.isError), [false], source)
    }
  }

  func testLocalImagesStayAsCmarkWritesThem() {
    let source = "![a](anh/a.png) ![b](../b.png \"t\") ![c](/c.png) ![d](c:d) ![e](%68ttps://x)"
    XCTAssertEqual(
      Markdown.render(source).html,
      #"<p><img src="anh/a.png" alt="a" /> <img src="../b.png" alt="b" title="t" /> <img src="/c.png" alt="c" /> "#
        + #"<a href="c:d"><span class="external-image">d</span></a> <img src="%68ttps://x" alt="e" /></p>"# + "\n")
    XCTAssertEqual(Markdown.inspect(source).count, 1, "only c:d names a scheme")
  }

  /// A link cannot hold a second link: the image inside leaves its text.
  func testRemoteImageInsideALinkLeavesItsText() {
    XCTAssertEqual(
      Markdown.render("[![Logo](https://t.example/l.png)](https://site.example)").html,
      #"<p><a href="https://site.example">Logo</a></p>"# + "\n")
  }

  func testRawHTMLImagesAreOmittedBySafeMode() {
    let source = "<img src=\"https://t.example/p.gif\">\n\nChữ <img src=https://t.example/q.gif> chữ\n"
    XCTAssertEqual(
      Markdown.render(source).html,
      "<!-- raw HTML omitted -->\n<p>Chữ <!-- raw HTML omitted --> chữ</p>\n")
    XCTAssertEqual(Markdown.inspect(source), [])
  }

  /// Lines and columns as users count them (characters), where cmark-gfm's own inline
  /// positions drift: indented continuation lines, code spans across lines, quote markers.
  func testInspectPointsAtEachImage() {
    let source = """
      # Báo cáo

      Biểu đồ ![a](https://t.example/1.png) và ![b](https://t.example/2.png)
        ![c](https://t.example/3.png) dòng thụt
      Mã `x
      y` rồi ![d](https://t.example/4.png)

      > - Trích
      >   ý ![e](https://t.example/5.png)

      | Cột | Ảnh |
      |---|---|
      | ô | ![f](https://t.example/6.png) |

      ![g][r] ![h](anh/h.png)

      [r]: https://t.example/7.png
      """
    let issues = Markdown.inspect(source)
    XCTAssertEqual(issues.map(\.line), [3, 3, 4, 6, 9, 13, 15])
    XCTAssertEqual(issues.map(\.column), [9, 42, 3, 8, 7, 7, 1])
    XCTAssertEqual(
      issues.map(\.kind),
      (1...7).map { MarkdownIssue.Kind.remoteImage(url: "https://t.example/\($0).png") })
    XCTAssertTrue(issues.allSatisfy { !$0.isError })
  }

  /// An image inside another's alt text is only text there: cmark-gfm writes its alt text into
  /// the outer `alt`, and so does the link that replaces a remote outer image.
  func testImageInsideAnAltTextIsOnlyText() {
    let local = "![a ![](https://t.example/i.png) b](anh/o.png)"
    XCTAssertEqual(Markdown.render(local).html, #"<p><img src="anh/o.png" alt="a  b" /></p>"# + "\n")
    XCTAssertEqual(Markdown.inspect(local), [])
    let remote = "![a ![c](https://t.example/i.png)](https://t.example/o.png)"
    XCTAssertEqual(
      Markdown.render(remote).html,
      #"<p><a href="https://t.example/o.png"><span class="external-image">a c</span></a></p>"# + "\n")
    XCTAssertEqual(Markdown.inspect(remote).map(\.kind), [.remoteImage(url: "https://t.example/o.png")])
  }

  func testDocumentWithoutRemoteImagesHasNoIssues() {
    XCTAssertEqual(Markdown.inspect("# A\n\n![x](anh/x.png) [y](https://t.example/y.png) www.t.example\n"), [])
  }

  /// 14,000 tracking pixels on one 196 KB line made 14,000 warnings, each carrying that line:
  /// 8 GB and five minutes. Past the first twenty, one warning counts the rest.
  func testManyRemoteImagesAreCountedAfterTheFirstTwenty() {
    let source = "Ảnh: " + String(repeating: "![](http://t.example/p) ", count: 14_000)
    let start = Date()
    let issues = Markdown.inspect(source)
    XCTAssertLessThan(Date().timeIntervalSince(start), MarkdownLimitTests.budget)
    XCTAssertEqual(issues.count, MarkdownLimits.maxReportedImages + 1)
    XCTAssertEqual(issues.prefix(2).map(\.column), [6, 30])
    XCTAssertEqual(issues.last, MarkdownIssue(.moreRemoteImages(count: 13_980), line: 1, column: 6 + 24 * 20))
    XCTAssertTrue(issues.allSatisfy { !$0.isError })
  }
}
