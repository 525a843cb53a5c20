import Foundation
import Tracking

/// Where `--output` writes: a regular file whole or not at all (a temporary file beside it,
/// then renamed over it), and everything else through, as a shell's `>` would.
///
/// - `-` is standard output.
/// - A symbolic link is followed to its target, which is written (the link stays a link).
/// - A FIFO, a device (`/dev/stdout`, `/dev/full`) or a socket is written directly: renaming
///   over it would replace it with a regular file, and its reader would get nothing.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws(OutputFileError) {
        if path == "-" {
            Output.bytes(data)
            return
        }
        let target = try resolveLinks(path)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: target) {
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?: throw .unwritable(path, reason: .folder)
            case .typeRegular?:
                let mode = (attributes[.posixPermissions] as? NSNumber).map { mode_t($0.uint16Value) }
                try replace(target, with: data, mode: mode, shownAs: path)
            default: try writeThrough(target, data, shownAs: path)
            }
        } else {
            try replace(target, with: data, mode: nil, shownAs: path)
        }
    }

    /// The path a chain of symbolic links ends at (which may not exist yet).
    private static func resolveLinks(_ path: String) throws(OutputFileError) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw .unwritable(path, reason: .system(ELOOP))
    }

    private static func writeThrough(_ target: String, _ data: Data, shownAs path: String) throws(OutputFileError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .unwritable(path, reason: .system(errno)) }
        defer { close(descriptor) }
        if let code = writeAll(descriptor, data) { throw .unwritable(path, reason: .system(code)) }
    }

    private static func replace(_ target: String, with data: Data, mode: mode_t?, shownAs path: String) throws(OutputFileError) {
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unwritable(path, reason: .noFolder(folder))
        }
        let temporary = (folder as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
        guard descriptor >= 0 else { throw .unwritable(path, reason: .system(errno)) }
        // The file it replaces keeps its permissions; a new one gets the umask's.
        if let mode { fchmod(descriptor, mode) }
        var failure = writeAll(descriptor, data)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw .unwritable(path, reason: .system(failure))
        }
    }

    /// - Returns: the `errno` of a failed write, nil when every byte went.
    private static func writeAll(_ descriptor: Int32, _ data: Data) -> Int32? {
        data.withUnsafeBytes { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// Why `--output` could not be written; nothing was changed (a regular file keeps its old text).
enum OutputFileError: UserFacingError {
    enum Reason: Sendable { case folder, noFolder(String), system(Int32) }
    case unwritable(String, reason: Reason)

    func message(_ language: Language) -> String {
        switch self {
        case .unwritable(let path, let reason):
            let why = switch reason {
            case .folder: language.pick("đó là một thư mục", "it is a folder")
            case .noFolder(let folder): language.pick("không có thư mục \(folder)", "there is no folder \(folder)")
            case .system(let code): SystemError.reason(code, language)
            }
            return language.pick("không ghi được \(path): \(why)", "cannot write \(path): \(why)")
        }
    }
}
