"""The Hugo side of the benchmark: config and templates (Go templates).

make_site.py writes these into OUTDIR/hugo/.  They render from the same data the
pages plansite renders, doing the same work in templates: each district's and the
province's figures per indicator and period (Σdone/Σof, counts against a share of
the target, yes-no shares, ceilings), status against the target and the period's
expected share, Vietnamese number formatting, the Markdown report with a table of
contents, the status matrix, the per-indicator tables (administrative order and
sorted by value), the Action Month agenda, the calendar with submission status,
the CSV of every value and the .ics files.  Links are relative (relativeURLs), as
plansite's are, so the site opens from a folder.

Each unit's report for each period (the administrative form the unit sends) is a page of
its own in both.  Not reproduced (so Hugo does a little less than plansite): the SVG charts of
the home, indicator and unit pages, the month grids of the Action Month and calendar pages.
The province figures are computed once per indicator and period (partialCached),
as plansite computes its scoreboard once.
"""

CONFIG = '''baseURL = "http://example.org/"
languageCode = "vi"
defaultContentLanguage = "vi"
title = "SITE_TITLE"
relativeURLs = true
timeout = "1800s"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[outputFormats.SearchIndex]
  mediaType = "text/javascript"
  baseName = "index"
  isPlainText = true

[outputFormats.CSV]
  mediaType = "text/csv"
  baseName = "indicators"
  isPlainText = true

[markup]
  [markup.goldmark.extensions]
    table = true
    strikethrough = true
    linkify = true
    taskList = true
    footnote = true
    definitionList = false
    typographer = false
  [markup.goldmark.renderer]
    unsafe = false
  [markup.tableOfContents]
    startLevel = 2
    endLevel = 3
'''

BASEOF = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title>
</head>
<body>
<header class="site-header">
  <p class="site-title"><a href="{{ "/" | relURL }}index.html">{{ site.Title }}</a></p>
  <nav class="site-nav" aria-label="Điều hướng chính"><ul>
    <li><a href="{{ "/" | relURL }}index.html">Trang chủ</a></li>
    <li><a href="{{ "/plan/" | relURL }}index.html">Kế hoạch</a></li>
    <li><a href="{{ "/targets/" | relURL }}index.html">Mục tiêu</a></li>
    <li><a href="{{ "/districts/" | relURL }}index.html">Các đơn vị</a></li>
    <li><a href="{{ "/action-month/" | relURL }}index.html">Tháng hành động</a></li>
    <li><a href="{{ "/calendar/" | relURL }}index.html">Lịch báo cáo</a></li>
  </ul></nav>
