/// The published URL contract (docs/content-format.md): every page is `…/index.html`, every link relative.
public enum SitePaths {
  public static let home = "index.html"
  public static let plan = "plan/index.html"
  public static let targets = "targets/index.html"
  public static let districts = "districts/index.html"
  /// Units ranked by indicators behind; `_` never occurs in a unit's slug, so no folder clashes.
  public static let ranking = "districts/xep_hang/index.html"
  public static let actionMonth = "action-month/index.html"
  public static let calendar = "calendar/index.html"
  public static let calendarICS = "calendar/plan.ics"
  public static let csv = "data/indicators.csv"
  public static let search = "search/index.html"
  public static let report = "report/index.html"
  public static let stylesheet = "assets/style.css"

  public static func indicator(_ id: String) -> String { "targets/\(id.lowercased())/index.html" }
  /// Page `n` (from 1) of an indicator's table of units: the indicator's page itself, then
  /// `targets/<id>/trang_N/index.html` (`_` never occurs in an id, so nothing can clash).
  public static func indicatorTable(_ id: String, page n: Int) -> String {
    n == 1 ? indicator(id) : "targets/\(id.lowercased())/trang_\(n)/index.html"
  }
  /// Page `n` (from 1) of the unit index (`_` never occurs in a slug, so no unit folder clashes).
  public static func districtsPage(_ n: Int) -> String { n == 1 ? districts : "districts/trang_\(n)/index.html" }
  public static func district(_ slug: String) -> String { "districts/\(slug)/index.html" }
  public static func districtICS(_ slug: String) -> String { "districts/\(slug)/plan.ics" }

  /// The prefix that leads from `page` back to the site root: "" or "../" or "../../".
  public static func root(of page: String) -> String {
    String(repeating: "../", count: page.split(separator: "/").count - 1)
  }
}
