import PlansiteContent
import XCTest

@testable import PlansiteSite

/// A figure's fragment goes from the page that rendered it to the one next page that shows the
/// same figure, and only the same figure.
final class FigureFragmentsTests: XCTestCase {
  func figure(_ text: String) -> FigureView {
    FigureView(
      text: text, detail: "", status: StatusView(.achieved, label: "Đạt"), bar: "50", coverage: "", notes: [],
      hasData: true)
  }

  func testAFragmentIsTakenOnceAndOnlyForTheSameFigure() {
    let fragments = FigureFragments()
    fragments.offer("xa-a_1a_2024-", figure("50%"), "<span>50%</span>")
    XCTAssertNil(fragments.take("xa-a_1a_2024-", figure("51%")), "another figure under the same key")
    XCTAssertNil(fragments.take("xa-b_1a_2024-", figure("50%")), "another key")
    XCTAssertEqual(fragments.take("xa-a_1a_2024-", figure("50%")), "<span>50%</span>")
    XCTAssertNil(fragments.take("xa-a_1a_2024-", figure("50%")), "taken out once")
    XCTAssertEqual(fragments.handedOver.offered, 1)
    XCTAssertEqual(fragments.handedOver.taken, 1)
  }

  func testNoMoreThanTheLimitWait() {
    let fragments = FigureFragments()
    for i in 0...FigureFragments.limit { fragments.offer("k\(i)", figure("\(i)"), "\(i)") }
    XCTAssertEqual(fragments.handedOver.offered, FigureFragments.limit)
    XCTAssertNil(fragments.take("k\(FigureFragments.limit)", figure("\(FigureFragments.limit)")))
    XCTAssertEqual(fragments.take("k0", figure("0")), "0")
  }
}
