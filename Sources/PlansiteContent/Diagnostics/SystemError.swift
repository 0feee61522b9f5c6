import Foundation

/// What the operating system said, in Vietnamese: Foundation's and strerror(3)'s English
/// ("NSCocoaErrorDomain error 256", "File too large") never reaches a reader.
public enum SystemError {
  /// The reason for a failed file operation, e.g. "không có quyền truy cập".
  public static func text(_ error: any Error) -> String {
    if let code = posixCode(error) { return text(errno: code) }
    let ns = error as NSError
    if ns.domain == NSCocoaErrorDomain {
      switch CocoaError.Code(rawValue: ns.code) {
      case .fileReadNoPermission, .fileWriteNoPermission: return text(errno: EACCES)
      case .fileReadNoSuchFile, .fileNoSuchFile: return text(errno: ENOENT)
      case .fileWriteOutOfSpace: return text(errno: ENOSPC)
      case .fileWriteVolumeReadOnly: return text(errno: EROFS)
      case .fileWriteFileExists: return text(errno: EEXIST)
      case .fileReadTooLarge: return text(errno: EFBIG)
      case .fileReadCorruptFile, .fileReadInapplicableStringEncoding: return "nội dung tệp không đọc được"
      default: break
      }
    }
    return "lỗi hệ thống (\(ns.domain) \(ns.code))"
  }

  /// The errno behind an error, when there is one.
  public static func posixCode(_ error: any Error) -> Int32? {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
    // Foundation wraps the system's error (a POSIXError on Linux, an NSError elsewhere).
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
      if let posix = underlying as? POSIXError { return posix.code.rawValue }
      let inner = underlying as NSError
      if inner.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: inner.code) }
    }
    return nil
  }

  /// strerror(3) in Vietnamese, with what to do where there is something to do.
  public static func text(errno code: Int32) -> String {
    switch code {
    case EACCES, EPERM: return "không có quyền truy cập (kiểm tra quyền đọc, ghi của tệp và thư mục)"
    case ENOENT: return "không tồn tại"
    case EISDIR: return "là một thư mục, không phải tệp"
    case ENOTDIR: return "một phần của đường dẫn không phải là thư mục"
    case ENOSPC: return "ổ đĩa đã hết chỗ trống; giải phóng bớt dung lượng rồi chạy lại"
    case EDQUOT: return "đã dùng hết hạn mức dung lượng đĩa; giải phóng bớt dung lượng rồi chạy lại"
    case EFBIG: return "tệp vượt quá kích thước tối đa hệ thống cho phép ghi (ulimit -f)"
    case EROFS: return "ổ đĩa chỉ cho phép đọc"
    case EMFILE, ENFILE: return "quá nhiều tệp đang mở cùng lúc"
    case EIO: return "lỗi đọc, ghi của ổ đĩa"
    case ELOOP: return "liên kết tượng trưng lồng nhau quá nhiều lần"
    case ENAMETOOLONG: return "tên tệp hoặc đường dẫn quá dài"
    case EEXIST: return "đã có tệp hoặc thư mục trùng tên"
    case ENOTEMPTY: return "thư mục không rỗng"
    case EBUSY, ETXTBSY: return "đang được chương trình khác dùng"
    case ENOMEM: return "không đủ bộ nhớ"
    case EXDEV: return "không chuyển được giữa hai ổ đĩa khác nhau"
    case EINVAL: return "tham số không hợp lệ"
    default: return "lỗi hệ thống số \(code)"
    }
  }

  /// Any error in a reader's words: the system's in Vietnamese, plansite's own as it says itself.
  public static func message(_ error: any Error) -> String {
    let ns = error as NSError
    if posixCode(error) != nil || ns.domain == NSCocoaErrorDomain { return text(error) }
    return "\(error)"
  }
}
