import Foundation

// The rules are those of the Chinese calendar, applied to Vietnam's time zone:
// - a month begins on the (local) day of a new moon;
// - month 11 is the month in which the December solstice falls;
// - when 13 months lie between two months 11, the first of them (after month 11) that contains
//   no major solar term (the Sun crossing a multiple of 30° of longitude) is a leap month and
//   repeats the number of the month before it.
// Because the day boundary is UTC+7 and not UTC+8, Vietnam's and China's dates sometimes differ
// (famously Tết 1985). The astronomy uses Jean Meeus's low-precision formulas, the same ones as
// Hồ Ngọc Đức's widely used Vietnamese calendar program, so dates match the published tables;
// they are accurate for a few centuries around 2000 (tested 1900–2100).

/// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7.
public enum LunarCalendar {
  /// The solar date of lunar day/month (the leap repeat of that month when `leapMonth`) in lunar year `lunarYear` (the one that begins with Tết of that solar year), Vietnamese calendar (new moons and solar terms computed for UTC+7); nil if that month has no such day (day 30 of a 29-day month) or that year no such leap month.
  public static func solarDate(
    lunarDay: Int, lunarMonth: Int, lunarYear: Int, leapMonth: Bool = false
  ) -> CivilDate? {
    solarDate(
      lunarDay: lunarDay, lunarMonth: lunarMonth, lunarYear: lunarYear, leapMonth: leapMonth, utcOffset: vietnam)
  }

  /// The Vietnamese lunar date of a solar date: day, month, lunar year (as in `solarDate`), and whether the month is a leap month.
  public static func lunarDate(of date: CivilDate) -> (day: Int, month: Int, year: Int, leap: Bool) {
    lunarDate(of: date, utcOffset: vietnam)
  }

  /// Vietnam's time zone in days east of UTC: the calendar day of a new moon or solar term is its day there.
  static let vietnam = 7.0 / 24

  // MARK: Conversions for any time zone (tests use UTC+8 to compare with the Chinese calendar).

  static func solarDate(
    lunarDay: Int, lunarMonth: Int, lunarYear: Int, leapMonth: Bool, utcOffset: Double
  ) -> CivilDate? {
    guard (1...12).contains(lunarMonth), lunarDay >= 1, (1...9999).contains(lunarYear) else { return nil }
    // Months 11 and 12 of lunar year Y follow the December solstice of solar year Y;
    // months 1…10 follow the solstice of Y-1 (Tết falls in January or February of Y).
    let run = MonthRun(solsticeYear: lunarMonth >= 11 ? lunarYear : lunarYear - 1, utcOffset: utcOffset)
    guard let i = run.months.firstIndex(where: { $0.month == lunarMonth && $0.leap == leapMonth }),
      lunarDay <= run.starts[i + 1] - run.starts[i]
    else { return nil }
    // Re-validate so a date past 9999-12-31 (or before year 1) comes back as nil.
    let date = CivilDate(dayNumber: run.starts[i] + lunarDay - 1)
    return CivilDate(year: date.year, month: date.month, day: date.day)
  }

  static func lunarDate(of date: CivilDate, utcOffset: Double) -> (day: Int, month: Int, year: Int, leap: Bool) {
    let day = date.dayNumber
    // Month 11 starts in late November or December, so the run from the solstice of the date's
    // own year covers it unless the date comes before that month 11.
    var run = MonthRun(solsticeYear: date.year, utcOffset: utcOffset)
    if day < run.starts[0] { run = MonthRun(solsticeYear: date.year - 1, utcOffset: utcOffset) }
    let i = run.starts.lastIndex(where: { $0 <= day }) ?? 0
    let label = run.months[i]
    return (day - run.starts[i] + 1, label.month, label.year, label.leap)
  }

  /// The lunar months from one month 11 up to (not including) the next: 12 months, or 13 with a leap month.
  struct MonthRun {
    /// First day (day number) of each month, plus the first day of the next month 11 at the end.
    let starts: [Int]
    /// The name of each month: number, whether it is the leap repeat, and its lunar year.
    let months: [(month: Int, leap: Bool, year: Int)]

    init(solsticeYear: Int, utcOffset: Double) {
      let first = LunarCalendar.month11Lunation(solsticeYear, utcOffset)
      let next = LunarCalendar.month11Lunation(solsticeYear + 1, utcOffset)
      let starts = (first...next).map { LunarCalendar.newMoonDay($0, utcOffset) }
      var leapIndex: Int?
      if starts.count == 14 {
        // 13 months share the 12 major terms, so at least one month has none; month 11 has the
        // solstice, so the search starts after it. A month has no major term when the Sun is in
        // the same 30° sector on the day it begins and on the day the next month begins.
        leapIndex = (1...12).first {
          LunarCalendar.sunSector(starts[$0], utcOffset)
            == LunarCalendar.sunSector(starts[$0 + 1], utcOffset)
        }
      }
      months = (0..<(starts.count - 1)).map { i in
        // From the leap month on, numbering lags one behind the position in the run.
        let ordinal = leapIndex.map { i >= $0 } == true ? i - 1 : i
        let month = (ordinal + 10) % 12 + 1  // ordinal 0 → 11, 1 → 12, 2 → 1, …
        return (month, i == leapIndex, ordinal >= 2 ? solsticeYear + 1 : solsticeYear)
      }
      self.starts = starts
    }
  }

