import PlansiteContent
import PlansiteSite

/// The page the preview server answers every HTML request with while the latest build failed:
/// each diagnostic with its place (`file:line:col`), message, code and how to fix it, in
/// Vietnamese. Everything taken from content is HTML-escaped: a broken file cannot put markup
/// on the page. Self-contained (inline CSS), like the reviewers' pages.
enum ErrorPage {
  static func html(_ diags: Diagnostics, version: Int) -> String {
    // Errors first: they are what stops the build; warnings follow.
    let list = diags.sorted.filter { $0.severity == .error } + diags.sorted.filter { $0.severity != .error }
    var items = ""
    let printer = DiagnosticPrinter()  // the terminal's place, message and caret, HTML-escaped
    for d in list {
      let cls = d.severity == .error ? "loi" : "canh-bao"
      let shown = printer.shown(d)
      items += "<li class=\"\(cls)\">"
      if !shown.place.isEmpty { items += "<code class=\"noi\">\(escape(shown.place))</code> " }
      items += "<strong>\(escape(d.severity.label)):</strong> \(escape(shown.message)) "
      items += "<span class=\"ma\">[\(escape(d.code.id))]</span>"
      if let source = shown.source {
        items += "<pre>\(escape(source.text))\n\(escape(source.pad))^</pre>"
      }
      items += "<p class=\"cach-sua\">Cách sửa: \(escape(d.code.fix))</p></li>\n"
    }
    let summary = DiagnosticPrinter.summary(diags)
    return """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Không dựng được trang — plansite</title>
      <style>
      body { font-family: system-ui, sans-serif; margin: 0; background: #fff8f6; color: #1b1b1b; line-height: 1.5; }
      main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
      h1 { color: #a4161a; font-size: 1.5rem; }
      ol { padding-left: 1.5rem; }
      li { margin: 0 0 1rem; padding: .75rem 1rem; background: #fff; border-left: 4px solid #a4161a; }
      li.canh-bao { border-left-color: #b7791f; }
      code.noi { font-weight: 600; }
      .ma { color: #555; }
      pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; margin: .5rem 0; }
      .cach-sua { margin: .25rem 0 0; color: #333; }
      </style>
      </head>
      <body>
      <main>
      <h1>Không dựng được trang</h1>
      <p>\(summary). Sửa các lỗi dưới đây rồi lưu tệp: trang sẽ tự tải lại khi nội dung dựng được. Trang cũ trong thư mục kết quả vẫn giữ nguyên.</p>
      <ol>
      \(items)</ol>
      <p>Xem thêm: <code>plansite check</code> in cùng danh sách này; bảng mã lỗi ở docs/huong-dan-don-vi.md.</p>
      </main>
      \(ReloadScript.tag(version: version))
      </body>
      </html>

      """
  }

  /// A small page for a path that the site does not have.
  static func notFound(_ path: String, version: Int) -> String {
    """
    <!DOCTYPE html>
    <html lang="vi">
    <head><meta charset="utf-8"><title>Không có trang này — plansite</title></head>
    <body>
    <h1>Không có trang này</h1>
    <p>Trang web vừa dựng không có <code>\(escape(path))</code>. <a href="/index.html">Về trang chủ</a>.</p>
    \(ReloadScript.tag(version: version))
    </body>
    </html>

    """
  }

  static func escape(_ s: String) -> String { Escape.html(s) }
}
