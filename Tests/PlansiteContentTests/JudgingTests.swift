import PlansiteTestSupport
import XCTest

@testable import PlansiteContent

/// How figures are judged (docs/content-format.md, "Cách tính"): running vs closed periods,
/// ceilings, province totals, one denominator, baselines; each rule at its boundary.
final class JudgingTests: XCTestCase {
  let half = Period(
    id: "6-thang", label: "6 tháng", due: CivilDate(iso: "2023-05-20")!, provinceDue: CivilDate(iso: "2023-05-25")!,
    expected: Rational(1, 2))
  let full = Period(
    id: "nam", label: "năm", due: CivilDate(iso: "2023-11-15")!, provinceDue: CivilDate(iso: "2023-11-20")!,
    expected: .one)

  func indicator(
    _ measure: Measure, target: Rational?, lower: Bool = false, of: Rational? = nil, unitTarget: Rational? = nil,
    baseline: Baseline? = nil
  ) -> Indicator {
    Indicator(
      id: "x", targetID: "1", label: "x", measure: measure, target: target, lowerIsBetter: lower, of: of,
      unitTarget: unitTarget, unit: nil, baseline: baseline, scale: 100)
  }

  func fraction(_ done: Int, _ of: Int) -> Value { .fraction(done: Rational(done), of: Rational(of)) }

  // MARK: running vs closed

  /// The known case: the closed annual result 99,8 % against 100 % reads "Chưa đạt", not "Chậm".
  func testClosedAnnualJustUnderTheTargetIsNotAchievedAndRunningIsBehind() {
    let ind = indicator(.percent, target: Rational(100))
    let v = fraction(998, 1000)
    XCTAssertEqual(Progress.province([v], indicator: ind, period: full, closed: true).status, .notAchieved)
    XCTAssertEqual(Progress.province([v], indicator: ind, period: full, closed: false).status, .behind)
    XCTAssertEqual(
      Progress.district(fraction(1000, 1000), indicator: ind, period: full, closed: true).status, .achieved)
  }

  /// The period closes after its last day on time: the due day for "chậm nhất ngày", the day before for "trước ngày".
  func testPeriodClosesAfterItsLastDayOnTime() {
    var p = full  // due 15/11
    XCTAssertFalse(p.isClosed(on: CivilDate(iso: "2023-11-14")!))
    XCTAssertTrue(p.isClosed(on: CivilDate(iso: "2023-11-15")!))
    p.wording = .noLaterThan
    XCTAssertFalse(p.isClosed(on: CivilDate(iso: "2023-11-15")!))
    XCTAssertTrue(p.isClosed(on: CivilDate(iso: "2023-11-16")!))
  }

  /// A closed mid-year period is judged against its milestone: at it "Đạt", under it "Chưa đạt".
  func testClosedMidYearIsJudgedAgainstItsMilestone() {
    let ind = indicator(.percent, target: Rational(80))
    XCTAssertEqual(Progress.district(fraction(40, 100), indicator: ind, period: half, closed: true).status, .achieved)
    XCTAssertEqual(
      Progress.district(fraction(3999, 10000), indicator: ind, period: half, closed: true).status, .notAchieved)
  }

  // MARK: ceilings

  func testProvinceCeilingMetBreachedOrIncomplete() {
    let ind = indicator(.count, target: .zero, lower: true)
    let zero = Value.amount(.zero)
    // Every unit reported 0: met.
    XCTAssertEqual(Progress.province([zero, zero, zero], indicator: ind, period: full, closed: true).status, .achieved)
    // One unit has not reported: never "Đạt".
    let partial = Progress.province([zero, zero, nil], indicator: ind, period: full, closed: true)
    XCTAssertEqual(partial.status, .incomplete)
    // A breach is a breach, whether or not everyone reported, running or closed.
    XCTAssertEqual(
      Progress.province([zero, .amount(.one), nil], indicator: ind, period: half, closed: false).status, .exceeded)
  }

  /// A ceiling is not pro-rated: mid-year "không quá 6" is still 6, not 3.
  func testCeilingIsNotHalvedMidYear() {
    let ind = indicator(.count, target: Rational(6), lower: true)
    let four = Value.amount(Rational(4))
    XCTAssertEqual(Progress.province([four], indicator: ind, period: half, closed: false).status, .achieved)
    XCTAssertEqual(Progress.province([.amount(Rational(7))], indicator: ind, period: half).status, .exceeded)
  }

