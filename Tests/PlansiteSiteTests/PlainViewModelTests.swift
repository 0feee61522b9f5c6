import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Issue 13 item 3: view models are plain values. The fragments rendered once (a status, a
/// figure) are the renderer's (`PartialCache`), so any model renders whole pages; district
/// pages hand their search entries back with their files, not through a cache in the model.
final class PlainViewModelTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  func templates() async throws -> TemplateSet { try await SiteFiles.templates() }

  /// A model made and used as is (no templates handed to it) renders each figure of an
  /// indicator page with `partials/figure` and its status with `partials/status`, in both tables.
  func testAPlainModelRendersFiguresAndStatusesThroughTheirPartials() async throws {
    let templates = try await templates()
    let model = SiteModel(content: .sample, today: today)
    let ind = model.content.plan.indicators[0]
    guard case .page(_, let template, let context) = model.indicatorPage(ind) else { return XCTFail("not a page") }
    let html = try XCTUnwrap(templates.render(template, context))
    let units = model.content.districts.count
    // Each unit's figure in the table and in the sorted list, and the province figure, each
    // with its status (a model without templates used to render them empty).
    let figures = html.components(separatedBy: "<span class=\"figure\">").count - 1
    XCTAssertGreaterThanOrEqual(figures, 2 * units + 1, html)
    XCTAssertGreaterThanOrEqual(html.components(separatedBy: "<span class=\"status-icon\"").count - 1, figures, html)
    // The same figure is the same fragment wherever it shows.
    let figure = model.figureView(ind, model.content.plan.periods[0], for: .district(model.content.districts[0].slug))
    XCTAssertNotNil(figure.cacheKey)
    XCTAssertEqual(PartialCache.html(figure), "", "outside a render nothing is rendered")
  }

  /// The district specs hand back their unit's entries; the index made from them equals the
  /// index made without them (each unit's report parsed by the index itself).
  func testDistrictPagesHandTheirSearchEntriesBack() {
    let model = SiteModel(content: .sample, today: today)
    let plan = SiteBuilder.plan(model)
    var handedBack: [String: [SearchEntry]] = [:]
    for spec in plan.small { handedBack.merge(spec().searchEntries) { a, _ in a } }
    XCTAssertEqual(Set(handedBack.keys), Set(model.content.districts.map(\.slug)))
    for d in model.content.districts {
      XCTAssertEqual(handedBack[d.slug], model.unitSearchEntries(d), d.slug)
      XCTAssertEqual(
        handedBack[d.slug]?.filter { $0.kind == model.strings[.searchKindUnitReport] },
        model.districtReportEntries(d, model.districtNarrative(d)), d.slug)
    }
    XCTAssertEqual(model.searchEntries(handedBack: handedBack), model.searchEntries())
  }
}
