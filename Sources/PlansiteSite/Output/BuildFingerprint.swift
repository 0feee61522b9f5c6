import Foundation
import PlansiteContent

/// What a build's output depends on: the build date, the plansite binary, and everything in
/// `content/` and `templates/` that loading and checking could read. When the fingerprint
/// stored with the previous site is the same and the site still holds exactly the files its
/// marker lists, a rebuild has nothing to do. SHA-256 over the bytes (not timestamps) is what
/// makes skipping safe: any changed byte gives another fingerprint.
///
/// Not only file bytes: `build` must never accept what `check` would reject, and `check` also
/// reads folder names (an empty `content/districts/moi/` is an error), where symbolic links
/// point, and whether a file or folder can be read at all. `InputTree` records all of that.
///
/// The same digests give each district a key: everything outside `content/districts/` (plan,
/// site settings, narrative, templates, date, binary) and that district's own folder. A
/// district's page and calendar are made from nothing else (`PageReuse` relies on it, and
/// `PageReuseTests` renders each from a model holding no other district to check it). A
/// symbolic link to a folder anywhere in `content/` could make one district's files another's,
/// so with one there are no keys and every district page is rendered.
///
/// A district's figures (values, notes, statuses, name) are read from two of its files only:
/// `figureKeys` hash the global part and those two, so pages made from many districts' figures
/// (the indicator pages, `PageKeys`) keep their key when a report or an event changes. And
/// only its page, its own reports, the period reports and search read its `report.md`:
/// `summaryKeys` hash the global part and every other file of the folder, so the province's
/// pages (home, calendar, plan, unit index…) keep their key when a unit's report changes.
/// The calendar file and the Action Month page show the units' names and events only:
/// `eventKeys` hash the global part, `district.yaml` and `events.yaml`.
public struct BuildFingerprint: Sendable {
  /// The whole build's fingerprint.
  public let site: String
  /// District slug → the key of its page and calendar.
  public let districtKeys: [String: String]
  /// District slug → the key of its figures: the global part, `district.yaml` and
  /// `indicators.yaml` (`figureFiles`). Empty whenever `districtKeys` is.
  public let figureKeys: [String: String]
  /// District slug → the key of everything of it but its report: the global part and every
  /// entry of its folder except `report.md` (`narrativeFile`). Empty whenever `districtKeys` is.
  public let summaryKeys: [String: String]
  /// District slug → the key of its name and events (`eventFiles`). Empty whenever `districtKeys` is.
  public let eventKeys: [String: String]
  /// The digest of everything outside `content/districts/`; nil, like the keys, when there
  /// are none.
  public let global: String?

  /// The files of a district folder its figures and name are read from (`DistrictReader`).
  static let figureFiles: Set<String> = ["district.yaml", "indicators.yaml"]
  /// The file of a district folder only its own pages, the period reports and search read.
  static let narrativeFile = "report.md"
  /// The files of a district folder its name and events are read from.
  static let eventFiles: Set<String> = ["district.yaml", "events.yaml"]

