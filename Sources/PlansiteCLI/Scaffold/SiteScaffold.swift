import Foundation

/// The files of a new content repository (`plansite new site <folder>`): `content/` with a
/// skeleton plan for `year` (two reporting periods, one target with one indicator, one unit),
/// a README in Vietnamese and the pull-request check. The unit's own files come from
/// `DistrictScaffold`, as `plansite new district` writes them. Pure text: `NewSite` writes.
enum SiteScaffold {
  /// The skeleton's one unit: "Xã Mẫu", folder `content/districts/mau/` (a plan written since
  /// July 2025 has communes).
  static let unit = (name: "Mẫu", kind: "xã", slug: "mau")

  /// Relative path → text of everything but the unit's files.
  static func files(year: Int) -> [(path: String, text: String)] {
    [
      ("README.md", readme),
      (".gitignore", gitignore),
      (workflowPath, workflow),
      ("content/site.yaml", siteYAML(year: year)),
      ("content/plan.yaml", planYAML(year: year)),
      ("content/plan/01-muc-dich-yeu-cau.md", planSection),
      ("content/action-month.yaml", actionMonthYAML(year: year)),
      ("content/action-month.md", actionMonthMarkdown),
    ]
  }

  static func siteYAML(year: Int) -> String {
    """
    # Thông tin chung của trang web. Sửa tên tỉnh và tiêu đề cho đúng; mô tả mọi khóa:
    # docs/content-format.md
    title: Công tác trẻ em năm \(year) – tỉnh Mẫu
    province: Mẫu
    language: vi
    sample_data: true   # trang ghi "Số liệu minh họa"; đổi thành false khi số liệu là số thật
    footer: "Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111 (miễn phí, 24/7)"

    """
  }

  static func planYAML(year: Int) -> String {
    """
    # Kế hoạch: cơ quan ban hành, các đơn vị, các kỳ báo cáo, mục tiêu và chỉ tiêu.
    # Sửa theo văn bản kế hoạch thật; mô tả mọi khóa: docs/content-format.md
    # number: "…/KH-SYT"          # số hiệu văn bản, như in trên văn bản
    year: \(year)
    title: Kế hoạch thực hiện công tác trẻ em năm \(year) trên địa bàn tỉnh Mẫu
    issuer: Sở Y tế tỉnh Mẫu
    signer: {name: Nguyễn Văn A, title: Giám đốc}
    # Mã các đơn vị, theo thứ tự hành chính; mỗi mã có thư mục content/districts/<mã>/.
    # Thêm đơn vị bằng lệnh: plansite new district "Tên đơn vị"
    districts:
      - \(unit.slug)

    periods:
      - id: 6-thang
        label: Báo cáo 6 tháng
        due: \(year)-05-20            # đơn vị gửi Sở trước ngày này
        province_due: \(year)-05-25   # Sở gửi Bộ và UBND tỉnh
        expected: 0.5               # phần chỉ tiêu cần đạt đến kỳ này để "đúng tiến độ"
      - id: nam
        label: Báo cáo năm
        due: \(year)-11-15
        province_due: \(year)-11-20
        expected: 1.0

    targets:
      - id: "1"
        title: Chăm sóc trẻ em có hoàn cảnh đặc biệt
        indicators:
          - id: "1"
            label: Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc
            measure: percent          # percent, count, yes-no hoặc text
            target: 90

    """
  }

  static let planSection = """
    ## Mục đích, yêu cầu

    Thay đoạn này bằng phần mục đích, yêu cầu của kế hoạch. Mỗi phần của kế hoạch là một tệp
    `content/plan/NN-ten-phan.md` (NN là số thứ tự), viết bằng Markdown.

    """

  static func actionMonthYAML(year: Int) -> String {
    """
    # Tháng hành động vì trẻ em: chủ đề, thời gian, các hoạt động cấp tỉnh.
    theme: Chủ đề Tháng hành động vì trẻ em năm \(year)
    start: \(year)-06-01
    end: \(year)-06-30
    # Mỗi hoạt động: date (hoặc start và end), title; không bắt buộc: time, place, organiser,
    # audience, description. Ví dụ:
    # events:
    #   - date: \(year)-06-01
    #     title: Lễ phát động Tháng hành động vì trẻ em
    events: []

    """
  }

  static let actionMonthMarkdown = """
    Thay đoạn này bằng nội dung Tháng hành động vì trẻ em năm nay (Markdown).

    """

  static let gitignore = """
    # Trang web do plansite dựng ra; không đưa vào kho.
    /output/
    *.zip
    # Bộ nhớ đệm của lần dựng trước (xóa được; lần dựng sau chậm hơn).
    /.output.plansite-cache/

    """

