import XCTest

@testable import PlansiteContent

final class ProgressTests: XCTestCase {
  let half = Period(
    id: "6-thang", label: "6 tháng", due: CivilDate(iso: "2023-05-20")!, provinceDue: CivilDate(iso: "2023-05-25")!,
    expected: Rational(1, 2))
  let full = Period(
    id: "nam", label: "năm", due: CivilDate(iso: "2023-11-15")!, provinceDue: CivilDate(iso: "2023-11-20")!,
    expected: .one)

  func indicator(_ measure: Measure, target: Rational?, lower: Bool = false, of: Rational? = nil, scale: Int = 100)
    -> Indicator
  {
    Indicator(
      id: "x", targetID: "1", label: "x", measure: measure, target: target, lowerIsBetter: lower, of: of, unit: nil,
      baseline: nil, scale: scale)
  }

  /// Rounding in 64 bits (every real figure) and in 128 (when 64 would overflow) agree with
  /// the exact rule, half away from zero, on random fractions of every size.
  func testDecimalRoundingMatchesExactArithmetic() {
    func reference(_ r: Rational, _ places: Int) -> String {
      var scale = UInt128(1)
      for _ in 0..<places { scale *= 10 }
      let q = (UInt128(r.numerator.magnitude) * scale * 2 + UInt128(r.denominator)) / (UInt128(r.denominator) * 2)
      var digits = String(q)
      if places > 0 {
        digits = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
      }
      return (r.numerator < 0 && q != 0 ? "-" : "") + digits
    }
    var rng = SystemRandomNumberGenerator()
    for magnitude in [10, 1_000_000, 1 << 40, Int.max / 2] {
      for _ in 0..<2_000 {
        let r = Rational(
          Int.random(in: -magnitude...magnitude, using: &rng), Int.random(in: 1...magnitude, using: &rng))
        for places in [0, 1, 6] {
          XCTAssertEqual(r.decimalString(places: places), reference(r, places), "\(r) \(places)")
        }
      }
    }
    XCTAssertEqual(Rational(1, 3).decimalString(places: 6), "0.333333")
    XCTAssertEqual(Rational(-1, 2).decimalString(places: 0), "-1")
    XCTAssertEqual(Rational(-1, 3).decimalString(places: 0), "0")
    XCTAssertEqual(Rational(-42).decimalString(places: 6), "-42")
  }

  func testJustUnderTheTargetIsNotAchieved() {
    // 1999/2500 = 79,96 %: shown as 80,0 % but below 80 %.
    let f = Progress.district(
      .fraction(done: Rational(1999), of: Rational(2500)), indicator: indicator(.percent, target: Rational(80)),
      period: full)
    XCTAssertEqual(f.status, .behind)
    XCTAssertEqual(VietnameseFormat.share(f.value!), "80,0%")
  }

  func testExactlyOnTheTargetIsAchieved() {
    let f = Progress.district(
      .fraction(done: Rational(80), of: Rational(100)), indicator: indicator(.percent, target: Rational(80)),
      period: full)
    XCTAssertEqual(f.status, .achieved)
    XCTAssertEqual(VietnameseFormat.share(f.value!), "80%")
  }

  func testExactlyTargetTimesExpectedIsOnTrackAndJustBelowIsBehind() {
    let ind = indicator(.percent, target: Rational(80))
    XCTAssertEqual(
      Progress.district(.fraction(done: Rational(40), of: Rational(100)), indicator: ind, period: half).status, .onTrack
    )
    XCTAssertEqual(
      Progress.district(.fraction(done: Rational(3999), of: Rational(10000)), indicator: ind, period: half).status,
      .behind)
  }

  func testProvinceShareIsWeightedNotAMeanOfPercents() {
    // 90/100 and 10/1000: weighted 100/1100 = 9,1 %, the mean of percents would be 45,5 %.
    let f = Progress.province(
      [.fraction(done: Rational(90), of: Rational(100)), .fraction(done: Rational(10), of: Rational(1000)), nil],
      indicator: indicator(.percent, target: Rational(50)), period: full)
    XCTAssertEqual(f.value, Rational(100 * 100, 1100))
    XCTAssertEqual(VietnameseFormat.share(f.value!), "9,1%")
    XCTAssertEqual(f.reported, 2)
    XCTAssertEqual(f.expected, 3)
    XCTAssertEqual(f.status, .behind)
  }

