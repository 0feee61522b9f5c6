import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

@testable import PlansiteSite

/// Ids and text that try to break out of an attribute, a script or an element, put into every
/// field of a model built directly (past the loader's checks, which refuse such ids): no page,
/// no script and no data file may carry them as markup, a formula or a broken row.
final class HostileContentTests: XCTestCase {
  /// Each payload tagged with `tag` so ids made from them stay distinct.
  static func hostile(_ tag: String) -> String {
    "\(tag)\" onload=\"alert(1)</script><svg onload=alert(2)>' onmouseover='alert(3)<img src=x onerror=alert(4)>"
  }

  /// Content.sample with every id, name, label and text replaced by a payload, and cells that
  /// start like spreadsheet formulas.
  static var content: Content {
    var c = Content.sample
    let h = hostile
    let periodIDs = Dictionary(uniqueKeysWithValues: c.plan.periods.map { ($0.id, h("ky-\($0.id)")) })
    let indicatorIDs = Dictionary(uniqueKeysWithValues: c.plan.indicators.map { ($0.id, h("ct-\($0.id)")) })
    let slugs = Dictionary(uniqueKeysWithValues: c.districts.map { ($0.slug, h("dv-\($0.slug)")) })
    c.site.title = h("trang")
    c.site.province = h("tinh")
    c.site.footer = h("chan")
    c.plan.title = h("ke-hoach")
    c.plan.number = h("so")
    c.plan.issuer = h("co-quan")
    c.plan.signer.name = h("ten")
    c.plan.signer.title = h("chuc-vu")
    c.plan.basis = h("can-cu")
    c.plan.districtSlugs = c.plan.districtSlugs.map { slugs[$0]! }
    for i in c.plan.periods.indices {
      c.plan.periods[i].id = periodIDs[c.plan.periods[i].id]!
      c.plan.periods[i].label = h("nhan-ky")
    }
    for i in c.plan.keyDates.indices {
      c.plan.keyDates[i].id = h("ngay-\(i)")
      c.plan.keyDates[i].title = h("ten-ngay")
      c.plan.keyDates[i].description = h("mo-ta-ngay")
    }
    for t in c.plan.targets.indices {
      c.plan.targets[t].id = h("mt-\(t)")
      c.plan.targets[t].title = h("ten-mt")
      c.plan.targets[t].text = h("noi-dung-mt")
      for i in c.plan.targets[t].indicators.indices {
        var ind = c.plan.targets[t].indicators[i]
        ind.id = indicatorIDs[ind.id]!
        ind.targetID = c.plan.targets[t].id
        // A label that a spreadsheet would run, and a unit that breaks attributes.
        ind.label = i % 2 == 0 ? "=HYPERLINK(\"http://x.invalid\",\"\(h("nhan"))\")" : "@SUM(1)" + h("nhan")
        ind.unit = ind.unit.map { _ in h("don-vi-do") }
        c.plan.targets[t].indicators[i] = ind
      }
    }
    for s in c.sections.indices {
      c.sections[s].slug = h("muc-\(s)")
      c.sections[s].markdown = "# " + h("tieu-de") + "\n\n" + h("doan")
    }
    c.actionMonth.theme = h("chu-de")
    c.actionMonth.narrative = "## " + h("thang") + "\n\n" + h("doan")
    for e in c.actionMonth.events.indices { c.actionMonth.events[e] = hostileEvent(c.actionMonth.events[e], slug: nil) }
    for d in c.districts.indices {
      var district = c.districts[d]
      district.slug = slugs[district.slug]!
      district.name = "+" + h("ten-dv")
      district.kind = h("loai")
      district.contact.office = h("phong")
      district.contact.phone = h("sdt")
      district.contact.email = h("thu")
      district.narrative = "## " + h("bao-cao") + "\n\n" + h("doan")
      district.submissions = Dictionary(
        uniqueKeysWithValues: district.submissions.map { (periodIDs[$0.key]!, $0.value) })
      district.reports = district.reports.map { r in
        var r = r
        r.period = periodIDs[r.period]!
        r.values = Dictionary(
          uniqueKeysWithValues: r.values.map { key, value in
            if case .note = value { return (indicatorIDs[key]!, Value.note("-" + h("ghi-chu") + "\n=1+2")) }
            return (indicatorIDs[key]!, value)
          })
        return r
      }
      district.events = district.events.map { hostileEvent($0, slug: district.slug) }
      c.districts[d] = district
    }
    return c
  }

