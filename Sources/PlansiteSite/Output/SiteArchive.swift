import Foundation
import PlansiteContent
import ZIPFoundation

/// The offline bundle (`build --zip FILE`): the whole site under one top-level folder, files in
/// sorted order with the build date as their time, so the same site gives the same zip.
public enum SiteArchive {
  public static func write(site: URL, to zip: URL, folder: String, date: CivilDate) throws {
    let fm = FileManager.default
    let partial = zip.deletingLastPathComponent().appendingPathComponent(".\(zip.lastPathComponent).partial")
    try? fm.removeItem(at: partial)
    // Noon UTC of the build date: the same DOS timestamp in every time zone's zip tools.
    let stamp = Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400 + 43_200)
    let archive = try Archive(url: partial, accessMode: .create)
    let files = BuildFingerprint.files(under: site).filter { $0 != OutputWriter.marker }
    for path in files {
      let data = try Data(contentsOf: site.appendingPathComponent(path))
      try archive.addEntry(
        with: "\(folder)/\(path)", type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
        permissions: 0o644, compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    // Replace the old zip in one step: a reader never sees half a file.
    if fm.fileExists(atPath: zip.path) { try fm.removeItem(at: zip) }
    try fm.moveItem(at: partial, to: zip)
  }
}
