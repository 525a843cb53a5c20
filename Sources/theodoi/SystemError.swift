import Foundation
import Tracking

/// What the system said (an `errno`), in the user's language: the C library's own words are
/// English ("No space left on device") whatever `--lang` says.
enum SystemError {
    static func reason(_ code: Int32, _ language: Language) -> String {
        switch code {
        case ENOENT: language.pick("không có tệp hoặc thư mục đó", "no such file or folder")
        case EACCES, EPERM: language.pick("không có quyền", "permission denied")
        case ENOSPC, EDQUOT: language.pick("hết chỗ trống trên đĩa", "no space left on the disk")
        case EROFS: language.pick("ổ đĩa chỉ đọc", "the disk is read-only")
        case EISDIR: language.pick("là một thư mục", "is a folder")
        case ENOTDIR: language.pick("một phần của đường dẫn không phải thư mục", "a part of the path is not a folder")
        case EEXIST: language.pick("đã có tệp cùng tên", "a file of that name exists")
        case ENAMETOOLONG: language.pick("tên quá dài", "the name is too long")
        case ELOOP: language.pick("liên kết tượng trưng vòng quanh", "a loop of symbolic links")
        case EPIPE: language.pick("chương trình nhận đã đóng đầu vào", "the reading program closed its input")
        case EIO: language.pick("lỗi vào/ra của thiết bị", "an input/output error of the device")
        case ENXIO: language.pick("không có chương trình nào đọc ở đầu kia", "nothing is reading at the other end")
        case EFBIG: language.pick("tệp quá lớn", "the file is too large")
        default: language.pick("lỗi hệ thống \(code)", "system error \(code)") + " (" + String(cString: strerror(code)) + ")"
        }
    }

    /// The `errno` behind a Foundation error, when there is one.
    static func code(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        switch (error.domain, error.code) {
        case (NSCocoaErrorDomain, NSFileNoSuchFileError), (NSCocoaErrorDomain, NSFileReadNoSuchFileError): return ENOENT
        case (NSCocoaErrorDomain, NSFileWriteOutOfSpaceError): return ENOSPC
        case (NSCocoaErrorDomain, NSFileWriteNoPermissionError), (NSCocoaErrorDomain, NSFileReadNoPermissionError): return EACCES
        case (NSCocoaErrorDomain, NSFileWriteFileExistsError): return EEXIST
        case (NSCocoaErrorDomain, NSFileWriteVolumeReadOnlyError): return EROFS
        default: return nil
        }
    }
}
