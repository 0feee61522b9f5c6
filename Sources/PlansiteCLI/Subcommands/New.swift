import ArgumentParser
import Foundation
import PlansiteContent
import PlansiteSite
import PlansiteTemplates

extension Plansite {
  /// `plansite new`: scaffolds a unit folder, a whole content repository, or the templates.
  struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Tạo khung nội dung mới: một đơn vị, một kho nội dung, hoặc bộ mẫu trang để sửa.",
      subcommands: [NewDistrict.self, NewSite.self, NewTemplates.self])
  }

  /// `plansite new district "Xã Tân Thành"`: creates `content/districts/<slug>/` with every file
  /// a unit needs (figures left empty, one line per indicator and period) and adds the slug to
  /// the `districts:` list of `plan.yaml`, keeping the rest of that file byte for byte; a slug
  /// the list already has (the Department listed the units first) keeps plan.yaml as it is.
  struct NewDistrict: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "district",
      abstract: "Tạo thư mục content/districts/<mã>/ cho một đơn vị mới và thêm mã vào plan.yaml.",
      discussion: """
        Ví dụ: plansite new district "Xã Tân Thành"  →  content/districts/tan-thanh/ (kind: xã).
        Không ghi đè thư mục đã có. Sau đó điền số liệu vào indicators.yaml và chạy plansite check.
        """)

    @Argument(
      help:
        "Tên đơn vị, ví dụ \"Xã Tân Thành\" (chữ xã / phường / thị trấn / đặc khu / huyện / quận / thị xã / thành phố ở đầu tên là loại đơn vị)."
    )
    var name: String
    @Option(
      help:
        "Loại đơn vị: \(District.kinds.joined(separator: ", ")) (mặc định: theo tên, nếu không thì loại nhiều nhất của kế hoạch)."
    )
    var kind: String?
    @Option(help: "Thư mục nội dung.") var content = "content"

    func run() async throws {
      let parts: (name: String, kind: String?)
      do {
        parts = try DistrictScaffold.split(name: name, kind: kind)
      } catch {
        throw Self.usage(SystemError.message(error))
      }
      let slug = DistrictScaffold.slug(for: parts.name)
      guard !slug.isEmpty else {
        throw Self.usage(
          "tên \"\(name)\" không cho ra mã thư mục (mã gồm chữ không dấu, số và dấu gạch ngang); viết tên bằng chữ cái, ví dụ \"Xã Tân Thành\""
        )
      }
      guard slug.count <= 80 else { throw Self.usage("tên \"\(name)\" quá dài (mã thư mục tối đa 80 ký tự)") }
      let root = URL(fileURLWithPath: content)
      let display = content.hasSuffix("/") ? String(content.dropLast()) : content
      let folder = root.appendingPathComponent("districts/\(slug)")
      let fm = FileManager.default
      let planURL = root.appendingPathComponent("plan.yaml")
      guard fm.fileExists(atPath: planURL.path) else {
        throw Self.usage("không tìm thấy \(display)/plan.yaml; dùng --content để chỉ đúng thư mục nội dung")
      }
      let today = try Self.today()

      // From reading plan.yaml to writing it back, one `new district` at a time: a second one
      // started meanwhile would write back a plan.yaml without the first one's line.
      let lock: FileLock
      do {
        lock = try await FileLock.acquire(root.appendingPathComponent(".plan.yaml.plansite-lock").path) { holder in
          let who = holder.map { " (tiến trình \($0))" } ?? ""
          FileHandle.standardError.write(
            Data("Một lệnh plansite new khác\(who) đang sửa \(display)/plan.yaml; chờ lệnh đó xong…\n".utf8))
        }
      } catch {
        throw Self.usage(SystemError.message(error))
      }
      defer { lock.release() }
      if fm.fileExists(atPath: folder.path) || (try? fm.destinationOfSymbolicLink(atPath: folder.path)) != nil {
        throw Self.usage(
          "thư mục \(display)/districts/\(slug)/ đã có; không ghi đè. Đặt tên khác hoặc sửa trực tiếp thư mục đó")
      }
      guard let planData = fm.contents(atPath: planURL.path) else {
        throw Self.usage("không đọc được \(display)/plan.yaml; kiểm tra quyền đọc tệp")
      }

      let (loaded, diags) = ContentLoader.load(from: root, today: today, pending: [slug])
      guard let loaded else {
        DiagnosticPrinter().print(diags)
        FileHandle.standardError.write(
          Data("lỗi: nội dung hiện có lỗi; sửa các lỗi trên (xem plansite check) rồi chạy lại\n".utf8))
        throw ExitCode(ExitStatus.of(diags))
      }
      // Listed without a folder (the load let that pass for this slug only): the folder is made
      // and plan.yaml stays as it is.
      let listed = loaded.plan.districtSlugs.contains(slug)
      let kind = parts.kind ?? DistrictScaffold.commonestKind(loaded.districts)
      let full = DistrictScaffold.fullName(parts.name, kind: kind)
      if let other = loaded.districts.first(where: { $0.fullName.lowercased() == full.lowercased() }) {
        throw Self.usage("đã có đơn vị \"\(other.fullName)\" (thư mục \(other.slug)); đặt tên khác")
      }
      let newPlan: [UInt8]
      do {
        newPlan = listed ? [UInt8](planData) : try DistrictScaffold.addingDistrict(slug, to: [UInt8](planData))
      } catch {
        throw Self.usage(SystemError.message(error))
      }

      let plan = loaded.plan
      let files: [(String, String)] = [
        (
          "district.yaml",
          DistrictScaffold.districtYAML(
            name: parts.name, kind: kind, plan: plan, areaCode: DistrictScaffold.areaCode(loaded.districts))
        ),
        ("indicators.yaml", DistrictScaffold.indicatorsYAML(fullName: full, plan: plan)),
        ("report.md", DistrictScaffold.reportMarkdown(fullName: full)),
        ("events.yaml", DistrictScaffold.eventsYAML(fullName: full, firstDay: loaded.actionMonth.start)),
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
        if !listed { try Self.replace(planURL, with: newPlan) }
      } catch {
        try? fm.removeItem(at: staging)
        if fm.fileExists(atPath: folder.path), !fm.fileExists(atPath: staging.path) {
          try? fm.removeItem(at: folder)
        }
        try? Self.replace(planURL, with: [UInt8](planData))
        throw Self.usage("không ghi được thư mục đơn vị: \(SystemError.text(error))")
      }

      // The result must load, with the new district last in the plan's order (or where it was listed).
      let (after, check) = ContentLoader.load(from: root, today: today)
      guard let after, listed || after.plan.districtSlugs.last == slug,
        after.districts.contains(where: { $0.slug == slug })
      else {
        try? fm.removeItem(at: folder)
        try? Self.replace(planURL, with: [UInt8](planData))
        DiagnosticPrinter().print(check)
        throw Self.usage("thư mục mới không đọc được nên đã được gỡ bỏ; plan.yaml giữ nguyên như cũ")
      }
      let missing = check.all.filter { $0.code == .missingData }.count
      print(
        """
        Đã tạo \(display)/districts/\(slug)/ cho \(full): district.yaml, indicators.yaml, report.md, events.yaml
        \(listed ? "Mã \"\(slug)\" đã có trong danh sách districts của \(display)/plan.yaml; plan.yaml giữ nguyên." : "Đã thêm \"\(slug)\" vào danh sách districts của \(display)/plan.yaml.")
        Tiếp theo: \(District.districtKinds.contains(kind) ? "điền communes trong district.yaml và " : "điền ")số liệu vào indicators.yaml (\(missing) ô còn trống), rồi chạy plansite check.
        """)
    }

    static func usage(_ message: String) -> CommandFailure { CommandFailure(.usage, message) }

    /// SOURCE_DATE_EPOCH, else the clock, as a date in Vietnam (UTC+7); an invalid
    /// SOURCE_DATE_EPOCH is an error, as for `build`.
    static func today() throws -> CivilDate {
      try SiteOptions.environmentDate() ?? SiteOptions.date(epochSeconds: Int(Date().timeIntervalSince1970))
    }

    /// Writes `bytes` beside `url` and renames them over it, keeping its permissions: a reader
    /// (or a crash) never sees half a plan.yaml.
    static func replace(_ url: URL, with bytes: [UInt8]) throws {
      let temp = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).plansite-new-\(getpid())")
      var st = stat()
      let mode = stat(url.path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
      unlink(temp.path)
      let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      guard fd >= 0 else { throw WriteFailure(path: temp.path, errno: errno) }
      var ok = true
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
          if n < 0 && errno == EINTR { continue }
          if n <= 0 {
            ok = false
            return
          }
          offset += n
        }
      }
      ok = ok && fchmod(fd, mode) == 0 && fsync(fd) == 0
      let failure = errno
      close(fd)
      guard ok, rename(temp.path, url.path) == 0 else {
        let e = ok ? errno : failure
        unlink(temp.path)
        throw WriteFailure(path: url.path, errno: e)
      }
    }

    struct WriteFailure: Error, LocalizedError {
      let path: String
      let errno: Int32
      var errorDescription: String? { "không ghi được \(path) (\(SystemError.text(errno: errno)))" }
    }
  }
}

