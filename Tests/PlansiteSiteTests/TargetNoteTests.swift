import XCTest

@testable import PlansiteContent
@testable import PlansiteSite

/// A unit's page shows how its share of a split province target was derived (issue 14, item 4).
final class TargetNoteTests: XCTestCase {
  func testUnitFigureSaysHowItsTargetWasDerived() {
    let ind = Indicator(
      id: "9", targetID: "9", label: "x", measure: .count, target: Rational(150), lowerIsBetter: false,
      of: Rational(200), unit: "xã", baseline: nil, scale: 100)
    let period = Period(
      id: "nam", label: "năm", due: CivilDate(iso: "2023-11-15")!, provinceDue: CivilDate(iso: "2023-11-20")!,
      expected: .one)
    let fig = Progress.district(
      .fraction(done: Rational(14), of: Rational(17)), indicator: ind, period: period, closed: true)
    let vi = Strings.builtInVietnamese
    let words = Words(strings: vi, format: SiteFormat(vi))
    let view = FigureView.make(
      fig, ind, province: false, status: StatusView(fig.status, label: vi.status(fig.status)), words: words
    ) { $0 }
    XCTAssertEqual(
      view.targetNote, "Chỉ tiêu của đơn vị: 150 × 17/200 = 12,75 xã (chỉ tiêu tỉnh chia theo tỷ lệ 17/200)")
    let total = Indicator(
      id: "6", targetID: "6", label: "x", measure: .count, target: Rational(6), lowerIsBetter: true, of: nil,
      unit: "trẻ", baseline: nil, scale: 100)
    let unit = Progress.district(.amount(Rational(2)), indicator: total, period: period, closed: true)
    XCTAssertEqual(
      FigureView.make(
        unit, total, province: false, status: StatusView(unit.status, label: vi.status(unit.status)), words: words
      ) { $0 }.targetNote,
      "Chỉ tiêu 6 trẻ là tổng của tỉnh; kế hoạch không giao chỉ tiêu riêng cho đơn vị")
  }
}