</header>
<p class="sample-notice" role="note"><strong>Số liệu minh họa:</strong> số liệu của các đơn vị trên trang này là ví dụ minh họa.</p>
{{ if not .IsHome }}<nav class="breadcrumbs" aria-label="Vị trí trang"><ol>
  <li><a href="{{ "/" | relURL }}index.html">Trang chủ</a></li>
  {{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}index.html">{{ .Title }}</a></li>{{ end }}{{ end }}
  <li><span aria-current="page">{{ .Title }}</span></li>
</ol></nav>{{ end }}
<main id="noi-dung">
<h1>{{ .Title }}</h1>
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
  <p>{{ site.Data.plan.issuer }}</p>
  <p>Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111</p>
  <p>Trang được dựng ngày 15/06/2023.</p>
</footer>
</body>
</html>
'''

# A district's figure.  Input: dict page ind p.  Each figure is computed once and kept in the
# district page's Scratch, keyed by indicator and period, then reused by the district page,
# the indicator page, the status matrix and the CSV (as plansite computes its scoreboard once).
# (Not partialCached: Hugo 0.111 backs it with a small LRU cache, about a thousand entries,
# so 42 figures per district would evict each other and nothing would be reused.)
# Returns a dict with the value, the status and the figure's HTML (pre-rendered once).
FIG = '''{{- $ind := .ind -}}{{- $p := .p -}}
{{- $v := "" -}}{{- with index .page.Params.reports $p.id }}{{ $v = index .values $ind.id }}{{ end -}}
{{- $r := dict "has" false "status" "chua-co-so-lieu" "val" -1.0 "html" (partial "figure-html.html" (dict "status" "chua-co-so-lieu")) -}}
{{- with $v -}}
  {{- if eq $ind.measure "text" -}}
    {{- $r = dict "has" true "status" "dinh-tinh" "text" "Đã báo cáo" "val" -1.0 "notes" (slice .note) "html" (partial "figure-html.html" (dict "has" true "text" "Đã báo cáo" "status" "dinh-tinh")) -}}
  {{- else -}}
    {{- $val := 0.0 -}}{{- $tgt := float (default 0 $ind.target) -}}{{- $text := "" -}}{{- $detail := "" -}}{{- $done := "" -}}{{- $of := "" -}}
    {{- if eq $ind.measure "percent" -}}
      {{- $scale := float (default 100 $ind.scale) -}}
      {{- $val = div (mul (float .done) $scale) (float .of) -}}
      {{- $text = printf "%s%s" (lang.FormatNumber 1 $val) (cond (eq $scale 1000.0) "‰" "%") -}}
      {{- $done = lang.FormatNumber 0 .done }}{{ $of = lang.FormatNumber 0 .of -}}
      {{- $detail = printf "%s/%s" $done $of -}}
    {{- else if eq $ind.measure "count" -}}
      {{- $val = float .done -}}
      {{- $done = lang.FormatNumber (cond (eq (math.Floor $val) $val) 0 2) $val -}}
      {{- $text = printf "%s %s" $done (default "" $ind.unit) -}}
      {{- with .of -}}
        {{- $of = lang.FormatNumber 0 . -}}
        {{- $detail = printf "trên %s" $of -}}
        {{- with $ind.of }}{{ $tgt = div (mul $tgt (float $v.of)) (float .) }}{{ end -}}
      {{- end -}}
    {{- else -}}
      {{- $val = cond (eq . "yes") 100.0 0.0 -}}
      {{- $text = cond (eq . "yes") "Có" "Không" -}}
    {{- end -}}
    {{- $st := "cham" -}}
    {{- if eq $ind.better "lower" -}}{{- if le $val $tgt }}{{ $st = "dat" }}{{ end -}}
    {{- else if ge $val $tgt -}}{{- $st = "dat" -}}
    {{- else if ge $val (mul $tgt (float $p.expected)) -}}{{- $st = "dung-tien-do" -}}
    {{- end -}}
    {{- $bar := "" -}}
    {{- if and (gt $tgt 0.0) (ne $ind.better "lower") -}}{{- $bar = printf "%.0f" (math.Min 100.0 (div (mul 100.0 $val) $tgt)) -}}{{- end -}}
    {{- $html := partial "figure-html.html" (dict "has" true "status" $st "text" $text "detail" $detail "bar" $bar) -}}
    {{- $r = dict "has" true "status" $st "val" $val "text" $text "done" $done "of" $of "html" $html -}}
  {{- end -}}
{{- end -}}
{{- return $r -}}
'''

# The province figure.  Input: dict ind p pages.  Called through partialCached.
PROVINCE = '''{{- $ind := .ind -}}{{- $p := .p -}}
{{- $done := 0.0 -}}{{- $of := 0.0 -}}{{- $hasOf := false -}}{{- $rep := 0 -}}{{- $yes := 0 -}}{{- $notes := slice -}}
{{- range .pages -}}
  {{- with index .Params.reports $p.id -}}{{- with index .values $ind.id -}}
    {{- $rep = add $rep 1 -}}
    {{- if eq $ind.measure "yes-no" -}}{{- if eq . "yes" }}{{ $yes = add $yes 1 }}{{ end -}}
    {{- else if eq $ind.measure "text" -}}{{- $notes = $notes | append .note -}}
    {{- else -}}{{- $done = add $done (float .done) -}}{{- with .of }}{{ $of = add $of (float .) }}{{ $hasOf = true }}{{ end -}}
    {{- end -}}
  {{- end -}}{{- end -}}
{{- end -}}
{{- $r := dict "has" false "status" "chua-co-so-lieu" "val" -1.0 "reported" $rep "expected" (len .pages) -}}
{{- if gt $rep 0 -}}
  {{- $tgt := float (default 0 $ind.target) -}}{{- $val := 0.0 -}}{{- $text := "" -}}{{- $detail := "" -}}
  {{- if eq $ind.measure "text" -}}
    {{- $r = merge $r (dict "has" true "status" "dinh-tinh" "text" (printf "%d ý kiến" $rep)) -}}
  {{- else -}}
    {{- if eq $ind.measure "percent" -}}
      {{- $scale := float (default 100 $ind.scale) -}}
      {{- $val = div (mul $done $scale) $of -}}
      {{- $text = printf "%s%s" (lang.FormatNumber 1 $val) (cond (eq $scale 1000.0) "‰" "%") -}}
      {{- $detail = printf "%s/%s" (lang.FormatNumber 0 $done) (lang.FormatNumber 0 $of) -}}
    {{- else if eq $ind.measure "count" -}}
      {{- $val = $done -}}
      {{- $text = printf "%s %s" (lang.FormatNumber (cond (eq (math.Floor $val) $val) 0 2) $val) (default "" $ind.unit) -}}
      {{- if $hasOf }}{{ $detail = printf "trên %s" (lang.FormatNumber 0 $of) }}{{ else if $ind.of }}{{ $detail = printf "trên %s" (lang.FormatNumber 0 $ind.of) }}{{ end -}}
    {{- else -}}
      {{- $val = div (mul 100.0 $yes) (float $rep) -}}
      {{- $text = printf "%s%%" (lang.FormatNumber 1 $val) -}}
      {{- $detail = printf "%d/%d đơn vị có" $yes $rep -}}
    {{- end -}}
    {{- $st := "cham" -}}
    {{- if eq $ind.better "lower" -}}{{- if le $val $tgt }}{{ $st = "dat" }}{{ end -}}
    {{- else if ge $val $tgt -}}{{- $st = "dat" -}}
    {{- else if ge $val (mul $tgt (float $p.expected)) -}}{{- $st = "dung-tien-do" -}}
    {{- end -}}
    {{- $bar := "" -}}
    {{- if and (gt $tgt 0.0) (ne $ind.better "lower") -}}{{- $bar = printf "%.0f" (math.Min 100.0 (div (mul 100.0 $val) $tgt)) -}}{{- end -}}
    {{- $r = merge $r (dict "has" true "status" $st "val" $val "text" $text "detail" $detail "bar" $bar) -}}
  {{- end -}}
{{- end -}}
{{- return (merge $r (dict "html" (partial "figure-html.html" $r))) -}}
'''

STATUS = '''{{- $labels := dict "dat" "Đạt" "dung-tien-do" "Đúng tiến độ" "cham" "Chậm" "chua-co-so-lieu" "Chưa có số liệu" "dinh-tinh" "Định tính" -}}
{{- $icons := dict "dat" "✔" "dung-tien-do" "➜" "cham" "✖" "chua-co-so-lieu" "…" "dinh-tinh" "✎" -}}
<span class="status status-{{ . }}"><span class="status-icon" aria-hidden="true">{{ index $icons . }}</span> {{ index $labels . }}</span>
{{- /**/ -}}
'''

# The HTML of a figure (value, detail, progress bar, status), returned as a string.
FIGURE_HTML = '''{{- $labels := dict "dat" "Đạt" "dung-tien-do" "Đúng tiến độ" "cham" "Chậm" "chua-co-so-lieu" "Chưa có số liệu" "dinh-tinh" "Định tính" -}}
{{- $icons := dict "dat" "✔" "dung-tien-do" "➜" "cham" "✖" "chua-co-so-lieu" "…" "dinh-tinh" "✎" -}}
{{- $h := "" -}}
{{- if .has -}}
  {{- $h = printf `<span class="figure"><span class="figure-value">%s</span>` (.text | htmlEscape) -}}
  {{- with .detail }}{{ $h = printf `%s <span class="figure-detail">(%s)</span>` $h (. | htmlEscape) }}{{ end -}}
  {{- $h = printf "%s</span>" $h -}}
{{- else -}}{{- $h = `<span class="figure"><span class="figure-value figure-none">—</span></span>` -}}{{- end -}}
{{- with .bar }}{{ $h = printf `%s <span class="bar" aria-hidden="true"><span class="bar-fill status-bg-%s" style="width: %s%%"></span></span>` $h $.status . }}{{ end -}}
{{- $h = printf `%s <span class="status status-%s"><span class="status-icon" aria-hidden="true">%s</span> %s</span>` $h .status (index $icons .status) (index $labels .status) -}}
{{- return ($h | safeHTML) -}}
'''

LEGEND = '''<p class="legend"><span class="legend-title">Chú giải:</span> {{ range slice "dat" "dung-tien-do" "cham" "chua-co-so-lieu" "dinh-tinh" }}{{ partial "status.html" . }} {{ end }}</p>
'''

TARGET_TEXT = '''{{- $t := "" -}}
{{- if eq .measure "text" }}{{ $t = "Định tính" -}}
{{- else if eq .measure "percent" }}{{ $t = printf "%s%s" (lang.FormatNumber 1 (float .target)) (cond (eq (float (default 100 .scale)) 1000.0) "‰" "%") -}}
{{- else if eq .measure "yes-no" }}{{ $t = printf "%s%% đơn vị có" (lang.FormatNumber 0 (float .target)) -}}
{{- else }}{{ $t = printf "%s %s" (lang.FormatNumber (cond (eq (math.Floor (float .target)) (float .target)) 0 2) (float .target)) (default "" .unit) }}{{ with .of }}{{ $t = printf "%s trên %s" $t (lang.FormatNumber 0 .) }}{{ end -}}
{{- end -}}
{{- if eq .better "lower" }}{{ $t = printf "không quá %s" $t }}{{ end -}}
{{- return $t -}}
'''

TARGETS_TABLE = '''{{- $ds := .ds -}}
{{- range site.Data.plan.targets }}
<section class="target" id="muc-tieu-{{ .id }}">
  <h3>Mục tiêu {{ .id }}. {{ .title }}</h3>
  <p class="target-text">{{ .text }}</p>
  <div class="table-wrap"><table class="figures">
    <caption>Chỉ tiêu của mục tiêu {{ .id }}: mục tiêu, số liệu toàn tỉnh và trạng thái theo kỳ báo cáo</caption>
    <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Mục tiêu</th><th scope="col">Cơ sở</th>{{ range site.Data.plan.periods }}<th scope="col">{{ .label }}</th>{{ end }}</tr></thead>
    <tbody>
    {{- range .indicators }}{{ $ind := . }}
      <tr><th scope="row"><a href="{{ printf "/targets/%s/" .id | relURL }}index.html">{{ .id }}. {{ .label }}</a></th>
      <td>{{ partial "target-text.html" . }}</td><td>{{ with .baseline }}{{ lang.FormatNumber 0 . }}{{ else }}—{{ end }}</td>
      {{- range site.Data.plan.periods }}<td>{{ (partialCached "province.html" (dict "ind" $ind "p" . "pages" $ds) $ind.id .id).html }}</td>{{ end }}
      </tr>
    {{- end }}
    </tbody>
  </table></div>
</section>
{{- end }}
'''

HOME = '''{{ define "main" }}
{{- $plan := site.Data.plan -}}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
<section class="plan-summary"><h2 id="ke-hoach">Kế hoạch</h2>
  <p class="plan-title">{{ $plan.title }}</p>
  <dl class="facts"><dt>Số hiệu</dt><dd>{{ $plan.number }}</dd><dt>Cơ quan ban hành</dt><dd>{{ $plan.issuer }}</dd><dt>Người ký</dt><dd>{{ $plan.signer }}</dd></dl>
  <div class="basis">{{ $plan.basis | markdownify }}</div>
</section>
{{- $last := index $plan.periods (sub (len $plan.periods) 1) -}}
<section class="overview"><h2 id="tong-quan">Tiến độ chung – {{ $last.label }}</h2>
  {{- $counts := dict -}}
  {{- range $plan.targets }}{{ range .indicators -}}
    {{- $f := partialCached "province.html" (dict "ind" . "p" $last "pages" $ds) .id $last.id -}}
    {{- $counts = merge $counts (dict $f.status (add 1 (default 0 (index $counts $f.status)))) -}}
  {{- end }}{{ end }}
  <ul class="status-counts">{{ range $k, $v := $counts }}<li>{{ partial "status.html" $k }}: <strong>{{ $v }}</strong> chỉ tiêu</li>{{ end }}</ul>
</section>
<section class="deadlines"><h2 id="han-sap-toi">Hạn báo cáo sắp tới</h2><ul class="deadline-list">
  {{- range $plan.periods }}{{ if gt .due $plan.today }}<li><strong>{{ .due }}</strong> – Hạn gửi {{ .label }}</li>{{ end }}{{ end }}
</ul><p><a href="{{ "/calendar/" | relURL }}index.html">Xem toàn bộ lịch báo cáo</a></p></section>
<section class="banner"><h2 id="thang-hanh-dong">Tháng hành động vì trẻ em (01/6 – 30/6/2023)</h2>
  <p>Chủ đề: <strong>“{{ $plan.theme }}”</strong>. <a href="{{ "/action-month/" | relURL }}index.html">Xem chương trình và lịch hoạt động</a></p></section>
<section><h2 id="muc-tieu">Mục tiêu và chỉ tiêu</h2>
{{ partial "legend.html" . }}
{{ partial "targets-table.html" (dict "ds" $ds) }}
</section>
{{ end }}
'''

PLAN = '''{{ define "main" }}
<nav class="toc" aria-label="Mục lục">{{ .TableOfContents }}</nav>
<div class="narrative">{{ .Content }}</div>
{{ end }}
'''

TARGETS_LIST = '''{{ define "main" }}
{{- $plan := site.Data.plan -}}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
<section><h2 id="tom-tat">Tóm tắt</h2>
{{- range $plan.periods }}{{ $p := . }}
  {{- $counts := dict -}}
  {{- range $plan.targets }}{{ range .indicators -}}
    {{- $f := partialCached "province.html" (dict "ind" . "p" $p "pages" $ds) .id $p.id -}}
    {{- $counts = merge $counts (dict $f.status (add 1 (default 0 (index $counts $f.status)))) -}}
  {{- end }}{{ end }}
  <p><strong>{{ .label }}</strong>: {{ range $k, $v := $counts }}{{ partial "status.html" $k }} {{ $v }}; {{ end }}</p>
{{- end }}
{{ partial "legend.html" . }}
<p>Số liệu toàn tỉnh tính theo bình quân có trọng số. <a href="{{ "/data/" | relURL }}indicators.csv">Tải toàn bộ số liệu (CSV)</a>.</p>
</section>
<section><h2 id="danh-sach">Các mục tiêu</h2>
{{ partial "targets-table.html" (dict "ds" $ds) }}
</section>
{{ end }}
'''

INDICATOR = '''{{ define "main" }}
{{- $id := .Params.indicator -}}
{{- $ind := dict -}}{{- $target := dict -}}
{{- range site.Data.plan.targets }}{{ $t := . }}{{ range .indicators }}{{ if eq .id $id }}{{ $ind = . }}{{ $target = $t }}{{ end }}{{ end }}{{ end -}}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
<dl class="facts">
  <dt>Thuộc</dt><dd>Mục tiêu {{ $target.id }}. {{ $target.title }}</dd>
  <dt>Loại chỉ tiêu</dt><dd>{{ $ind.measure }}{{ if eq $ind.better "lower" }} (mức trần: đạt khi không vượt quá mục tiêu){{ end }}</dd>
  <dt>Mục tiêu năm</dt><dd>{{ partial "target-text.html" $ind }}</dd>
  {{ with $ind.baseline }}<dt>Năm cơ sở</dt><dd>{{ lang.FormatNumber 0 . }}</dd>{{ end }}
</dl>
<p class="target-text">{{ $target.text }}</p>
{{ partial "legend.html" . }}
{{- range site.Data.plan.periods }}{{ $p := . }}
<section class="period" id="ky-{{ .id }}">
  <h2 id="ky-{{ .id }}-title">{{ .label }}</h2>
  {{- $prov := partialCached "province.html" (dict "ind" $ind "p" $p "pages" $ds) $ind.id $p.id }}
  <div class="province-figure"><p><strong>Toàn tỉnh:</strong> {{ $prov.html }}<br><span class="coverage">{{ $prov.reported }}/{{ $prov.expected }} đơn vị đã báo cáo</span></p>
  <p class="expected">Mức “đúng tiến độ” của kỳ này: {{ lang.FormatNumber 0 (mul 100 .expected) }}% mục tiêu năm.</p></div>
  {{- $rows := slice -}}
  <div class="table-wrap"><table class="figures">
    <caption>{{ .label }}: số liệu từng đơn vị (theo thứ tự hành chính)</caption>
    <thead><tr><th scope="col">Đơn vị</th><th scope="col">Đã đạt</th><th scope="col">Tổng số</th><th scope="col">Giá trị và trạng thái</th></tr></thead>
    <tbody>
    {{- range $ds }}
      {{- $f := .Scratch.Get (printf "fig|%s|%s" $ind.id $p.id) }}{{ if not $f }}{{ $f = partial "fig.html" (dict "page" . "ind" $ind "p" $p) }}{{ .Scratch.Set (printf "fig|%s|%s" $ind.id $p.id) $f }}{{ end -}}
      {{- $rows = $rows | append (dict "name" .Title "href" .RelPermalink "val" $f.val "fig" $f) -}}
      <tr><th scope="row"><a href="{{ .RelPermalink }}index.html">{{ .Title }}</a></th><td class="num">{{ $f.done }}</td><td class="num">{{ $f.of }}</td>
      <td>{{ $f.html }}{{ range $f.notes }}<div class="note">{{ . | markdownify }}</div>{{ end }}</td></tr>
    {{- end }}
    </tbody>
  </table></div>
  <details class="sorted"><summary>Xếp theo giá trị</summary>
  <div class="table-wrap"><table class="figures">
    <caption>{{ .label }}: các đơn vị xếp theo giá trị</caption>
    <thead><tr><th scope="col">Đơn vị</th><th scope="col">Giá trị và trạng thái</th></tr></thead>
    <tbody>
    {{- range sort $rows "val" (cond (eq $ind.better "lower") "asc" "desc") }}<tr><th scope="row"><a href="{{ .href }}index.html">{{ .name }}</a></th><td>{{ .fig.html }}</td></tr>{{ end }}
    </tbody>
  </table></div></details>
</section>
{{- end }}
<p><a href="{{ "/targets/" | relURL }}index.html">Quay lại danh sách mục tiêu</a></p>
{{ end }}
'''

# The status matrix, 100 districts per page (plansite: districts/trang-N/, Hugo: districts/page/N/).
DISTRICTS_LIST = '''{{ define "main" }}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
{{- $pager := .Paginate $ds 100 -}}
{{ partial "legend.html" . }}
{{- if eq $pager.TotalPages 1 }}<p>Tìm theo tên (thứ tự chữ cái): {{ range $ds.ByTitle }}<a href="{{ .RelPermalink }}index.html">{{ .Params.name }}</a> · {{ end }}</p>{{ end }}
{{- if gt $pager.TotalPages 1 }}<nav class="pagination" aria-label="Các trang danh sách đơn vị"><p>Trang: {{ range $pager.Pagers }}{{ if eq .PageNumber $pager.PageNumber }}<span aria-current="page">{{ .PageNumber }}</span> {{ else }}<a href="{{ .URL }}index.html">{{ .PageNumber }}</a> {{ end }}{{ end }}</p></nav>{{ end }}
{{- range site.Data.plan.periods }}{{ $p := . }}
<section id="ky-{{ .id }}"><h2 id="ky-{{ .id }}-title">{{ .label }}: trạng thái từng chỉ tiêu</h2>
  <div class="table-wrap"><table class="matrix">
    <caption>{{ .label }}: đơn vị (hàng) × chỉ tiêu (cột)</caption>
    <thead><tr><th scope="col">Đơn vị</th>{{ range site.Data.plan.targets }}{{ range .indicators }}<th scope="col"><a href="{{ printf "/targets/%s/" .id | relURL }}index.html" title="{{ .label }}">{{ .id }}</a></th>{{ end }}{{ end }}</tr></thead>
    <tbody>
    {{- range $pager.Pages }}{{ $d := . }}
      <tr><th scope="row"><a href="{{ .RelPermalink }}index.html">{{ .Title }}</a></th>
      {{- range site.Data.plan.targets }}{{ range .indicators -}}
        {{- $f := $d.Scratch.Get (printf "fig|%s|%s" .id $p.id) }}{{ if not $f }}{{ $f = partial "fig.html" (dict "page" $d "ind" . "p" $p) }}{{ $d.Scratch.Set (printf "fig|%s|%s" .id $p.id) $f }}{{ end -}}
        <td class="cell status-{{ $f.status }}" title="Chỉ tiêu {{ .id }}: {{ $f.text }}"><span class="visually-hidden">Chỉ tiêu {{ .id }}: {{ $f.text }}</span></td>
      {{- end }}{{ end }}</tr>
    {{- end }}
    </tbody>
  </table></div>
</section>
{{- end }}
{{ end }}
'''

# The whole report on one self-contained page (plansite: report/index.html): province
# figures, every district's indicator table, submissions and key dates; CSS inlined.
REPORT = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title>
<style>
{{ (resources.Get "style.css").Content | safeCSS }}
</style>
</head>
<body class="report">
{{- $plan := site.Data.plan -}}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
<header class="site-header"><p class="site-title">{{ site.Title }}</p></header>
<p class="sample-notice" role="note"><strong>Số liệu minh họa:</strong> số liệu của các đơn vị trong báo cáo này là ví dụ minh họa.</p>
<main id="noi-dung">
<h1>{{ .Title }}</h1>
<section><h2 id="ke-hoach">Tóm tắt kế hoạch</h2>
  <p class="plan-title">{{ $plan.title }}</p>
  <dl class="facts"><dt>Số hiệu</dt><dd>{{ $plan.number }}</dd><dt>Cơ quan ban hành</dt><dd>{{ $plan.issuer }}</dd><dt>Người ký</dt><dd>{{ $plan.signer }}</dd></dl>
  <div class="basis">{{ $plan.basis | markdownify }}</div>
  {{ partial "legend.html" . }}
</section>
<section><h2 id="muc-tieu">Mục tiêu và chỉ tiêu toàn tỉnh</h2>
{{ partial "targets-table.html" (dict "ds" $ds) }}
</section>
<section><h2 id="don-vi">Kết quả theo đơn vị</h2>
{{- /* as plansite: above 500 units the per-unit tables are left to the unit pages */ -}}
{{- if le (len $ds) 500 }}
{{- range $ds }}{{ $page := . }}
  <section class="report-district"><h3 id="don-vi-{{ .Params.slug }}">{{ .Title }}</h3>
    <p>{{ .Params.communes }} xã, phường, thị trấn.</p>
    <div class="table-wrap"><table class="figures">
      <caption>{{ .Title }}: chỉ tiêu theo kỳ báo cáo, với thay đổi giữa hai kỳ</caption>
      <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Mục tiêu</th>{{ range $plan.periods }}<th scope="col">{{ .label }}</th>{{ end }}<th scope="col">Thay đổi</th></tr></thead>
      <tbody>
      {{- range $plan.targets }}{{ range .indicators }}{{ $ind := . }}
        <tr><th scope="row">{{ .id }}. {{ .label }}</th><td>{{ partial "target-text.html" . }}</td>
        {{- $vals := slice -}}
        {{- range $plan.periods }}
          {{- $f := $page.Scratch.Get (printf "fig|%s|%s" $ind.id .id) }}{{ if not $f }}{{ $f = partial "fig.html" (dict "page" $page "ind" $ind "p" .) }}{{ $page.Scratch.Set (printf "fig|%s|%s" $ind.id .id) $f }}{{ end -}}
          {{- $vals = $vals | append $f.val -}}
          <td>{{ $f.html }}{{ range $f.notes }}<div class="note">{{ . | markdownify }}</div>{{ end }}</td>
        {{- end }}
        {{- $a := index $vals 0 }}{{ $b := index $vals 1 -}}
        <td class="change">{{ if and (ge $a 0.0) (ge $b 0.0) (ne $ind.measure "yes-no") }}{{ if ge $b $a }}+{{ end }}{{ lang.FormatNumber 1 (sub $b $a) }}{{ else }}—{{ end }}</td></tr>
      {{- end }}{{ end }}
      </tbody>
    </table></div>
  </section>
{{- end }}
{{- else }}<p>Kế hoạch có {{ len $ds }} đơn vị, quá nhiều cho một trang in: bảng chỉ tiêu của từng đơn vị xem tại trang của đơn vị đó.</p>{{ end }}
</section>
<section><h2 id="nop-bao-cao">Tình hình nộp báo cáo</h2>
  <div class="table-wrap"><table class="submissions">
    <thead><tr><th scope="col">Đơn vị</th>{{ range $plan.periods }}<th scope="col">{{ .label }} (trước {{ .due }})</th>{{ end }}</tr></thead>
    <tbody>{{ range $ds }}{{ $d := . }}<tr><th scope="row"><a href="{{ .RelPermalink }}index.html">{{ .Title }}</a></th>{{ range $plan.periods }}<td>{{ partial "submission.html" (dict "sub" (index $d.Params.submissions .id) "due" .due "today" $plan.today) }}</td>{{ end }}</tr>
    {{ end }}</tbody>
  </table></div>
</section>
</main>
<footer class="site-footer"><p>{{ $plan.issuer }}</p><p>Báo cáo được dựng ngày 15/06/2023.</p></footer>
</body>
</html>
'''

# The offline search: search/index.html and search/index.js (an array assigned to a global,
# since browsers refuse fetch on file://).  One entry per target, indicator, plan page, Action
# Month event, district, and heading of every district report (with the report's plain text).
SEARCH = '''{{ define "main" }}
<form class="search-form" role="search" action="index.html" method="get">
  <label for="tu-khoa">Từ khóa</label> <input id="tu-khoa" type="search" name="q"> <button type="submit">Tìm</button>
</form>
<p id="trang-thai-tim-kiem" class="search-status" role="status" aria-live="polite"></p>
<ol id="ket-qua-tim-kiem" class="search-results"></ol>
<script src="index.js"></script>
{{ end }}
'''

SEARCH_INDEX = '''{{- $plan := site.Data.plan -}}
{{- $e := slice -}}
{{- range $plan.targets -}}
  {{- $e = $e | append (dict "kind" "Mục tiêu" "title" (printf "Mục tiêu %s. %s" .id .title) "url" (printf "targets/index.html#muc-tieu-%s" .id) "snippet" .text "key" (lower (printf "%s %s" .title .text))) -}}
  {{- $t := . -}}
  {{- range .indicators }}{{ $e = $e | append (dict "kind" "Chỉ tiêu" "title" (printf "Chỉ tiêu %s. %s" .id .label) "url" (printf "targets/%s/index.html" .id) "snippet" (printf "Mục tiêu năm: %s." (partial "target-text.html" .)) "key" (lower (printf "%s %s" .label $t.title))) }}{{ end -}}
{{- end -}}
{{- range where site.RegularPages "Type" "plan" }}{{ $e = $e | append (dict "kind" "Kế hoạch" "title" .Title "url" "plan/index.html" "snippet" (.Plain | truncate 200) "key" (lower .Plain)) }}{{ end -}}
{{- range $plan.events }}{{ $e = $e | append (dict "kind" "Tháng hành động" "title" .title "url" "action-month/index.html" "snippet" (default "" .place) "key" (lower .title)) }}{{ end -}}
{{- range (where site.RegularPages "Section" "districts").ByWeight -}}
  {{- $d := . }}{{ $url := strings.TrimPrefix "/" (printf "%sindex.html" .RelPermalink) -}}
  {{- $e = $e | append (dict "kind" "Đơn vị" "title" .Title "url" $url "snippet" (printf "%s, %d xã, phường, thị trấn." .Params.kind .Params.communes) "key" (lower .Title)) -}}
  {{- range .Fragments.Headings }}{{ range .Headings }}{{ $e = $e | append (dict "kind" "Báo cáo đơn vị" "title" (printf "%s – %s" $d.Title .Title) "url" (printf "%s#%s" $url .ID) "snippet" .Title "key" (lower .Title)) }}{{ range .Headings }}{{ $e = $e | append (dict "kind" "Báo cáo đơn vị" "title" (printf "%s – %s" $d.Title .Title) "url" (printf "%s#%s" $url .ID) "snippet" .Title "key" (lower .Title)) }}{{ end }}{{ end }}{{ end -}}
  {{- $e = $e | append (dict "kind" "Báo cáo đơn vị" "title" (printf "Báo cáo của %s" .Title) "url" (printf "%s#bao-cao" $url) "snippet" (.Plain | truncate 200) "key" (lower .Plain)) -}}
  {{- range .Params.events }}{{ $e = $e | append (dict "kind" "Hoạt động" "title" .title "url" $url "snippet" (default "" .place) "key" (lower .title)) }}{{ end -}}
{{- end -}}
window.PLANSITE_SEARCH = {{ $e | jsonify }};
'''

DISTRICT = '''{{ define "main" }}
{{- $page := . -}}{{- $plan := site.Data.plan -}}
<dl class="facts">
  <dt>Loại đơn vị</dt><dd>{{ .Params.kind }}</dd>
  <dt>Số xã, phường, thị trấn</dt><dd>{{ .Params.communes }}</dd>
  {{ with .Params.contact }}<dt>Cơ quan đầu mối</dt><dd>{{ .office }}</dd><dt>Điện thoại</dt><dd>{{ .phone }}</dd><dt>Thư điện tử</dt><dd>{{ .email }}</dd>{{ end }}
</dl>
<section id="nop-bao-cao"><h2 id="nop-bao-cao-title">Tình hình nộp báo cáo</h2>
  <div class="table-wrap"><table class="submissions">
    <caption>Báo cáo của {{ .Title }} gửi Sở Lao động - Thương binh và Xã hội</caption>
    <thead><tr><th scope="col">Kỳ báo cáo</th><th scope="col">Hạn (trước ngày)</th><th scope="col">Tình trạng</th></tr></thead>
    <tbody>{{ range $plan.periods }}{{ $sub := index $page.Params.submissions .id }}
      <tr><th scope="row">{{ .label }}</th><td>{{ .due }}</td><td>{{ partial "submission.html" (dict "sub" $sub "due" .due "today" $plan.today) }}</td></tr>{{ end }}</tbody>
  </table></div>
</section>
<section id="chi-tieu"><h2 id="chi-tieu-title">Kết quả các chỉ tiêu</h2>
  {{ partial "legend.html" . }}
  <div class="table-wrap"><table class="figures">
    <caption>Chỉ tiêu của {{ .Title }} theo kỳ báo cáo, với thay đổi giữa hai kỳ</caption>
    <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Mục tiêu</th>{{ range $plan.periods }}<th scope="col">{{ .label }}</th>{{ end }}<th scope="col">Thay đổi</th></tr></thead>
    <tbody>
    {{- range $plan.targets }}{{ range .indicators }}{{ $ind := . }}
      <tr><th scope="row"><a href="{{ printf "/targets/%s/" .id | relURL }}index.html">{{ .id }}. {{ .label }}</a></th><td>{{ partial "target-text.html" . }}</td>
      {{- $vals := slice -}}
      {{- range $plan.periods }}
        {{- $f := $page.Scratch.Get (printf "fig|%s|%s" $ind.id .id) }}{{ if not $f }}{{ $f = partial "fig.html" (dict "page" $page "ind" $ind "p" .) }}{{ $page.Scratch.Set (printf "fig|%s|%s" $ind.id .id) $f }}{{ end -}}{{- $vals = $vals | append $f.val -}}
        <td>{{ $f.html }}{{ range $f.notes }}<div class="note">{{ . | markdownify }}</div>{{ end }}</td>
      {{- end }}
      {{- $a := index $vals 0 }}{{ $b := index $vals 1 -}}
      <td class="change">{{ if and (ge $a 0.0) (ge $b 0.0) (ne $ind.measure "yes-no") }}{{ if ge $b $a }}+{{ end }}{{ lang.FormatNumber 1 (sub $b $a) }}{{ else }}—{{ end }}</td></tr>
    {{- end }}{{ end }}
    </tbody>
  </table></div>
</section>
<section id="bao-cao"><h2 id="bao-cao-title">Báo cáo của đơn vị</h2>
  <nav class="toc" aria-label="Mục lục báo cáo">{{ .TableOfContents }}</nav>
  <div class="narrative">{{ .Content }}</div>
</section>
<section id="hoat-dong"><h2 id="hoat-dong-title">Hoạt động Tháng hành động vì trẻ em</h2>
  {{- range .Params.events }}{{ partial "event.html" (dict "e" . "district" $page.Title "href" "") }}{{ else }}<p>Đơn vị chưa đăng ký hoạt động nào.</p>{{ end }}
  <p class="ics"><a href="index.ics" download>Thêm hạn báo cáo của đơn vị vào lịch (tệp .ics)</a></p>
</section>
{{ end }}
'''

SUBMISSION = '''{{- $k := "" }}{{ $l := "" -}}
{{- with .sub }}{{ if lt . $.due }}{{ $k = "dung-han" }}{{ $l = printf "Đúng hạn (%s)" . }}{{ else }}{{ $k = "tre-han" }}{{ $l = printf "Trễ hạn (%s)" . }}{{ end -}}
{{- else }}{{ if ge .today .due }}{{ $k = "chua-nop" }}{{ $l = "Chưa nộp, đã quá hạn" }}{{ else }}{{ $k = "chua-den-han" }}{{ $l = "Chưa đến hạn" }}{{ end }}{{ end -}}
<span class="submission submission-{{ $k }}">{{ $l }}</span>
{{- /**/ -}}
'''

EVENT = '''<article class="event" id="{{ .e.title | urlize }}">
  <h3>{{ .e.title }}</h3>
  <dl class="event-facts">
    <dt>Ngày</dt><dd>{{ with .e.date }}{{ . }}{{ else }}{{ .e.start }} – {{ .e.end }}{{ end }}{{ with .e.time }}, {{ . }}{{ end }}</dd>
    {{ with .e.place }}<dt>Địa điểm</dt><dd>{{ . }}</dd>{{ end }}
    {{ with .e.organiser }}<dt>Đơn vị tổ chức</dt><dd>{{ . }}</dd>{{ end }}
    <dt>Cấp</dt><dd>{{ if .href }}<a href="{{ .href }}index.html">{{ .district }}</a>{{ else }}{{ .district }}{{ end }}</dd>
    {{ with .e.audience }}<dt>Thành phần</dt><dd>{{ . }}</dd>{{ end }}
  </dl>
  {{ with .e.description }}{{ . | markdownify }}{{ end }}
</article>
'''

# A unit's report for one period (plansite: districts/SLUG/bao-cao/PERIOD/index.html, two per
# unit): the administrative form's head and foot, the unit's figures for the period (from the
# district page's Scratch, so each figure is computed once however many pages show it), its
# report and its Action Month events.  plansite splits the report into the form's sections; here
# the district page's rendered Markdown stands in for them (Hugo renders it once per page).
UNIT_REPORT = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{- $plan := site.Data.plan -}}
{{- $d := site.GetPage (printf "/districts/%s" .Params.unit) -}}
{{- $p := index (where $plan.periods "id" .Params.period) 0 }}
<title>{{ $d.Title }}: {{ $p.label }} – {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "/assets/style.css" | relURL }}">
</head>
<body class="van-ban">
<nav class="cong-cu" aria-label="Báo cáo">
  <a href="{{ $d.RelPermalink }}index.html">Trang của {{ $d.Title }}</a>
  <span>In hoặc lưu PDF: Ctrl+P.</span>
