import Foundation
import Tracking

/// Splits one "Kính gửi" item into agencies.
///
/// - "Các Sở: Tài nguyên và Môi trường, Kế hoạch và Đầu tư" → "Sở Tài nguyên và Môi trường",
///   "Sở Kế hoạch và Đầu tư": the group noun, made singular, prefixes every name.
/// - "Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Ninh" → split at commas only: "và" joins
///   words inside a name ("Tài nguyên và Môi trường") far more often than it joins two agencies.
/// - "UBND thành phố Bắc Ninh, huyện Tiên Du và huyện Yên Phong" → "và" splits only before an
///   administrative unit (huyện, thành phố, xã …), and the leading "UBND" is carried to the
///   units that follow it.
enum AddresseeSplitter {
    struct Split {
        var names: [String]
        /// Whether a comma or "và" split a line that was not an explicit "Các …:" group.
        var guessed: Bool
    }

    /// Folded words that start the name of an administrative unit.
    static let unitWords = ["thanh pho ", "thi xa ", "thi tran ", "huyen ", "quan ", "phuong ", "xa ", "tinh ", "dac khu "]
    /// Folded names of the people's committee, carried to the units after it.
    static let committeePrefixes = ["ubnd ", "uy ban nhan dan "]

    static func split(_ item: String) -> Split {
        let text = SourceLine.trimmingEndPunctuation(item)
        guard !text.isEmpty else { return Split(names: [], guessed: false) }

        // "Các Sở: A, B, C"
        if let colon = text.firstIndex(of: ":") {
            let head = SourceLine.collapsingWhitespace(text[..<colon])
            let list = String(text[text.index(after: colon)...])
            let foldedHead = VietnameseText.fold(head)
            if foldedHead.hasPrefix("cac "), !head.contains(",") {
                let noun = String(head.dropFirst(4))
                let names = commaParts(list).map { part -> String in
                    VietnameseText.fold(part).hasPrefix(VietnameseText.fold(noun) + " ") ? part : noun + " " + part
                }
                return Split(names: names, guessed: false)
            }
        }

        let parts = commaParts(text).flatMap(splitBeforeUnits)
        guard parts.count > 1 else { return Split(names: parts, guessed: false) }
        // Carry "UBND" from the first part to the units that follow it.
        var names: [String] = []
        var committee: String? = nil
        for part in parts {
            let folded = VietnameseText.fold(part)
            if let prefix = committeePrefixes.first(where: { folded.hasPrefix($0) }) {
                committee = String(part.prefix(prefix.count - 1))
                names.append(part)
            } else if let committee, unitWords.contains(where: { folded.hasPrefix($0) }) {
                names.append(committee + " " + part)
            } else {
                names.append(part)
            }
        }
        return Split(names: names, guessed: true)
    }

    /// Comma-separated parts, trimmed; "Lao động, Thương binh và Xã hội" stays one name.
    static func commaParts(_ text: String) -> [String] {
        var parts: [String] = []
        for raw in text.split(separator: ",") {
            let part = SourceLine.trimmingEndPunctuation(raw)
            guard !part.isEmpty else { continue }
            if let last = parts.last, VietnameseText.fold(part).hasPrefix("thuong binh"),
               VietnameseText.fold(last).hasSuffix("lao dong") {
                parts[parts.count - 1] = last + ", " + part
            } else {
                parts.append(part)
            }
        }
        return parts
    }

    /// "huyện Tiên Du và huyện Yên Phong" → two; "Tài nguyên và Môi trường" → one.
    static func splitBeforeUnits(_ part: String) -> [String] {
        let words = part.split(separator: " ").map(String.init)
        var result: [String] = []
        var current: [String] = []
        for (index, word) in words.enumerated() {
            if VietnameseText.fold(word) == "va", !current.isEmpty, index + 1 < words.count {
                let rest = VietnameseText.fold(words[(index + 1)...].joined(separator: " ")) + " "
                let left = VietnameseText.fold(current.joined(separator: " ")) + " "
                let isUnit: (String) -> Bool = { text in
                    unitWords.contains(where: { text.hasPrefix($0) }) || committeePrefixes.contains(where: { text.hasPrefix($0) })
                }
                if isUnit(rest), isUnit(left) || committeePrefixes.contains(where: { left.hasPrefix($0) }) {
                    result.append(current.joined(separator: " "))
                    current = []
                    continue
                }
            }
            current.append(word)
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }
}
