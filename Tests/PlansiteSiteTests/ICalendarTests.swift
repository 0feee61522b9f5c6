import Foundation
import PlansiteContent
import XCTest

@testable import PlansiteSite

final class ICalendarTests: XCTestCase {
  private let stamp = CivilDate(year: 2023, month: 11, day: 29)!

  private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

  private func document(_ items: [CalendarItem], name: String = "Lịch") -> String {
    ICalendar.document(name: name, items: items, stamp: stamp)
  }

  /// Removes every CRLF + space (RFC 5545 §3.1). Works on octets: as Characters, a space before
  /// a combining mark would merge with it and the fold would not be found.
  private func unfold(_ text: String) -> String {
    var out: [UInt8] = []
    for b in text.utf8 {
      out.append(b)
      if out.suffix(3) == [0x0D, 0x0A, 0x20] { out.removeLast(3) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Content lines: the document unfolded and split at CRLF.
  private func contentLines(_ doc: String) -> [String] {
    unfold(doc).components(separatedBy: "\r\n").dropLast().map { $0 }
  }

  /// Physical lines as raw octets, split at CRLF; the document must end with CRLF.
  private func physicalLines(_ doc: String) -> [[UInt8]] {
    var lines: [[UInt8]] = [[]]
    var bytes = Array(doc.utf8)[...]
    while let b = bytes.popFirst() {
      if b == 0x0D, bytes.first == 0x0A {
        bytes.removeFirst()
        lines.append([])
      } else {
        lines[lines.count - 1].append(b)
      }
    }
    XCTAssertEqual(lines.last, [], "document must end with CRLF")
    return lines.dropLast()
  }

  // MARK: Whole document

  func testMinimalDocumentExactly() {
    let item = CalendarItem(uid: "tet-2024@plansite", summary: "Tết Giáp Thìn", start: day("2024-02-10"))
    let expected = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//plansite//plansite//VI",
      "CALSCALE:GREGORIAN",
      "X-WR-CALNAME:Lịch",
      "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
      "BEGIN:VEVENT",
      "UID:tet-2024@plansite",
      "DTSTAMP:20231129T000000Z",
      "DTSTART;VALUE=DATE:20240210",
      "DTEND;VALUE=DATE:20240211",
      "SUMMARY:Tết Giáp Thìn",
      "END:VEVENT",
      "END:VCALENDAR",
    ].map { $0 + "\r\n" }.joined()
    XCTAssertEqual(document([item]), expected)
  }

  func testCRLFEverywhere() {
    let item = CalendarItem(
      uid: "a@plansite", summary: String(repeating: "Hạn nộp hồ sơ, ", count: 10),
      description: "dòng 1\ndòng 2\r\ndòng 3", start: day("2023-05-20"), alarmDaysBefore: 3)
    let doc = document([item])
    XCTAssertTrue(doc.hasSuffix("END:VCALENDAR\r\n"))
    let bytes = Array(doc.utf8)
    for (i, b) in bytes.enumerated() {
      if b == 0x0A { XCTAssertEqual(bytes[i - 1], 0x0D, "bare LF at octet \(i)") }
      if b == 0x0D { XCTAssertEqual(bytes[i + 1], 0x0A, "bare CR at octet \(i)") }
    }
  }

  func testDeterministicAndInOrder() {
    let items = (1...5).map {
      CalendarItem(uid: "item-\($0)@plansite", summary: "Mục \($0)", start: day("2023-0\($0)-01"), categories: ["x"])
    }
    XCTAssertEqual(document(items), document(items))
    let uids = contentLines(document(items)).filter { $0.hasPrefix("UID:") }
    XCTAssertEqual(uids, (1...5).map { "UID:item-\($0)@plansite" })
    XCTAssertEqual(contentLines(document([])).filter { $0.hasPrefix("BEGIN:VEVENT") }.count, 0)
  }

  // MARK: Dates

  func testDTENDIsExclusive() {
    func dates(_ start: String, _ end: String) -> [String] {
      let item = CalendarItem(uid: "u", summary: "s", start: day(start), end: day(end))
      return contentLines(document([item])).filter { $0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND") }
    }
    XCTAssertEqual(dates("2023-05-20", "2023-05-20"), ["DTSTART;VALUE=DATE:20230520", "DTEND;VALUE=DATE:20230521"])
    XCTAssertEqual(dates("2023-05-20", "2023-05-22"), ["DTSTART;VALUE=DATE:20230520", "DTEND;VALUE=DATE:20230523"])
    XCTAssertEqual(dates("2023-12-30", "2023-12-31"), ["DTSTART;VALUE=DATE:20231230", "DTEND;VALUE=DATE:20240101"])
    XCTAssertEqual(dates("2024-02-28", "2024-02-29"), ["DTSTART;VALUE=DATE:20240228", "DTEND;VALUE=DATE:20240301"])
    // An end before the start still gives a valid one-day event.
    XCTAssertEqual(dates("2023-05-20", "2023-05-01"), ["DTSTART;VALUE=DATE:20230520", "DTEND;VALUE=DATE:20230521"])
  }

  func testDTSTAMPComesFromStamp() {
    let doc = ICalendar.document(
      name: "x", items: [CalendarItem(uid: "u", summary: "s", start: stamp)], stamp: day("2024-01-05"))
    XCTAssertTrue(contentLines(doc).contains("DTSTAMP:20240105T000000Z"))
  }

  // MARK: Text

  func testEscaping() {
    XCTAssertEqual(ICalendar.escape(#"a\b;c,d"#), #"a\\b\;c\,d"#)
    XCTAssertEqual(ICalendar.escape("một\nhai\r\nba\rbốn"), #"một\nhai\nba\nbốn"#)
    // Colons and quotes need no escape in TEXT; tabs are allowed; other controls are not.
    XCTAssertEqual(ICalendar.escape("Giờ: 8:00 \"sáng\"\tx\u{7}y"), "Giờ: 8:00 \"sáng\"\txy")
    let item = CalendarItem(
      uid: "u;1", summary: "Họp; bàn, chốt", description: "C:\\hồ sơ\nbước 2", location: "Phòng 2, tầng 3",
      start: day("2023-05-20"), categories: ["hạn, chót", "ủy ban"])
    let lines = contentLines(document([item], name: "Lịch, 2023"))
    XCTAssertTrue(lines.contains("X-WR-CALNAME:Lịch\\, 2023"))
    XCTAssertTrue(lines.contains("UID:u\\;1"))
    XCTAssertTrue(lines.contains("SUMMARY:Họp\\; bàn\\, chốt"))
    XCTAssertTrue(lines.contains("DESCRIPTION:C:\\\\hồ sơ\\nbước 2"))
    XCTAssertTrue(lines.contains("LOCATION:Phòng 2\\, tầng 3"))
    XCTAssertTrue(lines.contains("CATEGORIES:hạn\\, chót,ủy ban"))
  }

  func testOptionalPropertiesAreOmitted() {
    let lines = contentLines(document([CalendarItem(uid: "u", summary: "s", start: stamp)]))
    for name in ["DESCRIPTION", "LOCATION", "CATEGORIES", "BEGIN:VALARM"] {
      XCTAssertFalse(lines.contains { $0.hasPrefix(name) }, name)
    }
  }

  // MARK: Folding

  private let longVietnamese =
    "Hạn chót nộp hồ sơ đăng ký xét duyệt kế hoạch phát triển kinh tế – xã hội 6 tháng đầu năm "
    + "của Ủy ban nhân dân quận, huyện; đề nghị các phòng, ban chuyên môn khẩn trương hoàn thiện 🇻🇳👩🏽‍💻"

  func testFoldingLongVietnameseSummary() {
    for summary in [longVietnamese, longVietnamese.decomposedStringWithCanonicalMapping] {
      let item = CalendarItem(uid: "u", summary: summary, description: summary, start: day("2023-05-20"))
      let doc = document([item])
      let lines = physicalLines(doc)
      XCTAssertGreaterThan(lines.count, 20)
      for line in lines {
        XCTAssertLessThanOrEqual(line.count, 75)
        // Each physical line is valid UTF-8 on its own: no character was cut.
        XCTAssertNotNil(String(bytes: line, encoding: .utf8), "split inside a character: \(line)")
      }
      // Unfolding gives back the original content lines.
      let escaped = summary.replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ";", with: "\\;")
      XCTAssertEqual(contentLines(doc).first { $0.hasPrefix("SUMMARY:") }, "SUMMARY:" + escaped)
      XCTAssertEqual(contentLines(doc).first { $0.hasPrefix("DESCRIPTION:") }, "DESCRIPTION:" + escaped)
    }
  }

  func testFoldBoundaries() {
    let exactly75 = String(repeating: "a", count: 75)
    XCTAssertEqual(ICalendar.fold(exactly75), exactly75)
    XCTAssertEqual(ICalendar.fold(exactly75 + "b"), exactly75 + "\r\n b")
    // 74 ASCII octets + "ệ" (3 octets) would be 77: the whole letter moves to the next line.
    let a74 = String(repeating: "a", count: 74)
    XCTAssertEqual(ICalendar.fold(a74 + "ệ"), a74 + "\r\n ệ")
    // Continuation lines hold 74 octets after their space.
    let folded = ICalendar.fold(String(repeating: "x", count: 75 + 74 + 1))
    let x = { String(repeating: "x", count: $0) }
    XCTAssertEqual(folded, x(75) + "\r\n " + x(74) + "\r\n x")
    // A single grapheme cluster longer than a line is split between its scalars.
    let zalgo = "a" + String(repeating: "\u{301}", count: 60)  // 121 octets, one Character
    for line in ICalendar.fold(zalgo).components(separatedBy: "\r\n") {
      XCTAssertLessThanOrEqual(line.utf8.count, 75)
    }
    XCTAssertEqual(unfold(ICalendar.fold(zalgo)), zalgo)
  }

  // MARK: Alarm

  func testAlarm() {
    let item = CalendarItem(uid: "u", summary: "Nộp báo cáo", start: day("2023-05-20"), alarmDaysBefore: 3)
    let lines = contentLines(document([item]))
    guard let begin = lines.firstIndex(of: "BEGIN:VALARM") else { return XCTFail("no VALARM") }
    XCTAssertEqual(
      Array(lines[begin...].prefix(6)),
      ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Nộp báo cáo", "TRIGGER:-P3D", "END:VALARM", "END:VEVENT"])
    XCTAssertEqual(ICalendar.trigger(daysBefore: 0), "PT0S")
    XCTAssertEqual(ICalendar.trigger(daysBefore: 14), "-P14D")
    XCTAssertEqual(ICalendar.trigger(daysBefore: -1), "P1D")
  }

  // MARK: Independent reader

  private struct Dump: Decodable, Equatable {
    struct Event: Decodable, Equatable {
      let uid: String?
      let summary: String?
      let description: String?
      let location: String?
      let dtstart: String?
      let dtend: String?
      let hasAlarm: Bool
      let categories: [String]

      enum CodingKeys: String, CodingKey {
        case uid, summary, description, location, dtstart, dtend, categories
        case hasAlarm = "has_alarm"
      }
    }
    let file: String
    let calname: String?
    let events: [Event]
  }

  /// Runs `arguments` through /usr/bin/env (so the program is looked up on PATH); nil when it cannot start.
  private func run(_ arguments: [String]) throws -> (status: Int32, output: Data)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()  // before waiting: a full pipe would block
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  func testRoundTripThroughPythonIcalendar() throws {
    guard let probe = try run(["python3", "-c", "import icalendar"]), probe.status == 0 else {
      throw XCTSkip("python3 with the icalendar package is not available")
    }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scripts/ics_dump.py")
    let items = [
      CalendarItem(
        uid: "deadline-6-thang-district@plansite", summary: longVietnamese,
        description: "Gửi về: Phòng Tài chính – Kế hoạch.\nLưu ý: C:\\hồ-sơ; bản in, bản mềm.",
        location: "UBND quận 1, TP. Hồ Chí Minh", start: day("2023-05-20"), end: day("2023-05-22"),
        alarmDaysBefore: 3, categories: ["hạn chót", "kế hoạch, 6 tháng"]),
      CalendarItem(uid: "trung-thu-2023@plansite", summary: "Tết Trung thu", start: day("2023-09-29")),
    ]
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-\(UUID().uuidString).ics")
    try Data(document(items, name: "Kế hoạch, hạn chót").utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }

    let result = try XCTUnwrap(try run(["python3", script.path, file.path]))
    XCTAssertEqual(result.status, 0)
    let dumps = try JSONDecoder().decode([Dump].self, from: result.output)
    XCTAssertEqual(
      dumps,
      [
        Dump(
          file: file.path, calname: "Kế hoạch, hạn chót",
          events: [
            .init(
              uid: items[0].uid, summary: longVietnamese, description: items[0].description,
              location: items[0].location, dtstart: "2023-05-20", dtend: "2023-05-23", hasAlarm: true,
              categories: items[0].categories),
            .init(
              uid: items[1].uid, summary: "Tết Trung thu", description: nil, location: nil,
              dtstart: "2023-09-29", dtend: "2023-09-30", hasAlarm: false, categories: []),
          ])
      ])
  }
}