</nav>
<p class="sample-notice" role="note"><strong>Số liệu minh họa:</strong> số liệu trong báo cáo này là ví dụ minh họa.</p>
<main id="noi-dung" class="to-giay">
<header class="the-thuc">
  <div class="the-thuc-co-quan">
    <p class="co-quan-ban-hanh">ỦY BAN NHÂN DÂN<br>{{ upper $d.Title }}</p>
    <p class="so-ky-hieu">Số: <span class="cho-trong"></span>/BC-UBND</p>
  </div>
  <div class="the-thuc-quoc-hieu">
    <p class="quoc-hieu">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
    <p class="tieu-ngu">Độc lập - Tự do - Hạnh phúc</p>
    <p class="dia-danh">{{ $d.Params.name }}, ngày <span class="cho-trong"></span> tháng <span class="cho-trong"></span> năm 2023</p>
  </div>
</header>
<h1 class="ten-van-ban"><span class="loai-van-ban">BÁO CÁO</span> <span class="trich-yeu">Kết quả thực hiện {{ $plan.title }} ({{ $p.label }})</span></h1>
<p class="kinh-gui">Kính gửi: {{ $plan.issuer }}.</p>
<p>Thực hiện chế độ báo cáo theo {{ $plan.title }}, {{ $d.Title }} báo cáo kết quả thực hiện {{ $p.label }} (hạn gửi trước ngày {{ $p.due }}) như sau:</p>
<section aria-labelledby="muc-i">
<h2 id="muc-i">I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</h2>
<table class="bang bang-chi-tieu bang-don-vi">
  <caption>Bảng 1. Kết quả các chỉ tiêu của {{ $d.Title }} – {{ $p.label }}</caption>
  <thead><tr><th scope="col">Mã</th><th scope="col">Chỉ tiêu</th><th scope="col">Mục tiêu năm</th><th scope="col">Kết quả</th><th scope="col">Đánh giá</th></tr></thead>
  <tbody>
  {{- range $plan.targets }}{{ range .indicators }}{{ $ind := . }}
    {{- $f := $d.Scratch.Get (printf "fig|%s|%s" $ind.id $p.id) }}{{ if not $f }}{{ $f = partial "fig.html" (dict "page" $d "ind" $ind "p" $p) }}{{ $d.Scratch.Set (printf "fig|%s|%s" $ind.id $p.id) $f }}{{ end }}
    <tr><td class="giua">{{ .id }}</td><th scope="row">{{ .label }}</th><td class="giua">{{ partial "target-text.html" . }}</td><td class="giua">{{ with $f.text }}{{ . }}{{ else }}—{{ end }}{{ with $f.of }}<br><span class="chi-tiet">({{ $f.done }}/{{ . }})</span>{{ end }}</td><td class="giua">{{ partial "status.html" $f.status }}</td></tr>
  {{- end }}{{ end }}
  </tbody>
