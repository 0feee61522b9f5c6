/// The binary form of what loading one unit's folder gives — the `District` (or nil, when its
/// files did not make one) and the diagnostics, in order — for `DistrictLoadCache` records.
/// Every field is written; reading checks what the types promise (a date that exists, a
/// reduced fraction, a known diagnostic code) and throws on anything else, which the cache
/// treats as a miss. A checksum ends the record: a byte changed on disk would otherwise still
/// read as a unit, with another figure. Dictionaries are written in key order, so a record's
/// bytes depend only on its value.
public enum UnitRecord {
  /// Bumped when the layout changes (the record key also covers the binary).
  static let version = 1

  public static func encode(_ district: District?, _ diagnostics: Diagnostics) -> [UInt8] {
    var w = ByteWriter()
    w.int(version)
    w.optional(district) { $0.district($1) }
    w.array(diagnostics.all) { $0.diagnostic($1) }
    return w.bytes + checksum(w.bytes[...])
  }

  /// nil for bytes `encode` did not write (cut short, garbled, another layout).
  public static func decode(_ record: [UInt8]) -> (District?, Diagnostics)? {
    guard record.count > 8 else { return nil }
    let bytes = Array(record.dropLast(8))
    guard checksum(bytes[...]).elementsEqual(record.suffix(8)) else { return nil }
    var r = ByteReader(bytes)
    do {
      guard try r.int() == version else { return nil }
      let district = try r.optional { try $0.district() }
      var diagnostics = Diagnostics()
      for d in try r.array({ try $0.diagnostic() }) { diagnostics.append(d) }
      guard r.isAtEnd else { return nil }
      return (district, diagnostics)
    } catch {
      return nil
    }
  }

  /// FNV-1a, 64 bits, little-endian: cheap beside reading the record (some MB a build), and
  /// enough to tell a damaged record, which no one crafts (the cache folder is the user's own).
  static func checksum(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h &*= 0x100_0000_01b3
    }
    return (0..<8).map { UInt8(truncatingIfNeeded: h >> (8 * UInt64($0))) }
  }

  /// Diagnostic codes by id: a record names its codes by id, and an id this plansite does not
  /// know makes the record unreadable.
  static let codes: [String: DiagnosticCode] = Dictionary(
    DiagnosticCode.all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}

/// A field read from a record that breaks its type's rules.
struct MalformedRecord: Error {}

extension ByteWriter {
  mutating func district(_ d: District) {
    string(d.slug)
    string(d.name)
    string(d.kind)
    optional(d.communes) { $0.int($1) }
    optional(d.group) { $0.string($1) }
    optional(d.contact.office) { $0.string($1) }
    optional(d.contact.phone) { $0.string($1) }
    optional(d.contact.email) { $0.string($1) }
    array(d.submissions.sorted { $0.key < $1.key }) {
      $0.string($1.key)
      $0.date($1.value)
    }
    array(d.reports) { $0.report($1) }
    string(d.narrative)
    string(d.narrativePath)
    array(d.events) { $0.event($1) }
    optional(d.map) {
      $0.int($1.row)
      $0.int($1.col)
      $0.location($1.location)
    }
  }

  mutating func report(_ r: Report) {
    string(r.period)
    optional(r.asOf) { $0.date($1) }
    array(r.values.sorted { $0.key < $1.key }) {
      $0.string($1.key)
      $0.value($1.value)
    }
  }

  mutating func value(_ v: Value) {
    switch v {
    case .fraction(let done, let of):
      int(0)
      rational(done)
      rational(of)
    case .amount(let n):
      int(1)
      rational(n)
    case .yesNo(let b):
      int(2)
      bool(b)
    case .note(let text):
      int(3)
      string(text)
    }
  }

  mutating func rational(_ r: Rational) {
    int(r.numerator)
    int(r.denominator)
  }

  mutating func date(_ d: CivilDate) {
    int(d.year)
    int(d.month)
    int(d.day)
  }