  static let readme = """
    # Nội dung trang web kế hoạch công tác trẻ em

    Kho này chứa nội dung của trang web kế hoạch công tác trẻ em: văn bản kế hoạch, các chỉ
    tiêu, số liệu và báo cáo của từng đơn vị. Trang web được dựng từ đây bằng chương trình
    `plansite`. Mỗi đơn vị chỉ sửa thư mục của mình: `content/districts/<mã đơn vị>/`.

    ## Các tệp

    | tệp | nội dung |
    |---|---|
    | `content/site.yaml` | tên trang, tên tỉnh, dòng cuối trang |
    | `content/plan.yaml` | kế hoạch: các đơn vị, kỳ báo cáo, mục tiêu và chỉ tiêu |
    | `content/plan/*.md` | các phần của văn bản kế hoạch |
    | `content/action-month.yaml`, `content/action-month.md` | Tháng hành động vì trẻ em |
    | `content/districts/<mã>/` | thông tin, số liệu, báo cáo và hoạt động của một đơn vị |
    | `.github/workflows/content-check.yml` | kiểm tra tự động mỗi yêu cầu hợp nhất |

    ## Cập nhật số liệu mà không cần cài gì

    1. Mở tệp cần sửa ngay trên trang web của kho (ví dụ
       `content/districts/mau/indicators.yaml`), bấm nút sửa (hình cây bút chì).
    2. Sửa số liệu, rồi bấm **Commit changes…** và chọn tạo nhánh mới, đề nghị hợp nhất
       (**Propose changes**, rồi **Create pull request**).
    3. Chờ vài chục giây: phần kiểm tra tự động chạy. Nếu có lỗi, dòng sai được đánh dấu đỏ
       kèm lời giải thích bằng tiếng Việt trong thẻ **Files changed**. Sửa lại trên chính
       nhánh đó cho đến khi kiểm tra hiện dấu tích xanh.
    4. Người duyệt tải bản xem thử của trang (mục **Artifacts** của lần kiểm tra), xem và
       chấp thuận; thay đổi được hợp nhất.

    Hướng dẫn từng bước và bảng mã lỗi: `docs/huong-dan-don-vi.md` trong bản phát hành plansite.

    ## Kiểm tra trên máy (Linux)

    Tải bản phát hành `plansite-<phiên bản>-linux-x86_64.tar.gz`, giải nén, rồi trong thư mục
    này chạy:

    ```sh
    plansite check      # kiểm tra, không ghi gì
    plansite build      # dựng trang vào output/; mở output/index.html để xem
    ```

    Chưa có bản plansite cho Windows và macOS: trên các máy đó, hãy dùng cách sửa trên web ở trên.

    ## Cài kiểm tra tự động (một lần)

    `.github/workflows/content-check.yml` tải tệp chạy plansite đã phát hành về, chạy
    `plansite check` và đính kèm bản nén của trang. Người quản trị đặt hai biến, trong
    **Settings → Secrets and variables → Actions → Variables** của tổ chức hoặc của kho:

    - `PLANSITE_URL`: địa chỉ tải tệp `plansite-<phiên bản>-linux-x86_64.tar.gz`;
    - `PLANSITE_SHA256` (nên có): mã SHA-256 của tệp đó, trong tệp `.sha256` đi kèm.

    ## Mẫu trang

    Kho này không có thư mục `templates/`: trang dùng bộ mẫu trang có sẵn trong plansite. Muốn
    sửa giao diện, chạy `plansite new templates` để ghi bộ mẫu ra `templates/`, sửa, rồi đưa
    thư mục đó vào kho; từ đó plansite dùng `templates/` của kho.

    """

  static let workflowPath = ".github/workflows/content-check.yml"

  /// The pull-request check; docs/examples/content-check.yml is the same text (a test keeps
  /// them in step).
  static let workflow = #"""
    # Kiểm tra nội dung trên mỗi yêu cầu hợp nhất (pull request): tải tệp chạy plansite đã phát
    # hành (không phải dựng Swift), chạy plansite check (lỗi hiện thành chú thích đỏ trên dòng đã
    # sửa), rồi dựng trang và đính kèm bản nén để người duyệt tải về xem.
    #
    # Đặt một lần, cho cả tổ chức hoặc cho kho này, trong Settings → Secrets and variables →
    # Actions → Variables (xem docs/publishing.md của plansite):
    #   PLANSITE_URL     địa chỉ tải tệp plansite-<phiên bản>-linux-x86_64.tar.gz đã phát hành
    #   PLANSITE_SHA256  (nên có) mã SHA-256 của tệp đó, ghi trong tệp .sha256 đi kèm
    name: Kiểm tra nội dung

    on:
      pull_request:
        paths:
          - "content/**"
          - "templates/**"
          - ".github/workflows/content-check.yml"

    permissions:
      contents: read

    jobs:
      check:
        runs-on: ubuntu-24.04
        timeout-minutes: 10
        env:
          PLANSITE_URL: ${{ vars.PLANSITE_URL }}
          PLANSITE_SHA256: ${{ vars.PLANSITE_SHA256 }}
        steps:
          - name: Lấy nội dung
            uses: actions/checkout@v4

          - name: Tải plansite
            run: |
              if [ -z "$PLANSITE_URL" ]; then
                echo "::error::Chưa đặt biến PLANSITE_URL: địa chỉ tải tệp plansite-…-linux-x86_64.tar.gz"
                exit 2
              fi
              curl -fsSL --retry 3 -o "$RUNNER_TEMP/plansite.tar.gz" "$PLANSITE_URL"
              if [ -n "$PLANSITE_SHA256" ]; then
                echo "$PLANSITE_SHA256  $RUNNER_TEMP/plansite.tar.gz" | sha256sum -c -
              fi
              mkdir -p "$RUNNER_TEMP/plansite"
              tar -xzf "$RUNNER_TEMP/plansite.tar.gz" -C "$RUNNER_TEMP/plansite" --strip-components=1
              echo "$RUNNER_TEMP/plansite" >> "$GITHUB_PATH"
              "$RUNNER_TEMP/plansite/plansite" --version

          # Thông báo ra stderr; 2>&1 đưa chúng về stdout, nơi GitHub đọc "::error file=…,line=…".
          # Có thư mục templates/ thì dùng nó, không thì dùng bộ mẫu trang có sẵn trong plansite.
          - name: plansite check
            run: plansite check --format github 2>&1

          - name: Dựng trang
            run: plansite build --quiet --zip "$RUNNER_TEMP/trang-web.zip"

          - name: Đính kèm trang web
            uses: actions/upload-artifact@v4
            with:
              name: trang-web
              path: ${{ runner.temp }}/trang-web.zip
              retention-days: 14

    """#
}
