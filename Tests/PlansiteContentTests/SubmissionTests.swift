import PlansiteContent
import XCTest

/// "Trước ngày D" is strict: a report received on D itself is late.
final class SubmissionTests: XCTestCase {
  let due = CivilDate(iso: "2023-05-20")!
  func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

  func testTheDayBeforeIsOnTimeAndTheDueDayIsLate() {
    XCTAssertEqual(
      SubmissionState.of(received: day("2023-05-19"), due: due, today: day("2023-06-01")), .onTime(day("2023-05-19")))
    XCTAssertEqual(
      SubmissionState.of(received: day("2023-05-20"), due: due, today: day("2023-06-01")),
      .late(day("2023-05-20"), days: 1))
    XCTAssertEqual(
      SubmissionState.of(received: day("2023-05-23"), due: due, today: day("2023-06-01")),
      .late(day("2023-05-23"), days: 4))
  }

  func testNothingReceivedIsPendingUntilTheDueDayThenMissing() {
    XCTAssertEqual(SubmissionState.of(received: nil, due: due, today: day("2023-05-19")), .pending(daysLeft: 1))
    XCTAssertEqual(SubmissionState.of(received: nil, due: due, today: day("2023-05-20")), .missing(overdueDays: 1))
    XCTAssertEqual(SubmissionState.of(received: nil, due: due, today: day("2023-06-15")), .missing(overdueDays: 27))
  }

  /// Both wordings on the boundary day: a report received on 15/6 for "chậm nhất ngày 15/6" (or
  /// "trong ngày 15/6") is on time; for "trước ngày 15/6" it is 1 day late.
  func testDueWordingsOnTheBoundaryDay() {
    let d = day("2024-06-15")
    let today = day("2024-07-01")
    XCTAssertEqual(SubmissionState.of(received: d, due: d, today: today, wording: .before), .late(d, days: 1))
    XCTAssertEqual(SubmissionState.of(received: d, due: d, today: today, wording: .noLaterThan), .onTime(d))
    XCTAssertEqual(SubmissionState.of(received: d, due: d, today: today, wording: .onDay), .onTime(d))
    let next = day("2024-06-16")
    XCTAssertEqual(
      SubmissionState.of(received: next, due: d, today: today, wording: .noLaterThan), .late(next, days: 1))
    // Nothing received, built on the day itself: still due for "chậm nhất ngày", overdue for "trước ngày".
    XCTAssertEqual(SubmissionState.of(received: nil, due: d, today: d, wording: .noLaterThan), .pending(daysLeft: 1))
    XCTAssertEqual(SubmissionState.of(received: nil, due: d, today: d, wording: .before), .missing(overdueDays: 1))
    XCTAssertEqual(
      SubmissionState.of(received: nil, due: d, today: next, wording: .noLaterThan), .missing(overdueDays: 1))
  }
}