</table>
</section>
<section aria-labelledby="muc-ii">
<h2 id="muc-ii">II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ</h2>
<div class="narrative">{{ $d.Content }}</div>
</section>
<section aria-labelledby="muc-iii">
<h2 id="muc-iii">III. THÁNG HÀNH ĐỘNG VÌ TRẺ EM</h2>
{{- with $d.Params.events }}
<p>Tháng hành động vì trẻ em năm 2023 (01/6 – 30/6/2023), chủ đề “{{ $plan.theme }}”: đơn vị đã tổ chức {{ len . }} hoạt động:</p>
<ul>{{ range . }}<li>{{ .title }} ({{ with .date }}{{ . }}{{ else }}{{ .start }} – {{ .end }}{{ end }});</li>{{ end }}</ul>
{{- else }}<p>Đơn vị chưa đăng ký hoạt động nào.</p>{{ end }}
</section>
<p>Trên đây là báo cáo kết quả thực hiện {{ $p.label }} của {{ $d.Title }}./.</p>
<div class="ky-ten">
  <div class="noi-nhan"><p class="noi-nhan-tieu-de">Nơi nhận:</p><ul><li>Như trên;</li><li>Lưu: VT.</li></ul></div>
  <div class="chu-ky"><p class="chuc-vu">TM. ỦY BAN NHÂN DÂN</p><p class="chuc-vu">CHỦ TỊCH</p><p class="ho-ten"><span class="cho-trong"></span></p></div>