  // MARK: Astronomy

  /// Mean length of a lunation (new moon to new moon), in days.
  static let synodicMonth = 29.530588853
  /// Julian Day of 1970-01-01 00:00 UT, so that day number d begins at JD d + unixEpoch (UT).
  static let unixEpoch = 2440587.5

  /// The lunation (new-moon number, see `newMoon`) that begins month 11: the month in which the
  /// December solstice (Sun at longitude 270°) of solar `year` falls.
  static func month11Lunation(_ year: Int, _ utcOffset: Double) -> Int {
    // Start from the lunation around December 21 (the Gregorian year averages 365.2425 days), …
    let december21 = Double(year - 1970) * 365.2425 + 354
    var k = Int(floor((december21 + unixEpoch - 2415020.75933) / synodicMonth))
    // … then step until the month begins before the Sun reaches 270° (sector 9) and the next
    // month begins at or after it. Near December the sectors seen are 7–10, so no wrap-around.
    while sunSector(newMoonDay(k, utcOffset), utcOffset) >= 9 { k -= 1 }
    while sunSector(newMoonDay(k + 1, utcOffset), utcOffset) < 9 { k += 1 }
    return k
  }

  /// The local day (day number) on which new moon `k` falls.
  static func newMoonDay(_ k: Int, _ utcOffset: Double) -> Int {
    Int(floor(newMoon(k) - unixEpoch + utcOffset))
  }

  /// The 30° sector of ecliptic longitude (0 = 0°–30°, …, 9 = 270°–300°) the Sun is in when local
  /// day `day` begins. A major solar term falls in a month when the sector changes during it.
  static func sunSector(_ day: Int, _ utcOffset: Double) -> Int {
    Int(sunLongitude(Double(day) + unixEpoch - utcOffset) / 30)
  }

  /// Julian Day (UT) of new moon number `k`, counted from the new moon of 1900 January 0 (negative
  /// before it), by Meeus's *Astronomical Formulae for Calculators*: the mean phase plus the
  /// largest periodic terms, good to a few minutes.
  static func newMoon(_ k: Int) -> Double {
    let k = Double(k)
    let t = k / 1236.85  // Julian centuries from 1900 January 0.5 (1236.85 lunations per century)
    let t2 = t * t
    let t3 = t2 * t
    // Time of the mean new moon, with a small secular term and a long-period perturbation.
    var jde = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jde += 0.00033 * sin(radians(166.56 + 132.87 * t - 0.009173 * t2))
    let m = radians(359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3)  // Sun's mean anomaly
    let mm = radians(306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3)  // Moon's mean anomaly
    let f = radians(21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3)  // Moon's argument of latitude
    // True minus mean new moon: mostly the Moon's (−0.4068 sin M′) and the Earth's (0.1734 sin M)
    // orbital eccentricity, in days.
    var correction = (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m)
    correction += -0.4068 * sin(mm) + 0.0161 * sin(2 * mm) - 0.0004 * sin(3 * mm)
    correction += 0.0104 * sin(2 * f) - 0.0051 * sin(m + mm) - 0.0074 * sin(m - mm)
    correction += 0.0004 * sin(2 * f + m) - 0.0004 * sin(2 * f - m) - 0.0006 * sin(2 * f + mm)
    correction += 0.0010 * sin(2 * f - mm) + 0.0005 * sin(2 * mm + m)
    // ΔT = TT − UT in days: the orbit gives dynamical time, the calendar needs civil time.
    let deltaT =
      t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2
    return jde + correction - deltaT
  }

  /// The Sun's true geometric longitude in degrees, 0 ≤ L < 360, at Julian Day `jd` (Meeus,
  /// *Astronomical Algorithms*, ch. 25, low accuracy: about 0.01°, a quarter of an hour of motion).
  static func sunLongitude(_ jd: Double) -> Double {
    let t = (jd - 2451545.0) / 36525  // Julian centuries from J2000.0
    let t2 = t * t
    let m = radians(357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2)  // mean anomaly
    let meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    // Equation of the centre: the Earth's elliptical orbit makes the Sun run ahead of or behind its mean place.
    let center =
      (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(m)
      + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000290 * sin(3 * m)
    let longitude = (meanLongitude + center).truncatingRemainder(dividingBy: 360)
    return longitude < 0 ? longitude + 360 : longitude
  }

  static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
}
