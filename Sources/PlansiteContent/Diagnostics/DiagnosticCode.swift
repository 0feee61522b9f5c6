/// A stable code per kind of problem (`PS012`), with what it means and how to fix it.
/// The district guide lists these; a test keeps the guide and this table in step.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
  public let id: String
  /// What went wrong, in Vietnamese.
  public let meaning: String
  /// What to write instead, in Vietnamese.
  public let fix: String

  public var description: String { id }

  public static let yamlSyntax = DiagnosticCode(
    id: "PS001", meaning: "Tệp YAML sai cú pháp.",
    fix: "Kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép ở dòng được chỉ ra.")
  public static let tabIndent = DiagnosticCode(
    id: "PS002", meaning: "Dùng phím Tab để thụt lề trong YAML.",
    fix: "Thay mỗi Tab bằng 2 dấu cách.")
  public static let duplicateKey = DiagnosticCode(
    id: "PS003", meaning: "Một khóa xuất hiện hai lần trong cùng một khối.",
    fix: "Xóa hoặc đổi tên khóa lặp lại.")
  public static let unknownKey = DiagnosticCode(
    id: "PS004", meaning: "Khóa không được hỗ trợ (thường do gõ sai).",
    fix: "Dùng đúng tên khóa được gợi ý.")
  public static let missingKey = DiagnosticCode(
    id: "PS005", meaning: "Thiếu khóa bắt buộc.",
    fix: "Thêm khóa còn thiếu với giá trị phù hợp.")
  public static let wrongType = DiagnosticCode(
    id: "PS006", meaning: "Giá trị sai kiểu (ví dụ chữ ở chỗ cần số).",
    fix: "Viết giá trị đúng kiểu như thông báo gợi ý.")
  public static let unknownIndicator = DiagnosticCode(
    id: "PS007", meaning: "Mã chỉ tiêu không có trong plan.yaml.",
    fix: "Dùng một mã chỉ tiêu có trong plan.yaml (ví dụ \"2b\").")
  public static let unknownPeriod = DiagnosticCode(
    id: "PS008", meaning: "Mã kỳ báo cáo không có trong plan.yaml.",
    fix: "Dùng \"6-thang\" hoặc \"nam\" (các kỳ trong plan.yaml).")
  public static let unknownDistrict = DiagnosticCode(
    id: "PS009", meaning: "Đơn vị không có thư mục hoặc không có trong danh sách của plan.yaml.",
    fix: "Thêm thư mục content/districts/<mã>/ hoặc sửa danh sách districts trong plan.yaml.")
  public static let duplicateDistrict = DiagnosticCode(
    id: "PS010", meaning: "Hai đơn vị trùng mã hoặc trùng tên.",
    fix: "Mỗi đơn vị cần một mã và một tên riêng.")
  public static let outOfRange = DiagnosticCode(
    id: "PS011", meaning: "Số nằm ngoài khoảng cho phép.",
    fix: "Sửa số cho hợp lệ: không âm, \"done\" không lớn hơn \"of\", \"of\" lớn hơn 0.")
  public static let invalidDate = DiagnosticCode(
    id: "PS012", meaning: "Ngày không hợp lệ.",
    fix: "Viết ngày theo dạng YYYY-MM-DD, ví dụ 2023-05-18.")
  public static let missingFile = DiagnosticCode(
    id: "PS013", meaning: "Thiếu tệp bắt buộc.",
    fix: "Tạo tệp còn thiếu (xem hướng dẫn đơn vị).")
  public static let unknownFile = DiagnosticCode(
    id: "PS014", meaning: "Tệp lạ trong thư mục đơn vị; tệp này không được đọc.",
    fix: "Xóa tệp hoặc đổi tên cho đúng: district.yaml, indicators.yaml, report.md, events.yaml.")
  public static let notUTF8 = DiagnosticCode(
    id: "PS015", meaning: "Tệp không phải UTF-8.",
    fix: "Lưu lại tệp với bảng mã UTF-8.")
  public static let tooLarge = DiagnosticCode(
    id: "PS016", meaning: "Tệp quá lớn hoặc lồng quá sâu.",
    fix: "Chia nhỏ tệp hoặc rút gọn nội dung.")
  public static let unsafePath = DiagnosticCode(
    id: "PS017", meaning: "Đường dẫn hoặc liên kết tượng trưng trỏ ra ngoài thư mục content/.",
    fix: "Thay liên kết tượng trưng bằng tệp thật nằm trong content/.")
  public static let template = DiagnosticCode(
    id: "PS018", meaning: "Mẫu trang (template) bị lỗi.",
    fix: "Sửa mẫu trang ở dòng được chỉ ra; chỉ dùng biến và partial có trong docs/templates.md.")
  public static let aliasBomb = DiagnosticCode(
    id: "PS019", meaning: "Tệp YAML dùng quá nhiều bí danh (alias), có thể là tệp độc hại.",
    fix: "Không dùng & và * trong tệp nội dung; viết giá trị trực tiếp.")
  public static let invalidValue = DiagnosticCode(
    id: "PS020", meaning: "Giá trị không phù hợp với loại chỉ tiêu.",
    fix: "Viết giá trị theo loại chỉ tiêu: {done: 35, of: 40}, {done: 3}, yes/no, hoặc {note: \"…\"}.")
  public static let submission = DiagnosticCode(
    id: "PS021", meaning: "Ngày nộp báo cáo không hợp lý.",
    fix: "Kiểm tra ngày nộp và mã kỳ báo cáo trong district.yaml.")
  public static let eventDate = DiagnosticCode(
    id: "PS022", meaning: "Ngày của hoạt động không hợp lệ hoặc nằm ngoài khoảng dự kiến.",
    fix: "Đặt ngày trong năm kế hoạch (Tháng hành động: 01/6–30/6); \"end\" không trước \"start\".")
  public static let lunarDate = DiagnosticCode(
    id: "PS023", meaning: "Ngày âm lịch không tồn tại.",
    fix: "Viết ngày âm lịch dạng \"ngày/tháng\", ví dụ lunar: \"15/8\".")
  public static let io = DiagnosticCode(
    id: "PS024", meaning: "Không đọc hoặc ghi được tệp.",
    fix: "Kiểm tra đường dẫn và quyền truy cập.")
  public static let missingData = DiagnosticCode(
    id: "PS025", meaning: "Chưa có số liệu cho một chỉ tiêu hoặc một kỳ báo cáo.",
    fix: "Điền số liệu khi có; trang sẽ ghi \"chưa có số liệu\".")
  public static let invalidID = DiagnosticCode(
    id: "PS026", meaning: "Mã (id) sai quy tắc: mã trở thành một phần của đường dẫn trang.",
    fix:
      "Mã chỉ gồm chữ thường không dấu a–z, chữ số 0–9 và dấu gạch ngang, ví dụ 6-thang, 2b, cao-loc; viết theo mã được gợi ý."
  )
  public static let idClash = DiagnosticCode(
    id: "PS027",
    meaning: "Hai mã cùng loại trùng nhau, hoặc chỉ khác nhau ở chữ hoa/thường hay dấu, nên chung một trang.",
    fix: "Đổi một trong hai mã cho khác hẳn (ví dụ 2b và 2c).")
  public static let notWhole = DiagnosticCode(
    id: "PS028",
    meaning:
      "Số đếm người, trẻ em, xã hay đơn vị phải là số nguyên; hoặc số có nhiều chữ số thập phân hơn chỉ tiêu cho phép.",
    fix: "Viết số không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn: 15200, không viết 15.200.")
  public static let blankName = DiagnosticCode(
    id: "PS029", meaning: "Tên, tiêu đề hoặc nhãn để trống.",
    fix: "Điền tên hoặc tiêu đề, ví dụ name: Cao Lộc.")
  public static let nameRepeatsKind = DiagnosticCode(
    id: "PS030", meaning: "Tên đơn vị lặp lại loại đơn vị (trang sẽ ghi \"Huyện Huyện Cao Lộc\").",
    fix: "Viết tên không kèm loại: name: Cao Lộc, kind: huyện.")
  public static let asOf = DiagnosticCode(
    id: "PS031", meaning: "Ngày chốt số liệu (as_of) nằm ngoài năm kế hoạch hoặc sau ngày dựng trang.",
    fix: "Viết ngày chốt số liệu trong năm kế hoạch, không sau hôm nay, ví dụ as_of: 2023-05-15.")
  public static let remoteImage = DiagnosticCode(
    id: "PS038", meaning: "Ảnh lấy từ trang web khác: trang ngoại tuyến không tải ảnh đó mà chỉ hiện liên kết tới ảnh.",
    fix: "Viết thành liên kết thường, ví dụ `[Biểu đồ](https://…)`, hoặc bỏ ảnh.")
  public static let markdownTable = DiagnosticCode(
    id: "PS039", meaning: "Bảng Markdown quá rộng hoặc có quá nhiều ô, làm việc dựng trang rất chậm.",
    fix: "Một bảng tối đa 100 cột, một tệp tối đa 50.000 ô; tách bảng hoặc bớt cột, bớt dòng.")
  public static let markdownNesting = DiagnosticCode(
    id: "PS040", meaning: "Trích dẫn (>), danh sách hoặc chú thích lồng nhau quá 16 tầng.",
    fix: "Viết phẳng hơn: bớt tầng lồng hoặc tách thành đoạn riêng.")
  public static let markdownCost = DiagnosticCode(
    id: "PS041",
    meaning: "Markdown có chuỗi ký tự làm việc dựng trang rất chậm: quá nhiều dấu ) liền nhau, "
      + "hoặc quá nhiều dấu @ hay HTML thô chưa đóng trong một đoạn dài.",
    fix: "Thêm dấu cách, tách đoạn dài bằng một dòng trống, hoặc bỏ các ký tự thừa.")
  public static let notOurs = DiagnosticCode(
    id: "PS045",
    meaning: "Đích ghi (--output, --zip) là thứ không do plansite tạo ra, hoặc nằm trong thư mục nội dung,"
      + " mẫu trang hay kết quả; plansite không ghi đè.",
    fix: "Chọn đường dẫn khác ngoài content/ và templates/: một thư mục mới cho --output, một tệp .zip mới"
      + " (hoặc do plansite tạo) cho --zip.")
  public static let controlCharacter = DiagnosticCode(
    id: "PS033",
    meaning: "Tệp hoặc giá trị có ký tự điều khiển (không nhìn thấy được), thường do chép từ phần mềm khác.",
    fix: "Xóa ký tự ở chỗ được chỉ ra, kể cả mã \\e, \\a hay \\u202E viết trong ngoặc kép.")
  public static let tooManyProblems = DiagnosticCode(
    id: "PS034", meaning: "Một tệp có quá nhiều lỗi; chỉ 100 lỗi đầu tiên được liệt kê.",
    fix: "Sửa các lỗi đã liệt kê rồi chạy lại plansite check để xem các lỗi còn lại.")
  public static let usage = DiagnosticCode(
    id: "PS035", meaning: "Lệnh plansite dùng sai: tùy chọn, đối số hoặc biến môi trường không hợp lệ.",
    fix: "Sửa lệnh như thông báo gợi ý; lệnh kèm --help (ví dụ plansite serve --help) liệt kê các tùy chọn.")

  public static let reportSection = DiagnosticCode(
    id: "PS053", meaning: "Báo cáo của đơn vị thiếu một mục mà báo cáo tổng hợp của Sở cần lấy.",
    fix:
      "Thêm vào report.md đề mục \"## Kết quả nổi bật\", \"## Khó khăn, vướng mắc\" hoặc \"## Kiến nghị, đề xuất\" (chữ hoa hay thường, có dấu hay không đều được) và viết nội dung dưới đề mục."
  )
  public static let wordTemplate = DiagnosticCode(
    id: "PS054", meaning: "Tệp mẫu Word của báo cáo (templates/report/bao-cao-mau.docx) thiếu hoặc hỏng.",
    fix: "Mở tệp bằng Word hoặc LibreOffice và lưu lại dạng Word (.docx), hoặc chép lại tệp mẫu gốc của plansite.")
  public static let stringsFile = DiagnosticCode(
    id: "PS055",
    meaning: "Tệp chữ giao diện (templates/strings/<ngôn ngữ>.yaml) thiếu, không đọc được hoặc sai dạng.",
    fix: "Viết mỗi dòng một khóa và chữ của nó, ví dụ nav_home: Trang chủ (khóa chỉ gồm a–z, 0–9 và _);"
      + " hoặc chép lại tệp gốc bằng plansite new templates --templates mau-moi.")
  public static let stringKey = DiagnosticCode(
    id: "PS056", meaning: "Mẫu trang hoặc plansite cần một khóa chữ ({{t.khoa}}) mà tệp chữ giao diện không có.",
    fix: "Thêm khóa đó vào templates/strings/<ngôn ngữ>.yaml, hoặc sửa tên khóa trong mẫu trang theo gợi ý.")
  public static let stringsOutOfStep = DiagnosticCode(
    id: "PS057", meaning: "Tệp chữ giao diện của một ngôn ngữ khác thiếu khóa mà tệp của ngôn ngữ đang dựng có.",
    fix: "Thêm các khóa được liệt kê (đã dịch) vào tệp đó, để bản dựng bằng ngôn ngữ ấy cũng chạy được.")
  public static let communesOfCommune = DiagnosticCode(
    id: "PS062", meaning: "Đơn vị cấp xã (xã, phường, thị trấn, đặc khu) có ghi communes.",
    fix: "Xóa dòng communes: chỉ đơn vị cấp huyện mới có số xã, phường, thị trấn trực thuộc.")
  public static let unitGroup = DiagnosticCode(
    id: "PS063",
    meaning: "Danh sách districts của plan.yaml ghi nhóm (group) cho một số đơn vị nhưng không cho đơn vị này.",
    fix: "Thêm nhóm cho đơn vị: - {id: tan-thanh, group: \"Khu vực phía Bắc\"}, hoặc bỏ group ở mọi đơn vị.")

  public static let unitWholes = DiagnosticCode(
    id: "PS058", meaning: "Tổng \"of\" các đơn vị báo cáo khác \"of\" của chỉ tiêu trong plan.yaml.",
    fix:
      "Sửa \"of\" của đơn vị sai (số xã, phường, thị trấn của đơn vị) hoặc \"of\" trong plan.yaml, để toàn tỉnh và từng đơn vị tính trên cùng một tổng."
  )
  public static let dueWording = DiagnosticCode(
    id: "PS059", meaning: "due_wording của kỳ báo cáo không phải cách ghi hạn được hỗ trợ.",
    fix: "Chép đúng chữ của kế hoạch: \"trước ngày\", \"chậm nhất ngày\" hoặc \"trong ngày\".")
  public static let mapPosition = DiagnosticCode(
    id: "PS075",
    meaning: "Vị trí trên bản đồ (map trong district.yaml) sai dạng, ngoài khoảng 1–20 hoặc trùng ô với đơn vị khác.",
    fix:
      "Viết map: {row: 2, col: 5} bằng số nguyên từ 1 đến 20 (hàng 1 ở phía bắc, cột 1 ở phía tây); mỗi đơn vị một ô riêng."
  )
  public static let mapIncomplete = DiagnosticCode(
    id: "PS076", meaning: "Một số đơn vị có vị trí trên bản đồ (map), đơn vị này thì chưa; bản đồ sẽ thiếu đơn vị này.",
    fix: "Thêm map: {row: …, col: …} vào district.yaml của đơn vị, hoặc bỏ map ở mọi đơn vị.")

  /// Every code, in order; the guide for districts is checked against this list.
  public static let all: [DiagnosticCode] = [
    yamlSyntax, tabIndent, duplicateKey, unknownKey, missingKey, wrongType, unknownIndicator,
    unknownPeriod, unknownDistrict, duplicateDistrict, outOfRange, invalidDate, missingFile,
    unknownFile, notUTF8, tooLarge, unsafePath, template, aliasBomb, invalidValue, submission,
    eventDate, lunarDate, io, missingData, invalidID, idClash, notWhole, blankName, nameRepeatsKind,
    asOf, controlCharacter, tooManyProblems, usage, remoteImage, markdownTable, markdownNesting, markdownCost,
    notOurs, reportSection, wordTemplate, stringsFile, stringKey, stringsOutOfStep,
    unitWholes, dueWording, communesOfCommune, unitGroup, mapPosition, mapIncomplete,
  ]
}
