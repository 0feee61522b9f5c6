import PlansiteContent

// The blocks shared by a period's consolidated report (`report/<kỳ>/index.html`, its .docx)
// and a unit's own report (`districts/<mã>/bao-cao/<kỳ>/index.html`). They carry names and
// figures only: every word of the administrative form is in the templates.

/// The form around a report (Nghị định 30/2020/NĐ-CP): who issues it, its number, place and
/// date, its subject, to whom, "Nơi nhận" and who signs.
public struct ReportFormView: Sendable {
  /// A unit's own report: the template heads it with the unit's People's Committee and leaves
  /// its number and signer blank.
  public var isUnit: Bool
  /// The issuing body's parent, printed above its name ("UBND TỈNH LẠNG SƠN"); may be empty.
  public var parent: String
  /// The issuing body as printed in the header.
  public var issuer: String
  /// The issuing body's name for sentences ("Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn").
  public var issuerName: String
  /// What follows "Số:" ("/BC-SLĐTBXH"); may be empty.
  public var number: String
  /// The place before the date ("Lạng Sơn").
  public var place: String
  /// The year of the date line; day and month are left for the clerk.
  public var year: String
  /// The subject under "BÁO CÁO", from `report.titles` in plan.yaml; empty: the template's own.
  public var subject: String
  public var planTitle: String
  public var periodLabel: String
  /// "Kính gửi:" lines.
  public var recipients: [String]
  public var hasRecipients: Bool
  /// One recipient goes on the "Kính gửi:" line itself, several go one per line below it.
  public var hasOneRecipient: Bool
  /// "Nơi nhận" lines after the recipients.
  public var copies: [String]
  /// The head the signer signs for ("Giám đốc"), or empty.
  public var signsFor: String
  public var signerTitle: String
  public var signerName: String
  /// The word for the plan's units ("huyện, thành phố", "xã, phường", "đơn vị").
  public var units: String
}

/// An indicator's line in section I: the figure of the province (or of the unit) in the period.
public struct ReportIndicatorView: Sendable {
  public var id: String
  public var label: String
  /// "≥ 80%", "150/200 xã".
  public var target: String
  /// "95,5%", "151 xã", "—".
  public var value: String
  /// What the value was summed from: "1.234/1.300", "trên 200", "9/11 đơn vị có"; may be empty.
  public var detail: String
  public var status: StatusView
  /// Units that reported this indicator, and units expected to.
  public var reported: String
  public var expected: String
}

/// One target's indicators as an inline SVG bar chart (`partials/report-chart`): geometry is
/// computed here, every word and the text alternative are in the partial.
public struct ReportChartView: Sendable {
  /// `bieu-do-muc-tieu-2`: the figure's id, and the prefix of its title and description ids.
  public var id: String
  public var targetID: String
  public var title: String
  /// Height of the SVG's viewBox (its width is 400).
  public var height: String
  public var bars: [ReportChartBarView]
}

/// One indicator's bar; numbers are SVG user units as text.
public struct ReportChartBarView: Sendable {
  public var id: String
  public var label: String
  public var value: String
  public var target: String
  public var statusKey: String
  /// The status as a shape and a word beside the value: it reads without colour (grey print).
  public var statusIcon: String
  public var statusLabel: String
  /// Top of the row's text baseline and of its bar.
  public var textY: String
  public var barY: String
  public var hasBar: Bool
  public var width: String
  /// Where the value is written: a column right of the plot, clear of the bar and the mark.
  public var valueX: String
  /// A tick at the target, where the measure has one on the same scale.
  public var hasTargetMark: Bool
  public var targetX: String
  public var markTop: String
  public var markBottom: String
}

/// The texts gathered under one heading kind ("Khó khăn, vướng mắc") from every unit.
public struct ReportGatheredView: Sendable {
  public var items: [ReportUnitTextView]
  public var hasItems: Bool
  /// Units whose report has no such section (or an empty one), in administrative order.
  public var missing: [String]
  public var hasMissing: Bool
}

/// One unit's section, rendered.
public struct ReportUnitTextView: Sendable {
  public var unit: String
  /// An id for the unit's heading on the page.
  public var anchor: String
  /// The section as safe HTML (web page); empty in the Word report's context.
  public var html: String
  /// The section as WordprocessingML paragraphs and tables (Word report); empty on the web page.
  public var wordXML: String
}

/// Section III: the Action Month (1–30 June) by unit.
public struct ReportActionMonthView: Sendable {
  public var theme: String
  /// "01/06–30/06/2023".
  public var dates: String
  /// The Action Month starts after this period's deadline: the rows are what is planned.
  public var isAhead: Bool
  /// Events in all, and how many of them last several days.
  public var total: String
  public var multiDay: String
  public var rows: [ReportEventRowView]
  public var hasRows: Bool
}

/// The events of the province or of one unit.
public struct ReportEventRowView: Sendable {
  /// The unit's name; empty for the province's own events (`isProvince`).
  public var unit: String
  public var isProvince: Bool
  public var count: String
  public var multiDay: String
  /// Titles of the events with their dates, in date order.
  public var events: [ReportEventItemView]
}

public struct ReportEventItemView: Sendable {
  public var title: String
  /// "01/06/2023" or "05/06–28/06/2023".
  public var dates: String
}
