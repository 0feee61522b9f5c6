/// How the Department's period reports are headed, addressed and signed (`report:` in
/// plan.yaml, every key optional). The words of the form itself ("Kính gửi", "Nơi nhận", the
/// national motto) are in the templates; these are the names only content knows.
public struct ReportSettings: Sendable {
  /// The issuing body's parent, as printed above its name: "UBND TỈNH LẠNG SƠN".
  public var parent: String?
  /// The issuing body's name as printed in the header; nil: the plan's `issuer`.
  public var issuer: String?
  /// What follows "Số:" (the number is usually left blank for the clerk): "/BC-SLĐTBXH".
  public var number: String?
  /// "Kính gửi:" lines, in order.
  public var recipients: [String] = []
  /// Further lines of "Nơi nhận" after the recipients ("Lưu: VT, BTXH-TE").
  public var copies: [String] = []
  /// Who signs; nil: the plan's `signer`.
  public var signer: Signer?
  /// The head the signer signs for ("Giám đốc": printed "KT. GIÁM ĐỐC" above the signer's title).
  public var signsFor: String?
  /// Period id → the report's subject under "BÁO CÁO" ("Kết quả thực hiện công tác trẻ em 6 tháng
  /// đầu năm 2023").
  public var titles: [String: String] = [:]

  public init() {}
}
