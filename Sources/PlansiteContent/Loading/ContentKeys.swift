/// The keys each block of the content may hold, by the name `docs/content-format.md` gives the
/// block; the readers check mappings against these lists and a test checks the document's key
/// tables against them, so the contract and the code cannot drift apart.
public enum ContentKeys {
  public static let site = [
    "title", "province", "language", "sample_data", "footer", "as_of", "title_en", "footer_en",
  ]
  public static let plan = PlanReader.keys
  public static let signer = ["name", "title", "for"]
  public static let report = ReportSettingsReader.keys
  public static let period = ["id", "label", "due", "due_wording", "province_due", "expected", "label_en"]
  public static let keyDate = ["id", "title", "date", "lunar", "description"]
  public static let target = ["id", "title", "text", "indicators", "title_en", "text_en"]
  public static let indicator = TargetReader.indicatorKeys
  public static let baseline = ["year", "done", "of"]
  public static let actionMonth = ["theme", "start", "end", "events"]
  public static let event = EventReader.keys
  public static let district = ["name", "kind", "communes", "contact", "submissions", "map"]
  public static let map = ["row", "col"]
  public static let contact = ["office", "phone", "email"]
  public static let indicatorsFile = ["reports"]
  public static let reportBlock = ["period", "as_of", "values"]

  /// Block name as the contract's headings write it → its keys.
  public static let byBlock: [String: [String]] = [
    "site.yaml": site, "plan.yaml": plan, "signer": signer, "report": report, "periods": period,
    "key_dates": keyDate, "targets": target, "indicators": indicator, "baseline": baseline,
    "action-month.yaml": actionMonth, "events": event, "districts/<mã>/district.yaml": district,
    "contact": contact, "map": map, "districts/<mã>/indicators.yaml": indicatorsFile, "reports": reportBlock,
  ]
}
