import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Issue 14, item 7: the schematic tile map. Positions become tile coordinates on a grid that
/// starts at the first row and column used; the count of indicators behind becomes the tile's
/// class, hatching and number; names are cut to fit; the map appears only when content places units.
final class UnitMapTests: XCTestCase {
  let today = CivilDate(iso: "2023-06-15")!

  func testPositionsBecomeTileCoordinatesAndCountsBecomeClasses() {
    typealias U = UnitMapLayout.Unit
    let (w, h, tiles) = UnitMapLayout.layout([
      U(row: 3, col: 3, shortName: "TP Lạng Sơn", fullName: "Thành phố Lạng Sơn", href: "a", behind: 0),
      U(row: 2, col: 4, shortName: "Cao Lộc", fullName: "Huyện Cao Lộc", href: "b", behind: 2),
      U(row: 4, col: 7, shortName: "Đình Lập", fullName: "Huyện Đình Lập", href: "c", behind: nil),
    ])
    // Columns 3…7 (5 cells of 80 units), rows 2…4 (3 cells): row 2 and column 3 are the origin.
    XCTAssertEqual(w, 400)
    XCTAssertEqual(h, 240)
    XCTAssertEqual(tiles.map { [$0.x, $0.y] }, [[0, 80], [80, 0], [320, 160]])
    XCTAssertEqual(tiles.map(\.kind), ["map-clear", "map-behind", "map-none"])
    XCTAssertEqual(tiles.map(\.mark), ["0", "2", "–"])
    XCTAssertEqual(tiles.map(\.isBehind), [false, true, false])
    XCTAssertEqual(tiles[0].lines.map(\.text), ["TP Lạng", "Sơn"], "too long for one line of a tile: two")
    XCTAssertEqual(tiles[1].lines.map(\.text), ["Cao Lộc"])
    // Tiles never overlap and stay inside the drawing.
    for t in tiles {
      XCTAssertLessThanOrEqual(t.x + t.size, w)
      XCTAssertLessThanOrEqual(t.y + t.size, h)
    }
  }

  func testAWideGridShrinksTilesAndCutsNamesWithAnEllipsis() {
    let units = (1...20).map {
      UnitMapLayout.Unit(
        row: 1, col: $0, shortName: "Phường Tam Thanh Mới", fullName: "x", href: "", behind: 1)
    }
    let (w, _, tiles) = UnitMapLayout.layout(units)
    XCTAssertEqual(w, 400, "never wider than the charts")
    XCTAssertEqual(tiles[1].x, 20)
    XCTAssertTrue(tiles.allSatisfy { $0.lines.count <= 2 && ($0.lines.last?.text.hasSuffix("…") ?? false) })
    XCTAssertEqual(UnitMapLayout.wrap("Tràng Định", maxChars: 9, lines: 2), ["Tràng", "Định"])
    XCTAssertEqual(UnitMapLayout.wrap("Một Hai Ba", maxChars: 3, lines: 2), ["Một", "Ha…"])
  }

  /// The site's map: status from the scoreboard (as the ranking counts it), the city abbreviated
  /// as "TP" (never "Lạng Sơn" alone), hrefs relative to the page, and no map without positions.
  func testTheSiteMapCountsIndicatorsBehindAndAppearsOnlyWithPositions() throws {
    let (loaded, diags) = ContentLoader.load(
      from: TestSupport.packageRoot.appendingPathComponent("content"), today: CivilDate(iso: "2023-12-31")!)
    var content = try XCTUnwrap(loaded, "\(diags.all)")
    XCTAssertFalse(diags.all.contains { $0.code == .mapPosition || $0.code == .mapIncomplete }, "\(diags.all)")
    let model = SiteModel(content: content, today: CivilDate(iso: "2023-12-31")!)
    let map = model.unitMap(root: "../")
    XCTAssertTrue(map.hasMap)
    XCTAssertEqual(map.tiles.count, 11, "every shipped unit is placed")
    let period = try XCTUnwrap(model.latestPeriod)
    let ranking = Dictionary(
      uniqueKeysWithValues: model.unitShortfalls(period, root: "../").map { ($0.href, $0.count) })
    let reported = Set(content.districts.filter { $0.report(for: period.id) != nil }.map(\.fullName))
    XCTAssertLessThan(reported.count, 11, "the shipped content has a unit without the last report: a dashed tile")
    for tile in map.tiles {
      XCTAssertEqual(tile.count, ranking[tile.href] ?? 0, tile.fullName)
      let want = !reported.contains(tile.fullName) ? "map-none" : tile.count > 0 ? "map-behind" : "map-clear"
      XCTAssertEqual(tile.kind, want, tile.fullName)
      XCTAssertTrue(tile.href.hasPrefix("../districts/"), tile.href)
    }
    XCTAssertTrue(map.tiles.contains { $0.lines.map(\.text).joined(separator: " ") == "TP Lạng Sơn" })
    content.districts = content.districts.map {
      var d = $0
      d.map = nil
      return d
    }
    XCTAssertFalse(SiteModel(content: content, today: today).unitMap(root: "").hasMap)
  }
}
