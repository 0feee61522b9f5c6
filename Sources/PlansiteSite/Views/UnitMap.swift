import PlansiteContent

/// The schematic tile map: each unit placed by `map:` in its district.yaml is a square tile at
/// its grid cell, coloured and marked by how many of its indicators fall short in the latest
/// period (the ranking's count). Swift computes every coordinate; `partials/unit-map` draws.
/// The grid is approximate geography, not a boundary map: the page says so.
public struct UnitMapView: Sendable {
  public var hasMap: Bool
  public var width: Int
  public var height: Int
  public var periodLabel: String
  public var tiles: [MapTileView]
  /// Units with no `map:` (a warning at build time): named under the map so none is lost.
  public var unplaced: [LinkView]
  public var hasUnplaced: Bool
}

extension UnitMapView {
  static let none = UnitMapView(
    hasMap: false, width: 0, height: 0, periodLabel: "", tiles: [], unplaced: [], hasUnplaced: false)
}

public struct MapTileView: Sendable {
  public var x: Int
  public var y: Int
  public var size: Int
  /// The centre of the tile, where labels are anchored.
  public var cx: Int
  /// The short name, in at most two lines that fit the tile.
  public var lines: [MapLineView]
  public var markY: Int
  /// "3" (indicators behind), "0", "–" (no report): printed in the tile, so grey print keeps it.
  public var mark: String
  /// `map-behind`, `map-clear`, `map-none`.
  public var kind: String
  public var isBehind: Bool
  public var isClear: Bool
  public var hasNoReport: Bool
  public var count: Int
  public var fullName: String
  public var href: String
  public var row: Int
  public var col: Int
}

public struct MapLineView: Sendable {
  public var text: String
  public var y: Int
}

/// Positions and counts → coordinates and classes, apart from the site so a test can give it
/// any grid.
enum UnitMapLayout {
  /// The drawing is at most this wide in SVG units (the charts' width); a tile at most `maxCell`.
  static let maxWidth = 400
  static let maxCell = 80
  /// Label size in SVG units: 14 units stay ≥ 11 px while the map is ≥ 315 px wide (a card on a phone).
  static let fontSize = 14.0
  /// Average width of a Vietnamese letter at that size, for fitting names in a tile.
  static let charWidth = fontSize * 0.57

  struct Unit {
    var row: Int
    var col: Int
    var shortName: String
    var fullName: String
    var href: String
    /// Indicators behind in the period; nil when the unit has no report for it.
    var behind: Int?
  }

  static func layout(_ units: [Unit]) -> (width: Int, height: Int, tiles: [MapTileView]) {
    guard let minRow = units.map(\.row).min(), let maxRow = units.map(\.row).max(),
      let minCol = units.map(\.col).min(), let maxCol = units.map(\.col).max()
    else { return (0, 0, []) }
    let cols = maxCol - minCol + 1
    let rows = maxRow - minRow + 1
    let cell = min(maxCell, maxWidth / cols)
    let gap = 3
    let tiles = units.map { u -> MapTileView in
      let x = (u.col - minCol) * cell
      let y = (u.row - minRow) * cell
      let size = cell - gap
      let names = wrap(u.shortName, maxChars: max(1, Int(Double(size - 6) / charWidth)), lines: 2)
      let top = names.count == 1 ? y + size * 2 / 5 : y + size * 3 / 10
      let lines = names.enumerated().map { i, t in MapLineView(text: t, y: top + i * 16) }
      let kind = u.behind.map { $0 > 0 ? "map-behind" : "map-clear" } ?? "map-none"
      return MapTileView(
        x: x, y: y, size: size, cx: x + size / 2, lines: lines, markY: y + size * 4 / 5,
        mark: u.behind.map(String.init) ?? "–", kind: kind, isBehind: (u.behind ?? 0) > 0,
        isClear: u.behind == 0, hasNoReport: u.behind == nil, count: u.behind ?? 0,
        fullName: u.fullName, href: u.href, row: u.row, col: u.col)
    }
    return (cols * cell, rows * cell, tiles)
  }

  /// Words into at most `lines` lines of `maxChars`; what does not fit ends in "…".
  static func wrap(_ text: String, maxChars: Int, lines: Int) -> [String] {
    var out: [String] = []
    var current = ""
    for word in text.split(separator: " ").map(String.init) {
      let joined = current.isEmpty ? word : current + " " + word
      if joined.count <= maxChars {
        current = joined
      } else if current.isEmpty {
        current = word
      } else {
        out.append(current)
        current = word
      }
    }
    if !current.isEmpty { out.append(current) }
    var kept = Array(out.prefix(lines))
    let cut = out.count > lines
    kept = kept.enumerated().map { i, line in
      let last = i == kept.count - 1
      if line.count > maxChars || (last && cut) {
        return String(line.prefix(max(1, maxChars - 1))) + "…"
      }
      return line
    }
    return kept
  }
}

extension SiteModel {
  /// The map for a page at `root`; `hasMap` false when no unit has a position.
  func unitMap(root: String) -> UnitMapView {
    let period = latestPeriod
    let placed = content.districts.filter { $0.map != nil }
    let units = placed.compactMap { d -> UnitMapLayout.Unit? in
      guard let m = d.map else { return nil }
      let behind = period.flatMap { p -> Int? in
        guard d.report(for: p.id) != nil else { return nil }
        return plan.indicators.filter {
          ChartView.isShortfall(scoreboard.figure($0.id, p.id, district: d.slug).status.rawValue)
        }.count
      }
      return UnitMapLayout.Unit(
        row: m.row, col: m.col, shortName: shortName(d), fullName: d.fullName,
        href: root + SitePaths.district(d.slug), behind: behind)
    }
    let (w, h, tiles) = UnitMapLayout.layout(units)
    let unplaced =
      placed.isEmpty
      ? []
      : content.districts.filter { $0.map == nil }.map {
        LinkView(label: $0.fullName, href: root + SitePaths.district($0.slug))
      }
    return UnitMapView(
      hasMap: !tiles.isEmpty, width: w, height: h, periodLabel: period?.label ?? "", tiles: tiles,
      unplaced: unplaced, hasUnplaced: !unplaced.isEmpty)
  }

  /// "TP Lạng Sơn" (never "Lạng Sơn", read as the province), "TX …", else the name alone.
  func shortName(_ d: District) -> String {
    switch d.kind {
    case "thành phố": return strings[.mapCityAbbreviation] + " " + d.name
    case "thị xã": return strings[.mapTownAbbreviation] + " " + d.name
    default: return d.name
    }
  }
}
