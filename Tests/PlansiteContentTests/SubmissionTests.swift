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
}
