import Canvas
import Foundation
import Tracking

/// Text for people on standard output, with control characters from the data made visible so
/// that a report cannot send commands to the reader's terminal.
enum Output {
    static func text(_ text: String) {
        raw(VisibleText.sanitized(text, keepingNewlines: true))
    }

    /// Text already safe for a terminal (JSON, whose writer escapes), or bytes for a file.
    static func raw(_ text: String) {
        standardOutput.write(text)
    }

    /// Bytes as they are (a DOCX through a pipe).
    static func bytes(_ data: Data) {
        standardOutput.write(data)
    }

    /// Writes what is buffered and says when standard output could not be written whole (a
    /// full disk, `> /dev/full`, a closed pipe): a command whose output was lost must not exit 0.
    static func finish() throws(OutputError) {
        if let code = standardOutput.flush() { throw OutputError.standardOutput(errno: code) }
    }

    /// Everything the commands print goes through one buffer on descriptor 1, so that the order
    /// is kept and a failed write is remembered (the C library's `print` drops it silently).
    static let standardOutput = BufferedOutput(descriptor: 1)
}

/// A write buffer on a descriptor, flushed at 64 KiB and on demand; the first error is kept.
final class BufferedOutput: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var failure: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        write(bytes: text.utf8)
    }

    func write(_ data: Data) {
        write(bytes: data)
    }

    private func write(bytes: some Sequence<UInt8>) {
        lock.lock()
        defer { lock.unlock() }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { drain() }
    }

    /// - Returns: the `errno` of the first write that failed, if any did.
    @discardableResult
    func flush() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        drain()
        return failure
    }

    private func drain() {
        var offset = 0
        while offset < buffer.count, failure == nil {
            let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Standard output could not be written.
enum OutputError: UserFacingError {
    case standardOutput(errno: Int32)

    func message(_ language: Language) -> String {
        switch self {
        case .standardOutput(let code):
            language.pick("không ghi hết được đầu ra chuẩn: \(SystemError.reason(code, language))",
                          "could not write all of standard output: \(SystemError.reason(code, language))")
        }
    }
}

extension Output {
    /// One refused item of a bulk command (a file, a line), on standard error as
    /// "theodoi: …" after everything standard output has so far, so that the two stay in
    /// order on a terminal or in one log. Control characters from the data are made visible.
    static func refusal(_ line: String) {
        standardOutput.flush()
        FileHandle.standardError.write(Data(("theodoi: " + VisibleText.sanitized(line) + "\n").utf8))
    }
}
