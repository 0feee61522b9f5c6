import PlansiteContent
import XCTest

@testable import PlansiteSite

/// A chart row's words, put together in Swift from the strings' sentences, read in English as
/// the chart partial wrote them before (the golden sites hold the Vietnamese ones).
final class ChartRowWordsTests: XCTestCase {
  func testEachKindOfRowReadsInEnglish() async throws {
    var diags = Diagnostics()
    let templates = try await SiteFiles.templates()
    let english = try XCTUnwrap(templates.strings(for: "en", into: &diags))
    let words = ChartRowWords(strings: english)
    let behind = StatusView(.behind, label: "Behind")
    let figure = FigureView(
      text: "42%", detail: "", status: behind, bar: nil, coverage: "", notes: [], hasData: true)
    func row(_ bar: ChartBar, counts: Bool = false) -> [String] {
      let made = words.row(bar, isIndicator: bar.name.isEmpty && !bar.isProvince, countsIndicators: counts)
      return [made.label, made.summary, made.valueText]
    }
    let icon = Status.behind.icon
    XCTAssertEqual(
      row(ChartBar(indicatorID: "1a", figure: figure, target: "≥ 90%", isProvince: true)),
      ["1a · Whole province", "Indicator 1a, whole province: 42%, Behind (target ≥ 90%)", "42% \(icon) Behind"])
    XCTAssertEqual(
      row(ChartBar(name: "Bac Son District", indicatorID: "1a", figure: figure, target: "")),
      ["1a · Bac Son District", "Indicator 1a, Bac Son District: 42%, Behind", "42% \(icon) Behind"])
    XCTAssertEqual(
      row(ChartBar(indicatorID: "2b", figure: figure, target: "≥ 90%")),
      ["Indicator 2b", "Indicator 2b: 42%, Behind (target ≥ 90%)", "42% \(icon) Behind"])
    XCTAssertEqual(
      row(ChartBar(name: "Bac Son District", figure: figure, target: ""), counts: true),
      ["Bac Son District", "Bac Son District: 42% indicators, Behind", "42% indicators \(icon) Behind"])
  }
}