  // MARK: province totals and units

  /// "At most 6 drownings" and "2,5 tỷ đồng raised" are the province's totals: a unit is shown,
  /// not judged; the province is judged on the sum.
  func testCountWithoutOfGivesUnitsNoStatus() {
    let drownings = indicator(.count, target: Rational(6), lower: true)
    let unit = Progress.district(.amount(Rational(2)), indicator: drownings, period: full, closed: true)
    XCTAssertEqual(unit.status, .notAssigned)
    XCTAssertNil(unit.target)
    let money = indicator(.count, target: Rational(decimal: "2.5")!)
    XCTAssertEqual(
      Progress.district(.amount(Rational(decimal: "0.1")!), indicator: money, period: full).status, .notAssigned)
    let province = Progress.province(
      [.amount(Rational(decimal: "1.5")!), .amount(Rational(decimal: "1")!)], indicator: money, period: full,
      closed: true)
    XCTAssertEqual(province.status, .achieved)
  }

  /// `unit_target:` gives each unit its own target; a ceiling of 0 holds for each unit.
  func testUnitTargetAndZeroCeilingJudgeUnits() {
    let perUnit = indicator(.count, target: Rational(20), unitTarget: Rational(2))
    let f = Progress.district(.amount(Rational(2)), indicator: perUnit, period: full, closed: true)
    XCTAssertEqual(f.status, .achieved)
    XCTAssertEqual(f.split, .perUnit(Rational(2)))
    XCTAssertEqual(
      Progress.district(.amount(Rational(1)), indicator: perUnit, period: full, closed: true).status, .notAchieved)
    let zero = indicator(.count, target: .zero, lower: true)
    let breach = Progress.district(.amount(.one), indicator: zero, period: full)
    XCTAssertEqual(breach.status, .exceeded)
    XCTAssertEqual(breach.split, .zeroCeiling)
  }

  /// A count with `of`: the unit's share (150 × 17/200 = 12,75) and how it was derived.
  func testProportionalSplitIsRecorded() {
    let ind = indicator(.count, target: Rational(150), of: Rational(200))
    let f = Progress.district(fraction(13, 17), indicator: ind, period: full, closed: true)
    XCTAssertEqual(f.target, Rational(1275, 100))
    XCTAssertEqual(f.split, .proportional(provinceTarget: Rational(150), unitOf: Rational(17), planOf: Rational(200)))
    XCTAssertEqual(f.status, .achieved)
  }

  /// One denominator: the province figure is over the plan's whole (161), not the sum of the
  /// units that reported (64), on every page.
  func testProvinceCountIsOverThePlansWhole() {
    let ind = indicator(.count, target: Rational(100), of: Rational(161))
    let f = Progress.province([fraction(30, 40), fraction(17, 24), nil], indicator: ind, period: full)
    XCTAssertEqual(f.value, Rational(47))
    XCTAssertEqual(f.of, Rational(161))
  }

  // MARK: baselines

  /// `expected: 0.5` with a baseline of 144 toward 150: the milestone is 147, not 75.
  func testStockTargetOnTrackRunsFromTheBaseline() {
    let ind = indicator(
      .count, target: Rational(150), of: Rational(200), baseline: Baseline(year: 2022, done: Rational(144), of: nil))
    XCTAssertEqual(
      Status.milestone(target: Rational(150), expected: Rational(1, 2), baseline: Rational(144)), Rational(147))
    let at = Progress.province([fraction(147, 200)], indicator: ind, period: half)
    XCTAssertEqual(at.status, .onTrack)
    let under = Progress.province([fraction(146, 200)], indicator: ind, period: half)
    XCTAssertEqual(under.status, .behind)  // 146 ≥ 75 would have read "Đúng tiến độ"
    // A unit with 17 of 200 has the same share of the baseline: 144 × 17/200 = 12,24 toward 12,75.
    let unit = Progress.district(fraction(12, 17), indicator: ind, period: half)
    XCTAssertEqual(unit.status, .behind)
    let unitAt = Progress.district(fraction(13, 17), indicator: ind, period: half)
    XCTAssertEqual(unitAt.status, .achieved)
  }