  func testCeilingIsAchievedAtTheTargetAndExceededAbove() {
    let ind = indicator(.count, target: .zero, lower: true)
    XCTAssertEqual(Progress.district(.amount(.zero), indicator: ind, period: half).status, .achieved)
    XCTAssertEqual(Progress.district(.amount(.one), indicator: ind, period: half).status, .exceeded)
    let permille = indicator(.percent, target: Rational(decimal: "9.5")!, lower: true, scale: 1000)
    let exact = Progress.district(.fraction(done: Rational(19), of: Rational(2000)), indicator: permille, period: full)
    XCTAssertEqual(exact.status, .achieved)
    XCTAssertEqual(VietnameseFormat.share(exact.value!, scale: 1000), "9,5‰")
  }

  func testDecimalCountsAddExactly() {
    let ind = indicator(.count, target: Rational(decimal: "0.3")!)
    let f = Progress.province(
      [.amount(Rational(decimal: "0.1")!), .amount(Rational(decimal: "0.2")!)], indicator: ind, period: full)
    XCTAssertEqual(f.value, Rational(3, 10))
    XCTAssertEqual(f.status, .achieved)
  }

  func testYesNoProvinceIsTheShareOfUnitsAnsweringYes() {
    let f = Progress.province(
      [.yesNo(true), .yesNo(false), .yesNo(true), nil], indicator: indicator(.yesNo, target: Rational(100)),
      period: full)
    XCTAssertEqual(f.yesCount, 2)
    XCTAssertEqual(f.reported, 3)
    XCTAssertEqual(VietnameseFormat.share(f.value!), "66,7%")
    XCTAssertEqual(f.status, .behind)
  }

  func testDistrictCountWithAWholeIsJudgedOnItsShareOfTheTarget() {
    // 150 of 200 communes province-wide: a district with 10 communes is expected to reach 7,5.
    let ind = indicator(.count, target: Rational(150), of: Rational(200))
    XCTAssertEqual(
      Progress.district(.fraction(done: Rational(8), of: Rational(10)), indicator: ind, period: full).status, .achieved)
    XCTAssertEqual(
      Progress.district(.fraction(done: Rational(7), of: Rational(10)), indicator: ind, period: full).status, .behind)
  }

  func testNobodyReportedIsNoData() {
    let f = Progress.province([nil, nil], indicator: indicator(.percent, target: Rational(80)), period: full)
    XCTAssertEqual(f.status, .noData)
    XCTAssertNil(f.value)
  }
}

final class FormatTests: XCTestCase {
  func testVietnameseNumbers() {
    XCTAssertEqual(VietnameseFormat.number(Rational(1234)), "1.234")
    XCTAssertEqual(VietnameseFormat.number(Rational(1_234_567)), "1.234.567")
    XCTAssertEqual(VietnameseFormat.number(Rational(decimal: "3.5")!), "3,5")
    XCTAssertEqual(VietnameseFormat.share(Rational(191, 2)), "95,5%")
    XCTAssertEqual(VietnameseFormat.share(Rational(19, 2), scale: 1000), "9,5‰")
    XCTAssertEqual(VietnameseFormat.number(Rational(-1, 1000)), "0", "never -0")
  }

  func testDates() {
    let d = CivilDate(iso: "2023-09-29")!
    XCTAssertEqual(VietnameseFormat.date(d), "29/09/2023")
    XCTAssertNil(CivilDate(iso: "2023-02-30"))
    XCTAssertEqual(CivilDate(dayNumber: d.dayNumber), d)
  }

  func testVietnameseAlphabeticalOrderPutsĐAfterD() {
    let names = ["Đình Lập", "Bắc Sơn", "Dương", "Cao Lộc", "Bình Gia"]
    XCTAssertEqual(names.sorted(by: VietnameseFormat.collate), ["Bắc Sơn", "Bình Gia", "Cao Lộc", "Dương", "Đình Lập"])
  }

  func testRationalReadsDecimalsExactly() {
    XCTAssertEqual(Rational(decimal: "0.1")! + Rational(decimal: "0.2")!, Rational(decimal: "0.3")!)
    XCTAssertNil(Rational(decimal: "1e5"))
    XCTAssertNil(Rational(decimal: "abc"))
    XCTAssertEqual(Rational(decimal: "79.96")!.decimalString(places: 1), "80")
  }
}
