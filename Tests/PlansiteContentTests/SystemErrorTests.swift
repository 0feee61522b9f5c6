import Foundation
import PlansiteContent
import PlansiteTestSupport
import XCTest

/// The operating system's reasons, in Vietnamese: never "NSCocoaErrorDomain error 256" or
/// strerror's English.
final class SystemErrorTests: XCTestCase {
  func testEveryErrnoIsSaidInVietnamese() {
    XCTAssertEqual(SystemError.text(errno: EFBIG), "tệp vượt quá kích thước tối đa hệ thống cho phép ghi (ulimit -f)")
    XCTAssertEqual(SystemError.text(errno: ENOSPC), "ổ đĩa đã hết chỗ trống; giải phóng bớt dung lượng rồi chạy lại")
    for code in Int32(1)...Int32(133) {
      let text = SystemError.text(errno: code)
      let english = String(cString: strerror(code))
      XCTAssertFalse(text.contains(english), "errno \(code): \(text)")
      XCTAssertTrue(text.unicodeScalars.contains { $0.value > 0x7F }, "errno \(code) is Vietnamese: \(text)")
    }
  }

  func testFoundationErrorsAreUnwrappedToTheSystemsReason() throws {
    let dir = TestSupport.temporaryDirectory()
    XCTAssertThrowsError(try Data(contentsOf: dir)) { error in
      XCTAssertEqual(SystemError.posixCode(error), EISDIR)
      XCTAssertEqual(SystemError.text(error), "là một thư mục, không phải tệp")
    }
    XCTAssertThrowsError(try Data(contentsOf: dir.appendingPathComponent("none"))) { error in
      XCTAssertEqual(SystemError.text(error), "không tồn tại")
    }
    XCTAssertThrowsError(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("none").path)) {
      XCTAssertEqual(SystemError.text($0), "không tồn tại")
    }
  }
}
