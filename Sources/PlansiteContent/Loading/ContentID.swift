import Foundation
import Yams

/// The one grammar of every id in the content — period, target, indicator, key date, district,
/// plan section: lower-case letters a–z, digits 0–9 and "-", starting and ending with a letter
/// or a digit, at most 80 characters. Upper case is refused, not folded: an id lands in paths,
/// element ids and attributes exactly as written, so two different ids are always two pages and
/// nothing that could leave an attribute or a folder gets past loading.
public enum ContentID {
  public static let maxLength = 80

  public static func isValid(_ s: String) -> Bool {
    let bytes = s.utf8
    guard let first = bytes.first, let last = bytes.last, bytes.count <= maxLength,
      first != hyphen, last != hyphen
    else { return false }
    return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == hyphen }
  }

  /// The valid form `check` suggests: "2B" → "2b", "Cao Lộc" → "cao-loc", `x" onload="a(1)` →
  /// "x-onload-a-1". Empty when nothing of the text can be kept.
  public static func fixed(_ s: String) -> String {
    var out: [UInt8] = []
    var pendingHyphen = false
    let folded = s.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
    for scalar in folded.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.value {
      case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
        if pendingHyphen && !out.isEmpty { out.append(hyphen) }
        pendingHyphen = false
        let byte = UInt8(scalar.value)
        out.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
      case 0x300...0x36F: continue  // the accents NFD split off their letter
      default: pendingHyphen = true
      }
    }
    if out.count > maxLength { out = Array(out.prefix(maxLength)) }
    while out.last == hyphen { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  /// What two ids of one kind are compared by: the id itself when valid, else its fixed form,
  /// so `2B` meets `2b` (one URL) and a broken id meets the id its fix would collide with.
  static func key(_ s: String) -> String { isValid(s) ? s : fixed(s) }

  /// What a refused id is remembered by, so references to it are not reported again: as
  /// written, and as `check` told the author to write it.
  static func refusedForms(_ text: String) -> [String] {
    let trimmed = YAMLReader.trimmed(text)
    return [trimmed, fixed(trimmed)]
  }

  /// The sentence every grammar error ends with.
  static func rule(_ s: String) -> String {
    let suggestion = fixed(s)
    let fix = suggestion.isEmpty ? "" : ": viết \(suggestion)"
    return "mã chỉ gồm chữ thường không dấu a–z, chữ số 0–9 và dấu gạch ngang (-), không bắt đầu hay kết thúc bằng "
      + "dấu gạch ngang, tối đa \(maxLength) ký tự\(fix)"
  }

  private static let hyphen = UInt8(ascii: "-")
}

/// A kind of id, as messages name it.
struct IDKind {
  /// "mã chỉ tiêu"
  let name: String
  /// The code of a clash: PS010 for districts (two units, one code), PS027 for the rest.
  var clashCode: DiagnosticCode = .idClash

  static let period = IDKind(name: "mã kỳ báo cáo")
  static let target = IDKind(name: "mã mục tiêu")
  static let indicator = IDKind(name: "mã chỉ tiêu")
  static let keyDate = IDKind(name: "mã ngày quan trọng")
  static let district = IDKind(name: "mã đơn vị", clashCode: .duplicateDistrict)
}

/// The ids of one kind declared so far, by `ContentID.key`.
struct IDRegistry {
  private var seen: [String: (id: String, location: SourceLocation)] = [:]

  /// Records `id`; returns the earlier id it clashes with, if any (the first one keeps its place).
  mutating func claim(_ id: String, at location: SourceLocation) -> (id: String, location: SourceLocation)? {
    let key = ContentID.key(id)
    guard !key.isEmpty else { return nil }
    if let earlier = seen[key] { return earlier }
    seen[key] = (id, location)
    return nil
  }

  /// The message for `id` clashing with `earlier`, e.g. "2B" after "2b".
  static func clash(_ kind: IDKind, _ id: String, _ earlier: (id: String, location: SourceLocation), from path: String)
    -> String
  {
    let place = earlier.location.path == path ? "ở dòng \(earlier.location.line)" : "ở \(earlier.location.path)"
    if earlier.id == id {
      return "\(kind.name) \"\(id)\" đã dùng \(place); mỗi mã chỉ dùng một lần"
    }
    return "\(kind.name) \"\(id)\" trùng với \"\(earlier.id)\" \(place): cả hai đều thành \"\(ContentID.key(id))\" "
      + "trong đường dẫn trang nên một trang hay một mục sẽ mất; đổi một trong hai mã cho khác hẳn"
  }
}

extension YAMLReader {
  /// Reads an id of `kind` from `node`: a broken grammar (reported with its fixed form) or a clash
  /// with an earlier id of the same kind is reported at the id, and gives nil, so nothing built
  /// from the content ever holds such an id.
  func id(_ node: Node?, _ kind: IDKind, _ registry: inout IDRegistry) -> String? {
    guard let node, let text = string(node, kind.name) else { return nil }
    if let earlier = registry.claim(text, at: location(node)) {
      error(kind.clashCode, node, IDRegistry.clash(kind, text, earlier, from: path))
      return nil
    }
    guard ContentID.isValid(text) else {
      error(.invalidID, node, "\(kind.name) \"\(text)\" không hợp lệ: \(ContentID.rule(text))")
      return nil
    }
    return text
  }
}

/// The id of a plan section, from its file name: `plan/01-muc-dich.md` → "muc-dich" (the number
/// only orders the sections). Footnote ids on the plan page start with it, so it follows the
/// grammar and is unique; a broken or clashing name is reported at the file and gives nil.
enum SectionName {
  static func slug(of fileName: String, at path: String, _ registry: inout IDRegistry, into diags: inout Diagnostics)
    -> String?
  {
    let stem = String(fileName.dropLast(3))
    let number = stem.prefix { $0.isASCII && $0.isNumber }
    let rest = stem.dropFirst(number.count).drop { $0 == "-" }
    let slug = rest.isEmpty ? stem : String(rest)
    let at = SourceLocation(path: path)
    if let earlier = registry.claim(slug, at: at) {
      diags.error(
        .idClash, at: at,
        "tên tệp \"\(fileName)\" cho cùng mã phần lời văn \"\(ContentID.key(slug))\" với \(earlier.location.path); đổi tên một trong hai tệp"
      )
      return nil
    }
    guard ContentID.isValid(slug) else {
      let fixed = ContentID.fixed(slug)
      let suggestion = fixed.isEmpty ? "" : ": đổi tên thành \(number.isEmpty ? "" : number + "-")\(fixed).md"
      diags.error(
        .invalidID, at: at,
        "tên tệp \"\(fileName)\" không hợp lệ: phần sau số thứ tự là mã của phần lời văn; mã chỉ gồm chữ thường không dấu a–z, chữ số 0–9 và dấu gạch ngang\(suggestion)"
      )
      return nil
    }
    return slug
  }
}