  func testPercentBaselineIsInPercent() {
    let ind = indicator(
      .percent, target: Rational(80), baseline: Baseline(year: 2022, done: Rational(60), of: Rational(100)))
    XCTAssertEqual(ind.baselineValue, Rational(60))
    XCTAssertEqual(Progress.district(fraction(70, 100), indicator: ind, period: half).status, .onTrack)
    XCTAssertEqual(Progress.district(fraction(69, 100), indicator: ind, period: half).status, .behind)
  }
}

/// What plan.yaml and site.yaml say about judging, as the loader reads it.
final class JudgingLoaderTests: XCTestCase {
  func load(_ overrides: [String: String]) -> (Content?, Diagnostics) {
    ContentLoader.load(
      from: TestSupport.contentCopy(of: "mini", overrides: overrides), today: CivilDate(iso: "2023-06-15")!)
  }

  var plan: String {
    try! String(contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8)
  }

  /// The units' wholes must add up to the plan's (one denominator): both units report 10 of a
  /// plan's 20, so changing the plan to 30 warns at its `of`.
  func testUnitsWholesThatDoNotAddUpWarn() throws {
    let (ok, quiet) = load([:])
    XCTAssertNotNil(ok)
    XCTAssertFalse(quiet.all.contains { $0.code == .unitWholes }, "\(quiet.all)")
    let wrong = plan.replacingOccurrences(of: "        of: 20\n", with: "        of: 30\n")
    XCTAssertNotEqual(wrong, plan)
    let (content, diags) = load(["plan.yaml": wrong])
    XCTAssertNotNil(content, "a warning, not an error")
    let found = diags.all.filter { $0.code == .unitWholes }
    XCTAssertEqual(found.count, 1, "\(diags.all)")
    XCTAssertEqual(found.first?.severity, .warning)
    XCTAssertEqual(
      found.first?.location?.line, plan.components(separatedBy: "\n").firstIndex(of: "        of: 20")! + 1)
    XCTAssertTrue(found.first?.message.contains("tổng \"of\" của cả 2 đơn vị là 20, khác of: 30") ?? false)
  }

  func testUnitTargetReadingAndPlace() throws {
    let withTarget = plan.replacingOccurrences(
      of: "unit: tỷ đồng, decimals: 1}", with: "unit: tỷ đồng, decimals: 1, unit_target: 0.5}")
    XCTAssertNotEqual(withTarget, plan)
    let (content, diags) = load(["plan.yaml": withTarget])
    XCTAssertFalse(diags.hasErrors, "\(diags.all)")
    XCTAssertEqual(content?.plan.indicator("f1")?.unitTarget, Rational(1, 2))
    // Not beside `of`: that target is already split by the units' wholes.
    let beside = plan.replacingOccurrences(of: "        of: 20\n", with: "        of: 20\n        unit_target: 1\n")
    let (_, refused) = load(["plan.yaml": beside])
    XCTAssertTrue(refused.all.contains { $0.code == .invalidValue && $0.message.hasPrefix("unit_target chỉ dùng") })
  }

  func testSiteAsOfAndPlanWordsAreRead() throws {
    let plan = self.plan.replacingOccurrences(
      of: "signer: {name: Nguyễn Văn A, title: Giám đốc}",
      with: "signer: {name: Nguyễn Văn A, title: Phó Giám đốc, for: Giám đốc}\nreporters: các sở và UBND các huyện")
    let (content, diags) = load([
      "site.yaml": "title: T\nprovince: P\nas_of: 2023-12-31\n", "plan.yaml": plan,
    ])
    XCTAssertFalse(diags.hasErrors, "\(diags.all)")
    XCTAssertEqual(content?.site.asOf, CivilDate(iso: "2023-12-31"))
    XCTAssertEqual(content?.plan.reporters, "các sở và UBND các huyện")
    XCTAssertEqual(content?.plan.signer.signsFor, "Giám đốc")
    XCTAssertEqual(content?.plan.periods.first?.wording, .before)
  }
}
