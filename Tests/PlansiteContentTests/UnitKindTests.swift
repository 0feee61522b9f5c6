import Foundation
import PlansiteTestSupport
import XCTest

@testable import PlansiteContent

/// Issue 16, item 1: the kinds of both eras, optional communes, groups in plan.yaml's list.
final class UnitKindTests: XCTestCase {
  func load(_ files: [String: String]) -> (Content?, Diagnostics) {
    let root = TestSupport.contentCopy(of: "mini", overrides: files)
    return ContentLoader.load(from: root, today: CivilDate(iso: "2023-06-15")!)
  }

  func messages(_ d: Diagnostics) -> String { d.all.map { "\($0.code) \($0.message)" }.joined(separator: "\n") }

  func testEveryKindOfBothErasIsAccepted() {
    for kind in ["xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố"] {
      let (content, diags) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: \(kind)\n"])
      XCTAssertEqual(content?.districts.first?.kind, kind, messages(diags))
      XCTAssertNil(content?.districts.first?.communes, "communes is optional")
    }
    let (_, diags) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: tỉnh\n"])
    XCTAssertTrue(messages(diags).contains("kind \"tỉnh\" không hợp lệ"), messages(diags))
  }

  func testCommunesOfACommuneIsAWarning() {
    let (content, diags) = load(["districts/a-chau/district.yaml": "name: An Châu\nkind: xã\ncommunes: 3\n"])
    XCTAssertNotNil(content)
    XCTAssertEqual(diags.all.filter { $0.code == .communesOfCommune }.count, 1, messages(diags))
  }

  func testKindWordsOfNamesAreCaughtButNotNamesThatLookLikeThem() {
    XCTAssertEqual(District.kindPrefix(of: "Xã Tân Thành"), "Xã")
    XCTAssertEqual(District.kindPrefix(of: "Đặc khu Côn Đảo"), "Đặc khu")
    XCTAssertEqual(District.kindPrefix(of: "Phuong An Binh"), "Phuong", "wholly unaccented: typed without marks")
    XCTAssertNil(District.kindPrefix(of: "Quan Sơn"), "a name: Quan is not quận")
    XCTAssertNil(District.kindPrefix(of: "Xa Lý"))
    XCTAssertEqual(District.kindPrefix(of: "huyen Cao Lộc"), "huyen", "as before for the 2023 kinds")
  }

  func testGroupsAreReadAndAUngroupedUnitAmongGroupedOnesIsAWarning() {
    let plan = try! String(
      contentsOf: TestSupport.fixture("mini").appendingPathComponent("content/plan.yaml"), encoding: .utf8)
    let grouped = plan.replacingOccurrences(
      of: "districts: [a-chau, dinh-lap]", with: "districts:\n  - {id: a-chau, group: \"Khu vực Bắc\"}\n  - dinh-lap")
    XCTAssertNotEqual(grouped, plan)
    let (content, diags) = load(["plan.yaml": grouped])
    XCTAssertEqual(content?.districts.map(\.group), ["Khu vực Bắc", nil], messages(diags))
    XCTAssertEqual(diags.all.filter { $0.code == .unitGroup }.count, 1, messages(diags))
  }

  func testUnitWordsFollowTheKindsOfThePlan() {
    func unit(_ kind: String, _ name: String = "A") -> District {
      District(
        slug: name.lowercased(), name: name, kind: kind, communes: nil, contact: Contact(), submissions: [:],
        reports: [], narrative: "", narrativePath: "", events: [])
    }
    XCTAssertEqual(
      UnitWords.of([unit("thành phố"), unit("huyện")], generic: "đơn vị"), "huyện, thành phố", "the 2023 plan")
    XCTAssertEqual(UnitWords.of([unit("phường"), unit("xã"), unit("xã")], generic: "đơn vị"), "xã, phường")
    XCTAssertEqual(UnitWords.of([unit("huyện"), unit("xã")], generic: "đơn vị"), "đơn vị", "levels mixed")
    XCTAssertEqual(UnitWords.of([], generic: "đơn vị"), "đơn vị")
    XCTAssertEqual(UnitWords.example([unit("xã", "Đình Lập"), unit("xã", "Na Sam")])?.name, "Đình Lập")
  }
}
