/// The compact binary form of the build cache's records (`BuildCache` in PlansiteSite):
/// integers as zigzag LEB128 varints, strings as their UTF-8 bytes after their length. Not a
/// format for exchange: a record is read only by the plansite that wrote it (the record's key
/// covers the binary), and anything it cannot read is a cache miss, never an error.
public struct ByteWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public mutating func int(_ value: Int) {
    var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  public mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      int(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  public mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
    bool(value != nil)
    if let value { write(&self, value) }
  }

  public mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
    int(values.count)
    for v in values { write(&self, v) }
  }
}

/// Reads what `ByteWriter` wrote; throws `ByteReader.Truncated` at anything else.
public struct ByteReader {
  public struct Truncated: Error {}

  private let bytes: [UInt8]
  private var offset: Int

  public init(_ bytes: [UInt8], from offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  public var isAtEnd: Bool { offset == bytes.count }

  public mutating func int() throws -> Int {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw Truncated() }
      let b = bytes[offset]
      offset += 1
      v |= UInt64(b & 0x7f) << shift
      if b < 0x80 { break }
      shift += 7
    }
    let n = Int(Int64(bitPattern: v >> 1))
    return (v & 1) == 0 ? n : ~n
  }

  public mutating func bool() throws -> Bool {
    guard offset < bytes.count, bytes[offset] <= 1 else { throw Truncated() }
    offset += 1
    return bytes[offset - 1] == 1
  }

  public mutating func string() throws -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Truncated() }
    defer { offset += count }
    return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
  }

  public mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
    try bool() ? try read(&self) : nil
  }

  public mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Truncated() }
    var out: [T] = []
    out.reserveCapacity(count)
    for _ in 0..<count { out.append(try read(&self)) }
    return out
  }
}