</div>
</main>
<footer class="chan-trang"><p>Bản dự thảo do trang web dựng ngày {{ $plan.today }} từ nội dung của đơn vị.</p></footer>
</body>
</html>
'''

ACTION_MONTH = '''{{ define "main" }}
{{- $plan := site.Data.plan -}}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
<p class="theme">Chủ đề: <strong>“{{ $plan.theme }}”</strong> · Thời gian: 01/6 – 30/6/2023</p>
<div class="narrative">{{ .Content }}</div>
{{- $all := slice -}}
{{- range $plan.events }}{{ $all = $all | append (dict "day" (default .start .date) "e" . "district" "Cấp tỉnh" "href" "") }}{{ end -}}
<section id="theo-don-vi"><h2 id="theo-don-vi-title">Hoạt động theo đơn vị</h2><ul class="district-events">
{{- range $ds }}{{ $d := . }}
  <li><strong>{{ .Title }}</strong> ({{ len .Params.events }}): {{ range .Params.events }}<a href="{{ $d.RelPermalink }}index.html#{{ .title | urlize }}">{{ .title }}</a>; {{ end }}</li>
  {{- range .Params.events }}{{ $all = $all | append (dict "day" (default .start .date) "e" . "district" $d.Title "href" $d.RelPermalink) }}{{ end -}}
{{- end }}
</ul></section>
<section id="chuong-trinh"><h2 id="chuong-trinh-title">Chương trình theo ngày ({{ len $all }} hoạt động)</h2>
{{- $day := "" -}}
{{- range sort $all "day" }}
  {{- if ne .day $day }}{{ if $day }}</section>{{ end }}<section class="agenda-day"><h3 class="agenda-date">{{ .day }}</h3>{{ $day = .day }}{{ end -}}
  {{ partial "event.html" . }}
{{- end }}{{ if $day }}</section>{{ end }}
<p class="ics"><a href="{{ "/calendar/" | relURL }}index.ics" download>Thêm vào lịch (tệp .ics)</a></p>
</section>
{{ end }}
'''

CALENDAR = '''{{ define "main" }}
{{- $plan := site.Data.plan -}}
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight -}}
<p>Tính đến: <strong>{{ $plan.today }}</strong>. “Trước ngày D” được hiểu chặt: báo cáo nhận đúng ngày D là trễ hạn.</p>
<p class="ics"><a href="index.ics" download>Thêm toàn bộ lịch vào ứng dụng lịch (tệp .ics)</a></p>
<section id="nop-bao-cao"><h2 id="nop-bao-cao-title">Tình hình nộp báo cáo</h2>
  <div class="table-wrap"><table class="submissions">
    <caption>Các đơn vị × kỳ báo cáo</caption>
    <thead><tr><th scope="col">Đơn vị</th>{{ range $plan.periods }}<th scope="col">{{ .label }} (trước {{ .due }})</th>{{ end }}</tr></thead>
    <tbody>{{ range $ds }}{{ $d := . }}<tr><th scope="row"><a href="{{ .RelPermalink }}index.html">{{ .Title }}</a></th>{{ range $plan.periods }}<td>{{ partial "submission.html" (dict "sub" (index $d.Params.submissions .id) "due" .due "today" $plan.today) }}</td>{{ end }}</tr>{{ end }}</tbody>
  </table></div>