extension Plansite {
  /// `plansite new templates`: writes the templates compiled into plansite out to a folder
  /// (`templates/`), to customise; from then on `build` and `check` use that folder. Never
  /// overwrites: if any of the files is already there, nothing is written.
  struct NewTemplates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "templates",
      abstract: "Ghi bộ mẫu trang có sẵn trong plansite ra thư mục templates/ để tự sửa.",
      discussion: """
        Sau đó plansite build và plansite check dùng thư mục templates/ thay cho bộ có sẵn
        (xem docs/templates.md). Không ghi đè tệp đã có.
        """)

    @Option(help: "Thư mục ghi mẫu trang.") var templates = "templates"

    func run() async throws {
      let root = URL(fileURLWithPath: templates)
      let display = templates.hasSuffix("/") ? String(templates.dropLast()) : templates
      let fm = FileManager.default
      var isDir: ObjCBool = false
      if fm.fileExists(atPath: root.path, isDirectory: &isDir), !isDir.boolValue {
        throw NewDistrict.usage("\(display) đã có và không phải thư mục; chọn thư mục khác bằng --templates")
      }
      // A file, a folder or a link (even a broken one) at any of the paths counts as there.
      let present = BuiltInTemplates.files.map(\.path).filter {
        (try? fm.attributesOfItem(atPath: root.appendingPathComponent($0).path)) != nil
      }
      if !present.isEmpty {
        let shown = present.prefix(3).map { "\(display)/\($0)" }.joined(separator: ", ")
        throw NewDistrict.usage(
          "\(shown)\(present.count > 3 ? " và \(present.count - 3) tệp khác" : "") đã có; không ghi đè. "
            + "Đổi tên thư mục \(display)/ hoặc chọn thư mục khác bằng --templates")
      }
      var written: [URL] = []
      do {
        for (path, bytes) in BuiltInTemplates.files {
          let url = root.appendingPathComponent(path)
          try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
          try Data(bytes).write(to: url, options: .withoutOverwriting)
          written.append(url)
        }
      } catch {
        for url in written { try? fm.removeItem(at: url) }
        throw NewDistrict.usage("không ghi được mẫu trang vào \(display)/: \(SystemError.text(error))")
      }
      print(
        """
        Đã ghi \(written.count) tệp mẫu trang của plansite \(PlansiteVersion.number) vào \(display)/.
        Từ nay plansite build và plansite check dùng thư mục này; cách sửa: docs/templates.md.
        """)
    }
  }
}

