/// A small plan that uses every field once (each measure, a ceiling, per mille, a baseline,
/// notes, events, submissions, key dates). Template checks render it to learn every variable
/// the view models can provide, whatever the user's own content happens to contain.
extension Content {
  public static var sample: Content {
    let d = { (s: String) in CivilDate(iso: s)! }
    let periods = [
      Period(
        id: "6-thang", label: "Báo cáo 6 tháng", due: d("2023-05-20"), provinceDue: d("2023-05-25"),
        expected: Rational(1, 2)),
      Period(id: "nam", label: "Báo cáo năm", due: d("2023-11-15"), provinceDue: d("2023-11-20"), expected: .one),
    ]
    func ind(
      _ id: String, _ m: Measure, _ t: Rational?, lower: Bool = false, of: Rational? = nil, baseline: Baseline? = nil,
      scale: Int = 100
    ) -> Indicator {
      Indicator(
        id: id, targetID: "1", label: "Chỉ tiêu \(id)", measure: m, target: t, lowerIsBetter: lower, of: of, unit: "xã",
        baseline: baseline, scale: scale)
    }
    let indicators = [
      ind("p", .percent, Rational(80)),
      ind(
        "c", .count, Rational(150), of: Rational(200),
        baseline: Baseline(year: 2022, done: Rational(144), of: Rational(200))),
      ind("l", .count, .zero, lower: true), ind("m", .percent, Rational(9), lower: true, scale: 1000),
      ind("y", .yesNo, Rational(100)), ind("t", .text, nil),
    ]
    let event = Event(
      start: d("2023-06-01"), end: d("2023-06-02"), title: "Hoạt động", time: "07:30", place: "Nơi",
      organiser: "Đơn vị",
      audience: "Trẻ em", description: "Mô tả", districtSlug: "a", index: 0)
    var provinceEvent = event
    provinceEvent.districtSlug = nil
    provinceEvent.illustration = true
    let values: [String: Value] = [
      "p": .fraction(done: Rational(1), of: Rational(2)), "c": .fraction(done: Rational(1), of: Rational(2)),
      "l": .amount(.one),
      "m": .fraction(done: Rational(1), of: Rational(200)), "y": .yesNo(true), "t": .note("Ghi chú"),
    ]
    let districts = ["a", "b"].map { slug in
      District(
        slug: slug, name: "Đơn vị \(slug)", kind: "huyện", communes: 2,
        contact: Contact(office: "Phòng", phone: "0", email: "a@b"),
        submissions: ["6-thang": d("2023-05-19"), "nam": d("2023-11-20")],
        reports: periods.map { Report(period: $0.id, asOf: $0.due, values: values) },
        narrative: "## Kết quả nổi bật\n\nĐoạn văn.\n\n## Khó khăn, vướng mắc\n\n- Một ý.\n\n## Kiến nghị\n\nĐề nghị.",
        narrativePath: "districts/\(slug)/report.md", events: [event],
        map: slug == "a" ? MapPosition(row: 1, col: 1, location: SourceLocation(path: "a")) : nil)
    }
    var plan = Plan(
      number: "1", year: 2023, title: "Kế hoạch", issuer: "Sở", place: "Nơi", signed: d("2023-03-01"),
      signer: Signer(name: "Người ký", title: "Giám đốc"), basis: "Căn cứ.", districtSlugs: ["a", "b"],
      periods: periods,
      keyDates: [
        KeyDate(id: "k", title: "Ngày", date: d("2023-06-01"), lunar: nil, description: "Mô tả"),
        KeyDate(id: "l", title: "Tết", date: d("2023-09-29"), lunar: "15/8", description: nil),
      ],
      targets: [Target(id: "1", title: "Mục tiêu", text: "Mục tiêu.", indicators: indicators)])
    plan.report.parent = "Cơ quan chủ quản"
    plan.report.issuer = "Cơ quan"
    plan.report.number = "/BC"
    plan.report.recipients = ["Nơi một", "Nơi hai"]
    plan.report.copies = ["Lưu"]
    plan.report.signer = Signer(name: "Người ký", title: "Phó Giám đốc")
    plan.report.signsFor = "Giám đốc"
    plan.report.titles = ["6-thang": "Kết quả 6 tháng"]
    return Content(
      site: SiteSettings(title: "Trang", province: "Tỉnh", language: "vi", sampleData: true, footer: "111"),
      plan: plan,
      sections: [NarrativeSection(slug: "muc", path: "plan/01-muc.md", markdown: "# I. Mục\n\n## 1. Con\n\nĐoạn.")],
      actionMonth: ActionMonth(
        theme: "Chủ đề", start: d("2023-06-01"), end: d("2023-06-30"), events: [provinceEvent],
        narrative: "## Mục\n\nĐoạn."),
      districts: districts)
  }
}
