import Foundation
import PlansiteContent
import PlansiteMarkdown

/// The files of a new district folder, and the one-line edit that adds its slug to
/// `plan.yaml`. Pure text in, text out: `plansite new district` does the writing.
enum DistrictScaffold {
  /// The kinds a unit may have, as `district.yaml` writes them; two-word kinds first, so
  /// "Thị xã Mới" is a thị xã, not a name after nothing.
  static let kinds = District.kinds.sorted { $0.split(separator: " ").count > $1.split(separator: " ").count }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
  }

  /// "Xã Tân Thành" → ("Tân Thành", "xã"): a leading kind word is the kind. `kindOption`
  /// (`--kind`) wins when the name has none; the two must agree when both are given. Neither:
  /// nil, and the caller takes the plan's commonest kind.
  static func split(name raw: String, kind kindOption: String?) throws -> (name: String, kind: String?) {
    let words = raw.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).map(String.init)
    var name = words.joined(separator: " ")
    var detected: String?
    for kind in kinds {
      let kw = kind.split(separator: " ").map(String.init)
      if words.count >= kw.count, words.prefix(kw.count).map({ $0.lowercased() }) == kw {
        detected = kind
        name = words.dropFirst(kw.count).joined(separator: " ")
        break
      }
    }
    var given: String?
    if let kindOption {
      guard let k = canonicalKind(kindOption) else {
        throw Failure(
          "--kind \"\(kindOption)\" không hợp lệ\(Suggestion.hint(for: kindOption, in: District.kinds)); dùng một trong: \(District.kinds.joined(separator: ", "))"
        )
      }
      given = k
    }
    if let given, let detected, given != detected {
      throw Failure("tên \"\(raw)\" là \(detected) nhưng --kind là \(given); bỏ --kind hoặc sửa tên")
    }
    return (name, given ?? detected)
  }

  /// The kind of a new unit whose name and `--kind` say none: the kind most units of the plan
  /// have (the first of them in plan order on a tie), "xã" for a plan without units.
  static func commonestKind(_ districts: [District]) -> String {
    var counts: [String: Int] = [:]
    for d in districts { counts[d.kind, default: 0] += 1 }
    return districts.map(\.kind).max { counts[$0]! < counts[$1]! } ?? "xã"
  }

  /// "huyện", "Huyen", "thanh-pho", "Thành phố" → the kind as written in `district.yaml`.
  static func canonicalKind(_ s: String) -> String? {
    let slug = Slug.make(s)
    return kinds.first { Slug.make($0) == slug }
  }

  /// The folder name: the slug of the name without its kind ("Mới" → "moi").
  static func slug(for name: String) -> String { Slug.make(name) }

  /// YAML words that a plain scalar would read as something other than a string.
  static func needsQuotes(_ s: String) -> Bool {
    let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]
    return reserved.contains(s.lowercased()) || Double(s) != nil || Int(s) != nil
      || s.contains(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")) })
      || s.first == "-"
  }

  static func key(_ s: String) -> String { needsQuotes(s) ? "\"\(s)\"" : s }

  static func yamlString(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  static func fullName(_ name: String, kind: String) -> String {
    kind.prefix(1).uppercased() + kind.dropFirst() + " " + name
  }

  // MARK: - Files

  /// `areaCode`: the first group of digits of a phone number the content already has ("0205"),
  /// for the example; nil writes placeholders only.
  static func districtYAML(name: String, kind: String, plan: Plan, areaCode: String? = nil) -> String {
    let full = fullName(name, kind: kind)
    let lowered = full.prefix(1).lowercased() + full.dropFirst()
    // The kinds of the unit's own level: a commune's file never offers "huyện".
    let level = District.districtKinds.contains(kind) ? District.districtKinds : District.communeKinds
    // A district-level unit counts its communes; a commune has none (the line would be PS062).
    let communes =
      District.districtKinds.contains(kind)
      ? "communes: 0   # số xã, phường, thị trấn của đơn vị: sửa thành số thật\n" : ""
    let office =
      District.districtKinds.contains(kind)
      ? "Phòng Lao động - Thương binh và Xã hội \(lowered)" : "Phòng Văn hóa - Xã hội \(lowered)"
    var s = """
      # Thông tin đơn vị \(full). Hướng dẫn: docs/huong-dan-don-vi.md
      name: \(yamlString(name))
      kind: \(kind)   # \(level.joined(separator: ", "))
      \(communes)# contact:
      #   office: \(office)
      #   phone: "\(areaCode ?? "0xxx") xxx xxx"
      #   email: tenhopthu@example.gov.vn
      # Ngày Sở nhận được báo cáo của từng kỳ (YYYY-MM-DD); ghi khi đã nộp:
      # submissions:

      """
    for p in plan.periods {
      s += "#   \(key(p.id)): \(p.due.iso)   # \(p.label), hạn trước ngày \(VietnameseFormat.date(p.due))\n"
    }
    return s
  }

  /// The measure of `ind` and an example value, as a YAML comment.
  static func example(_ ind: Indicator) -> String {
    switch ind.measure {
    case .percent:
      if ind.scale == 1000 { return "tỷ suất ‰ (percent, scale 1000): {done: 9, of: 1000}" }
      return "tỷ lệ (percent): {done: 35, of: 40}"
    case .count:
      let unit = ind.unit.map { ", đơn vị: \($0)" } ?? ""
      if ind.of != nil { return "số lượng (count\(unit)): {done: 14, of: 20}" }
      if ind.lowerIsBetter { return "số lượng (count\(unit)): {done: 0}" }
      if ind.target.map({ !$0.isInteger }) == true { return "số lượng (count\(unit)): {done: 3.5}" }
      return "số lượng (count\(unit)): {done: 14}"
    case .yesNo: return "có/không (yes-no): yes hoặc no"
    case .text: return "định tính (text): {note: \"…\"}"
    }
  }

  static func indicatorsYAML(fullName: String, plan: Plan) -> String {
    var s = """
      # Số liệu của \(fullName), mỗi kỳ báo cáo một khối. Hướng dẫn: docs/huong-dan-don-vi.md
      # Chỉ tiêu để trống nghĩa là "chưa có số liệu" (plansite check cảnh báo PS025).
      # Điền theo ví dụ ở cuối mỗi dòng, rồi chạy: plansite check
      reports:

      """
    for p in plan.periods {
      s += "  - period: \(key(p.id))   # \(p.label), hạn trước ngày \(VietnameseFormat.date(p.due))\n"
      s += "    # as_of: \(p.due.iso)   # ngày chốt số liệu\n"
      s += "    values:\n"
      for ind in plan.indicators where !plan.invalidIndicatorIDs.contains(ind.id) {
        let label = ind.label.replacingOccurrences(of: "\n", with: " ")
        s += "      # \(ind.id). \(label)\n"
        s += "      \(key(ind.id)):   # \(example(ind))\n"
      }
    }
    return s
  }

  static func reportMarkdown(fullName: String) -> String {
    """
    ## Kết quả nổi bật

    Kết quả chính của \(fullName) trong kỳ báo cáo (thay đoạn này bằng nội dung thật).

    ## Khó khăn, vướng mắc

    - Khó khăn thứ nhất.

    ## Kiến nghị

    Kiến nghị, đề xuất với Sở Lao động - Thương binh và Xã hội.

    """
  }

  /// `firstDay`: the Action Month's first day in the content (the example's date); `fullName`:
  /// the unit's, for the example's place and organiser.
  static func eventsYAML(fullName: String, firstDay: CivilDate) -> String {
    let lowered = fullName.prefix(1).lowercased() + fullName.dropFirst()
    return """
      # Hoạt động Tháng hành động vì trẻ em của đơn vị (chỉ các ngày trong Tháng hành động). Ví dụ:
      # events:
      #   - date: \(firstDay.iso)
      #     title: Lễ phát động Tháng hành động vì trẻ em
      #     time: "07:30"
      #     place: Nhà văn hóa \(lowered)
      #     organiser: UBND \(lowered)
      #     audience: Học sinh, phụ huynh
      #     description: |
      #       Nội dung hoạt động (Markdown).
      events: []

      """
  }

  /// The area code of the first phone number in the content ("0205 3861 273" → "0205").
  static func areaCode(_ districts: [District]) -> String? {
    for d in districts {
      guard let phone = d.contact.phone else { continue }
      let first = phone.split(whereSeparator: { !$0.isNumber }).first.map(String.init) ?? ""
      if first.count >= 3, first.count <= 4, first.hasPrefix("0") { return first }
    }
    return nil
  }

  // MARK: - plan.yaml

  /// `plan` with `slug` appended to its `districts:` list, every other byte kept: a flow list
  /// (`districts: [a, b]`, on one line or several) gets `, slug` before its `]`; a block list
  /// gets a `- slug` line after its last item, with the same indent and line ending.
  static func addingDistrict(_ slug: String, to plan: [UInt8]) throws -> [UInt8] {
    let value = Array((needsQuotes(slug) ? "\"\(slug)\"" : slug).utf8)
    let lines = lineRanges(plan)
    let keyBytes = Array("districts:".utf8)
    guard
      let index = lines.firstIndex(where: { r in
        var start = r.lowerBound
        if start == 0, plan.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        return plan[start..<r.upperBound].starts(with: keyBytes)
      })
    else {
      throw Failure(
        "plan.yaml không có dòng \"districts:\" ở đầu dòng; thêm mã đơn vị vào danh sách districts bằng tay")
    }
    let line = lines[index]
    let keyEnd = plan[line].firstRange(of: keyBytes)!.upperBound
    var i = keyEnd
    while i < line.upperBound, plan[i] == 0x20 { i += 1 }
    if i < line.upperBound, plan[i] == UInt8(ascii: "[") {
      return try addingToFlowList(value, plan, open: i)
    }
    guard i >= line.upperBound || plan[i] == UInt8(ascii: "#") || plan[i] == 0x0D || plan[i] == 0x0A else {
      throw Failure(
        "districts trong plan.yaml không phải một danh sách; viết districts: [\(slug)] hoặc một danh sách \"- \(slug)\""
      )
    }
    return try addingToBlockList(value, plan, lines: lines, after: index)
  }

  private static func addingToFlowList(_ value: [UInt8], _ plan: [UInt8], open: Int) throws -> [UInt8] {
    var i = open + 1
    var quote: UInt8?
    var lastContent = open  // the last byte that is neither space, newline nor comment
    while i < plan.count {
      let c = plan[i]
      if let q = quote {
        if c == q { quote = nil }
        lastContent = i
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
        quote = c
        lastContent = i
      } else if c == UInt8(ascii: "#"), i > 0, plan[i - 1] == 0x20 || plan[i - 1] == 0x0A || plan[i - 1] == 0x09 {
        while i < plan.count, plan[i] != 0x0A { i += 1 }
        continue
      } else if c == UInt8(ascii: "]") {
        let insertAt = lastContent + 1
        let piece: [UInt8]
        switch plan[lastContent] {
        case UInt8(ascii: "["): piece = value
        case UInt8(ascii: ","): piece = [0x20] + value
        default: piece = Array(", ".utf8) + value
        }
        return Array(plan[..<insertAt]) + piece + Array(plan[insertAt...])
      } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
        throw Failure("danh sách districts trong plan.yaml có ngoặc lồng nhau; thêm mã đơn vị bằng tay")
      } else if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 {
        lastContent = i
      }
      i += 1
    }
    throw Failure("danh sách districts trong plan.yaml thiếu dấu \"]\" đóng")
  }

  private static func addingToBlockList(
    _ value: [UInt8], _ plan: [UInt8], lines: [Range<Int>], after keyLine: Int
  ) throws -> [UInt8] {
    var itemIndent: Int?
    var lastItem: Int?  // index of the last item line
    var lastContentLine: Int?  // the last line of that item (continuations included)
    var n = keyLine + 1
    while n < lines.count {
      let r = lines[n]
      let text = plan[r].filter { $0 != 0x0D && $0 != 0x0A }
      let indent = text.prefix { $0 == 0x20 }.count
      let rest = text.dropFirst(indent)
      if rest.isEmpty || rest.first == UInt8(ascii: "#") {
        n += 1
        continue
      }
      let isItem = rest.first == UInt8(ascii: "-") && (rest.count == 1 || rest.dropFirst().first == 0x20)
      if let ii = itemIndent {
        if isItem && indent == ii {
          lastItem = n
          lastContentLine = n
        } else if indent > ii {
          lastContentLine = n
        } else {
          break
        }
      } else {
        guard isItem else { break }
        itemIndent = indent
        lastItem = n
        lastContentLine = n
      }
      n += 1
    }
    guard let lastItem, let lastContentLine else {
      throw Failure("danh sách districts trong plan.yaml đang trống; viết districts: [mã-đơn-vị] rồi chạy lại")
    }
    // The prefix of the last item ("  - "), so the new line looks like its neighbours.
    let itemLine = plan[lines[lastItem]]
    let dash = itemLine.firstIndex(of: UInt8(ascii: "-"))!
    var valueStart = dash + 1
    while valueStart < itemLine.endIndex, itemLine[valueStart] == 0x20 { valueStart += 1 }
    var prefix = Array(plan[lines[lastItem].lowerBound..<valueStart])
    if valueStart == dash + 1 { prefix.append(0x20) }
    let end = lines[lastContentLine]
    let terminated = end.upperBound > end.lowerBound && plan[end.upperBound - 1] == 0x0A
    let crlf = terminated && end.upperBound - end.lowerBound >= 2 && plan[end.upperBound - 2] == 0x0D
    let eol: [UInt8] = crlf || (!terminated && plan.contains(0x0D)) ? [0x0D, 0x0A] : [0x0A]
    let newLine = prefix + value + (terminated ? eol : [])
    let head = Array(plan[..<end.upperBound]) + (terminated ? [] : eol)
    return head + newLine + Array(plan[end.upperBound...])
  }

  /// Lines with their terminators.
  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      out.append(start..<(i + 1))
      start = i + 1
    }
    if start < bytes.count { out.append(start..<bytes.count) }
    return out
  }
}