extension Plansite {
  /// `plansite new site <folder>`: a new content repository (`SiteScaffold`) that passes
  /// `plansite check` as it is. The folder must be new or empty: nothing is ever overwritten.
  struct NewSite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "site",
      abstract: "Tạo một kho nội dung mới: content/ với khung kế hoạch, README và kiểm tra tự động.",
      discussion: """
        Ví dụ: plansite new site ke-hoach-2026  →  ke-hoach-2026/content/… (kế hoạch năm nay, một
        đơn vị mẫu), README.md, .github/workflows/content-check.yml. Thư mục phải chưa có hoặc
        đang trống. Trang dùng bộ mẫu trang có sẵn; plansite new templates để tự sửa mẫu trang.
        """)

    @Argument(help: "Thư mục của kho nội dung mới (chưa có hoặc đang trống).") var folder: String

    func run() async throws {
      let fm = FileManager.default
      let root = URL(fileURLWithPath: folder).standardizedFileURL
      let display = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
      if let attrs = try? fm.attributesOfItem(atPath: root.path) {
        guard attrs[.type] as? FileAttributeType == .typeDirectory else {
          throw NewDistrict.usage("\(display) đã có và không phải thư mục; chọn tên thư mục khác")
        }
        guard ((try? fm.contentsOfDirectory(atPath: root.path)) ?? ["?"]).isEmpty else {
          throw NewDistrict.usage(
            "thư mục \(display)/ đã có nội dung; không ghi đè. Chọn một thư mục mới hoặc thư mục trống")
        }
      }
      let today = try NewDistrict.today()
      // Made beside the target under a hidden name and renamed into place at the end: never
      // half a repository, and a folder that filled up meanwhile is left alone.
      let staging = root.deletingLastPathComponent().appendingPathComponent(
        ".\(root.lastPathComponent).plansite-new-\(getpid())")
      do {
        try? fm.removeItem(at: staging)
        try makeRepository(in: staging, today: today)
        if rename(staging.path, root.path) != 0 {
          throw NewDistrict.usage(
            "không tạo được \(display)/ (\(SystemError.text(errno: errno))); thư mục phải chưa có hoặc đang trống")
        }
      } catch {
        try? fm.removeItem(at: staging)
        throw error
      }
      let unit = DistrictScaffold.fullName(SiteScaffold.unit.name, kind: SiteScaffold.unit.kind)
      print(
        """
        Đã tạo kho nội dung mới trong \(display)/: README.md, .github/workflows/content-check.yml và content/
        (kế hoạch năm \(today.year): 2 kỳ báo cáo, 1 chỉ tiêu, đơn vị \(unit)).
        Tiếp theo: cd \(display) && plansite check; rồi sửa content/ cho đúng kế hoạch thật (xem README.md).
        """)
    }

    /// Writes the repository into `folder`: the fixed files, then the unit's files made from the
    /// plan as `new district` makes them, then checks that the whole loads without an error.
    func makeRepository(in folder: URL, today: CivilDate) throws {
      let fm = FileManager.default
      func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
      }
      let unitFolder = "content/districts/\(SiteScaffold.unit.slug)"
      let (name, kind) = (SiteScaffold.unit.name, SiteScaffold.unit.kind)
      let full = DistrictScaffold.fullName(name, kind: kind)
      do {
        try fm.createDirectory(at: folder, withIntermediateDirectories: false)
        for (path, text) in SiteScaffold.files(year: today.year) { try write(path, text) }
        // The unit's two plan-dependent files are placeholders until the plan is read back.
        try write("\(unitFolder)/district.yaml", "name: \(SiteScaffold.unit.name)\nkind: \(SiteScaffold.unit.kind)\n")
        try write("\(unitFolder)/indicators.yaml", "reports: []\n")
        try write("\(unitFolder)/report.md", DistrictScaffold.reportMarkdown(fullName: full))
        try write("\(unitFolder)/events.yaml", "events: []\n")
      } catch {
        throw NewDistrict.usage("không ghi được kho nội dung mới: \(SystemError.text(error))")
      }
      let content = folder.appendingPathComponent("content")
      let (first, firstDiags) = ContentLoader.load(from: content, today: today)
      guard let plan = first?.plan else {
        DiagnosticPrinter().print(firstDiags)
        throw NewDistrict.usage("khung kế hoạch không đọc được (lỗi của plansite, xin báo lại)")
      }
      do {
        for (file, text) in [
          ("district.yaml", DistrictScaffold.districtYAML(name: name, kind: kind, plan: plan)),
          ("indicators.yaml", DistrictScaffold.indicatorsYAML(fullName: full, plan: plan)),
          ("events.yaml", DistrictScaffold.eventsYAML(fullName: full, firstDay: first?.actionMonth.start ?? today)),
        ] {
          try Data(text.utf8).write(to: content.appendingPathComponent("districts/\(SiteScaffold.unit.slug)/\(file)"))
        }
      } catch {
        throw NewDistrict.usage("không ghi được kho nội dung mới: \(SystemError.text(error))")
      }
      let (loaded, diags) = ContentLoader.load(from: content, today: today)
      guard loaded != nil, !diags.hasErrors else {
        DiagnosticPrinter().print(diags)
        throw NewDistrict.usage("khung kế hoạch có lỗi (lỗi của plansite, xin báo lại)")
      }
    }
  }
}
