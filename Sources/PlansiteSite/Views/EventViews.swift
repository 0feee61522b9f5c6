import PlansiteContent

/// An event ready to print (agenda, district page).
public struct EventView: Sendable {
  public var anchor: String
  public var title: String
  /// `01/06/2023` or `05/06–28/06/2023`.
  public var dateText: String
  public var fullDate: String
  public var time: String
  public var place: String
  public var organiser: String
  public var audience: String
  public var district: String
  public var districtHref: String
  public var descriptionHTML: String
  public var isMultiDay: Bool
  /// Not in the plan: marked `illustration: true`, or a unit's event on a `sample_data` site.
  public var isIllustration = false
}

extension SiteModel {
  /// A stable anchor: province events `hd-toan_tinh-3`, district events `hd-cao-loc-1`.
  static func eventAnchor(_ e: Event) -> String { "hd-\(e.unit.key)-\(e.index + 1)" }

  func eventView(_ e: Event, root: String) -> EventView {
    let district = e.districtSlug.flatMap { districtsBySlug[$0] }
    let anchor = SiteModel.eventAnchor(e)
    return EventView(
      anchor: anchor, title: e.title, dateText: format.range(e.start, e.end),
      fullDate: format.fullDate(e.start), time: e.time ?? "", place: e.place ?? "",
      organiser: e.organiser ?? "", audience: e.audience ?? "", district: district?.fullName ?? strings[.provinceLevel],
      districtHref: district.map { root + SitePaths.district($0.slug) } ?? "",
      descriptionHTML: e.description.map { markdown($0, prefix: anchor + "-") } ?? "",
      isMultiDay: e.start != e.end,
      isIllustration: e.illustration || (e.districtSlug != nil && content.site.sampleData))
  }

  /// Province and district events, by start date, province first on the same day.
  var allEvents: [Event] {
    (content.actionMonth.events + content.districts.flatMap(\.events)).sorted {
      ($0.start, $0.districtSlug == nil ? 0 : 1, $0.districtSlug ?? "", $0.index)
        < ($1.start, $1.districtSlug == nil ? 0 : 1, $1.districtSlug ?? "", $1.index)
    }
  }
}
