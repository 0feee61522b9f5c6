import ArgumentParser
import Foundation
import PlansiteContent

extension Plansite {
  /// `plansite new`: scaffolds content. Only `new district` for now.
  struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Tạo khung nội dung mới.", subcommands: [NewDistrict.self])
  }

  /// `plansite new district "Huyện Mới"`: creates `content/districts/<slug>/` with every file a
  /// district needs (figures left empty, one line per indicator and period) and adds the slug
  /// to the `districts:` list of `plan.yaml`, keeping the rest of that file byte for byte.
  struct NewDistrict: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "district",
      abstract: "Tạo thư mục content/districts/<mã>/ cho một đơn vị mới và thêm mã vào plan.yaml.",
      discussion: """
        Ví dụ: plansite new district "Huyện Mới"  →  content/districts/moi/ (kind: huyện).
        Không ghi đè thư mục đã có. Sau đó điền số liệu vào indicators.yaml và chạy plansite check.
        """)

    @Argument(help: "Tên đơn vị, ví dụ \"Huyện Mới\" (chữ huyện / thành phố / thị xã ở đầu tên là loại đơn vị).")
    var name: String
    @Option(help: "Loại đơn vị: huyện, thành phố hoặc thị xã (mặc định: theo tên, nếu không thì huyện).")
    var kind: String?
    @Option(help: "Thư mục nội dung.") var content = "content"

    func run() async throws {
      let parts: (name: String, kind: String)
      do {
        parts = try DistrictScaffold.split(name: name, kind: kind)
      } catch {
        throw Self.usage("\(error)")
      }
      let slug = DistrictScaffold.slug(for: parts.name)
      guard !slug.isEmpty else {
        throw Self.usage(
          "tên \"\(name)\" không cho ra mã thư mục (mã gồm chữ không dấu, số và dấu gạch ngang); viết tên bằng chữ cái, ví dụ \"Huyện Mới\"")
      }
      guard slug.count <= 80 else { throw Self.usage("tên \"\(name)\" quá dài (mã thư mục tối đa 80 ký tự)") }
      let root = URL(fileURLWithPath: content)
      let display = content.hasSuffix("/") ? String(content.dropLast()) : content
      let folder = root.appendingPathComponent("districts/\(slug)")
      let fm = FileManager.default
      if fm.fileExists(atPath: folder.path) || (try? fm.destinationOfSymbolicLink(atPath: folder.path)) != nil {
        throw Self.usage(
          "thư mục \(display)/districts/\(slug)/ đã có; không ghi đè. Đặt tên khác hoặc sửa trực tiếp thư mục đó")
      }
      let planURL = root.appendingPathComponent("plan.yaml")
      guard let planData = fm.contents(atPath: planURL.path) else {
        throw Self.usage("không tìm thấy \(display)/plan.yaml; dùng --content để chỉ đúng thư mục nội dung")
      }

      let today = Self.today()
      let (loaded, diags) = ContentLoader.load(from: root, today: today)
      guard let loaded else {
        DiagnosticPrinter().print(diags)
        FileHandle.standardError.write(
          Data("lỗi: nội dung hiện có lỗi; sửa các lỗi trên (xem plansite check) rồi chạy lại\n".utf8))
        throw ExitCode(diags.all.contains { $0.code == .io } ? 2 : 1)
      }
      if loaded.plan.districtSlugs.contains(slug) {
        throw Self.usage("mã \"\(slug)\" đã có trong danh sách districts của plan.yaml; đặt tên khác")
      }
      let full = DistrictScaffold.fullName(parts.name, kind: parts.kind)
      if let other = loaded.districts.first(where: { $0.fullName.lowercased() == full.lowercased() }) {
        throw Self.usage("đã có đơn vị \"\(other.fullName)\" (thư mục \(other.slug)); đặt tên khác")
      }
      let newPlan: [UInt8]
      do {
        newPlan = try DistrictScaffold.addingDistrict(slug, to: [UInt8](planData))
      } catch {
        throw Self.usage("\(error)")
      }

      let plan = loaded.plan
      let files: [(String, String)] = [
        ("district.yaml", DistrictScaffold.districtYAML(name: parts.name, kind: parts.kind, plan: plan)),
        ("indicators.yaml", DistrictScaffold.indicatorsYAML(fullName: full, plan: plan)),
        ("report.md", DistrictScaffold.reportMarkdown(fullName: full)),
        ("events.yaml", DistrictScaffold.eventsYAML),
      ]
      // Written beside the final folder under a hidden name (the loader skips dot folders),
      // then renamed: never a half-made district folder.
      let staging = root.appendingPathComponent("districts/.\(slug).plansite-new-\(getpid())")
      do {
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        for (file, text) in files {
          try Data(text.utf8).write(to: staging.appendingPathComponent(file))
        }
        try fm.moveItem(at: staging, to: folder)
        try Data(newPlan).write(to: planURL, options: .atomic)
      } catch {
        try? fm.removeItem(at: staging)
        if fm.fileExists(atPath: folder.path), !fm.fileExists(atPath: staging.path) {
          try? fm.removeItem(at: folder)
        }
        try? planData.write(to: planURL, options: .atomic)
        throw Self.usage("không ghi được thư mục đơn vị: \(error.localizedDescription)")
      }

      // The result must load, with the new district last in the plan's order.
      let (after, check) = ContentLoader.load(from: root, today: today)
      guard let after, after.plan.districtSlugs.last == slug, after.districts.contains(where: { $0.slug == slug }) else {
        try? fm.removeItem(at: folder)
        try? planData.write(to: planURL, options: .atomic)
        DiagnosticPrinter().print(check)
        throw Self.usage("thư mục mới không đọc được nên đã được gỡ bỏ; plan.yaml giữ nguyên như cũ")
      }
      let missing = check.all.filter { $0.code == .missingData }.count
      print(
        """
        Đã tạo \(display)/districts/\(slug)/ cho \(full): district.yaml, indicators.yaml, report.md, events.yaml
        Đã thêm "\(slug)" vào danh sách districts của \(display)/plan.yaml.
        Tiếp theo: điền communes trong district.yaml và số liệu vào indicators.yaml (\(missing) ô còn trống), rồi chạy plansite check.
        """)
    }

    static func usage(_ message: String) -> ExitCode {
      FileHandle.standardError.write(Data("lỗi: \(message)\n".utf8))
      return ExitCode(2)
    }

    /// SOURCE_DATE_EPOCH, else the clock, as a date in Vietnam (UTC+7).
    static func today() -> CivilDate {
      let env = ProcessInfo.processInfo.environment
      let seconds = env["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? Int(Date().timeIntervalSince1970)
      return CivilDate(dayNumber: Int((Double(seconds + 7 * 3600) / 86400).rounded(.down)))
    }
  }
}
