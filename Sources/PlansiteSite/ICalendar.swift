import PlansiteContent

/// One all-day event (a deadline, a festival) for a subscribable calendar.
public struct CalendarItem: Sendable, Equatable {
  /// Stable across builds (e.g. "deadline-6-thang-district@plansite") so calendar apps update, not duplicate.
  public var uid: String
  /// The event's title (SUMMARY), also the reminder's text.
  public var summary: String
  /// Longer text (DESCRIPTION); line breaks are kept.
  public var description: String?
  /// Where (LOCATION), e.g. the office to submit to.
  public var location: String?
  /// First day of the event.
  public var start: CivilDate
  /// Inclusive last day; DTEND is written as end+1 (exclusive).
  public var end: CivilDate
  /// Days before `start` for a display reminder (VALARM); nil for none.
  public var alarmDaysBefore: Int?
  /// Tags (CATEGORIES), in order.
  public var categories: [String]

  /// Creates an item; `end` defaults to `start` (a one-day event).
  public init(
    uid: String, summary: String, description: String? = nil, location: String? = nil,
    start: CivilDate, end: CivilDate? = nil, alarmDaysBefore: Int? = nil, categories: [String] = []
  ) {
    self.uid = uid
    self.summary = summary
    self.description = description
    self.location = location
    self.start = start
    self.end = end ?? start
    self.alarmDaysBefore = alarmDaysBefore
    self.categories = categories
  }
}

/// Writes RFC 5545 iCalendar documents.
public enum ICalendar {
  /// A VCALENDAR with PRODID "-//plansite//plansite//VI", VERSION 2.0, CALSCALE GREGORIAN, X-WR-CALNAME, X-WR-TIMEZONE Asia/Ho_Chi_Minh, one VEVENT per item in the given order.
  public static func document(name: String, items: [CalendarItem], stamp: CivilDate) -> String {
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//plansite//plansite//VI",
      "CALSCALE:GREGORIAN",
      "X-WR-CALNAME:" + escape(name),
      "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    ]
    for item in items {
      lines += event(item, stamp: stamp)
    }
    lines.append("END:VCALENDAR")
    // RFC 5545 §3.1: every content line, the last included, ends with CRLF.
    return lines.map { fold($0) + "\r\n" }.joined()
  }

  static func event(_ item: CalendarItem, stamp: CivilDate) -> [String] {
    var lines = [
      "BEGIN:VEVENT",
      "UID:" + escape(item.uid),
      // The build date, not the clock, so rebuilding the same content gives the same file.
      "DTSTAMP:\(stamp.basic)T000000Z",
      // All-day events are floating DATEs; DTEND is exclusive, so the day after the last day.
      // An end before the start is treated as a one-day event rather than writing an invalid one.
      "DTSTART;VALUE=DATE:\(item.start.basic)",
      "DTEND;VALUE=DATE:\(max(item.start, item.end).adding(days: 1).basic)",
      "SUMMARY:" + escape(item.summary),
    ]
    if let description = item.description { lines.append("DESCRIPTION:" + escape(description)) }
    if let location = item.location { lines.append("LOCATION:" + escape(location)) }
    if !item.categories.isEmpty {
      // Commas separate the values, so commas inside a category are escaped.
      lines.append("CATEGORIES:" + item.categories.map(escape).joined(separator: ","))
    }
    if let days = item.alarmDaysBefore {
      lines += [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + escape(item.summary),  // required for DISPLAY: the reminder's text
        "TRIGGER:" + trigger(daysBefore: days),
        "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return lines
  }

  /// A duration relative to DTSTART: `-P3D` is three days before, `P2D` two days after.
  static func trigger(daysBefore days: Int) -> String {
    days == 0 ? "PT0S" : (days > 0 ? "-P\(days)D" : "P\(-days)D")
  }

  /// TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks
  /// (LF, CR and CRLF each become one `\n`). Other control characters are not allowed in TEXT
  /// and are dropped. Byte by byte: the bytes escaped are all ASCII, never part of a longer
  /// UTF-8 sequence, and most descriptions hold a comma.
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C || $0 == 0x3B || $0 == 0x2C }) else {
      return text
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    var afterCR = false
    for byte in text.utf8 {
      defer { afterCR = byte == 0x0D }
      switch byte {
      case 0x5C, 0x3B, 0x2C: out += [0x5C, byte]
      case 0x0A where afterCR: continue  // the CR already wrote the line break
      case 0x0A, 0x0D: out += [0x5C, 0x6E]
      case 0x09: out.append(byte)
      case 0..<0x20, 0x7F: continue
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): each continuation
  /// starts with one space, which counts toward its 75. Breaks fall between characters (grapheme
  /// clusters, so a Vietnamese letter and its combining marks stay together), never inside a UTF-8
  /// sequence; a cluster too long for a line on its own is split between its scalars.
  static func fold(_ line: String) -> String {
    let limit = 75
    if line.utf8.count <= limit { return line }
    var out = ""
    var used = 0  // octets on the current physical line
    func append(_ piece: String) {
      let size = piece.utf8.count
      if used + size > limit {
        out += "\r\n "
        used = 1
      }
      out += piece
      used += size
    }
    for ch in line {
      if ch.utf8.count <= limit - 1 {
        append(String(ch))
      } else {
        for scalar in ch.unicodeScalars { append(String(scalar)) }
      }
    }
    return out
  }
}