</section>
<section id="lich-trinh"><h2 id="lich-trinh-title">Các mốc trong năm</h2><ol class="agenda">
  {{- $items := slice -}}
  {{- range $plan.periods }}{{ $items = $items | append (dict "date" .due "kind" "Hạn đơn vị gửi báo cáo" "title" .label) (dict "date" .province_due "kind" "Hạn Sở báo cáo" "title" .label) }}{{ end -}}
  {{- range $plan.key_dates }}{{ $items = $items | append (dict "date" .date "kind" "Ngày chủ điểm" "title" .title) }}{{ end -}}
  {{- range sort $items "date" }}<li class="agenda-item{{ if lt .date $plan.today }} past{{ end }}"><span class="agenda-when">{{ .date }}</span> <span class="agenda-kind">{{ .kind }}</span> <strong>{{ .title }}</strong></li>{{ end }}
</ol></section>
{{ end }}
'''

CALENDAR_ICS = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bench//hugo//VI
{{- $plan := site.Data.plan }}
{{- range $plan.periods }}
BEGIN:VEVENT
UID:{{ .id }}-don-vi@bench
DTSTART;VALUE=DATE:{{ replace .due "-" "" }}
SUMMARY:Hạn gửi {{ .label }}
END:VEVENT
{{- end }}
{{- range $plan.key_dates }}
BEGIN:VEVENT
UID:{{ .id }}@bench
DTSTART;VALUE=DATE:{{ replace .date "-" "" }}
SUMMARY:{{ .title }}
END:VEVENT
{{- end }}
{{- range (where site.RegularPages "Section" "districts").ByWeight }}{{ $d := . }}{{ range $i, $e := .Params.events }}
BEGIN:VEVENT
UID:{{ $d.Params.slug }}-{{ $i }}@bench
DTSTART;VALUE=DATE:{{ replace (default $e.start $e.date) "-" "" }}
SUMMARY:{{ $e.title }}
END:VEVENT
{{- end }}{{ end }}
END:VCALENDAR
'''