  /// `cache`: where the previous build left its input files' digests (`InputDigests`); files
  /// whose stat(2) is the same are not read again. The new digests are left there.
  public static func compute(_ options: BuildOptions, cache: BuildCache? = nil) -> BuildFingerprint {
    var global = SHA256()
    // The date, and whether it was asked for: `--today` wins over site.yaml's `as_of:`, which
    // wins over the same date from SOURCE_DATE_EPOCH or the clock.
    global.update("plansite-fingerprint-5\n\(options.today.iso)\n\(options.todayIsExplicit ? "explicit" : "default")\n")
    // The binary: a new plansite may render differently.
    global.update(executableIdentity)
    let content = InputTree(options.content, label: "content")
    let templates = InputTree(options.templates, label: "templates")
    let entries = content.entries + templates.entries
    // Each file is hashed on its own, on every core (100 MB of content at 10,000 districts),
    // unless the previous build hashed it and stat(2) says it has not changed since.
    let previous = InputDigests(cache: cache)
    let digests = Mutex([String](repeating: "", count: entries.count))
    let kept = Mutex([(path: String, stamp: InputDigests.Stamp, digest: String)]())
    // In chunks, each gathered and handed over under one lock: most files are only a stat(2)
    // away from their digest, and a lock per file was a tenth of the time.
    let chunk = 256
    DispatchQueue.concurrentPerform(iterations: (entries.count + chunk - 1) / chunk) { c in
      let range = (c * chunk)..<min(entries.count, (c + 1) * chunk)
      var made: [(Int, String)] = []
      var keep: [(path: String, stamp: InputDigests.Stamp, digest: String)] = []
      for i in range {
        guard let path = entries[i].hash else { continue }
        let (digest, stamp) = previous.digest(ofFileAt: path)
        made.append((i, " " + (digest ?? "unreadable")))
        if let digest, let stamp { keep.append((path, stamp, digest)) }
      }
      digests.withLock { for (i, d) in made { $0[i] = d } }
      kept.withLock { $0 += keep }
    }
    if cache != nil { InputDigests.save(kept.withLock { $0 }, to: cache) }
    // Entries of content/districts/<slug>/ go to their district, the rest to the global part.
    // The walk lists each folder's entries sorted, so a district's entries are one run, and
    // the districts come in slug order.
    let digestOf = digests.withLock { $0 }
    var units: [(slug: String, entries: Range<Int>)] = []
    for (i, entry) in entries.enumerated() {
      let parts = entry.name.split(separator: "/", maxSplits: 3)
      if parts.count >= 3, parts[0] == "content", parts[1] == "districts" {
        if units.last?.slug == String(parts[2]) {
          units[units.count - 1].entries = units[units.count - 1].entries.lowerBound..<(i + 1)
        } else {
          units.append((String(parts[2]), i..<(i + 1)))
        }
      } else {
        global.update("\(entry.name)\n\(entry.kind)\(digestOf[i])\n")
      }
    }
    let globalDigest = global.finalize()
    // Each unit's four keys, hashed as its lines are made, on every core.
    let unitKeys = Mutex(
      [(key: String, figures: String, summary: String, events: String)?](repeating: nil, count: units.count))
    let found = units
    let perTask = 64
    DispatchQueue.concurrentPerform(iterations: (found.count + perTask - 1) / perTask) { c in
      var made: [(Int, (key: String, figures: String, summary: String, events: String))] = []
      for u in (c * perTask)..<min(found.count, (c + 1) * perTask) {
        let slug = found[u].slug
        var (h, f, s, e) = (SHA256(), SHA256(), SHA256(), SHA256())
        h.update("\(globalDigest)\n\(slug)\n")
        f.update("\(globalDigest)\nfigures \(slug)\n")
        s.update("\(globalDigest)\nsummary \(slug)\n")
        e.update("\(globalDigest)\nevents \(slug)\n")
        for i in found[u].entries {
          let line = "\(entries[i].name)\n\(entries[i].kind)\(digestOf[i])\n"
          h.update(line)
          let parts = entries[i].name.split(separator: "/", maxSplits: 3)
          let file = parts.count == 4 ? String(parts[3]) : nil
          if let file, figureFiles.contains(file) { f.update(line) }
          if let file, eventFiles.contains(file) { e.update(line) }
          if file != narrativeFile { s.update(line) }
        }
        made.append((u, (h.finalize(), f.finalize(), s.finalize(), e.finalize())))
      }
      unitKeys.withLock { for (u, k) in made { $0[u] = k } }
    }
    var site = SHA256()
    site.update(globalDigest)
    var keys: [String: String] = [:]
    var figureKeys: [String: String] = [:]
    var summaryKeys: [String: String] = [:]
    var eventKeys: [String: String] = [:]
    for (unit, made) in zip(units, unitKeys.withLock { $0 }) {
      guard let made else { continue }
      if !content.hasFolderLinks {
        keys[unit.slug] = made.key
        figureKeys[unit.slug] = made.figures
        summaryKeys[unit.slug] = made.summary
        eventKeys[unit.slug] = made.events
      }
      site.update("\(unit.slug) \(made.key)\n")
    }
    return BuildFingerprint(
      site: site.finalize(), districtKeys: keys, figureKeys: figureKeys, summaryKeys: summaryKeys, eventKeys: eventKeys,
      global: content.hasFolderLinks ? nil : globalDigest)
  }

  /// The running plansite binary: its path, size and modification time (empty when it cannot
  /// be found), a line.
  static let executableIdentity: String = {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    guard let a = try? FileManager.default.attributesOfItem(atPath: exe) else { return "" }
    return "\(exe) \(a[.size] ?? 0) \((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)\n"
  }()

  /// Files below `root`, sorted; symbolic links to files count, links to folders are not
  /// followed. Read with readdir(3): FileManager's enumerator and URL joins were most of a
  /// no-change rebuild at 10,000 districts.
  static func files(under root: URL) -> [String] {
    var out: [String] = []
    func walk(_ relative: String) {
      let dirPath = relative.isEmpty ? root.path : root.path + "/" + relative
      guard let dir = opendir(dirPath) else { return }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name == "." || name == ".." { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
          var st = stat()
          guard stat(root.path + "/" + path, &st) == 0 else { continue }
          let isDir = (st.st_mode & S_IFMT) == S_IFDIR
          if isDir && type == Int32(DT_LNK) { continue }
          type = isDir ? Int32(DT_DIR) : Int32(DT_REG)
        }
        if type == Int32(DT_DIR) { walk(path) } else { out.append(path) }
      }
    }
    walk("")
    return out.sorted()
  }

  /// True when `output` was built from exactly this fingerprint and holds exactly the files its
  /// marker lists, each a regular file of the listed size: a file lost, added or swapped for a
  /// link since (or a site cut short by something outside plansite) means building again.
  /// Sizes, not hashes: reading the whole site back would cost more than most rebuilds.
  static func isCurrent(_ output: URL, fingerprint: String, marker: SiteMarker?) -> Bool {
    guard let marker, marker.fingerprint == fingerprint else { return false }
    var listed = marker.sizes
    var st = stat()
    guard lstat(output.path + "/" + OutputWriter.marker, &st) == 0 else { return false }
    listed[OutputWriter.marker] = Int(st.st_size)
    return FolderTree.firstDifference(under: output.path, from: listed) == nil
  }
}
