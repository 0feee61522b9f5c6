import Foundation

/// URL slugs for headings and file names.
public enum Slug {
  /// Vietnamese-aware URL slug: "Đình Lập" → "dinh-lap", "Thành phố Lạng Sơn" → "thanh-pho-lang-son", "Mục tiêu 2b" → "muc-tieu-2b". Lowercase ASCII letters, digits and single hyphens; may be empty.
  public static func make(_ text: String) -> String {
    var slug: [UInt8] = []
    slug.reserveCapacity(text.utf8.count)
    var hyphenPending = false

    func emit(_ byte: UInt8) {
      if hyphenPending && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
      hyphenPending = false
      slug.append(byte)
    }

    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x30...0x39, 0x61...0x7A:
        emit(UInt8(value))
      case 0x41...0x5A:
        emit(UInt8(value) + 0x20)
      case 0..<0x80:
        hyphenPending = true
      case 0x300...0x36F:
        // Combining diacritics: what decomposed (NFD) input carries after its base letter.
        continue
      default:
        let folded = LatinFolding.asciiLetters(for: scalar)
        if folded.isEmpty {
          if scalar.properties.generalCategory != .nonspacingMark { hyphenPending = true }
        } else {
          folded.forEach(emit)
        }
      }
    }
    return String(decoding: slug, as: UTF8.self)
  }
}

/// Lowercase ASCII letters for a non-ASCII scalar: "ộ" → "o", "Đ" → "d", "ß" → "ss", "河" → "".
///
/// Folding goes through Foundation, which costs about 2 µs per string (NFD) or 12 µs (ICU
/// "Latin-ASCII") on Linux, so the Latin blocks Vietnamese uses are folded once into a table.
enum LatinFolding {
  /// Latin-1 Supplement through Latin Extended-B, and Latin Extended Additional ("ạ" … "ỹ").
  private static let blocks: [(range: ClosedRange<UInt32>, letters: [[UInt8]])] =
    [0xC0...0x24F, 0x1E00...0x1EFF].map { range in
      (range, range.map { value in Unicode.Scalar(value).map(fold) ?? [] })
    }

  static func asciiLetters(for scalar: Unicode.Scalar) -> [UInt8] {
    for block in blocks where block.range.contains(scalar.value) {
      return block.letters[Int(scalar.value - block.range.lowerBound)]
    }
    return fold(scalar)
  }

  private static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
    // "đ"/"Đ" is a letter of its own, not "d" + a mark: NFD keeps it; Latin-ASCII maps it to "d".
    guard scalar.properties.isAlphabetic else { return [] }  // "×" is not "x"
    let text = String(scalar)
    let decomposed = text.decomposedStringWithCanonicalMapping
    let folded =
      decomposed.unicodeScalars.first.map(\.isASCII) == true
      ? decomposed
      : text.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? ""
    return folded.utf8.compactMap { byte in
      switch byte {
      case 0x61...0x7A, 0x30...0x39: byte
      case 0x41...0x5A: byte + 0x20
      default: nil
      }
    }
  }
}