DISTRICT_ICS = '''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bench//hugo//VI
X-WR-CALNAME:{{ .Title }} – {{ site.Title }}
{{- $slug := .Params.slug }}
{{- range site.Data.plan.periods }}
BEGIN:VEVENT
UID:{{ .id }}-{{ $slug }}@bench
DTSTART;VALUE=DATE:{{ replace .due "-" "" }}
SUMMARY:Hạn gửi {{ .label }}
END:VEVENT
{{- end }}
END:VCALENDAR
'''

CSV = '''ma_chi_tieu,ma_muc_tieu,loai,ky_bao_cao,ma_don_vi,da_dat,tong_so,gia_tri,trang_thai
{{- $ds := (where site.RegularPages "Section" "districts").ByWeight }}
{{- range site.Data.plan.targets }}{{ range .indicators }}{{ $ind := . }}{{ range site.Data.plan.periods }}{{ $p := . }}
{{- range $ds }}{{ $f := .Scratch.Get (printf "fig|%s|%s" $ind.id $p.id) }}{{ if not $f }}{{ $f = partial "fig.html" (dict "page" . "ind" $ind "p" $p) }}{{ .Scratch.Set (printf "fig|%s|%s" $ind.id $p.id) $f }}{{ end }}
{{ $ind.id }},{{ $ind.target_id }},{{ $ind.measure }},{{ $p.id }},{{ .Params.slug }},{{ $f.done }},{{ $f.of }},{{ if $f.has }}{{ printf "%.1f" $f.val }}{{ end }},{{ $f.status }}
{{- end }}
{{- $pf := partialCached "province.html" (dict "ind" $ind "p" $p "pages" $ds) $ind.id $p.id }}
{{ $ind.id }},{{ $ind.target_id }},{{ $ind.measure }},{{ $p.id }},tinh,,,{{ if $pf.has }}{{ printf "%.1f" $pf.val }}{{ end }},{{ $pf.status }}
{{- end }}{{ end }}{{ end }}
'''

