import Foundation

/// The lines of a file named on the command line (or of standard input for "-"), read a chunk
/// at a time so that a file of 10⁵ reports is never held whole. A line ends at "\n"; a "\r"
/// before it (CRLF) and a UTF-8 byte order mark at the start of the file are dropped.
struct InputLines {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`, and where the search for its end resumes.
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    static let chunkSize = 1 << 20

    init(_ path: String) throws(CommandLineError) {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardInput
        } else if let opened = FileHandle(forReadingAtPath: path) {
            handle = opened
        } else {
            throw .unreadableFile(path, errno: FileManager.default.fileExists(atPath: path) ? EACCES : ENOENT)
        }
    }

    /// The next line's number (from 1) and bytes, without its line end; nil after the last.
    mutating func next() throws(CommandLineError) -> (number: Int, bytes: ArraySlice<UInt8>)? {
        while true {
            if let end = buffer[scanned...].firstIndex(of: 0x0A) {
                return line(until: end, next: end + 1)
            }
            scanned = buffer.count
            if atEnd {
                return start < buffer.count ? line(until: buffer.count, next: buffer.count) : nil
            }
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: Self.chunkSize)
            } catch {
                throw .unreadableFile(path, errno: SystemError.code(of: error) ?? EIO)
            }
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                atEnd = true
            }
        }
    }

    private mutating func line(until end: Int, next: Int) -> (number: Int, bytes: ArraySlice<UInt8>) {
        var bytes = buffer[start..<end]
        start = next
        scanned = next
        lineNumber += 1
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return (lineNumber, bytes)
    }
}