  mutating func event(_ e: Event) {
    date(e.start)
    date(e.end)
    string(e.title)
    for text in [e.time, e.place, e.organiser, e.audience, e.description, e.districtSlug] {
      optional(text) { $0.string($1) }
    }
    int(e.index)
    bool(e.illustration)
  }

  mutating func location(_ l: SourceLocation) {
    string(l.path)
    int(l.line)
    int(l.column)
  }

  mutating func diagnostic(_ d: Diagnostic) {
    switch d.severity {
    case .error: int(0)
    case .warning: int(1)
    }
    string(d.code.id)
    optional(d.location) { $0.location($1) }
    string(d.message)
    optional(d.sourceLine) { $0.string($1) }
  }
}

extension ByteReader {
  mutating func district() throws -> District {
    let slug = try string()
    let name = try string()
    let kind = try string()
    let communes = try optional { try $0.int() }
    let group = try optional { try $0.string() }
    let contact = Contact(
      office: try optional { try $0.string() }, phone: try optional { try $0.string() },
      email: try optional { try $0.string() })
    var submissions: [String: CivilDate] = [:]
    for (period, day) in try array({ (try $0.string(), try $0.date()) }) {
      guard submissions.updateValue(day, forKey: period) == nil else { throw MalformedRecord() }
    }
    let reports = try array { try $0.report() }
    let narrative = try string()
    let narrativePath = try string()
    let events = try array { try $0.event() }
    let map = try optional { r in MapPosition(row: try r.int(), col: try r.int(), location: try r.location()) }
    return District(
      slug: slug, name: name, kind: kind, communes: communes, group: group, contact: contact,
      submissions: submissions, reports: reports, narrative: narrative, narrativePath: narrativePath,
      events: events, map: map)
  }

  mutating func report() throws -> Report {
    let period = try string()
    let asOf = try optional { try $0.date() }
    var values: [String: Value] = [:]
    for (id, value) in try array({ (try $0.string(), try $0.value()) }) {
      guard values.updateValue(value, forKey: id) == nil else { throw MalformedRecord() }
    }
    return Report(period: period, asOf: asOf, values: values)
  }

  mutating func value() throws -> Value {
    switch try int() {
    case 0: return .fraction(done: try rational(), of: try rational())
    case 1: return .amount(try rational())
    case 2: return .yesNo(try bool())
    case 3: return .note(try string())
    default: throw MalformedRecord()
    }
  }

  /// Only a fraction `Rational` itself would make: reduced, denominator above zero.
  mutating func rational() throws -> Rational {
    let (n, d) = (try int(), try int())
    guard d > 0, n != Int.min else { throw MalformedRecord() }
    let r = Rational(n, d)
    guard r.numerator == n, r.denominator == d else { throw MalformedRecord() }
    return r
  }

  mutating func date() throws -> CivilDate {
    guard let d = CivilDate(year: try int(), month: try int(), day: try int()) else { throw MalformedRecord() }
    return d
  }

  mutating func event() throws -> Event {
    let start = try date()
    let end = try date()
    let title = try string()
    var texts: [String?] = []
    for _ in 0..<6 { texts.append(try optional { try $0.string() }) }
    return Event(
      start: start, end: end, title: title, time: texts[0], place: texts[1], organiser: texts[2],
      audience: texts[3], description: texts[4], districtSlug: texts[5], index: try int(),
      illustration: try bool())
  }

  mutating func location() throws -> SourceLocation {
    SourceLocation(path: try string(), line: try int(), column: try int())
  }

  mutating func diagnostic() throws -> Diagnostic {
    let severity: Severity
    switch try int() {
    case 0: severity = .error
    case 1: severity = .warning
    default: throw MalformedRecord()
    }
    guard let code = UnitRecord.codes[try string()] else { throw MalformedRecord() }
    let location = try optional { try $0.location() }
    let message = try string()
    return Diagnostic(severity, code, at: location, message, sourceLine: try optional { try $0.string() })
  }
}