  static func hostileEvent(_ e: Event, slug: String?) -> Event {
    var e = e
    e.districtSlug = slug
    e.title = hostile("hoat-dong")
    e.time = hostile("gio")
    e.place = hostile("noi")
    e.organiser = hostile("to-chuc")
    e.audience = hostile("thanh-phan")
    e.description = hostile("mo-ta")
    return e
  }

  func testIdsAndTextFromContentNeverBreakOutOfMarkupScriptsOrCells() async throws {
    let templates = try await SiteFiles.templates()
    let files = try SiteFiles.render(Self.content, today: CivilDate(iso: "2023-06-15")!, templates: templates)
    XCTAssertGreaterThan(files.keys.filter { $0.hasSuffix(".html") }.count, 10)
    XCTAssertNotNil(files[SitePaths.csv])
    XCTAssertNotNil(files[SearchIndex.path])
    // Escaped, a payload keeps none of these in a page: `"` and `<` become entities (a bare
    // `onload=` may remain as text, harmless). The CSV and calendars hold text, not HTML.
    for (path, text) in files where path.hasSuffix(".html") {
      for raw in ["onload=\"alert", "<svg onload", "<img src=x", "</script><script"] where text.contains(raw) {
        XCTFail("\(path) holds \(raw) unescaped")
      }
    }
    for (path, text) in files where path.hasPrefix("search/") && path.hasSuffix(".js") {
      XCTAssertFalse(text.lowercased().contains("</script"), path)
    }
    // Then every file through real parsers: elements, attributes and ids of each page, the
    // index's JSON, the CSV's rows and formula cells, the calendars.
    XCTAssertEqual(try SiteAuditor().problems(files), [])
    // An indicator page's chart ids are made from the period id, the tiles' from the target id:
    // escaped where they land (attributes, the pattern's url()).
    let chartPage = try XCTUnwrap(
      files.first { $0.key.hasPrefix("targets/") && $0.key != SitePaths.targets && $0.value.contains("<svg") }?.value)
    XCTAssertTrue(
      chartPage.contains("aria-labelledby=\"bieu-do-ky-6-thang&quot; onload=&quot;alert(1)&lt;/script&gt;"), chartPage)
    let tiles = try XCTUnwrap(files[SitePaths.targets])
    XCTAssertTrue(tiles.contains("fill=\"url(#bieu-do-muc-tieu-mt-0&quot; onload=&quot;alert(1)&lt;/script&gt;"), tiles)
  }

  func testCSVCellsThatStartLikeFormulasAreTextAndNumbersStayNumbers() {
    for first in ["=", "+", "-", "@", "\t", "\r", "\n", "\u{0}"] {
      XCTAssertEqual(CSV.field(.text(first + "1+2")), "\"'\(first)1+2\"", "\(first.unicodeScalars.first!.value)")
    }
    XCTAssertEqual(CSV.field(.text("=HYPERLINK(\"x\")")), "\"'=HYPERLINK(\"\"x\"\")\"", "quotes doubled too")
    XCTAssertEqual(CSV.field(.text("a=1, b")), "\"a=1, b\"", "only the first character starts a formula")
    XCTAssertEqual(CSV.field(.text("Huyện Đình Lập")), "Huyện Đình Lập")
    XCTAssertEqual(CSV.field(.text("a, \"b\"\nc")), "\"a, \"\"b\"\"\nc\"", "RFC 4180 quoting")
    XCTAssertEqual(CSV.field(.text("")), "")
    XCTAssertEqual(CSV.field(.number(Rational(-35, 10), places: 6)), "-3.5", "a negative number is a number")
    XCTAssertEqual(CSV.field(.number(Rational(2039), places: 6)), "2039")
    XCTAssertEqual(CSV.field(.number(nil, places: 1)), "")
  }
}
