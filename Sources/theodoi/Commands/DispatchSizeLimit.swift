import Foundation
import Tracking

/// The largest text `parse` and `import` read as one dispatch. A dispatch is a few pages (239 is
/// 17 KB; the longest plans run to some hundred KB); the parser is linear, at about 1 MB/s in a
/// release build on a shared 2-core machine, so 1 MB keeps every run under a second or two. A
/// larger file is refused in one line before it is parsed (issue 10, item 13).
enum DispatchSizeLimit {
    static let bytes = 1_048_576

    /// Refuses `data` when it is larger than a dispatch can be.
    static func check(_ data: Data, name: String) throws(TooLarge) {
        if data.count > bytes { throw TooLarge(name: name, size: data.count) }
    }

    struct TooLarge: UserFacingError {
        var name: String
        var size: Int

        func message(_ language: Language) -> String {
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            return language.pick("\(name): \(megabytes) MB, quá cỡ một văn bản (tối đa 1 MB); không đọc",
                                 "\(name): \(megabytes) MB is more than a dispatch (at most 1 MB); not read")
        }
    }
}
