import ArgumentParser
import Foundation
import PlansiteContent
import PlansiteSite

extension Plansite {
  /// `plansite serve`: builds, serves `output/` on 127.0.0.1, rebuilds when `content/` or
  /// `templates/` change and reloads the open pages. A broken build shows its diagnostics in
  /// the browser instead of stopping the server. Ctrl-C stops it (exit 0).
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Xem trước trang web trên máy (127.0.0.1), tự dựng lại và tải lại trang khi nội dung thay đổi.")

    @OptionGroup var site: SiteOptions
    @Option(help: "Thư mục kết quả (được dựng lại mỗi khi nội dung thay đổi).") var output = "output"
    @Option(help: "Cổng máy chủ xem trước, chỉ trên 127.0.0.1 (0: một cổng còn trống).") var port = 8000

    /// Wrong arguments and settings are usage errors (with the command's usage), before the
    /// server starts.
    func validate() throws {
      guard (0...65535).contains(port) else {
        throw ValidationError("--port phải là số từ 0 đến 65535, ví dụ --port 8000")
      }
      do {
        _ = try ServerLimits(environment: ProcessInfo.processInfo.environment)
      } catch {
        throw ValidationError(error.message)
      }
    }

    func run() async throws {
      let limits = try ServerLimits(environment: ProcessInfo.processInfo.environment)
      // The preview shows only a site plansite built: a folder of other files is neither
      // replaced by the build nor published on the port.
      let outputURL = URL(fileURLWithPath: output)
      do {
        try OutputWriter.checkReplaceable(outputURL)
      } catch let failure as OutputWriter.Failure {
        if case .notGenerated = failure { throw CommandFailure(.notOurs, at: output, "\(failure)") }
        throw CommandFailure(.io, at: output, "\(failure)")
      } catch {
        throw CommandFailure(.io, at: output, SystemError.message(error))
      }
      let listener: PreviewServer.Listener
      do {
        listener = try await PreviewServer.listen(port: port, limits: limits)
      } catch {
        throw Serve.startFailure(error)
      }

      let stop = StopSignal()
      let state = PreviewState(maxWaiting: limits.maxWaiting)
      // Every build of this process after the first takes unchanged units from memory.
      SiteBuilder.keepLoadedUnitsInMemory()
      let builder = PreviewBuilder(site: site, output: output, state: state)
      // Watched from before the first build: an edit made while it runs is built after it.
      let watcher = FolderWatcher(
        roots: [URL(fileURLWithPath: site.content), URL(fileURLWithPath: site.templates)],
        excluding: [outputURL], log: PreviewBuilder.log)
      let changes = ChangeFeed()
      let watch = watcher.start(into: changes)
      defer { watch.stop() }
      await builder.build()

      let server = PreviewServer(
        handler: PreviewHandler(output: outputURL, state: state, holdTimeout: limits.holdTimeout))
      let serverTask = Task { await server.serve(listener) }
      PreviewBuilder.log(
        "Xem trước tại http://127.0.0.1:\(listener.port)/ — sửa nội dung rồi lưu, trang tự tải lại. Ctrl-C để dừng.")

      let watchTask = Task { await FolderWatcher.rebuild(on: changes) { await builder.build() } }

      _ = await stop.wait()
      PreviewBuilder.log("Đang dừng máy chủ xem trước…")
      watchTask.cancel()
      serverTask.cancel()
      // A connection that will not close must not keep the process alive.
      DispatchQueue.global().asyncAfter(deadline: .now() + 3) { Foundation.exit(0) }
      await serverTask.value
      PreviewBuilder.log("Đã dừng.")
    }

    static func startFailure(_ e: PreviewServer.StartError) -> CommandFailure {
      switch e {
      case .portInUse(let p):
        return CommandFailure(.io, "cổng \(p) đang được dùng; thử --port \(p == 65535 ? 8001 : p + 1)")
      case .permissionDenied(let p):
        return CommandFailure(
          .io, "không được phép mở cổng \(p) (cổng dưới 1024 cần quyền quản trị); thử --port 8000")
      case .other(let m):
        return CommandFailure(.io, "không mở được máy chủ xem trước: \(m)")
      }
    }
  }
}