LAYOUTS = {
    "_default/baseof.html": BASEOF,
    "_default/single.html": '{{ define "main" }}{{ .Content }}{{ end }}\n',
    "_default/list.html": '{{ define "main" }}{{ .Content }}{{ end }}\n',
    "index.html": HOME,
    "plan/single.html": PLAN,
    "targets/list.html": TARGETS_LIST,
    "targets/single.html": INDICATOR,
    "districts/list.html": DISTRICTS_LIST,
    "districts/single.html": DISTRICT,
    "districts/single.calendar.ics": DISTRICT_ICS,
    "unit-reports/single.html": UNIT_REPORT,
    "action-month/single.html": ACTION_MONTH,
    "calendar/single.html": CALENDAR,
    "calendar/single.calendar.ics": CALENDAR_ICS,
    "data/single.csv": CSV,
    "report/single.html": REPORT,
    "search/single.html": SEARCH,
    "search/single.searchindex.js": SEARCH_INDEX,
    "partials/fig.html": FIG,
    "partials/province.html": PROVINCE,
    "partials/status.html": STATUS,
    "partials/figure-html.html": FIGURE_HTML,
    "partials/legend.html": LEGEND,
    "partials/target-text.html": TARGET_TEXT,
    "partials/targets-table.html": TARGETS_TABLE,
    "partials/submission.html": SUBMISSION,
    "partials/event.html": EVENT,
}
