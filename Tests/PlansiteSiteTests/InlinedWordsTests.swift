import Mustache
import PlansiteContent
import XCTest

@testable import PlansiteSite

/// Words written into the templates before parsing render exactly as the engine rendered
/// `{{t.key}}`: escaped for HTML or XML, raw in `{{{…}}}` and `{{&…}}`, and left to the engine
/// wherever writing them in could change the output.
final class InlinedWordsTests: XCTestCase {
  let strings = Strings(
    language: "vi",
    values: [
      "plain": "Chỉ tiêu", "hostile": "<b title=\"x\">&amp;</b>'", "braces": "{{x}} {days} ngày",
      "lines": "một\ndòng hai", "empty": "",
    ])

  let template = """
    <p title="{{t.hostile}}">{{t.plain}} {{ t.plain }} {{{t.hostile}}} {{& t.hostile}} {{t.braces}}</p>
    {{#items}}
      {{t.lines}}|{{t.missing}}|{{t.empty}}|{{x}}
    {{/items}}
    {{t.plain}}}
    """

  /// Renders `template` through swift-mustache with the words as a context (`t`), the way a
  /// page sees them when nothing is inlined.
  func rendered(_ text: String, xml: Bool = false) throws -> String {
    var diags = Diagnostics()
    let library = try XCTUnwrap(
      TemplateSet.parseTemplates([(xml ? "p.xml.mustache" : "p.mustache", text)], displayRoot: "t", into: &diags))
    return try XCTUnwrap(library.render(RenderRoot(strings, TemplateObject(Page())), withTemplate: xml ? "p.xml" : "p"))
  }

  struct Page {
    var items = ["a", "b"].map { Item(x: $0) }
    var x = "ngoài"
  }
  struct Item { var x: String }

  func testInlinedTemplatesRenderWhatTheEngineRendered() throws {
    for xml in [false, true] {
      let inlined = InlinedWords.apply(template, strings, xml: xml)
      XCTAssertNotEqual(inlined, template)
      XCTAssertEqual(try rendered(inlined, xml: xml), try rendered(template, xml: xml), "xml: \(xml)")
    }
  }

  func testWhatIsWrittenInAndWhatStaysATag() {
    let out = InlinedWords.apply(template, strings, xml: false)
    // Written in: escaped for HTML, raw in the two raw forms.
    let escaped = "&lt;b title=&quot;x&quot;&gt;&amp;amp;&lt;/b&gt;&#39;"
    XCTAssertTrue(out.contains("<p title=\"\(escaped)\">Chỉ tiêu Chỉ tiêu"), out)
    XCTAssertTrue(out.contains(" <b title=\"x\">&amp;</b>' <b title=\"x\">&amp;</b>' "), out)
    // Left to the engine: braces, a line break, a missing key, a malformed closing.
    for tag in ["{{t.braces}}", "{{t.lines}}", "{{t.missing}}", "{{t.plain}}}"] {
      XCTAssertTrue(out.contains(tag), tag)
    }
    XCTAssertTrue(out.contains("||{{x}}"), "an empty word is written in as nothing: \(out)")
    XCTAssertFalse(InlinedWords.apply(template, strings, xml: true).contains("&#39;"), "XML escapes its own way")
  }

  func testATemplateThatChangesItsDelimitersIsLeftAlone() {
    let text = "{{=<% %>=}}<% t.plain %> {{t.plain}}"
    XCTAssertEqual(InlinedWords.apply(text, strings, xml: false), text)
  }
}
